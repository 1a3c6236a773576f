//! String operations on the heap: concatenation that appends in place when
//! the left operand ends its buffer (so `s += x` in a loop is amortised
//! linear), comparison, and conversion to and from Rust strings.

use super::{AllocError, Heap, MAX_STRING_LENGTH};
use crate::value::JsStr;

impl Heap {
    /// `a + b` for strings. When `a` views its whole buffer, `b` is appended
    /// to that buffer: every existing view stays a valid prefix, and the
    /// buffer's capacity doubles, so a chain of appends is linear.
    pub(crate) fn concat(&mut self, a: JsStr, b: JsStr) -> Result<JsStr, AllocError> {
        if a.len == 0 {
            return Ok(b);
        }
        if b.len == 0 {
            return Ok(a);
        }
        let total = a.len.checked_add(b.len).filter(|&t| t <= MAX_STRING_LENGTH);
        let Some(total) = total else { return Err(AllocError::StringTooLong) };
        let a_is_tip =
            a.buf != self.empty.buf && self.strings.get(a.buf).is_some_and(|buf| buf.units.len() == a.len as usize);
        if a_is_tip {
            let needed = total as usize;
            let (old_capacity, new_capacity) = {
                let Some(buf) = self.strings.get(a.buf) else {
                    return Err(AllocError::OutOfMemory);
                };
                let cap = buf.units.capacity();
                let new = if cap >= needed { cap } else { needed.max(cap * 2).max(16) };
                (cap, new)
            };
            let extra = (new_capacity - old_capacity) * 2;
            if !self.fits(extra) {
                return Err(AllocError::OutOfMemory);
            }
            self.grow(extra);
            if a.buf == b.buf {
                let Some(buf) = self.strings.get_mut(a.buf) else {
                    return Err(AllocError::OutOfMemory);
                };
                buf.units.reserve_exact(new_capacity - buf.units.len());
                buf.units.extend_from_within(..b.len as usize);
            } else {
                let tail: Vec<u16> = self.units(b).to_vec();
                let Some(buf) = self.strings.get_mut(a.buf) else {
                    return Err(AllocError::OutOfMemory);
                };
                buf.units.reserve_exact(new_capacity - buf.units.len());
                buf.units.extend_from_slice(&tail);
            }
            return Ok(JsStr { buf: a.buf, len: total });
        }
        let bytes = total as usize * 2 + super::STRING_BYTES;
        if !self.fits(bytes) {
            return Err(AllocError::OutOfMemory);
        }
        let mut units = Vec::with_capacity(total as usize);
        units.extend_from_slice(self.units(a));
        units.extend_from_slice(self.units(b));
        Ok(self.alloc_string_units(units))
    }

    /// Allocates a string from Rust text.
    pub(crate) fn alloc_str(&mut self, text: &str) -> JsStr {
        self.alloc_string_units(text.encode_utf16().collect())
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
