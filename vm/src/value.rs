//! The script-visible value: 16 bytes, `Copy`, and free of pointers. Heap
//! things are reached through typed handles (indices into the heap's arenas),
//! so a value is only meaningful together with the heap that issued it.

/// A handle to an object in the heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub(crate) u32);

/// A handle to a symbol in the heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SymbolRef(pub(crate) u32);

/// A handle to an environment record (the captured variables of a scope).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EnvRef(pub(crate) u32);

/// A string: the first `len` UTF-16 code units of heap buffer `buf`.
///
/// Buffers only ever grow at their end, so a view stays valid forever; this is
/// what makes `s += x` amortised linear (see `Heap::concat`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct JsStr {
    pub(crate) buf: u32,
    pub(crate) len: u32,
}

impl JsStr {
    /// The length in UTF-16 code units.
    pub fn len(self) -> u32 {
        self.len
    }

    pub fn is_empty(self) -> bool {
        self.len == 0
    }
}

/// A JavaScript value.
#[derive(Clone, Copy, Debug, Default)]
pub enum Value {
    #[default]
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(JsStr),
    Symbol(SymbolRef),
    Object(ObjRef),
    /// Internal: an uninitialised binding (TDZ) or an array hole. Never
    /// visible to scripts.
    Empty,
}

impl Value {
    pub fn is_nullish(self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }

    pub fn as_object(self) -> Option<ObjRef> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn number(n: impl Into<f64>) -> Value {
        Value::Number(n.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_at_most_16_bytes() {
        assert!(std::mem::size_of::<Value>() <= 16);
    }
}
