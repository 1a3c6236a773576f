//! The storage of Map and Set: entries in insertion order with tombstones
//! (so iterators can walk by index while the collection changes) and an
//! index from SameValueZero keys to positions.

use rustc_hash::FxHashMap;

use crate::heap::Heap;
use crate::value::{ObjRef, SymbolRef, Value};

/// A key as SameValueZero compares it: numbers by value (+0 and -0 alike,
/// every NaN alike), strings by content.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum HashKey {
    Undefined,
    Null,
    Bool(bool),
    Number(u64),
    String(Box<[u16]>),
    Symbol(SymbolRef),
    Object(ObjRef),
}

fn hash_key(heap: &Heap, v: Value) -> HashKey {
    match v {
        Value::Undefined | Value::Empty => HashKey::Undefined,
        Value::Null => HashKey::Null,
        Value::Bool(b) => HashKey::Bool(b),
        Value::Number(n) if n.is_nan() => HashKey::Number(f64::NAN.to_bits()),
        Value::Number(n) => HashKey::Number((n + 0.0).to_bits()),
        Value::String(s) => HashKey::String(heap.units(s).into()),
        Value::Symbol(s) => HashKey::Symbol(s),
        Value::Object(o) => HashKey::Object(o),
    }
}

/// A Map's or Set's entries.
#[derive(Clone, Debug, Default)]
pub struct Collection {
    /// `None` marks a deleted entry (kept so iterator positions stay valid).
    entries: Vec<Option<(Value, Value)>>,
    index: FxHashMap<HashKey, usize>,
    pub is_set: bool,
}

impl Collection {
    pub fn new(is_set: bool) -> Collection {
        Collection { is_set, ..Collection::default() }
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    pub fn get(&self, heap: &Heap, key: Value) -> Option<Value> {
        let i = *self.index.get(&hash_key(heap, key))?;
        self.entries.get(i).copied().flatten().map(|(_, v)| v)
    }

    pub fn has(&self, heap: &Heap, key: Value) -> bool {
        self.index.contains_key(&hash_key(heap, key))
    }

    /// Adds or updates; -0 is stored as +0. Returns the bytes added.
    pub fn set(&mut self, heap: &Heap, key: Value, value: Value) -> usize {
        let key = match key {
            // n + 0 turns -0 into +0 and leaves every other number alone.
            Value::Number(n) => Value::Number(n + 0.0),
            k => k,
        };
        let hk = hash_key(heap, key);
        if let Some(&i) = self.index.get(&hk) {
            if let Some(slot) = self.entries.get_mut(i) {
                *slot = Some((key, value));
            }
            return 0;
        }
        let bytes = ENTRY_BYTES
            + match &hk {
                HashKey::String(s) => s.len() * 2,
                _ => 0,
            };
        self.index.insert(hk, self.entries.len());
        self.entries.push(Some((key, value)));
        bytes
    }

    pub fn delete(&mut self, heap: &Heap, key: Value) -> bool {
        match self.index.remove(&hash_key(heap, key)) {
            Some(i) => {
                if let Some(slot) = self.entries.get_mut(i) {
                    *slot = None;
                }
                true
            }
            None => false,
        }
    }

    pub fn clear(&mut self) {
        self.index.clear();
        for slot in &mut self.entries {
            *slot = None;
        }
    }

    /// The first live entry at or after `from`, with its position.
    pub fn entry_from(&self, from: usize) -> Option<(usize, Value, Value)> {
        self.entries.iter().enumerate().skip(from).find_map(|(i, e)| e.map(|(k, v)| (i, k, v)))
    }

    pub fn heap_size(&self) -> usize {
        self.entries.capacity() * ENTRY_BYTES
            + self.index.keys().map(|k| if let HashKey::String(s) = k { s.len() * 2 } else { 0 }).sum::<usize>()
    }

    pub fn trace(&self, visit: &mut impl FnMut(Value)) {
        for (k, v) in self.entries.iter().flatten() {
            visit(*k);
            visit(*v);
        }
    }
}

/// Bytes charged per entry (the pair, its index slot and hash key).
pub const ENTRY_BYTES: usize = 64;
