//! Allocation, collection and host memory: every heap value is made here,
//! counted against the memory budget before it exists, and kept alive by
//! the rules below.
//!
//! # The rooting rule
//! A collection may run inside any allocation made through the `Vm`. At that
//! moment every value that is still needed must be reachable from a root: the
//! register stack, the frames, the realm, the loaded modules, or the
//! temporary-root stack. Every allocation pushes its result onto the
//! temporary-root stack, and the interpreter pops back to its own mark after
//! each instruction that may have allocated, so a native's fresh values stay
//! alive until it returns. A native that takes a value *out* of the heap
//! graph (removes it from an object) and then allocates must push it with
//! `Vm::root` first.
//!
//! A native that loops opens a root scope per iteration (`roots_mark` before,
//! `release_roots` after): what the iteration rooted is dropped when it ends,
//! so the temporary roots stay bounded by one loop body, and garbage made by
//! one iteration (keys, converted strings, callback results already stored)
//! can be collected during the next. Values a loop carries across iterations
//! are rooted again after the release.
//!
//! # Pins
//! A value the host keeps between runs (a callback, an object it will pass
//! back) is pinned: it stays a root until the host drops its `Pin`, on any
//! thread. Pins live in a slot table whose freed slots are reused, so a host
//! that pins and drops in a loop keeps it at a steady size; each slot counts
//! against the budget.
//!
//! # Host buffers
//! Memory a native holds outside the heap while it works (a result being
//! joined, a list of matches, an argument list) counts against the budget
//! too: `with_host_bytes` gives the native a `HostBytes` counter that it
//! raises *before* each growth of its buffers, and releases it all when the
//! native returns, whatever the outcome.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::error::{ErrorKind, JsResult, Termination};
use crate::heap::object::{Atom, Env, Object, ObjectKind, Property, PropertyKey};
use crate::heap::{AllocError, Units};
use crate::number;
use crate::value::{EnvRef, JsStr, ObjRef, Value};
use crate::vm::{Frame, Vm};

/// The pinned values (see the module comment): a slot table with a free
/// list, and the slots whose `Pin`s were dropped since the VM last looked.
pub(crate) struct Pins {
    owner: u64,
    slots: Vec<Value>,
    free: Vec<u32>,
    dropped: Arc<Mutex<Vec<u32>>>,
}

impl Default for Pins {
    fn default() -> Pins {
        static NEXT_OWNER: AtomicU64 = AtomicU64::new(1);
        Pins {
            owner: NEXT_OWNER.fetch_add(1, Ordering::Relaxed),
            slots: Vec::new(),
            free: Vec::new(),
            dropped: Default::default(),
        }
    }
}

impl Pins {
    /// Frees the slots of the pins dropped since the last call.
    fn reclaim(&mut self) {
        let dropped = match self.dropped.lock() {
            Ok(mut d) => std::mem::take(&mut *d),
            Err(poisoned) => std::mem::take(&mut *poisoned.into_inner()),
        };
        for slot in dropped {
            if let Some(s) = self.slots.get_mut(slot as usize) {
                *s = Value::Empty;
                self.free.push(slot);
            }
        }
    }
}

/// A value kept alive for the host until the `Pin` is dropped (from any
/// thread; the VM frees the slot at its next pin or collection).
#[derive(Debug)]
pub struct Pin {
    owner: u64,
    slot: u32,
    dropped: Arc<Mutex<Vec<u32>>>,
}

impl Drop for Pin {
    fn drop(&mut self) {
        match self.dropped.lock() {
            Ok(mut d) => d.push(self.slot),
            Err(poisoned) => poisoned.into_inner().push(self.slot),
        }
    }
}

/// Bytes a pin slot counts for (the slot and its free-list entry).
const PIN_BYTES: usize = std::mem::size_of::<Value>() + std::mem::size_of::<u32>();

/// Host memory a native holds while it works (see the module comment).
pub struct HostBytes {
    bytes: usize,
}

impl HostBytes {
    /// Counts the native's buffers as `total` bytes from now on, collecting
    /// first if that is due; out of memory when they do not fit.
    pub fn hold(&mut self, vm: &mut Vm, total: usize) -> JsResult<()> {
        if total > self.bytes {
            let more = total - self.bytes;
            vm.reserve(more)?;
            vm.heap.grow_external(more);
            self.bytes = total;
        }
        Ok(())
    }

    /// Counts `more` bytes on top of what is held.
    pub fn add(&mut self, vm: &mut Vm, more: usize) -> JsResult<()> {
        self.hold(vm, self.bytes.saturating_add(more))
    }

    /// Makes room in `text`, a string being built, for `extra` more code
    /// units: a RangeError past the longest string, else the grown buffer
    /// is held before it is allocated.
    pub fn reserve_units(&mut self, vm: &mut Vm, text: &mut Vec<u16>, extra: usize) -> JsResult<()> {
        let needed = text.len().saturating_add(extra);
        if needed > crate::heap::MAX_STRING_LENGTH as usize {
            return Err(vm.error(ErrorKind::RangeError, "Invalid string length"));
        }
        if needed > text.capacity() {
            let capacity = needed.max(text.capacity().saturating_mul(2)).min(crate::heap::MAX_STRING_LENGTH as usize);
            self.hold(vm, capacity.saturating_mul(2))?;
            text.reserve_exact(capacity - text.len());
        }
        Ok(())
    }
}

/// Code units reserved for a number's text when joining strings (the
/// longest Number::toString, `-0.0000012345678901234567`, has 25).
const NUMBER_TEXT_ESTIMATE: usize = 26;

impl Vm {
    /// Makes room for `bytes` more: collects when the heap wants it, and
    /// terminates when the budget cannot hold them.
    pub fn reserve(&mut self, bytes: usize) -> JsResult<()> {
        if self.heap.wants_collection(bytes) {
            self.collect_garbage();
        }
        if !self.heap.fits(bytes) {
            return Err(Termination::OutOfMemory.into());
        }
        Ok(())
    }

    /// Runs a full collection now.
    pub fn collect_garbage(&mut self) {
        self.pins.reclaim();
        let mut roots: Vec<Value> = Vec::with_capacity(self.stack.len() + self.temp_roots.len() + 64);
        roots.extend_from_slice(&self.stack);
        roots.extend_from_slice(&self.temp_roots);
        roots.extend_from_slice(&self.pins.slots);
        roots.push(self.exception);
        roots.extend(self.regexps.roots());
        roots.extend(self.realm.roots());
        let mut envs = Vec::new();
        for f in &self.frames {
            roots.push(f.this);
            roots.extend_from_slice(&f.args);
            if let Some(c) = f.callee {
                roots.push(Value::Object(c));
            }
            if let Some(g) = f.generator {
                roots.push(Value::Object(g));
            }
            roots.push(f.new_target);
            if let Some(e) = f.env {
                envs.push(e);
            }
        }
        let mut atoms: Vec<Atom> = self.realm.atoms();
        for m in &self.modules {
            roots.extend_from_slice(&m.constants);
            roots.extend(m.templates.iter().map(|(_, o)| Value::Object(*o)));
            atoms.extend(m.keys.iter().filter_map(|k| match k {
                Some(PropertyKey::Atom(a)) => Some(*a),
                _ => None,
            }));
        }
        self.heap.collect(&roots, &envs, &atoms);
    }

    /// Keeps `v` alive until the current instruction ends.
    pub fn root(&mut self, v: Value) {
        self.temp_roots.push(v);
    }

    /// Keeps `v` alive until the returned `Pin` is dropped.
    pub fn pin(&mut self, v: Value) -> JsResult<Pin> {
        // (Growing the table may collect: `v` must survive that.)
        self.root(v);
        self.pins.reclaim();
        let slot = match self.pins.free.pop() {
            Some(slot) => slot,
            None => {
                let Ok(slot) = u32::try_from(self.pins.slots.len()) else {
                    return Err(Termination::OutOfMemory.into());
                };
                self.hold_for_good(PIN_BYTES)?;
                self.pins.slots.push(Value::Undefined);
                slot
            }
        };
        // (Empty marks a free slot.)
        let v = if matches!(v, Value::Empty) { Value::Undefined } else { v };
        if let Some(s) = self.pins.slots.get_mut(slot as usize) {
            *s = v;
        }
        Ok(Pin { owner: self.pins.owner, slot, dropped: self.pins.dropped.clone() })
    }

    /// The value `pin` keeps, if it was made by this VM.
    pub fn pinned(&self, pin: &Pin) -> Option<Value> {
        if pin.owner != self.pins.owner {
            return None;
        }
        self.pins.slots.get(pin.slot as usize).copied()
    }

    /// How many values are pinned now (dropped pins count until the VM
    /// reclaims them).
    pub fn pin_count(&self) -> usize {
        self.pins.slots.len() - self.pins.free.len()
    }

    /// A mark in the temporary roots, where a root scope starts.
    pub fn roots_mark(&self) -> usize {
        self.temp_roots.len()
    }

    /// Ends the root scope started at `mark`: drops what it rooted.
    pub fn release_roots(&mut self, mark: usize) {
        self.temp_roots.truncate(mark);
    }

    pub(crate) fn temp_mark(&self) -> usize {
        self.roots_mark()
    }

    pub(crate) fn temp_reset(&mut self, mark: usize) {
        self.release_roots(mark);
    }

    /// Counts `bytes` the VM keeps outside the heap until it is dropped (a
    /// registry entry), collecting first if that is due.
    pub fn hold_for_good(&mut self, bytes: usize) -> JsResult<()> {
        self.reserve(bytes)?;
        self.heap.grow_external(bytes);
        Ok(())
    }

    /// Runs `work` with a counter of the host memory it holds outside the
    /// heap; whatever it counted is released when it returns.
    pub fn with_host_bytes<T>(&mut self, work: impl FnOnce(&mut Vm, &mut HostBytes) -> JsResult<T>) -> JsResult<T> {
        let mut held = HostBytes { bytes: 0 };
        let result = work(self, &mut held);
        self.heap.shrink_external(held.bytes);
        result
    }

    /// Makes sure the register stack can grow to `len` values within the
    /// memory budget: its high-water mark counts as heap.
    pub(crate) fn reserve_stack(&mut self, len: usize) -> JsResult<()> {
        let bytes = len.saturating_mul(std::mem::size_of::<Value>())
            + self.frames.len().saturating_add(1).saturating_mul(std::mem::size_of::<Frame>());
        if bytes > self.stack_bytes {
            let extra = bytes - self.stack_bytes;
            // Grow the accounted mark in steps, so deep recursion does not
            // come here at every call.
            let step = extra.max(bytes / 4).max(4096);
            self.reserve(step)?;
            self.heap.grow_external(step);
            self.stack_bytes += step;
        }
        Ok(())
    }

    /// Allocates an object.
    pub fn alloc_object(&mut self, proto: Option<ObjRef>, kind: ObjectKind) -> JsResult<ObjRef> {
        self.charge(crate::gas::OBJECT_ALLOC)?;
        let object = Object::new(proto, kind);
        self.reserve(object.heap_size())?;
        let r = self.heap.alloc_object(object);
        self.temp_roots.push(Value::Object(r));
        Ok(r)
    }

    /// A new ordinary object with `Object.prototype` as its prototype.
    pub fn new_object(&mut self) -> JsResult<ObjRef> {
        self.alloc_object(Some(self.realm.object_prototype), ObjectKind::Ordinary)
    }

    /// A new ordinary object with `members` as its own enumerable, writable,
    /// configurable data properties, in order (a repeated key keeps its
    /// first position and takes the last value).
    pub fn new_object_with(&mut self, members: &[(PropertyKey, Value)]) -> JsResult<ObjRef> {
        let obj = self.new_object()?;
        self.define_data_properties(obj, members)?;
        Ok(obj)
    }

    /// Defines `members` as enumerable, writable, configurable data
    /// properties of a new object (no checks), sizing its map once.
    pub fn define_data_properties(&mut self, obj: ObjRef, members: &[(PropertyKey, Value)]) -> JsResult<()> {
        self.reserve(members.len() * crate::heap::object::PROPERTY_BYTES)?;
        if let Some(o) = self.heap.object_mut(obj) {
            let before = o.properties.capacity();
            o.properties.reserve(members.len());
            for &(key, value) in members {
                o.properties.insert(key, Property::data(value, crate::heap::object::DEFAULT_FLAGS));
            }
            let grown = o.properties.capacity().saturating_sub(before);
            self.heap.grow(grown * crate::heap::object::PROPERTY_BYTES);
        }
        Ok(())
    }

    /// A new array holding `values`.
    pub fn new_array(&mut self, values: Vec<Value>) -> JsResult<ObjRef> {
        self.reserve(values.len() * 16)?;
        let data = crate::heap::object::ArrayData::new(values);
        self.alloc_object(Some(self.realm.array_prototype), ObjectKind::Array(data))
    }

    pub(crate) fn alloc_env(&mut self, parent: Option<EnvRef>, slots: usize) -> JsResult<EnvRef> {
        self.prepare_env(slots)?;
        Ok(self.heap.alloc_env(Env { parent, slots: vec![Value::Empty; slots] }))
    }

    /// CreatePerIterationEnvironment: a new environment with the same
    /// parent and slot values as `env`.
    pub(crate) fn copy_env(&mut self, env: EnvRef) -> JsResult<EnvRef> {
        let Some(len) = self.heap.env(env).map(|e| e.slots.len()) else {
            return Err(self.internal("copying a missing environment"));
        };
        self.prepare_env(len)?;
        let Some(old) = self.heap.env(env) else { return Err(self.internal("copying a missing environment")) };
        let copy = Env { parent: old.parent, slots: old.slots.clone() };
        Ok(self.heap.alloc_env(copy))
    }

    /// Pays for an environment of `slots` slots (filling them included) and
    /// holds its bytes against the budget, before it is made.
    fn prepare_env(&mut self, slots: usize) -> JsResult<()> {
        self.charge(crate::gas::ENV_ALLOC)?;
        self.charge_units(slots)?;
        self.reserve(Env::size_for(slots))
    }

    /// Allocates a string from code units (charging for the copy): a vector
    /// is taken over, a slice copied (a short one into the buffer's inline
    /// storage, with no allocation).
    pub fn alloc_string_units(&mut self, units: impl Into<Units>) -> JsResult<JsStr> {
        let units = units.into();
        if units.len() > crate::heap::MAX_STRING_LENGTH as usize {
            return Err(self.error(ErrorKind::RangeError, "Invalid string length"));
        }
        self.charge(crate::gas::STRING_ALLOC)?;
        self.charge_units(units.len())?;
        self.reserve(units.capacity() * 2 + crate::heap::STRING_BYTES)?;
        let s = self.heap.alloc_string_units(units);
        self.temp_roots.push(Value::String(s));
        Ok(s)
    }

    /// A new string of the code units `from..to` of `s` (empty where the
    /// range is not inside it).
    pub fn substring(&mut self, s: JsStr, from: usize, to: usize) -> JsResult<JsStr> {
        let units = Units::from_slice(self.heap.units(s).get(from..to).unwrap_or(&[]));
        self.alloc_string_units(units)
    }

    /// Allocates a string from Rust text.
    pub fn alloc_string(&mut self, text: &str) -> JsResult<JsStr> {
        self.alloc_string_units(crate::heap::string::utf16_units(text))
    }

    /// A string value from Rust text.
    pub fn string_value(&mut self, text: &str) -> JsResult<Value> {
        Ok(Value::String(self.alloc_string(text)?))
    }

    /// `a + b` on strings.
    pub fn concat(&mut self, a: JsStr, b: JsStr) -> JsResult<JsStr> {
        self.before_concat(a, b.len() as usize)?;
        let joined = self.heap.concat(a, b);
        self.after_concat(joined)
    }

    /// `a + b` where `b` is host text, appended without a heap string of its
    /// own (a number's digits, say).
    pub fn concat_units(&mut self, a: JsStr, b: &[u16]) -> JsResult<JsStr> {
        self.before_concat(a, b.len())?;
        let joined = self.heap.concat_units(a, b);
        self.after_concat(joined)
    }

    fn before_concat(&mut self, a: JsStr, tail: usize) -> JsResult<()> {
        self.charge(crate::gas::STRING_ALLOC)?;
        self.charge_units(tail)?;
        self.reserve((a.len() as usize).saturating_add(tail).saturating_mul(2))
    }

    fn after_concat(&mut self, joined: Result<JsStr, AllocError>) -> JsResult<JsStr> {
        match joined {
            Ok(s) => {
                self.temp_roots.push(Value::String(s));
                Ok(s)
            }
            Err(AllocError::OutOfMemory) => Err(Termination::OutOfMemory.into()),
            Err(AllocError::StringTooLong) => Err(self.error(ErrorKind::RangeError, "Invalid string length")),
        }
    }

    /// The strings and numbers in registers `start..start + count` joined
    /// into one new string (one allocation; a template literal's pieces,
    /// numbers written as their digits).
    pub(crate) fn concat_registers(&mut self, start: usize, count: usize) -> JsResult<JsStr> {
        let pieces = self.stack.get(start..start + count).unwrap_or(&[]);
        let mut total = 0usize;
        for piece in pieces {
            total = total.saturating_add(match piece {
                Value::String(s) => s.len() as usize,
                Value::Number(_) => NUMBER_TEXT_ESTIMATE,
                _ => return Err(self.internal("concatenating a non-string")),
            });
        }
        // The copy is paid for, and held against the budget, before it is
        // made.
        self.charge_copied_units(total)?;
        self.with_host_bytes(|vm, held| {
            let mut units = Vec::new();
            held.reserve_units(vm, &mut units, total)?;
            for piece in vm.stack.get(start..start + count).unwrap_or(&[]) {
                match piece {
                    Value::String(s) => units.extend_from_slice(vm.heap.units(*s)),
                    Value::Number(n) => number::push_number(*n, &mut units),
                    _ => {}
                }
            }
            vm.alloc_string_units(units)
        })
    }

    /// A new symbol.
    pub fn new_symbol(&mut self, description: Option<JsStr>) -> JsResult<Value> {
        self.reserve(crate::heap::SYMBOL_BYTES)?;
        let s = self.heap.alloc_symbol(description);
        self.temp_roots.push(Value::Symbol(s));
        Ok(Value::Symbol(s))
    }

    /// The property key for Rust text.
    pub fn key(&mut self, text: &str) -> PropertyKey {
        let units: Vec<u16> = text.encode_utf16().collect();
        let key = self.heap.intern_units(&units, None);
        if let PropertyKey::Atom(a) = key {
            let s = self.heap.atom_string(a);
            self.temp_roots.push(Value::String(s));
        }
        key
    }

    /// The property key for code units (charged as interning a computed key).
    pub fn key_of_units(&mut self, units: &[u16]) -> JsResult<PropertyKey> {
        self.charge_units(units.len())?;
        self.reserve(units.len() * 2 + crate::heap::STRING_BYTES + 48)?;
        let key = self.heap.intern_units(units, None);
        if let PropertyKey::Atom(a) = key {
            let s = self.heap.atom_string(a);
            self.temp_roots.push(Value::String(s));
        }
        Ok(key)
    }

    /// The property key for a string value.
    pub fn key_of_string(&mut self, s: JsStr) -> JsResult<PropertyKey> {
        self.charge_units(s.len() as usize)?;
        let units: Vec<u16> = self.heap.units(s).to_vec();
        Ok(self.heap.intern_units(&units, Some(s)))
    }

    /// A property key as a script value (string or symbol).
    pub fn key_to_value(&mut self, key: PropertyKey) -> JsResult<Value> {
        Ok(match key {
            PropertyKey::Index(i) => self.string_value(&i.to_string())?,
            PropertyKey::Atom(a) => Value::String(self.heap.atom_string(a)),
            PropertyKey::Symbol(s) => Value::Symbol(s),
        })
    }
}
