//! The bytecode file format (`docs/bytecode-format.md`): a `Module` to bytes
//! and back.
//!
//! A file is a 20-byte header (magic, format version, flags, the length and
//! a CRC-32 of the rest) and three sections in a fixed order, each an id byte, a varint
//! length and its contents: the source name, the constant pool, the
//! functions. Decoding trusts nothing: every read is bounds-checked, every
//! count is checked against the bytes left before anything is allocated,
//! and every section must fill its length exactly. Decoding only proves the
//! bytes are well-formed; `verify` proves the module safe to run.

use std::fmt;

use super::Instr;
use super::encode::{DecodeError, Encoding, Reader, write_varint};
use crate::isa::Target;
use crate::module::{Constant, FunctionKind, FunctionProto, Handler, Module, Position};

/// The first bytes of every bytecode file: "jsvm", then bytes that a text
/// transfer would mangle (as PNG's header does).
pub const MAGIC: [u8; 8] = *b"jsvm\xBC\r\n\x1A";

/// The format version this build reads and writes. It changes whenever the
/// layout or the opcode table does (a test pins the table's fingerprint).
pub const FORMAT_VERSION: u16 = 3;

const HEADER_LEN: usize = 20;
const SECTION_SOURCE_NAME: u8 = 1;
const SECTION_CONSTANTS: u8 = 2;
const SECTION_FUNCTIONS: u8 = 3;

const CONSTANT_NUMBER: u8 = 0;
const CONSTANT_STRING: u8 = 1;

/// Whether `bytes` start like a bytecode file (any version).
pub fn is_bytecode(bytes: &[u8]) -> bool {
    bytes.starts_with(&MAGIC)
}

/// Where in a file a decoding error was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub error: DecodeError,
    /// The function being decoded, with its name when it was read already.
    pub function: Option<(u32, String)>,
    /// The instruction being decoded.
    pub pc: Option<u32>,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.error)?;
        super::verify::write_location(f, self.function.as_ref().map(|(i, n)| (*i, n.as_str())), self.pc)
    }
}

impl std::error::Error for FormatError {}

impl From<DecodeError> for FormatError {
    fn from(error: DecodeError) -> FormatError {
        FormatError { error, function: None, pc: None }
    }
}

/// Encodes `module` as a bytecode file.
pub fn encode_module(module: &Module) -> Vec<u8> {
    let mut body = Vec::new();
    section(&mut body, SECTION_SOURCE_NAME, |out| write_str(out, &module.source_name));
    section(&mut body, SECTION_CONSTANTS, |out| {
        write_varint(out, module.constants.len() as u64);
        for c in &module.constants {
            match c {
                Constant::Number(n) => {
                    out.push(CONSTANT_NUMBER);
                    out.extend_from_slice(&n.to_bits().to_le_bytes());
                }
                Constant::String(units) => {
                    out.push(CONSTANT_STRING);
                    write_varint(out, units.len() as u64);
                    for u in units {
                        out.extend_from_slice(&u.to_le_bytes());
                    }
                }
            }
        }
    });
    section(&mut body, SECTION_FUNCTIONS, |out| {
        write_varint(out, module.functions.len() as u64);
        for f in &module.functions {
            encode_function(out, f);
        }
    });
    let mut file = Vec::with_capacity(HEADER_LEN + body.len());
    file.extend_from_slice(&MAGIC);
    file.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    file.extend_from_slice(&0u16.to_le_bytes());
    file.extend_from_slice(&u32::try_from(body.len()).unwrap_or(u32::MAX).to_le_bytes());
    file.extend_from_slice(&crc32fast::hash(&body).to_le_bytes());
    file.extend_from_slice(&body);
    file
}

/// Host memory that decoding may still allocate: every vector and string
/// is taken from it before it is made.
struct Allowance {
    left: usize,
    limit: usize,
}

impl Allowance {
    fn take<T>(&mut self, count: usize) -> Result<(), DecodeError> {
        let bytes = count.saturating_mul(std::mem::size_of::<T>().max(1));
        match self.left.checked_sub(bytes) {
            Some(left) => {
                self.left = left;
                Ok(())
            }
            None => Err(DecodeError::OutOfMemory { limit: self.limit }),
        }
    }
}

/// Decodes a bytecode file, allocating at most `memory` bytes of host
/// memory for the module (a file that would need more is refused with
/// `DecodeError::OutOfMemory`). The result is well-formed but not yet
/// verified.
pub fn decode_module(bytes: &[u8], memory: usize) -> Result<Module, FormatError> {
    let mut memory = Allowance { left: memory, limit: memory };
    let mut header = Reader::new(bytes);
    if header.take(MAGIC.len()).ok() != Some(&MAGIC[..]) {
        return Err(DecodeError::BadMagic.into());
    }
    let version = u16::from_le_bytes(header.fixed()?);
    if version != FORMAT_VERSION {
        return Err(DecodeError::Version { found: version, expected: FORMAT_VERSION }.into());
    }
    let flags = u16::from_le_bytes(header.fixed()?);
    if flags != 0 {
        return Err(DecodeError::BadFlags(flags).into());
    }
    let length = u32::from_le_bytes(header.fixed()?);
    let stored = u32::from_le_bytes(header.fixed()?);
    let body = bytes.get(HEADER_LEN..).unwrap_or_default();
    match body.len().cmp(&(length as usize)) {
        std::cmp::Ordering::Less => {
            let (expected, found) = (HEADER_LEN as u64 + u64::from(length), bytes.len() as u64);
            return Err(DecodeError::Truncated { expected, found }.into());
        }
        std::cmp::Ordering::Greater => return Err(DecodeError::TrailingBytes(body.len() - length as usize).into()),
        std::cmp::Ordering::Equal => {}
    }
    let computed = crc32fast::hash(body);
    if stored != computed {
        return Err(DecodeError::Checksum { stored, computed }.into());
    }
    let mut input = Reader::new(body);
    let source_name = read_section(&mut input, SECTION_SOURCE_NAME, |r| Ok(read_str(r, &mut memory)?))?;
    let constants = read_section(&mut input, SECTION_CONSTANTS, |r| Ok(decode_constants(r, &mut memory)?))?;
    let functions = read_section(&mut input, SECTION_FUNCTIONS, |r| {
        let count = r.count("function", 8)?;
        memory.take::<FunctionProto>(count)?;
        let mut functions = Vec::with_capacity(count);
        for index in 0..count {
            functions.push(decode_function(r, index as u32, &mut memory)?);
        }
        Ok(functions)
    })?;
    if input.remaining() != 0 {
        return Err(DecodeError::TrailingBytes(input.remaining()).into());
    }
    Ok(Module { source_name, constants, functions })
}

fn section(out: &mut Vec<u8>, id: u8, write: impl FnOnce(&mut Vec<u8>)) {
    let mut contents = Vec::new();
    write(&mut contents);
    out.push(id);
    write_varint(out, contents.len() as u64);
    out.extend_from_slice(&contents);
}

fn read_section<T>(
    input: &mut Reader<'_>,
    id: u8,
    read: impl FnOnce(&mut Reader<'_>) -> Result<T, FormatError>,
) -> Result<T, FormatError> {
    let found = input.byte()?;
    if found != id {
        return Err(DecodeError::BadSection { expected: id, found }.into());
    }
    let len = input.count("section byte", 1)?;
    let mut contents = Reader::new(input.take(len)?);
    let value = read(&mut contents)?;
    if contents.remaining() != 0 {
        return Err(DecodeError::SectionLength { section: id }.into());
    }
    Ok(value)
}

fn write_str(out: &mut Vec<u8>, s: &str) {
    write_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn read_str(input: &mut Reader<'_>, memory: &mut Allowance) -> Result<String, DecodeError> {
    let len = input.count("text byte", 1)?;
    memory.take::<u8>(len)?;
    let bytes = input.take(len)?;
    std::str::from_utf8(bytes).map(str::to_owned).map_err(|_| DecodeError::BadUtf8)
}

fn decode_constants(input: &mut Reader<'_>, memory: &mut Allowance) -> Result<Vec<Constant>, DecodeError> {
    let count = input.count("constant", 2)?;
    memory.take::<Constant>(count)?;
    let mut constants = Vec::with_capacity(count);
    for _ in 0..count {
        constants.push(match input.byte()? {
            CONSTANT_NUMBER => Constant::Number(f64::from_bits(u64::from_le_bytes(input.fixed()?))),
            CONSTANT_STRING => {
                let len = input.count("string unit", 2)?;
                memory.take::<u16>(len)?;
                let mut units = Vec::with_capacity(len);
                for _ in 0..len {
                    units.push(u16::from_le_bytes(input.fixed()?));
                }
                Constant::String(units)
            }
            byte => return Err(DecodeError::BadEnum { what: "constant kind", byte }),
        });
    }
    Ok(constants)
}

fn function_kind_byte(kind: FunctionKind) -> u8 {
    match kind {
        FunctionKind::Script => 0,
        FunctionKind::Normal => 1,
        FunctionKind::Arrow => 2,
        FunctionKind::Method => 3,
        FunctionKind::Generator => 4,
        FunctionKind::ClassConstructor => 5,
        FunctionKind::DerivedConstructor => 6,
    }
}

fn function_kind(byte: u8) -> Result<FunctionKind, DecodeError> {
    Ok(match byte {
        0 => FunctionKind::Script,
        1 => FunctionKind::Normal,
        2 => FunctionKind::Arrow,
        3 => FunctionKind::Method,
        4 => FunctionKind::Generator,
        5 => FunctionKind::ClassConstructor,
        6 => FunctionKind::DerivedConstructor,
        byte => return Err(DecodeError::BadEnum { what: "function kind", byte }),
    })
}

fn encode_function(out: &mut Vec<u8>, f: &FunctionProto) {
    write_str(out, &f.name);
    out.push(function_kind_byte(f.kind));
    write_varint(out, u64::from(f.param_count));
    write_varint(out, u64::from(f.length));
    write_varint(out, u64::from(f.register_count));
    out.push(u8::from(f.keeps_arguments));
    write_varint(out, u64::from(f.start.line));
    write_varint(out, u64::from(f.start.column));
    write_varint(out, f.code.len() as u64);
    for instr in &f.code {
        instr.encode(out);
    }
    write_varint(out, f.handlers.len() as u64);
    for h in &f.handlers {
        for t in [h.start, h.end, h.target] {
            t.encode(out);
        }
        write_varint(out, u64::from(h.env_depth));
    }
    // Positions by increasing pc, each pc written as the distance from the
    // previous one.
    write_varint(out, f.positions.len() as u64);
    let mut previous = 0;
    for (pc, position) in &f.positions {
        write_varint(out, u64::from(pc.wrapping_sub(previous)));
        previous = *pc;
        write_varint(out, u64::from(position.line));
        write_varint(out, u64::from(position.column));
    }
}

fn decode_function(input: &mut Reader<'_>, index: u32, memory: &mut Allowance) -> Result<FunctionProto, FormatError> {
    let name = read_str(input, memory).map_err(|error| FormatError {
        error,
        function: Some((index, String::new())),
        pc: None,
    })?;
    let located =
        |error: DecodeError, pc: Option<u32>| FormatError { error, function: Some((index, name.clone())), pc };
    let at = |error| located(error, None);
    let kind = function_kind(input.byte().map_err(at)?).map_err(at)?;
    let param_count = input.u16().map_err(at)?;
    let length = input.u16().map_err(at)?;
    let register_count = input.u16().map_err(at)?;
    let keeps_arguments = match input.byte().map_err(at)? {
        0 => false,
        1 => true,
        byte => return Err(at(DecodeError::BadEnum { what: "flag", byte })),
    };
    let start = Position { line: input.u32().map_err(at)?, column: input.u32().map_err(at)? };
    let code_len = input.count("instruction", 1).map_err(at)?;
    memory.take::<Instr>(code_len).map_err(at)?;
    let mut code = Vec::with_capacity(code_len);
    for pc in 0..code_len {
        code.push(Instr::decode(input).map_err(|e| located(e, Some(pc as u32)))?);
    }
    let handler_count = input.count("handler", 4).map_err(at)?;
    memory.take::<Handler>(handler_count).map_err(at)?;
    let mut handlers = Vec::with_capacity(handler_count);
    for _ in 0..handler_count {
        let start = Target::decode(input).map_err(at)?;
        let end = Target::decode(input).map_err(at)?;
        let target = Target::decode(input).map_err(at)?;
        let env_depth = input.u16().map_err(at)?;
        handlers.push(Handler { start, end, target, env_depth });
    }
    let position_count = input.count("position", 3).map_err(at)?;
    memory.take::<(u32, Position)>(position_count).map_err(at)?;
    let mut positions = Vec::with_capacity(position_count);
    let mut pc: u32 = 0;
    for i in 0..position_count {
        let delta = input.u32().map_err(at)?;
        // Strictly increasing: only the first entry may have distance 0.
        if i > 0 && delta == 0 {
            return Err(at(DecodeError::BadVarint));
        }
        pc = pc.checked_add(delta).ok_or_else(|| at(DecodeError::BadVarint))?;
        let position = Position { line: input.u32().map_err(at)?, column: input.u32().map_err(at)? };
        positions.push((pc, position));
    }
    Ok(FunctionProto {
        name,
        kind,
        param_count,
        length,
        register_count,
        keeps_arguments,
        code,
        handlers,
        positions,
        start,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::isa::{Name, Reg};

    fn sample() -> Module {
        Module {
            source_name: "t.js".into(),
            constants: vec![Constant::Number(1.5), Constant::String("x".encode_utf16().collect())],
            functions: vec![FunctionProto {
                name: String::new(),
                kind: FunctionKind::Script,
                param_count: 0,
                length: 0,
                register_count: 1,
                keeps_arguments: false,
                code: vec![Instr::GetGlobal { dst: Reg(0), name: Name(1) }, Instr::Return { src: Reg(0) }],
                handlers: vec![],
                positions: vec![(0, Position { line: 1, column: 1 }), (1, Position { line: 2, column: 3 })],
                start: Position { line: 1, column: 1 },
            }],
        }
    }

    #[test]
    fn a_module_decodes_to_itself_and_encodes_to_the_same_bytes() {
        let bytes = encode_module(&sample());
        let decoded = decode_module(&bytes, usize::MAX).expect("decodes");
        assert_eq!(decoded, sample());
        assert_eq!(encode_module(&decoded), bytes);
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = encode_module(&sample());
        for len in 0..bytes.len() {
            assert!(decode_module(&bytes[..len], usize::MAX).is_err(), "truncated to {len}");
        }
    }

    #[test]
    fn a_truncated_file_says_so() {
        let bytes = encode_module(&sample());
        let e = decode_module(&bytes[..bytes.len() - 3], usize::MAX).unwrap_err();
        assert_eq!(e.to_string(), format!("the file is truncated ({} of {} bytes)", bytes.len() - 3, bytes.len()));
    }

    #[test]
    fn decoding_stays_within_its_memory() {
        let bytes = encode_module(&sample());
        let e = decode_module(&bytes, 100).unwrap_err();
        assert_eq!(e.error, DecodeError::OutOfMemory { limit: 100 });
        assert!(decode_module(&bytes, sample().heap_size()).is_ok());
    }

    #[test]
    fn a_flipped_byte_fails_the_checksum() {
        let mut bytes = encode_module(&sample());
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        assert!(matches!(
            decode_module(&bytes, usize::MAX),
            Err(FormatError { error: DecodeError::Checksum { .. }, .. })
        ));
    }

    /// The opcode table, as the format sees it (numbers, names, operand
    /// kinds), pinned to the format version: a change to the table must bump
    /// `FORMAT_VERSION` and then this fingerprint.
    #[test]
    fn the_opcode_table_is_pinned_to_the_format_version() {
        let mut table = String::new();
        for op in crate::isa::OPCODE_TABLE {
            table.push_str(&format!("{} {} {:?};", op.number, op.name, op.operands));
        }
        let fingerprint = crc32fast::hash(table.as_bytes());
        assert_eq!(
            (FORMAT_VERSION, fingerprint),
            (3, 2389147902),
            "the opcode table changed: bump FORMAT_VERSION, then update this fingerprint"
        );
    }

    #[test]
    fn another_version_is_named() {
        let mut bytes = encode_module(&sample());
        bytes[8] = 9;
        let e = decode_module(&bytes, usize::MAX).unwrap_err();
        assert_eq!(e.error, DecodeError::Version { found: 9, expected: FORMAT_VERSION });
        assert_eq!(e.to_string(), "bytecode format version 9 is not supported (this jsvm reads version 3)");
    }
}
