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
///
/// The tag is a full 8 bytes (`repr(u64)`), so a value is two aligned
/// words and a copy loads the words its writer stored; with a one-byte tag,
/// copies read the payload with loads that straddle the tag's store, which
/// stalls on store forwarding (the interpreter reads registers it has just
/// written all the time).
#[derive(Clone, Copy, Debug, Default)]
#[repr(u64)]
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

    /// A copy of the value in `slot` read as its tag and then its payload.
    /// A plain copy is one 16-byte load, which stalls on store forwarding
    /// when the value was just written as a separate tag and payload (or a
    /// tag alone): the interpreter reads registers it has just written.
    #[inline(always)]
    pub fn read(slot: &Value) -> Value {
        match *slot {
            Value::Undefined => Value::Undefined,
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(b),
            Value::Number(n) => Value::Number(n),
            Value::String(s) => Value::String(s),
            Value::Symbol(s) => Value::Symbol(s),
            Value::Object(o) => Value::Object(o),
            Value::Empty => Value::Empty,
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
