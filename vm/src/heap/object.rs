//! Objects as stored in the heap: the property map (one internal interface,
//! so shapes can replace the storage later without touching callers), the
//! exotic kinds (arrays, functions, wrappers, iterators) and their own-key
//! order (OrdinaryOwnPropertyKeys).

use crate::native::NativeFn;
use crate::value::{EnvRef, JsStr, ObjRef, SymbolRef, Value};

/// An interned string property name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Atom(pub(crate) u32);

/// A property key after ToPropertyKey: array indices are kept apart from
/// other strings so arrays and key ordering can treat them specially.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PropertyKey {
    Index(u32),
    Atom(Atom),
    Symbol(SymbolRef),
}

pub const WRITABLE: u8 = 1;
pub const ENUMERABLE: u8 = 2;
pub const CONFIGURABLE: u8 = 4;
/// Writable, enumerable and configurable: what assignment creates.
pub const DEFAULT_FLAGS: u8 = WRITABLE | ENUMERABLE | CONFIGURABLE;
/// Writable and configurable but not enumerable: built-in methods.
pub const HIDDEN_FLAGS: u8 = WRITABLE | CONFIGURABLE;

/// The value part of a property.
#[derive(Clone, Copy, Debug)]
pub enum Slot {
    Data(Value),
    Accessor { get: Option<ObjRef>, set: Option<ObjRef> },
}

/// A property: its slot and attribute flags.
#[derive(Clone, Copy, Debug)]
pub struct Property {
    pub slot: Slot,
    pub flags: u8,
}

impl Property {
    pub fn data(value: Value, flags: u8) -> Property {
        Property { slot: Slot::Data(value), flags }
    }

    pub fn writable(&self) -> bool {
        self.flags & WRITABLE != 0
    }

    pub fn enumerable(&self) -> bool {
        self.flags & ENUMERABLE != 0
    }

    pub fn configurable(&self) -> bool {
        self.flags & CONFIGURABLE != 0
    }
}

/// The ordered property storage of one object. Most objects have a handful
/// of properties: up to `SMALL_MAP_LIMIT` they sit in a vector searched
/// linearly (no hash table to allocate or fill); past it, in a `LargeMap`.
/// Positions are insertion order in both, so an inline cache's position
/// stays valid when a map grows from one form to the other.
#[derive(Clone, Debug)]
pub struct PropertyMap {
    storage: Storage,
    /// How many keys are array indices (an array with none keeps all its
    /// elements in its dense prefix).
    index_keys: u32,
}

#[derive(Clone, Debug)]
enum Storage {
    Small(Vec<(PropertyKey, Property)>),
    Large(LargeMap),
}

/// The large form: entries in insertion order, a tombstone where a key was
/// removed, and a seeded hash index from key to position (so no choice of
/// keys makes lookups collide). A removal is O(1); once tombstones outnumber
/// the live entries the list is compacted (amortised O(1)), which moves
/// positions: inline caches re-check their key and miss once.
#[derive(Clone, Debug)]
struct LargeMap {
    entries: Vec<Option<(PropertyKey, Property)>>,
    positions: super::SeededHashMap<PropertyKey, u32>,
}

impl LargeMap {
    fn with_capacity(capacity: usize) -> LargeMap {
        LargeMap {
            entries: Vec::with_capacity(capacity),
            positions: super::SeededHashMap::with_capacity_and_hasher(capacity, Default::default()),
        }
    }

    fn get(&self, key: PropertyKey) -> Option<&Property> {
        let &i = self.positions.get(&key)?;
        self.entries.get(i as usize)?.as_ref().map(|(_, p)| p)
    }

    fn get_mut(&mut self, key: PropertyKey) -> Option<&mut Property> {
        let &i = self.positions.get(&key)?;
        self.entries.get_mut(i as usize)?.as_mut().map(|(_, p)| p)
    }

    /// Appends a key that is not in the map.
    fn push(&mut self, key: PropertyKey, property: Property) {
        self.positions.insert(key, self.entries.len() as u32);
        self.entries.push(Some((key, property)));
    }

    fn remove(&mut self, key: PropertyKey) -> Option<Property> {
        let i = self.positions.remove(&key)?;
        let removed = self.entries.get_mut(i as usize)?.take().map(|(_, p)| p);
        if self.entries.len() > 2 * self.positions.len() + SMALL_MAP_LIMIT {
            self.compact();
        }
        removed
    }

    fn retain(&mut self, keep: impl Fn(&PropertyKey) -> bool) {
        for entry in &mut self.entries {
            if let Some((k, _)) = entry
                && !keep(k)
            {
                self.positions.remove(k);
                *entry = None;
            }
        }
        self.compact();
    }

    /// Drops the tombstones and renumbers the positions.
    fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        for (i, entry) in self.entries.iter().enumerate() {
            if let Some((k, _)) = entry {
                self.positions.insert(*k, i as u32);
            }
        }
    }
}

/// The most properties a map keeps in its vector form.
const SMALL_MAP_LIMIT: usize = 8;

/// Bytes charged per property slot of a map's capacity: the entry (key,
/// property) plus its share of the index table.
pub const PROPERTY_BYTES: usize = 64;

impl Default for PropertyMap {
    fn default() -> PropertyMap {
        PropertyMap::EMPTY
    }
}

impl PropertyMap {
    /// An empty map, usable in constants.
    pub const EMPTY: PropertyMap = PropertyMap { storage: Storage::Small(Vec::new()), index_keys: 0 };

    /// Whether any key is an array index.
    #[inline]
    pub fn has_index_keys(&self) -> bool {
        self.index_keys > 0
    }

    #[inline]
    pub fn get(&self, key: PropertyKey) -> Option<&Property> {
        match &self.storage {
            Storage::Small(entries) => entries.iter().find(|(k, _)| *k == key).map(|(_, p)| p),
            Storage::Large(map) => map.get(key),
        }
    }

    /// The position of `key` in the map (for inline caches).
    #[inline]
    pub fn index_of(&self, key: PropertyKey) -> Option<usize> {
        match &self.storage {
            Storage::Small(entries) => entries.iter().position(|(k, _)| *k == key),
            Storage::Large(map) => map.positions.get(&key).map(|&i| i as usize),
        }
    }

    /// The entry at `index`, if any (inline caches re-check its key).
    #[inline]
    pub fn get_index(&self, index: usize) -> Option<(&PropertyKey, &Property)> {
        match &self.storage {
            Storage::Small(entries) => entries.get(index).map(|(k, p)| (k, p)),
            Storage::Large(map) => map.entries.get(index)?.as_ref().map(|(k, p)| (k, p)),
        }
    }

    #[inline]
    pub fn get_mut(&mut self, key: PropertyKey) -> Option<&mut Property> {
        match &mut self.storage {
            Storage::Small(entries) => entries.iter_mut().find(|(k, _)| *k == key).map(|(_, p)| p),
            Storage::Large(map) => map.get_mut(key),
        }
    }

    /// Inserts or replaces, keeping the original position of an existing key.
    pub fn insert(&mut self, key: PropertyKey, property: Property) {
        if let Some(existing) = self.get_mut(key) {
            *existing = property;
            return;
        }
        if let Storage::Small(entries) = &self.storage
            && entries.len() == SMALL_MAP_LIMIT
        {
            self.reserve(1);
        }
        if matches!(key, PropertyKey::Index(_)) {
            self.index_keys += 1;
        }
        match &mut self.storage {
            Storage::Small(entries) => entries.push((key, property)),
            Storage::Large(map) => map.push(key, property),
        }
    }

    /// Whether inserting a new key would grow the map's capacity.
    pub fn is_full(&self) -> bool {
        match &self.storage {
            Storage::Small(entries) => entries.len() == entries.capacity(),
            Storage::Large(map) => map.entries.len() == map.entries.capacity(),
        }
    }

    /// Makes room for `additional` more properties.
    pub fn reserve(&mut self, additional: usize) {
        match &mut self.storage {
            Storage::Small(entries) if entries.len().saturating_add(additional) <= SMALL_MAP_LIMIT => {
                entries.reserve(additional);
            }
            Storage::Small(entries) => {
                let mut map = LargeMap::with_capacity(entries.len() + additional);
                for (k, p) in entries.drain(..) {
                    map.push(k, p);
                }
                self.storage = Storage::Large(map);
            }
            Storage::Large(map) => {
                map.entries.reserve(additional);
                map.positions.reserve(additional);
            }
        }
    }

    /// Removes a key, keeping the order of the others.
    pub fn remove(&mut self, key: PropertyKey) -> Option<Property> {
        let removed = match &mut self.storage {
            Storage::Small(entries) => {
                let i = entries.iter().position(|(k, _)| *k == key)?;
                Some(entries.remove(i).1)
            }
            Storage::Large(map) => map.remove(key),
        };
        if removed.is_some() && matches!(key, PropertyKey::Index(_)) {
            self.index_keys -= 1;
        }
        removed
    }

    /// The number of properties.
    #[inline]
    pub fn len(&self) -> usize {
        match &self.storage {
            Storage::Small(entries) => entries.len(),
            Storage::Large(map) => map.positions.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The properties in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&PropertyKey, &Property)> {
        let (small, large) = match &self.storage {
            Storage::Small(entries) => (Some(entries.iter()), None),
            Storage::Large(map) => (None, Some(map.entries.iter().flatten())),
        };
        small.into_iter().flatten().chain(large.into_iter().flatten()).map(|(k, p)| (k, p))
    }

    /// Entry slots allocated (what the map is charged for).
    #[inline]
    pub fn capacity(&self) -> usize {
        match &self.storage {
            Storage::Small(entries) => entries.capacity(),
            Storage::Large(map) => map.entries.capacity(),
        }
    }

    /// Removes every index key at or above `from` (array length truncation).
    pub fn remove_indices_from(&mut self, from: u32) {
        let doomed = |k: &PropertyKey| matches!(k, PropertyKey::Index(i) if *i >= from);
        match &mut self.storage {
            Storage::Small(entries) => entries.retain(|(k, _)| !doomed(k)),
            Storage::Large(map) => map.retain(|k| !doomed(k)),
        }
        self.index_keys = self.iter().filter(|(k, _)| matches!(k, PropertyKey::Index(_))).count() as u32;
    }
}

/// An array's elements: a dense prefix plus `length`. Indices at or past
/// `dense.len()` live in the property map, so `a[4294967294] = 1` costs one
/// property, not four billion slots.
#[derive(Clone, Debug)]
pub struct ArrayData {
    /// Elements `0..dense.len()`; `Value::Empty` marks a hole.
    pub dense: Vec<Value>,
    pub length: u32,
    /// Whether `length` may change (false after freezing).
    pub length_writable: bool,
    /// The attributes every dense element shares (all three until the array
    /// is sealed or frozen; an element given other attributes leaves the
    /// dense prefix).
    pub dense_flags: u8,
}

impl Default for ArrayData {
    fn default() -> ArrayData {
        ArrayData::new(Vec::new())
    }
}

impl ArrayData {
    /// An array of `dense` plain elements.
    pub fn new(dense: Vec<Value>) -> ArrayData {
        let length = dense.len() as u32;
        ArrayData { dense, length, length_writable: true, dense_flags: DEFAULT_FLAGS }
    }
}

/// What a for-in or for-of iterator walks over.
#[derive(Clone, Debug)]
pub enum IteratorState {
    /// for-in: a snapshot of keys, checked again before each is produced.
    ForIn {
        object: Option<ObjRef>,
        keys: Vec<Value>,
        next: usize,
    },
    /// An array (or array-like) by index.
    Array {
        target: Value,
        next: u32,
        kind: IterKind,
    },
    /// A Map or Set by insertion order (live: entries added meanwhile are
    /// visited, deleted ones skipped).
    Collection {
        collection: ObjRef,
        next: usize,
        kind: IterKind,
    },
    /// A string by code point.
    String {
        string: JsStr,
        next: u32,
    },
    /// The generic protocol: an iterator object and its `next` method.
    Protocol {
        iterator: Value,
        next_method: Value,
    },
    /// A RegExp String Iterator (`matchAll`): the matcher, the string, and
    /// whether the matcher is global and matches by code point.
    RegExpString {
        matcher: Value,
        string: JsStr,
        global: bool,
        full_unicode: bool,
    },
    /// An Iterator Helper (`map`, `filter`, … and `Iterator.concat`): the
    /// generator-like object those return.
    Helper(Box<IteratorHelper>),
    /// What `Iterator.from` wraps an iterator that does not inherit from
    /// %Iterator.prototype% in (%WrapForValidIteratorPrototype%).
    Wrapped {
        iterator: Value,
        next_method: Value,
    },
    Done,
}

/// Which operation an Iterator Helper performs on each step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelperOp {
    Map,
    Filter,
    Take,
    Drop,
    FlatMap,
    /// `chunks` and `windows`: `function` holds the values gathered so far
    /// in an internal array, `counter` the size asked for.
    Chunks,
    Windows {
        allow_partial: bool,
    },
    /// `Iterator.concat`: `function` holds the iterables and their
    /// `Symbol.iterator` methods, alternately, in an internal array.
    Concat,
    /// `Iterator.zip` and `Iterator.zipKeyed`: `function` holds the records
    /// of the iterators, `padding` the padding values and (keyed) the keys.
    Zip {
        mode: ZipMode,
        keyed: bool,
    },
}

/// How `Iterator.zip` ends when its iterators have different lengths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZipMode {
    Shortest,
    Longest,
    Strict,
}

/// Where an Iterator Helper is in its life (its [[GeneratorState]]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelperPhase {
    SuspendedStart,
    SuspendedYield,
    Executing,
    Completed,
}

/// The state of an Iterator Helper between calls of its `next`.
#[derive(Clone, Debug)]
pub struct IteratorHelper {
    pub op: HelperOp,
    pub phase: HelperPhase,
    /// The internal record (an `IteratorState::Protocol` object) of the
    /// iterator being transformed: for `Iterator.concat`, the current one.
    pub underlying: Option<ObjRef>,
    /// The mapper or predicate (for `Iterator.concat`, the iterables).
    pub function: Value,
    /// The counter passed to the function; for `take` and `drop` what is
    /// left of the limit; for `Iterator.concat` the next iterable's index.
    pub counter: f64,
    /// `flatMap`'s current inner iterator record.
    pub inner: Option<ObjRef>,
    /// `Iterator.zip`'s padding values, then `zipKeyed`'s keys, in an
    /// internal array.
    pub padding: Option<ObjRef>,
}

/// Which part of an entry an array iterator produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IterKind {
    Keys,
    Values,
    Entries,
}

/// A suspended generator's activation: everything its frame held.
#[derive(Clone, Debug)]
pub struct SavedFrame {
    pub module: u32,
    pub function: u32,
    pub callee: ObjRef,
    pub pc: u32,
    pub env: Option<EnvRef>,
    pub env_depth: u16,
    pub this: Value,
    pub args: Vec<Value>,
    pub registers: Vec<Value>,
    /// Where the value sent by `next(v)` goes (the `Yield`'s `resume`), or
    /// `None` before the first `next`.
    pub resume: Option<crate::isa::RegPair>,
    /// Suspended in a `yield*`: a `throw` resumption is handed to the code
    /// (mode 1) instead of being thrown at the instruction.
    pub delegating: bool,
}

/// Where a generator is in its life.
#[derive(Clone, Debug)]
pub enum GeneratorState {
    /// Created, or suspended at a `yield`.
    Suspended(Box<SavedFrame>),
    /// Its body is running (a re-entrant `next` is a TypeError).
    Running,
    Completed,
}

/// The internal slots of a RegExp object: [[RegExpMatcher]] (shared with
/// every RegExp of the same pattern and flags), [[OriginalSource]] and
/// [[OriginalFlags]].
#[derive(Clone, Debug)]
pub struct RegExpData {
    pub compiled: std::sync::Arc<crate::regexp::Compiled>,
    pub source: JsStr,
    pub flags: JsStr,
    /// [[LegacyFeaturesEnabled]]: made by %RegExp% itself, not a subclass
    /// (Annex B's `compile` and legacy static properties).
    pub legacy: bool,
}

/// The kind of an object: ordinary or one of the exotic and built-in kinds.
#[derive(Clone, Debug, Default)]
pub enum ObjectKind {
    #[default]
    Ordinary,
    Array(ArrayData),
    /// A function compiled from script code. `home` is the object a method
    /// was defined on (for `super.x`); `fields` a class constructor's
    /// instance-field initializer.
    Closure {
        module: u32,
        function: u32,
        env: Option<EnvRef>,
        home: Option<ObjRef>,
        fields: Option<ObjRef>,
    },
    /// A built-in implemented in Rust.
    Native {
        function: NativeFn,
        constructor: bool,
        /// Which of several functions one wrapper implements (QuickJS's
        /// "magic"): fixed at creation, never read from script-visible
        /// properties.
        magic: u16,
    },
    /// A function registered by the embedding host.
    Host {
        index: u32,
    },
    Bound {
        target: ObjRef,
        this: Value,
        args: Vec<Value>,
    },
    Error,
    Boolean(bool),
    Number(f64),
    String(JsStr),
    Symbol(SymbolRef),
    Arguments,
    /// An internal iterator record (for-in/for-of) or a script-visible
    /// array/string iterator object.
    Iterator(IteratorState),
    Generator(GeneratorState),
    /// A Map (`set` true: a Set, whose values are its keys).
    Collection(Box<crate::collection::Collection>),
    /// A WeakMap or WeakSet: entries the collector drops with their keys.
    Weak(Box<crate::collection::WeakCollection>),
    /// A RegExp: its compiled pattern and its `source` and `flags` text.
    RegExp(Box<RegExpData>),
    /// A frozen object made by `JSON.rawJSON` ([[IsRawJSON]]): `stringify`
    /// writes its `rawJSON` text as it is.
    RawJson,
    /// A DisposableStack, or the hidden resource list of a scope with
    /// `using` declarations.
    Disposable(Box<crate::dispose::DisposeCapability>),
    /// A freed arena slot.
    Free,
}

/// An object in the heap.
#[derive(Clone, Debug, Default)]
pub struct Object {
    pub proto: Option<ObjRef>,
    pub properties: PropertyMap,
    pub kind: ObjectKind,
    pub extensible: bool,
}

/// Bytes charged for an object before its properties and elements: its
/// arena slot and mark bit.
pub const OBJECT_BYTES: usize = std::mem::size_of::<Object>() + 8;

impl Object {
    pub fn new(proto: Option<ObjRef>, kind: ObjectKind) -> Object {
        Object { proto, properties: PropertyMap::default(), kind, extensible: true }
    }

    /// The object's size as the memory budget counts it.
    pub fn heap_size(&self) -> usize {
        let elements = match &self.kind {
            ObjectKind::Array(a) => a.dense.capacity() * 16,
            ObjectKind::Bound { args, .. } => args.capacity() * 16,
            ObjectKind::Iterator(IteratorState::ForIn { keys, .. }) => keys.capacity() * 16,
            ObjectKind::Iterator(IteratorState::Helper(_)) => std::mem::size_of::<IteratorHelper>(),
            ObjectKind::Generator(GeneratorState::Suspended(f)) => {
                std::mem::size_of::<SavedFrame>() + (f.registers.capacity() + f.args.capacity()) * 16
            }
            ObjectKind::Collection(c) => c.heap_size(),
            ObjectKind::Weak(c) => c.heap_size(),
            ObjectKind::Disposable(c) => c.heap_size(),
            ObjectKind::RegExp(r) => std::mem::size_of::<RegExpData>() + r.compiled.heap_size(),
            _ => 0,
        };
        OBJECT_BYTES + self.properties.capacity() * PROPERTY_BYTES + elements
    }

    pub fn is_callable(&self) -> bool {
        matches!(
            self.kind,
            ObjectKind::Closure { .. } | ObjectKind::Native { .. } | ObjectKind::Host { .. } | ObjectKind::Bound { .. }
        )
    }

    pub fn array(&self) -> Option<&ArrayData> {
        match &self.kind {
            ObjectKind::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn array_mut(&mut self) -> Option<&mut ArrayData> {
        match &mut self.kind {
            ObjectKind::Array(a) => Some(a),
            _ => None,
        }
    }

    /// Calls `visit` on every heap value this object refers to.
    pub fn trace(&self, mut visit: impl FnMut(Value)) {
        if let Some(p) = self.proto {
            visit(Value::Object(p));
        }
        for (key, prop) in self.properties.iter() {
            if let PropertyKey::Symbol(s) = key {
                visit(Value::Symbol(*s));
            }
            trace_slot(prop.slot, &mut visit);
        }
        match &self.kind {
            ObjectKind::Array(a) => a.dense.iter().for_each(|v| visit(*v)),
            ObjectKind::Bound { target, this, args } => {
                visit(Value::Object(*target));
                visit(*this);
                args.iter().for_each(|v| visit(*v));
            }
            ObjectKind::String(s) => visit(Value::String(*s)),
            ObjectKind::Symbol(s) => visit(Value::Symbol(*s)),
            ObjectKind::Closure { home, fields, .. } => {
                home.iter().chain(fields.iter()).for_each(|o| visit(Value::Object(*o)));
            }
            ObjectKind::Iterator(state) => match state {
                IteratorState::ForIn { object, keys, .. } => {
                    if let Some(o) = object {
                        visit(Value::Object(*o));
                    }
                    keys.iter().for_each(|v| visit(*v));
                }
                IteratorState::Array { target, .. } => visit(*target),
                IteratorState::Collection { collection, .. } => visit(Value::Object(*collection)),
                IteratorState::String { string, .. } => visit(Value::String(*string)),
                IteratorState::RegExpString { matcher, string, .. } => {
                    visit(*matcher);
                    visit(Value::String(*string));
                }
                IteratorState::Protocol { iterator, next_method }
                | IteratorState::Wrapped { iterator, next_method } => {
                    visit(*iterator);
                    visit(*next_method);
                }
                IteratorState::Helper(h) => {
                    h.underlying.iter().chain(&h.inner).chain(&h.padding).for_each(|o| visit(Value::Object(*o)));
                    visit(h.function);
                }
                IteratorState::Done => {}
            },
            ObjectKind::Collection(c) => c.trace(&mut visit),
            ObjectKind::Disposable(c) => c.trace(&mut visit),
            ObjectKind::RegExp(r) => {
                visit(Value::String(r.source));
                visit(Value::String(r.flags));
            }
            ObjectKind::Generator(GeneratorState::Suspended(f)) => {
                visit(Value::Object(f.callee));
                visit(f.this);
                f.args.iter().for_each(|v| visit(*v));
                f.registers.iter().for_each(|v| visit(*v));
            }
            _ => {}
        }
    }

    /// Atoms used as keys, for the collector.
    pub fn atoms(&self) -> impl Iterator<Item = Atom> + '_ {
        self.properties.iter().filter_map(|(k, _)| match k {
            PropertyKey::Atom(a) => Some(*a),
            _ => None,
        })
    }

    /// The environment a closure captured or a suspended generator holds,
    /// for the collector.
    pub fn env(&self) -> Option<EnvRef> {
        match &self.kind {
            ObjectKind::Closure { env, .. } => *env,
            ObjectKind::Generator(GeneratorState::Suspended(f)) => f.env,
            _ => None,
        }
    }
}

fn trace_slot(slot: Slot, visit: &mut impl FnMut(Value)) {
    match slot {
        Slot::Data(v) => visit(v),
        Slot::Accessor { get, set } => {
            if let Some(g) = get {
                visit(Value::Object(g));
            }
            if let Some(s) = set {
                visit(Value::Object(s));
            }
        }
    }
}

/// An environment record: the captured variables of one scope.
#[derive(Clone, Debug, Default)]
pub struct Env {
    pub parent: Option<EnvRef>,
    pub slots: Vec<Value>,
}

/// Bytes charged for an environment before its slots.
pub const ENV_BYTES: usize = 40;

impl Env {
    pub fn heap_size(&self) -> usize {
        Env::size_for(self.slots.capacity())
    }

    /// The bytes an environment of `slots` slots counts for.
    pub fn size_for(slots: usize) -> usize {
        ENV_BYTES.saturating_add(slots.saturating_mul(16))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(i: u32) -> PropertyKey {
        PropertyKey::Atom(Atom(i))
    }

    fn keys(map: &PropertyMap) -> Vec<u32> {
        map.iter()
            .map(|(k, _)| match k {
                PropertyKey::Atom(a) => a.0,
                _ => u32::MAX,
            })
            .collect()
    }

    #[test]
    fn order_and_positions_survive_growing_past_the_small_form() {
        let mut map = PropertyMap::default();
        for i in 0..20 {
            map.insert(key(i), Property::data(Value::Number(f64::from(i)), DEFAULT_FLAGS));
            assert_eq!(map.index_of(key(i)), Some(i as usize));
            assert_eq!(map.index_of(key(0)), Some(0));
        }
        assert!(matches!(map.storage, Storage::Large(_)));
        assert_eq!(keys(&map), (0..20).collect::<Vec<_>>());
        // Replacing keeps the position; removing leaves a tombstone, so the
        // later keys keep theirs, and the order of the rest.
        map.insert(key(3), Property::data(Value::Null, DEFAULT_FLAGS));
        assert_eq!(map.index_of(key(3)), Some(3));
        assert!(matches!(map.get(key(3)).map(|p| p.slot), Some(Slot::Data(Value::Null))));
        assert!(map.remove(key(1)).is_some());
        assert_eq!(map.index_of(key(2)), Some(2));
        assert!(map.get_index(1).is_none());
        assert_eq!(map.len(), 19);
        assert_eq!(keys(&map), [0].into_iter().chain(2..20).collect::<Vec<_>>());
    }

    #[test]
    fn removals_compact_the_large_form_once_tombstones_dominate() {
        let mut map = PropertyMap::default();
        for i in 0..100 {
            map.insert(key(i), Property::data(Value::Undefined, DEFAULT_FLAGS));
        }
        for i in 0..90 {
            assert!(map.remove(key(i)).is_some());
            assert!(map.remove(key(i)).is_none());
        }
        assert_eq!(map.len(), 10);
        assert_eq!(keys(&map), (90..100).collect::<Vec<_>>());
        let Storage::Large(large) = &map.storage else { panic!("large form expected") };
        assert!(large.entries.len() <= 2 * 10 + SMALL_MAP_LIMIT, "{} slots", large.entries.len());
        for i in 90..100 {
            let position = map.index_of(key(i)).unwrap();
            assert_eq!(map.get_index(position).map(|(k, _)| *k), Some(key(i)));
        }
    }

    #[test]
    fn the_small_form_replaces_removes_and_truncates_in_order() {
        let mut map = PropertyMap::default();
        for i in [5, 1, 7] {
            map.insert(key(i), Property::data(Value::Undefined, DEFAULT_FLAGS));
        }
        map.insert(PropertyKey::Index(10), Property::data(Value::Undefined, DEFAULT_FLAGS));
        map.insert(PropertyKey::Index(2), Property::data(Value::Undefined, DEFAULT_FLAGS));
        map.insert(key(1), Property::data(Value::Bool(true), DEFAULT_FLAGS));
        assert!(matches!(map.storage, Storage::Small(_)));
        assert_eq!(map.len(), 5);
        assert_eq!(map.index_of(key(1)), Some(1));
        map.remove_indices_from(5);
        assert_eq!(map.index_of(PropertyKey::Index(10)), None);
        assert_eq!(map.index_of(PropertyKey::Index(2)), Some(3));
        assert!(map.remove(key(5)).is_some());
        assert!(map.remove(key(5)).is_none());
        assert_eq!(keys(&map), vec![1, 7, u32::MAX]);
        assert!(map.get_mut(key(7)).is_some());
        assert!(map.get(key(9)).is_none());
    }
}
