//! String operations on the heap: concatenation that appends in place when
//! the left operand ends its buffer (so `s += x` in a loop is amortised
//! linear), comparison, and conversion to and from Rust strings.

use super::{AllocError, Heap, MAX_STRING_LENGTH, Units};
use crate::value::JsStr;

/// Rust text as UTF-16 code units, allocated at its exact length.
pub(crate) fn utf16_units(text: &str) -> Units {
    if text.is_ascii() { text.bytes().map(u16::from).collect() } else { text.encode_utf16().collect() }
}

/// The right-hand side of a concatenation.
#[derive(Clone, Copy)]
enum Tail<'a> {
    Heap(JsStr),
    Host(&'a [u16]),
}

impl Heap {
    /// `a + b` for strings. When `a` views its whole buffer, `b` is appended
    /// to that buffer: every existing view stays a valid prefix, and the
    /// buffer's capacity doubles, so a chain of appends is linear.
    pub(crate) fn concat(&mut self, a: JsStr, b: JsStr) -> Result<JsStr, AllocError> {
        if b.len == 0 {
            return Ok(a);
        }
        if a.len == 0 {
            return Ok(b);
        }
        self.append(a, Tail::Heap(b))
    }

    /// `a + b` where `b` is host text (a number's digits, say).
    pub(crate) fn concat_units(&mut self, a: JsStr, b: &[u16]) -> Result<JsStr, AllocError> {
        if b.is_empty() {
            return Ok(a);
        }
        self.append(a, Tail::Host(b))
    }

    fn append(&mut self, a: JsStr, tail: Tail<'_>) -> Result<JsStr, AllocError> {
        let tail_len = match tail {
            Tail::Heap(b) => b.len,
            Tail::Host(units) => u32::try_from(units.len()).map_err(|_| AllocError::StringTooLong)?,
        };
        let total = a.len.checked_add(tail_len).filter(|&t| t <= MAX_STRING_LENGTH);
        let Some(total) = total else { return Err(AllocError::StringTooLong) };
        let a_is_tip =
            a.buf != self.empty.buf && self.strings.get(a.buf).is_some_and(|buf| buf.units.len() == a.len as usize);
        if !a_is_tip {
            let bytes = total as usize * 2 + super::STRING_BYTES;
            if !self.fits(bytes) {
                return Err(AllocError::OutOfMemory);
            }
            let mut units = Units::with_capacity(total as usize);
            units.extend_from_slice(self.units(a));
            match tail {
                Tail::Heap(b) => units.extend_from_slice(self.units(b)),
                Tail::Host(b) => units.extend_from_slice(b),
            }
            return Ok(self.alloc_string_units(units));
        }
        // The buffer is taken out while it grows, so the tail can be read
        // from the heap (or from the buffer itself) without a copy.
        let Some(mut units) = self.strings.get_mut(a.buf).map(|buf| std::mem::take(&mut buf.units)) else {
            return Err(AllocError::OutOfMemory);
        };
        let needed = total as usize;
        let old_capacity = units.capacity();
        let new_capacity = if old_capacity >= needed { old_capacity } else { needed.max(old_capacity * 2).max(16) };
        let extra = (new_capacity - old_capacity) * 2;
        let fits = self.fits(extra);
        if fits {
            units.reserve_exact(new_capacity - units.len());
            match tail {
                Tail::Heap(b) if b.buf == a.buf => {
                    let copy = Units::from_slice(units.get(..b.len as usize).unwrap_or(&[]));
                    units.extend_from_slice(&copy);
                }
                Tail::Heap(b) => units.extend_from_slice(self.units(b)),
                Tail::Host(b) => units.extend_from_slice(b),
            }
            self.grow(extra);
        }
        if let Some(buf) = self.strings.get_mut(a.buf) {
            buf.units = units;
        }
        if !fits {
            return Err(AllocError::OutOfMemory);
        }
        Ok(JsStr { buf: a.buf, len: total })
    }

    /// Allocates a string from Rust text.
    pub(crate) fn alloc_str(&mut self, text: &str) -> JsStr {
        self.alloc_string_units(utf16_units(text))
    }

    /// The string as Rust text (lone surrogates become U+FFFD).
    pub fn to_rust_string(&self, s: JsStr) -> String {
        String::from_utf16_lossy(self.units(s))
    }

    /// At most `max` code units of the string as Rust text, with `…` when cut.
    pub fn to_rust_string_cut(&self, s: JsStr, max: usize) -> String {
        let units = self.units(s);
        match units.get(..max) {
            Some(head) if units.len() > max => format!("{}…", String::from_utf16_lossy(head)),
            _ => String::from_utf16_lossy(units),
        }
    }

    /// Whether two strings hold the same code units.
    pub fn str_eq(&self, a: JsStr, b: JsStr) -> bool {
        a.len == b.len && (a.buf == b.buf || self.units(a) == self.units(b))
    }

    /// Orders two strings by code units (IsLessThan on strings).
    pub fn str_cmp(&self, a: JsStr, b: JsStr) -> std::cmp::Ordering {
        self.units(a).cmp(self.units(b))
    }

    /// The number of string buffers alive (for tests).
    pub fn string_count(&self) -> usize {
        self.strings.live_count()
    }

    /// A copy of a buffer's sizes, for tests of the append path.
    #[cfg(test)]
    pub(crate) fn buffer(&self, s: JsStr) -> Option<&super::StrBuf> {
        self.strings.get(s.buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appending_to_the_tip_reuses_the_buffer() {
        let mut heap = Heap::new(1 << 20);
        let a = heap.alloc_str("ab");
        let b = heap.alloc_str("c");
        let abc = heap.concat(a, b).unwrap();
        assert_eq!(abc.buf, a.buf);
        assert_eq!(heap.to_rust_string(abc), "abc");
        assert_eq!(heap.to_rust_string(a), "ab");
        // `a` no longer ends its buffer, so a second append copies.
        let d = heap.alloc_str("d");
        let abd = heap.concat(a, d).unwrap();
        assert_ne!(abd.buf, a.buf);
        assert_eq!(heap.to_rust_string(abd), "abd");
        assert_eq!(heap.to_rust_string(abc), "abc");
    }

    #[test]
    fn host_text_appends_to_the_tip_too() {
        let mut heap = Heap::new(1 << 20);
        let a = heap.alloc_str("n");
        let digits: Vec<u16> = "42".encode_utf16().collect();
        let a42 = heap.concat_units(a, &digits).unwrap();
        assert_eq!(a42.buf, a.buf);
        assert_eq!(heap.to_rust_string(a42), "n42");
        let a7 = heap.concat_units(a, &[u16::from(b'7')]).unwrap();
        assert_ne!(a7.buf, a.buf);
        assert_eq!(heap.to_rust_string(a7), "n7");
        assert_eq!(heap.to_rust_string(a42), "n42");
        let empty = heap.empty_string();
        let fresh = heap.concat_units(empty, &digits).unwrap();
        assert_ne!(fresh.buf, empty.buf);
        assert_eq!(heap.to_rust_string(fresh), "42");
        assert_eq!(heap.units(empty), &[] as &[u16]);
    }

    #[test]
    fn short_strings_grow_out_of_their_inline_storage() {
        let mut heap = Heap::new(1 << 20);
        let short = heap.alloc_str("abc");
        assert!(heap.buffer(short).is_some_and(|b| !b.units.spilled()));
        let mut s = short;
        for _ in 0..4 {
            s = heap.concat(s, s).unwrap_or(s);
        }
        assert_eq!(heap.to_rust_string(s), "abc".repeat(16));
        assert!(heap.buffer(s).is_some_and(|b| b.units.spilled()));
        assert_eq!(heap.to_rust_string(short), "abc");
    }

    #[test]
    fn doubling_a_string_with_itself() {
        let mut heap = Heap::new(1 << 20);
        let mut s = heap.alloc_str("ab");
        for _ in 0..4 {
            s = heap.concat(s, s).unwrap_or(s);
        }
        assert_eq!(heap.to_rust_string(s), "ab".repeat(16));
        assert!(heap.buffer(s).is_some_and(|b| b.units.len() == 32));
    }

    #[test]
    fn concatenation_respects_the_memory_limit() {
        let mut heap = Heap::new(64 * 1024);
        let mut s = heap.alloc_str("abcdefgh");
        let mut result = Ok(s);
        while let Ok(next) = result {
            s = next;
            result = heap.concat(s, s);
        }
        assert_eq!(result, Err(AllocError::OutOfMemory));
        assert!(heap.bytes() <= 64 * 1024);
    }
}
