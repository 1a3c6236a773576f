//! The byte encoding of instructions and operands, and the bounds-checked
//! reader that every decoder in the bytecode format uses.
//!
//! An instruction is its opcode byte followed by its operands in table order.
//! Integers are LEB128 varints (signed ones zigzagged first) in their one
//! shortest form, so that a decoded module encodes back to the same bytes;
//! the small operand enums are one byte. Reading never panics and never
//! reads past the input: every read checks the bytes left and returns a
//! `DecodeError`.

use std::fmt;

use super::{Const, Count, Depth, Func, Imm, MethodKind, Name, PrivateKind, Reg, RegPair, RegSpan, Slot, Target};

/// Why a byte sequence is not valid bytecode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The input ends in the middle of something.
    UnexpectedEnd,
    /// A varint longer than its value needs, or larger than its field.
    BadVarint,
    /// A byte that is no instruction's opcode.
    UnknownOpcode(u8),
    /// A byte that is not a value of the operand enum or flag it encodes.
    BadEnum { what: &'static str, byte: u8 },
    /// A count larger than the bytes left could hold.
    CountTooLarge { what: &'static str, count: u64 },
    /// Text that is not UTF-8.
    BadUtf8,
    /// The file does not start with the bytecode magic.
    BadMagic,
    /// A file of another format version.
    Version { found: u16, expected: u16 },
    /// Flags this version does not define.
    BadFlags(u16),
    /// The file is shorter than its header says.
    Truncated { expected: u64, found: u64 },
    /// The checksum does not match the contents.
    Checksum { stored: u32, computed: u32 },
    /// A section other than the one the format has in this place.
    BadSection { expected: u8, found: u8 },
    /// A section whose contents do not fill its stated length exactly.
    SectionLength { section: u8 },
    /// Decoding would allocate more host memory than it may.
    OutOfMemory { limit: usize },
    /// Bytes after the end the header states, or after the last section.
    TrailingBytes(usize),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::UnexpectedEnd => write!(f, "unexpected end of input"),
            DecodeError::BadVarint => write!(f, "malformed integer"),
            DecodeError::UnknownOpcode(op) => write!(f, "unknown opcode 0x{op:02X}"),
            DecodeError::BadEnum { what, byte } => write!(f, "invalid {what} {byte}"),
            DecodeError::CountTooLarge { what, count } => {
                write!(f, "{what} count {count} is larger than the file can hold")
            }
            DecodeError::BadUtf8 => write!(f, "text is not UTF-8"),
            DecodeError::BadMagic => write!(f, "not a jsvm bytecode file"),
            DecodeError::Version { found, expected } => {
                write!(f, "bytecode format version {found} is not supported (this jsvm reads version {expected})")
            }
            DecodeError::BadFlags(flags) => write!(f, "unknown flags 0x{flags:04X}"),
            DecodeError::Truncated { expected, found } => {
                write!(f, "the file is truncated ({found} of {expected} bytes)")
            }
            DecodeError::Checksum { stored, computed } => {
                write!(f, "checksum mismatch (stored {stored:08x}, computed {computed:08x}): the file is corrupt")
            }
            DecodeError::BadSection { expected, found } => write!(f, "expected section {expected}, found {found}"),
            DecodeError::SectionLength { section } => write!(f, "section {section} does not match its length"),
            DecodeError::OutOfMemory { limit } => {
                write!(f, "loading this bytecode needs more than {limit} bytes of memory")
            }
            DecodeError::TrailingBytes(n) => write!(f, "{n} bytes after the end of the file"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// A cursor over untrusted bytes.
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, pos: 0 }
    }

    /// Bytes not read yet.
    pub fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.pos)
    }

    /// How many bytes have been read.
    pub fn position(&self) -> usize {
        self.pos
    }

    pub fn byte(&mut self) -> Result<u8, DecodeError> {
        let b = *self.bytes.get(self.pos).ok_or(DecodeError::UnexpectedEnd)?;
        self.pos += 1;
        Ok(b)
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        let end = self.pos.checked_add(n).ok_or(DecodeError::UnexpectedEnd)?;
        let slice = self.bytes.get(self.pos..end).ok_or(DecodeError::UnexpectedEnd)?;
        self.pos = end;
        Ok(slice)
    }

    pub fn fixed<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    /// An unsigned LEB128 varint of at most `max`, in its shortest form.
    pub fn varint(&mut self, max: u64) -> Result<u64, DecodeError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7F);
            if shift == 63 && part > 1 {
                return Err(DecodeError::BadVarint);
            }
            value |= part << shift;
            if b & 0x80 == 0 {
                // A zero last byte after the first is an overlong form.
                if shift > 0 && part == 0 {
                    return Err(DecodeError::BadVarint);
                }
                return if value <= max { Ok(value) } else { Err(DecodeError::BadVarint) };
            }
        }
        Err(DecodeError::BadVarint)
    }

    pub fn u16(&mut self) -> Result<u16, DecodeError> {
        Ok(self.varint(u64::from(u16::MAX))? as u16)
    }

    pub fn u32(&mut self) -> Result<u32, DecodeError> {
        Ok(self.varint(u64::from(u32::MAX))? as u32)
    }

    /// A count of items of at least `min_size` bytes each, refused when the
    /// bytes left could not hold that many (so a decoder never allocates
    /// more than the input justifies).
    pub fn count(&mut self, what: &'static str, min_size: usize) -> Result<usize, DecodeError> {
        let count = self.varint(u64::from(u32::MAX))?;
        let fits = (count as usize).checked_mul(min_size.max(1)).is_some_and(|need| need <= self.remaining());
        if fits { Ok(count as usize) } else { Err(DecodeError::CountTooLarge { what, count }) }
    }
}

/// Appends `value` as an unsigned LEB128 varint.
pub fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let b = (value & 0x7F) as u8;
        value >>= 7;
        if value == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// An operand's encoding.
pub trait Encoding: Sized {
    fn encode(&self, out: &mut Vec<u8>);
    fn decode(input: &mut Reader<'_>) -> Result<Self, DecodeError>;
}

macro_rules! varint_operand {
    ($($t:ident: $read:ident),*) => {$(
        impl Encoding for $t {
            fn encode(&self, out: &mut Vec<u8>) {
                write_varint(out, u64::from(self.0));
            }
            fn decode(input: &mut Reader<'_>) -> Result<$t, DecodeError> {
                input.$read().map($t)
            }
        }
    )*};
}
varint_operand!(Reg: u16, RegPair: u16, Slot: u16, Depth: u16, Count: u16, Const: u32, Name: u32, Func: u32, Target: u32);

impl Encoding for RegSpan {
    fn encode(&self, out: &mut Vec<u8>) {
        write_varint(out, u64::from(self.first.0));
        write_varint(out, u64::from(self.count));
    }
    fn decode(input: &mut Reader<'_>) -> Result<RegSpan, DecodeError> {
        Ok(RegSpan { first: Reg(input.u16()?), count: input.u16()? })
    }
}

impl Encoding for Imm {
    fn encode(&self, out: &mut Vec<u8>) {
        let zigzag = ((self.0 << 1) ^ (self.0 >> 31)) as u32;
        write_varint(out, u64::from(zigzag));
    }
    fn decode(input: &mut Reader<'_>) -> Result<Imm, DecodeError> {
        let zigzag = input.u32()?;
        Ok(Imm(((zigzag >> 1) as i32) ^ -((zigzag & 1) as i32)))
    }
}

macro_rules! enum_operand {
    ($($t:ident: $what:literal),*) => {$(
        impl Encoding for $t {
            fn encode(&self, out: &mut Vec<u8>) {
                out.push(*self as u8);
            }
            fn decode(input: &mut Reader<'_>) -> Result<$t, DecodeError> {
                let byte = input.byte()?;
                $t::try_from(byte).map_err(|byte| DecodeError::BadEnum { what: $what, byte })
            }
        }
    )*};
}
enum_operand!(MethodKind: "method kind", PrivateKind: "private member kind");

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip<T: Encoding + PartialEq + std::fmt::Debug>(value: T) {
        let mut out = Vec::new();
        value.encode(&mut out);
        let mut r = Reader::new(&out);
        assert_eq!(T::decode(&mut r), Ok(value));
        assert_eq!(r.remaining(), 0);
    }

    #[test]
    fn operands_decode_to_what_was_encoded() {
        for i in [0, 1, -1, 63, -64, 64, i32::MAX, i32::MIN] {
            roundtrip(Imm(i));
        }
        for r in [0, 127, 128, u16::MAX] {
            roundtrip(Reg(r));
        }
        roundtrip(Const(u32::MAX));
        roundtrip(RegSpan { first: Reg(300), count: 2 });
        roundtrip(PrivateKind::Setter);
    }

    #[test]
    fn varints_have_one_form_and_respect_their_field() {
        // 0 written in two bytes.
        assert_eq!(Reader::new(&[0x80, 0x00]).u16(), Err(DecodeError::BadVarint));
        // 65 536 does not fit a register.
        assert_eq!(Reader::new(&[0x80, 0x80, 0x04]).u16(), Err(DecodeError::BadVarint));
        assert_eq!(Reader::new(&[0xFF, 0xFF, 0x03]).u16(), Ok(u16::MAX));
        // Eleven continuation bytes never end.
        assert_eq!(Reader::new(&[0xFF; 11]).varint(u64::MAX), Err(DecodeError::BadVarint));
        assert_eq!(Reader::new(&[0x80]).u32(), Err(DecodeError::UnexpectedEnd));
    }

    #[test]
    fn bad_enum_bytes_are_refused() {
        assert_eq!(
            MethodKind::decode(&mut Reader::new(&[3])),
            Err(DecodeError::BadEnum { what: "method kind", byte: 3 })
        );
    }

    #[test]
    fn counts_are_checked_against_the_bytes_left() {
        let mut r = Reader::new(&[10, 0, 0]);
        assert!(matches!(r.count("constant", 1), Err(DecodeError::CountTooLarge { count: 10, .. })));
        let mut r = Reader::new(&[2, 0, 0]);
        assert_eq!(r.count("constant", 1), Ok(2));
    }
}
