//! The heap: typed arenas of objects, environments, string buffers and
//! symbols, the atom table, byte accounting and the mark-and-sweep collector.
//!
//! Accounting is the VM's own logical count, never malloc's view, so it is
//! the same on every machine: each arena item has a `heap_size` computed from
//! its contents, allocation adds it, growth adds the delta, and after every
//! collection the count is recomputed exactly from the survivors.
//!
//! The heap does not know the roots; `Vm::collect_garbage` passes them in.
//! Collection only happens inside an allocation requested through the `Vm`
//! (see `vm.rs` for the rooting rule).

pub mod object;
pub mod string;

use std::sync::Arc;

use crate::collection::WeakKey;
use crate::value::{EnvRef, JsStr, ObjRef, SymbolRef, Value};
use object::{Atom, Env, Object, ObjectKind};

/// The hash tables whose keys a script chooses (property keys, atom texts,
/// Map and Set keys, registry keys) use a hasher seeded per process, so no
/// choice of keys makes their lookups collide (hash flooding).
pub type SeededHashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
pub type SeededHashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// Items per arena chunk. Chunks never move once allocated, so growing an
/// arena never copies it (and never holds two copies at once); they are
/// also the unit of copy-on-write sharing (see [`Arena`]).
const CHUNK: usize = 256;

/// The collector's view of an arena slot.
const FREE: u8 = 0;
/// Allocated, not (yet) reached in the current marking.
const WHITE: u8 = 1;
/// Allocated and reached.
const BLACK: u8 = 2;

/// A growable arena of fixed-size chunks with a free list and a state per
/// slot (free, white, black).
///
/// Chunks can be shared copy-on-write: [`Arena::share`] freezes an arena's
/// chunks, and a clone of it then copies only the chunk handles and the
/// states; whichever side writes into a frozen chunk first copies it. A
/// realm image is frozen this way, so a fresh sandbox starts without
/// copying the standard library's objects and copies only the chunks its
/// script changes.
#[derive(Clone, Debug, Default)]
pub struct Arena<T> {
    /// Every chunk holds `CHUNK` slots; those at `len` and after are
    /// defaults, not yet allocated.
    chunks: Vec<Chunk<T>>,
    len: usize,
    free: Vec<u32>,
    states: Vec<u8>,
}

/// A chunk this arena alone holds (a clone copies it), or one it shares
/// with clones (a clone shares it too).
#[derive(Clone, Debug)]
enum Chunk<T> {
    Owned(Box<[T]>),
    Shared(Arc<[T]>),
}

impl<T> Chunk<T> {
    #[inline]
    fn items(&self) -> &[T] {
        match self {
            Chunk::Owned(items) => items,
            Chunk::Shared(items) => items,
        }
    }
}

impl<T: Clone> Chunk<T> {
    /// The items for writing: a shared chunk becomes an owned copy first.
    #[inline]
    fn items_mut(&mut self) -> &mut [T] {
        match self {
            Chunk::Owned(items) => items,
            Chunk::Shared(_) => self.unshare(),
        }
    }

    #[cold]
    fn unshare(&mut self) -> &mut [T] {
        if let Chunk::Shared(items) = self {
            *self = Chunk::Owned(items.to_vec().into_boxed_slice());
        }
        match self {
            Chunk::Owned(items) => items,
            Chunk::Shared(_) => &mut [],
        }
    }
}

impl<T: Default + Clone> Arena<T> {
    fn alloc(&mut self, item: T) -> u32 {
        if let Some(i) = self.free.pop()
            && let Some(state) = self.states.get_mut(i as usize)
        {
            *state = WHITE;
            if let Some(slot) = self.chunks_get_mut(i) {
                *slot = item;
            }
            return i;
        }
        if self.len.is_multiple_of(CHUNK) {
            self.chunks.push(Chunk::Owned((0..CHUNK).map(|_| T::default()).collect()));
        }
        let i = self.len as u32;
        if let Some(slot) = self.chunks_get_mut(i) {
            *slot = item;
        }
        self.states.push(WHITE);
        self.len += 1;
        i
    }

    /// Slot `i` for writing: its chunk is copied first if it is shared.
    fn chunks_get_mut(&mut self, i: u32) -> Option<&mut T> {
        let i = i as usize;
        self.chunks.get_mut(i / CHUNK).and_then(|c| c.items_mut().get_mut(i % CHUNK))
    }

    /// Freezes every chunk for sharing: clones made after this copy none.
    fn share(&mut self) {
        for chunk in &mut self.chunks {
            if let Chunk::Owned(items) = chunk {
                *chunk = Chunk::Shared(Arc::from(std::mem::take(items)));
            }
        }
    }

    /// The item in slot `i`, if it is allocated.
    pub(crate) fn get(&self, i: u32) -> Option<&T> {
        if self.states.get(i as usize).is_none_or(|&s| s == FREE) {
            return None;
        }
        let i = i as usize;
        self.chunks.get(i / CHUNK).and_then(|c| c.items().get(i % CHUNK))
    }

    pub(crate) fn get_mut(&mut self, i: u32) -> Option<&mut T> {
        if self.states.get(i as usize).is_none_or(|&s| s == FREE) {
            return None;
        }
        self.chunks_get_mut(i)
    }

    /// Every allocated item.
    fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks.iter().flat_map(|c| c.items()).zip(self.states.iter()).filter(|(_, s)| **s != FREE).map(|(t, _)| t)
    }

    /// Marks slot `i`; true when it was white (so its children need marking).
    fn mark(&mut self, i: u32) -> bool {
        match self.states.get_mut(i as usize) {
            Some(s) if *s == WHITE => {
                *s = BLACK;
                true
            }
            _ => false,
        }
    }

    fn is_marked(&self, i: u32) -> bool {
        self.states.get(i as usize) == Some(&BLACK)
    }

    /// Frees every white item, turns black ones white again, and returns the
    /// sizes of the survivors. Freed slots are reused by later allocations
    /// unless `poison`: then they stay free for good, so a stale handle to
    /// one can never alias a new item (GC stress mode, for tests). Only a
    /// chunk with something to free is written (so copied, if shared).
    fn sweep(&mut self, size: impl Fn(&T) -> usize, poison: bool) -> usize {
        let mut survivors = 0;
        for (c, (chunk, states)) in self.chunks.iter_mut().zip(self.states.chunks_mut(CHUNK)).enumerate() {
            if !states.contains(&WHITE) {
                for (item, state) in chunk.items().iter().zip(states.iter_mut()) {
                    if *state == BLACK {
                        *state = WHITE;
                        survivors += size(item);
                    }
                }
                continue;
            }
            for (k, (item, state)) in chunk.items_mut().iter_mut().zip(states.iter_mut()).enumerate() {
                match *state {
                    BLACK => {
                        *state = WHITE;
                        survivors += size(item);
                    }
                    WHITE => {
                        *state = FREE;
                        *item = T::default();
                        if !poison {
                            self.free.push((c * CHUNK + k) as u32);
                        }
                    }
                    _ => {}
                }
            }
        }
        survivors
    }

    pub fn live_count(&self) -> usize {
        self.states.iter().filter(|&&s| s != FREE).count()
    }
}

/// A string buffer: code units shared by every `JsStr` that views a prefix.
/// Short strings (most property values, captures, digits) keep their units
/// inline in the arena slot, with no allocation of their own.
#[derive(Debug, Default)]
pub struct StrBuf {
    pub units: Units,
}

impl Clone for StrBuf {
    /// One copy of the units (the derived clone extends unit by unit).
    fn clone(&self) -> StrBuf {
        StrBuf { units: Units::from_slice(&self.units) }
    }
}

/// The code units of a string buffer.
pub type Units = smallvec::SmallVec<[u16; 12]>;

/// Bytes charged for a string buffer before its code units.
pub const STRING_BYTES: usize = 32;

impl StrBuf {
    fn heap_size(&self) -> usize {
        STRING_BYTES + self.units.capacity() * 2
    }
}

/// A symbol: its description, if any.
#[derive(Clone, Debug, Default)]
pub struct Symbol {
    pub description: Option<JsStr>,
    /// A class's private name (`#x`): a key that own-key listings skip.
    pub private: bool,
}

/// Bytes charged per symbol.
pub const SYMBOL_BYTES: usize = 32;

/// An interned property name.
#[derive(Clone, Debug, Default)]
struct AtomEntry {
    /// The name as a heap string; the atom lives exactly as long as its
    /// buffer survives collection.
    string: Option<JsStr>,
}

/// Which limit an allocation ran into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AllocError {
    /// The memory budget is spent even after collecting.
    OutOfMemory,
    /// A string would exceed the maximum string length.
    StringTooLong,
}

/// The longest string, in code units (a catchable `RangeError` past it).
pub const MAX_STRING_LENGTH: u32 = (1 << 30) - 25;

/// Cloning a heap copies every arena's owned chunks and shares its frozen
/// ones (see [`Arena`]): a realm image is frozen once ([`Heap::share`]) and
/// cloned into each new VM.
#[derive(Clone)]
pub struct Heap {
    pub(crate) objects: Arena<Object>,
    pub(crate) envs: Arena<Env>,
    pub(crate) strings: Arena<StrBuf>,
    pub(crate) symbols: Arena<Symbol>,
    atoms: Vec<AtomEntry>,
    /// Atom ids by text. The texts are shared, so copying a heap (a realm
    /// image into a new VM) copies no atom text.
    atom_ids: SeededHashMap<std::sync::Arc<[u16]>, u32>,
    free_atoms: Vec<u32>,
    /// Bytes counted since the last collection's exact recount.
    bytes: usize,
    /// Bytes the VM holds outside the arenas (the register stack's high-water
    /// mark), counted in `bytes` and kept across recounts.
    external: usize,
    /// The memory limit in bytes.
    limit: usize,
    /// Collect when `bytes` passes this.
    next_gc: usize,
    peak: usize,
    /// The shared empty string.
    empty: JsStr,
    /// Collections run so far.
    pub collections: u64,
    /// Test mode: collect at every allocation that may collect, and never
    /// reuse a freed slot.
    pub stress: bool,
    /// Reads through a handle to a freed object (`object` answers them with
    /// an empty object); `check_invariants` fails when there were any.
    stale_reads: StaleReads,
    /// Every WeakMap and WeakSet allocated and not yet found dead: the
    /// collector clears their entries whose keys died.
    weak_collections: Vec<ObjRef>,
}

/// A count that `&self` accessors may raise (atomic, so a heap stays `Sync`
/// inside a shared realm image); a copied heap starts from the same count.
#[derive(Default)]
struct StaleReads(std::sync::atomic::AtomicU64);

impl StaleReads {
    fn add(&self) {
        self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    fn get(&self) -> u64 {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Clone for StaleReads {
    fn clone(&self) -> StaleReads {
        StaleReads(std::sync::atomic::AtomicU64::new(self.get()))
    }
}

/// The work list of a collection's marking phase. Weak collections are
/// ephemeron tables: an entry's value is marked only once its key is, so a
/// value whose key is not marked yet waits in `waiting_for_key` until the
/// key is reached (each entry is looked at a bounded number of times, so
/// marking stays linear however the entries refer to each other).
struct Marking {
    gray_values: Vec<Value>,
    gray_envs: Vec<EnvRef>,
    waiting_for_key: SeededHashMap<WeakKey, Vec<Value>>,
}

impl Marking {
    /// `key` was just marked: the values waiting for it are reachable.
    fn key_reached(&mut self, key: WeakKey) {
        if !self.waiting_for_key.is_empty()
            && let Some(values) = self.waiting_for_key.remove(&key)
        {
            self.gray_values.extend(values);
        }
    }
}

/// The text of `atom`, while it lives.
fn atom_text(atoms: &[AtomEntry], atom: Atom) -> Option<JsStr> {
    atoms.get(atom.0 as usize).and_then(|a| a.string)
}

/// The smallest collection threshold.
const MIN_GC_THRESHOLD: usize = 256 * 1024;

impl Heap {
    /// Freezes every arena's chunks for sharing: clones taken after this
    /// copy no item until one side writes into a chunk.
    pub fn share(&mut self) {
        self.objects.share();
        self.envs.share();
        self.strings.share();
        self.symbols.share();
    }

    pub fn new(limit: usize) -> Heap {
        let mut heap = Heap {
            objects: Arena::default(),
            envs: Arena::default(),
            strings: Arena::default(),
            symbols: Arena::default(),
            atoms: Vec::new(),
            atom_ids: SeededHashMap::default(),
            free_atoms: Vec::new(),
            bytes: 0,
            external: 0,
            limit,
            next_gc: MIN_GC_THRESHOLD.min(limit),
            peak: 0,
            empty: JsStr { buf: 0, len: 0 },
            collections: 0,
            stress: false,
            stale_reads: StaleReads::default(),
            weak_collections: Vec::new(),
        };
        let buf = heap.strings.alloc(StrBuf { units: Units::new() });
        heap.empty = JsStr { buf, len: 0 };
        heap
    }

    /// Bytes of live heap as last counted (an upper bound between collections).
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// The most bytes the heap has held.
    pub fn peak(&self) -> usize {
        self.peak
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit;
        self.next_gc = self.next_gc.min(limit);
    }

    /// Whether allocating `extra` more bytes should first run a collection.
    pub fn wants_collection(&self, extra: usize) -> bool {
        self.stress || self.bytes.saturating_add(extra) > self.next_gc
    }

    /// Whether `extra` more bytes fit the limit now.
    pub fn fits(&self, extra: usize) -> bool {
        self.bytes.saturating_add(extra) <= self.limit
    }

    /// Counts `n` more bytes held outside the arenas.
    pub(crate) fn grow_external(&mut self, n: usize) {
        self.external = self.external.saturating_add(n);
        self.grow(n);
    }

    /// Stops counting `n` bytes held outside the arenas.
    pub(crate) fn shrink_external(&mut self, n: usize) {
        let n = n.min(self.external);
        self.external -= n;
        self.bytes = self.bytes.saturating_sub(n);
    }

    /// Counts `n` more bytes.
    pub(crate) fn grow(&mut self, n: usize) {
        self.bytes = self.bytes.saturating_add(n);
        self.peak = self.peak.max(self.bytes);
    }

    // ---- allocation (no collection here: the Vm decides when to collect) ----

    pub(crate) fn alloc_object(&mut self, object: Object) -> ObjRef {
        self.grow(object.heap_size());
        ObjRef(self.objects.alloc(object))
    }

    pub(crate) fn alloc_env(&mut self, env: Env) -> EnvRef {
        self.grow(env.heap_size());
        EnvRef(self.envs.alloc(env))
    }

    pub(crate) fn alloc_symbol(&mut self, description: Option<JsStr>) -> SymbolRef {
        self.grow(SYMBOL_BYTES);
        SymbolRef(self.symbols.alloc(Symbol { description, private: false }))
    }

    pub(crate) fn alloc_private_name(&mut self, description: JsStr) -> SymbolRef {
        self.grow(SYMBOL_BYTES);
        SymbolRef(self.symbols.alloc(Symbol { description: Some(description), private: true }))
    }

    /// Whether a symbol is a private name.
    pub fn is_private(&self, s: SymbolRef) -> bool {
        self.symbols.get(s.0).is_some_and(|s| s.private)
    }

    pub(crate) fn alloc_string_units(&mut self, units: Units) -> JsStr {
        if units.is_empty() {
            return self.empty;
        }
        let len = units.len() as u32;
        let buf = StrBuf { units };
        self.grow(buf.heap_size());
        JsStr { buf: self.strings.alloc(buf), len }
    }

    pub fn empty_string(&self) -> JsStr {
        self.empty
    }

    // ---- access ----

    pub fn object(&self, r: ObjRef) -> &Object {
        static FREE: Object =
            Object { proto: None, properties: object::PropertyMap::EMPTY, kind: ObjectKind::Free, extensible: false };
        self.objects.get(r.0).unwrap_or_else(|| {
            self.stale_reads.add();
            &FREE
        })
    }

    /// Mutable access to an object. Growth of its properties or elements must
    /// be reported with `account_growth`.
    pub fn object_mut(&mut self, r: ObjRef) -> Option<&mut Object> {
        self.objects.get_mut(r.0)
    }

    pub fn env(&self, r: EnvRef) -> Option<&Env> {
        self.envs.get(r.0)
    }

    pub fn env_mut(&mut self, r: EnvRef) -> Option<&mut Env> {
        self.envs.get_mut(r.0)
    }

    pub fn symbol_description(&self, s: SymbolRef) -> Option<JsStr> {
        self.symbols.get(s.0).and_then(|s| s.description)
    }

    /// The code units of a string.
    pub fn units(&self, s: JsStr) -> &[u16] {
        self.strings.get(s.buf).and_then(|b| b.units.get(..s.len as usize)).unwrap_or(&[])
    }

    // ---- atoms ----

    /// Interns `units` as a property key: array indices become
    /// `PropertyKey::Index`, other names an atom. `string` is reused as the
    /// atom's text when given (it must hold exactly `units`).
    pub(crate) fn intern_units(&mut self, units: &[u16], string: Option<JsStr>) -> object::PropertyKey {
        if let Some(i) = crate::number::array_index_of(units) {
            return object::PropertyKey::Index(i);
        }
        object::PropertyKey::Atom(self.atom(units, string))
    }

    /// The atom for `units`, created if needed.
    pub(crate) fn atom(&mut self, units: &[u16], string: Option<JsStr>) -> Atom {
        if let Some(&id) = self.atom_ids.get(units) {
            return Atom(id);
        }
        let string = match string {
            Some(s) => s,
            None => self.alloc_string_units(Units::from_slice(units)),
        };
        self.grow(units.len() * 2 + 48);
        let entry = AtomEntry { string: Some(string) };
        let id = match self.free_atoms.pop() {
            Some(id) => {
                if let Some(slot) = self.atoms.get_mut(id as usize) {
                    *slot = entry;
                }
                id
            }
            None => {
                self.atoms.push(entry);
                (self.atoms.len() - 1) as u32
            }
        };
        self.atom_ids.insert(units.into(), id);
        Atom(id)
    }

    /// The atom's name as a string.
    pub fn atom_string(&self, atom: Atom) -> JsStr {
        self.atoms.get(atom.0 as usize).and_then(|a| a.string).unwrap_or(self.empty)
    }

    // ---- collection ----

    /// Marks everything reachable from `roots` (values, environments and
    /// atoms), then frees the rest and recounts the live bytes exactly.
    /// Returns the live bytes.
    pub(crate) fn collect(&mut self, roots: &[Value], env_roots: &[EnvRef], atom_roots: &[Atom]) -> usize {
        let mut marking = Marking {
            gray_values: roots.to_vec(),
            gray_envs: env_roots.to_vec(),
            waiting_for_key: SeededHashMap::default(),
        };
        self.mark_string(self.empty);
        for &atom in atom_roots {
            self.mark_atom(atom);
        }
        loop {
            if let Some(v) = marking.gray_values.pop() {
                self.mark_value(v, &mut marking);
            } else if let Some(e) = marking.gray_envs.pop() {
                if !self.envs.mark(e.0) {
                    continue;
                }
                if let Some(env) = self.envs.get(e.0) {
                    if let Some(p) = env.parent {
                        marking.gray_envs.push(p);
                    }
                    marking.gray_values.extend(env.slots.iter().copied());
                }
            } else {
                break;
            }
        }
        self.clear_dead_weak_entries();
        // Atoms live as long as their text does.
        let mut dead_atoms = Vec::new();
        for (id, entry) in self.atoms.iter_mut().enumerate() {
            if let Some(s) = entry.string
                && !self.strings.is_marked(s.buf)
            {
                entry.string = None;
                dead_atoms.push(id as u32);
            }
        }
        if !dead_atoms.is_empty() {
            // An atom is dead exactly when its entry lost its text above (a
            // lookup per entry: linear however many die at once).
            let atoms = &self.atoms;
            self.atom_ids.retain(|_, id| atoms.get(*id as usize).is_some_and(|entry| entry.string.is_some()));
            self.free_atoms.extend(dead_atoms);
        }
        let atom_bytes: usize = self.atom_ids.keys().map(|k| k.len() * 2 + 48).sum();
        let poison = self.stress;
        let live = self.objects.sweep(Object::heap_size, poison)
            + self.envs.sweep(Env::heap_size, poison)
            + self.strings.sweep(StrBuf::heap_size, poison)
            + self.symbols.sweep(|_| SYMBOL_BYTES, poison)
            + atom_bytes;
        let live = live + self.external;
        self.collections += 1;
        self.bytes = live;
        self.next_gc = live.saturating_mul(2).max(MIN_GC_THRESHOLD).min(self.limit);
        live
    }

    fn mark_string(&mut self, s: JsStr) {
        self.strings.mark(s.buf);
    }

    fn mark_atom(&mut self, atom: Atom) {
        if let Some(s) = atom_text(&self.atoms, atom) {
            self.mark_string(s);
        }
    }

    fn mark_value(&mut self, v: Value, marking: &mut Marking) {
        match v {
            Value::String(s) => self.mark_string(s),
            Value::Symbol(s) => {
                if !self.symbols.mark(s.0) {
                    return;
                }
                if let Some(d) = self.symbol_description(s) {
                    self.mark_string(d);
                }
                marking.key_reached(WeakKey::Symbol(s));
            }
            Value::Object(o) => {
                if !self.objects.mark(o.0) {
                    return;
                }
                let Some(object) = self.objects.get(o.0) else { return };
                object.trace(|v| marking.gray_values.push(v));
                if let Some(e) = object.env() {
                    marking.gray_envs.push(e);
                }
                // The atoms' texts are marked while the object stays borrowed
                // from the object arena (the fields are disjoint).
                for atom in object.atoms() {
                    if let Some(s) = atom_text(&self.atoms, atom) {
                        self.strings.mark(s.buf);
                    }
                }
                if let ObjectKind::Weak(c) = &object.kind {
                    for (&key, &value) in &c.entries {
                        if self.is_key_marked(key) {
                            marking.gray_values.push(value);
                        } else {
                            marking.waiting_for_key.entry(key).or_default().push(value);
                        }
                    }
                }
                marking.key_reached(WeakKey::Object(o));
            }
            _ => {}
        }
    }

    fn is_key_marked(&self, key: WeakKey) -> bool {
        match key {
            WeakKey::Object(o) => self.objects.is_marked(o.0),
            WeakKey::Symbol(s) => self.symbols.is_marked(s.0),
        }
    }

    /// Registers a new WeakMap or WeakSet with the collector.
    pub(crate) fn register_weak(&mut self, collection: ObjRef) {
        self.weak_collections.push(collection);
    }

    /// After marking: drops the entries of live weak collections whose keys
    /// were not reached, and forgets the weak collections that died.
    fn clear_dead_weak_entries(&mut self) {
        let mut weak = std::mem::take(&mut self.weak_collections);
        weak.retain(|&w| self.objects.is_marked(w.0));
        for &w in &weak {
            let Some(object) = self.objects.get(w.0) else { continue };
            let ObjectKind::Weak(c) = &object.kind else { continue };
            let dead: Vec<WeakKey> = c.entries.keys().copied().filter(|&k| !self.is_key_marked(k)).collect();
            if dead.is_empty() {
                continue;
            }
            if let Some(ObjectKind::Weak(c)) = self.objects.get_mut(w.0).map(|o| &mut o.kind) {
                for key in dead {
                    c.entries.remove(&key);
                }
            }
        }
        self.weak_collections = weak;
    }

    /// Checks the heap's invariants: every handle reachable from a live
    /// object or environment points at a live item. Used by tests after
    /// collections.
    pub fn check_invariants(&self) -> Result<(), String> {
        if self.stale_reads.get() > 0 {
            return Err(format!("{} read(s) through a handle to a freed object", self.stale_reads.get()));
        }
        let check = |v: Value| -> Result<(), String> {
            match v {
                Value::Object(o) => match self.objects.get(o.0) {
                    Some(_) => Ok(()),
                    _ => Err(format!("dangling object {}", o.0)),
                },
                Value::String(s) => match self.strings.get(s.buf) {
                    Some(b) if b.units.len() >= s.len as usize => Ok(()),
                    _ => Err(format!("dangling string {}", s.buf)),
                },
                Value::Symbol(s) => match self.symbols.get(s.0) {
                    Some(_) => Ok(()),
                    _ => Err(format!("dangling symbol {}", s.0)),
                },
                _ => Ok(()),
            }
        };
        for obj in self.objects.iter() {
            let mut result = Ok(());
            obj.trace(|v| {
                if result.is_ok() {
                    result = check(v);
                }
            });
            result?;
        }
        for env in self.envs.iter() {
            for v in &env.slots {
                check(*v)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn under_stress_a_stale_handle_fails_the_invariant_check() {
        let mut heap = Heap::new(usize::MAX);
        heap.stress = true;
        let kept = heap.alloc_object(Object::new(None, ObjectKind::Ordinary));
        let dropped = heap.alloc_object(Object::new(None, ObjectKind::Ordinary));
        heap.collect(&[Value::Object(kept)], &[], &[]);
        // The freed slot is never handed out again.
        let fresh = heap.alloc_object(Object::new(None, ObjectKind::Ordinary));
        assert_ne!(fresh, dropped);
        assert_eq!(heap.check_invariants(), Ok(()));
        let _ = heap.object(dropped);
        assert_eq!(heap.check_invariants(), Err("1 read(s) through a handle to a freed object".to_string()));
    }
}
