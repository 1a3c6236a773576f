//! The storage of Map and Set: entries in insertion order with tombstones
//! (so iterators can walk by index while the collection changes) and an
//! index from SameValueZero keys to positions.
//!
//! Tombstones are dropped (the entries compacted) once they outnumber the
//! live entries. The iterators walking the collection are registered with
//! it, and compaction moves their positions along with the entries
//! (`Vm::collection_compact`).

use crate::heap::SeededHashMap;

use crate::error::JsResult;
use crate::heap::Heap;
use crate::heap::object::{IteratorState, ObjectKind};
use crate::value::{ObjRef, SymbolRef, Value};
use crate::vm::Vm;

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
    index: SeededHashMap<HashKey, usize>,
    pub is_set: bool,
    /// Iterator objects that may hold positions in `entries` (some may
    /// have finished or died since: they are dropped when found).
    walkers: Vec<ObjRef>,
    /// The registry's length after its last pruning.
    walkers_pruned: usize,
    /// Every entry before this position is a tombstone (so a queue that
    /// deletes from the front does not rescan them).
    leading_tombstones: usize,
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
                while self.entries.get(self.leading_tombstones).is_some_and(Option::is_none) {
                    self.leading_tombstones += 1;
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
        self.leading_tombstones = self.entries.len();
    }

    /// Drops the tombstones when they outnumber the live entries (amortised
    /// O(1) per deletion). Returns, for each old position up to and
    /// including the end, its new position: the caller moves the walkers.
    pub fn compact_if_sparse(&mut self) -> Option<Vec<usize>> {
        let tombstones = self.entries.len() - self.index.len();
        if tombstones < 8 || tombstones < self.index.len() {
            return None;
        }
        let mut new_position = Vec::with_capacity(self.entries.len() + 1);
        let mut live = 0;
        for entry in &self.entries {
            new_position.push(live);
            live += usize::from(entry.is_some());
        }
        new_position.push(live);
        for position in self.index.values_mut() {
            *position = new_position.get(*position).copied().unwrap_or(*position);
        }
        self.entries.retain(Option::is_some);
        self.entries.shrink_to(live * 2);
        self.leading_tombstones = 0;
        Some(new_position)
    }

    /// Registers an iterator that walks the entries by position. Whether
    /// the registry needs pruning (it has doubled since last time).
    pub fn add_walker(&mut self, walker: ObjRef) -> bool {
        self.walkers.push(walker);
        self.walkers.len() > 2 * self.walkers_pruned + 16
    }

    /// Takes the registry (to prune it or move positions); give back what
    /// is left with [`Collection::keep_walkers`].
    pub fn take_walkers(&mut self) -> Vec<ObjRef> {
        std::mem::take(&mut self.walkers)
    }

    pub fn keep_walkers(&mut self, walkers: Vec<ObjRef>) {
        self.walkers_pruned = walkers.len();
        self.walkers = walkers;
    }

    /// The first live entry at or after `from`: its position, key and
    /// value, and how many tombstones were scanned to find it (the work
    /// to charge).
    pub fn entry_from(&self, from: usize) -> Option<(usize, Value, Value, usize)> {
        let start = from.max(self.leading_tombstones);
        let (i, k, v) = self.entries.iter().enumerate().skip(start).find_map(|(i, e)| e.map(|(k, v)| (i, k, v)))?;
        Some((i, k, v, i - start))
    }

    pub fn heap_size(&self) -> usize {
        self.entries.capacity() * ENTRY_BYTES
            + self.walkers.capacity() * std::mem::size_of::<ObjRef>()
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

/// A key a WeakMap or WeakSet can hold (CanBeHeldWeakly): an object, or a
/// symbol that is not in the global registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WeakKey {
    Object(ObjRef),
    Symbol(SymbolRef),
}

/// A WeakMap's or WeakSet's entries, unordered: nothing can walk them. The
/// collector keeps an entry's value alive only while its key is reachable
/// from elsewhere, and drops the entries whose keys it found unreachable
/// (`Heap::collect`), so a script can never observe a collection.
#[derive(Clone, Debug, Default)]
pub struct WeakCollection {
    pub(crate) entries: SeededHashMap<WeakKey, Value>,
    pub is_set: bool,
}

/// Bytes charged per weak entry (the key, the value and the table slot).
pub const WEAK_ENTRY_BYTES: usize = 48;

impl WeakCollection {
    pub fn new(is_set: bool) -> WeakCollection {
        WeakCollection { is_set, ..WeakCollection::default() }
    }

    pub fn get(&self, key: WeakKey) -> Option<Value> {
        self.entries.get(&key).copied()
    }

    pub fn has(&self, key: WeakKey) -> bool {
        self.entries.contains_key(&key)
    }

    pub fn delete(&mut self, key: WeakKey) -> bool {
        self.entries.remove(&key).is_some()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn heap_size(&self) -> usize {
        self.entries.capacity() * WEAK_ENTRY_BYTES
    }
}

impl Vm {
    /// Adds or updates an entry of a Map or Set, counting its memory.
    pub fn collection_set(&mut self, collection: ObjRef, key: Value, value: Value) -> JsResult<()> {
        if let Value::String(s) = key {
            self.charge_units(s.len() as usize)?;
        }
        self.reserve(crate::collection::ENTRY_BYTES)?;
        let Some(ObjectKind::Collection(c)) = self.heap.objects.get_mut(collection.0).map(|o| &mut o.kind) else {
            return Err(self.internal("collection_set on a non-collection"));
        };
        let mut c = std::mem::take(c);
        let added = c.set(&self.heap, key, value);
        if let Some(ObjectKind::Collection(slot)) = self.heap.objects.get_mut(collection.0).map(|o| &mut o.kind) {
            *slot = c;
        }
        self.heap.grow(added);
        Ok(())
    }

    /// The weak key `v` makes, when it can be held weakly: an object or a
    /// symbol not made by `Symbol.for`.
    pub fn weak_key(&self, v: Value) -> Option<WeakKey> {
        match v {
            Value::Object(o) => Some(WeakKey::Object(o)),
            Value::Symbol(s) => {
                let registered = self
                    .heap
                    .symbol_description(s)
                    .is_some_and(|d| self.realm.symbol_registry.get(self.heap.units(d)) == Some(&s));
                (!registered).then_some(WeakKey::Symbol(s))
            }
            _ => None,
        }
    }

    /// A new, empty WeakMap (or WeakSet when `is_set`), known to the
    /// collector.
    pub fn new_weak_collection(&mut self, proto: ObjRef, is_set: bool) -> JsResult<ObjRef> {
        let kind = ObjectKind::Weak(Box::new(WeakCollection::new(is_set)));
        let o = self.alloc_object(Some(proto), kind)?;
        self.heap.register_weak(o);
        Ok(o)
    }

    /// Adds or updates an entry of a WeakMap or WeakSet, counting its
    /// memory.
    pub fn weak_set(&mut self, collection: ObjRef, key: WeakKey, value: Value) -> JsResult<()> {
        self.reserve(WEAK_ENTRY_BYTES)?;
        let Some(ObjectKind::Weak(c)) = self.heap.objects.get_mut(collection.0).map(|o| &mut o.kind) else {
            return Err(self.internal("weak_set on a non-weak collection"));
        };
        if c.entries.insert(key, value).is_none() {
            self.heap.grow(WEAK_ENTRY_BYTES);
        }
        Ok(())
    }

    /// Registers `iterator` as walking `collection` by position.
    pub fn collection_add_walker(&mut self, collection: ObjRef, iterator: ObjRef) {
        let Some(ObjectKind::Collection(c)) = self.heap.objects.get_mut(collection.0).map(|o| &mut o.kind) else {
            return;
        };
        if c.add_walker(iterator) {
            self.move_walkers(collection, None);
        }
    }

    /// Compacts a Map or Set that has become sparse, moving the positions
    /// of the iterators walking it along with the entries.
    pub fn collection_compact(&mut self, collection: ObjRef) {
        let Some(ObjectKind::Collection(c)) = self.heap.objects.get_mut(collection.0).map(|o| &mut o.kind) else {
            return;
        };
        if let Some(new_position) = c.compact_if_sparse() {
            self.move_walkers(collection, Some(&new_position));
        }
    }

    /// Keeps the walkers of `collection` that still walk it (dropping
    /// finished, freed and repeated ones), moving each position through
    /// `new_position` when given.
    fn move_walkers(&mut self, collection: ObjRef, new_position: Option<&[usize]>) {
        let Some(ObjectKind::Collection(c)) = self.heap.objects.get_mut(collection.0).map(|o| &mut o.kind) else {
            return;
        };
        let mut walkers = c.take_walkers();
        walkers.sort_unstable();
        walkers.dedup();
        walkers.retain(|&w| match self.heap.objects.get_mut(w.0).map(|o| &mut o.kind) {
            Some(ObjectKind::Iterator(IteratorState::Collection { collection: walked, next, .. }))
                if *walked == collection =>
            {
                if let Some(map) = new_position {
                    *next = map.get(*next).or(map.last()).copied().unwrap_or(0);
                }
                true
            }
            _ => false,
        });
        if let Some(ObjectKind::Collection(c)) = self.heap.objects.get_mut(collection.0).map(|o| &mut o.kind) {
            c.keep_walkers(walkers);
        }
    }
}
