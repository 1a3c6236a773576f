//! The virtual machine's state and its services to the interpreter and to
//! natives: budgets (gas, memory, call depth, output, time, interrupt),
//! allocation with collection, errors with stack traces, and module loading.
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
//! # Host buffers
//! Memory a native holds outside the heap while it works (a result being
//! joined, a list of matches, an argument list) counts against the budget
//! too: `with_host_bytes` gives the native a `HostBytes` counter that it
//! raises *before* each growth of its buffers, and releases it all when the
//! native returns, whatever the outcome.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::error::{Abrupt, ErrorKind, JsResult, Termination};
use crate::heap::object::{Atom, Env, HIDDEN_FLAGS, IteratorState, Object, ObjectKind, Property, PropertyKey};
use crate::heap::{AllocError, Heap, Units};
use crate::module::{Constant, Module};
use crate::native::HostFn;
use crate::number;
use crate::realm::Realm;
use crate::value::{EnvRef, JsStr, ObjRef, Value};

/// The budgets of a run. Every limit has a default and can be changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Gas units; each instruction costs at least one.
    pub gas: u64,
    /// Bytes of live heap.
    pub memory: usize,
    /// JavaScript frames plus native re-entries.
    pub stack_depth: usize,
    /// Bytes printed.
    pub output: usize,
    /// Wall-clock time, if limited.
    pub timeout: Option<Duration>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { gas: 1_000_000_000, memory: 64 * 1024 * 1024, stack_depth: 10_000, output: 1024 * 1024, timeout: None }
    }
}

/// How deep natives may re-enter the interpreter on the Rust stack.
const MAX_NATIVE_REENTRY: usize = 256;
/// Code units reserved for a number's text when joining strings (the
/// longest Number::toString, `-0.0000012345678901234567`, has 25).
const NUMBER_TEXT_ESTIMATE: usize = 26;
/// Gas between two checks of the clock and the interrupt flag.
const CHECK_INTERVAL: u64 = 10_000;

/// A module loaded into this VM: its code plus the heap values of its
/// constants.
pub(crate) struct LoadedModule {
    pub module: Arc<Module>,
    pub constants: Vec<Value>,
    /// The property key of each string constant.
    pub keys: Vec<Option<PropertyKey>>,
    /// Per constant: where that name was last found in the global object's
    /// property map (an inline cache for `GetGlobal`; `u32::MAX` when empty).
    pub global_cache: Vec<u32>,
    /// The template objects of tagged templates, by (function, pc) of their
    /// site.
    pub templates: Vec<((u32, u32), ObjRef)>,
}

/// One activation of a script function.
#[derive(Debug)]
pub(crate) struct Frame {
    pub module: u32,
    pub function: u32,
    pub callee: Option<ObjRef>,
    /// The next instruction (saved while a callee runs).
    pub pc: u32,
    /// Register 0 of this frame in the register stack.
    pub base: u32,
    pub env: Option<EnvRef>,
    /// Environments pushed by this function so far.
    pub env_depth: u16,
    pub this: Value,
    /// The caller's register that receives the result.
    pub dst: u16,
    /// `new`: a non-object result is replaced by `this`.
    pub construct: bool,
    /// Pushed by a call from Rust: returning from it ends that `run`.
    pub entry: bool,
    /// Every argument, kept when the function uses `arguments` or a rest
    /// parameter.
    pub args: Vec<Value>,
    /// The generator object this frame runs, if it is a generator's.
    pub generator: Option<ObjRef>,
    /// `new.target`: the constructor `new` was applied to, or undefined.
    pub new_target: Value,
}

/// A realm with its standard library installed, copied into each new VM
/// instead of installing the library again (a copy of the arenas is much
/// cheaper than building every intrinsic).
#[derive(Clone)]
pub struct RealmImage {
    heap: Heap,
    realm: Realm,
}

impl std::fmt::Debug for RealmImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RealmImage").field("bytes", &self.heap.bytes()).finish_non_exhaustive()
    }
}

impl Frame {
    /// A frame with every field empty, to push and then fill in place: a
    /// frame built whole on the stack and moved into the vector is copied
    /// in wide loads from its narrow field stores, which stalls every call
    /// on store forwarding; a constant is copied from wide stores.
    pub(crate) const EMPTY: Frame = Frame {
        module: 0,
        function: 0,
        callee: None,
        pc: 0,
        base: 0,
        env: None,
        env_depth: 0,
        this: Value::Undefined,
        dst: 0,
        construct: false,
        entry: false,
        args: Vec::new(),
        generator: None,
        new_target: Value::Undefined,
    };
}

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

/// Where `print` output goes.
pub type OutputSink = Box<dyn FnMut(&str)>;

pub struct Vm {
    pub heap: Heap,
    pub realm: Realm,
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) modules: Vec<LoadedModule>,
    temp_roots: Vec<Value>,
    /// The pc of the running instruction's successor in the top frame.
    pub(crate) cur_pc: u32,
    /// The value being thrown while handlers are searched.
    pub(crate) exception: Value,
    gas_used: u64,
    gas_limit: u64,
    gas_checkpoint: u64,
    /// Whether gas is charged (tests run with metering off too).
    pub metering: bool,
    deadline: Option<Instant>,
    timeout: Option<Duration>,
    interrupt: Arc<AtomicBool>,
    output_used: usize,
    output_limit: usize,
    output: OutputSink,
    stack_limit: usize,
    /// Bytes of register stack and frames accounted so far (a high-water mark).
    stack_bytes: usize,
    native_depth: usize,
    pub(crate) host_functions: Vec<HostFn>,
    /// The state of `Math.random`'s generator.
    pub rng_state: u64,
    /// Set by `Yield` (`Some(false)`) or `YieldDelegate` (`Some(true)`) when
    /// the value `run` returns was yielded, not returned.
    pub(crate) yielded: Option<bool>,
    /// Compiled patterns and the last subject prepared for matching.
    pub regexps: crate::regexp::RegExpCache,
}

impl Vm {
    /// A VM with bare intrinsics; install the standard library on it next.
    pub fn new(limits: &Limits) -> Vm {
        let mut heap = Heap::new(limits.memory);
        let realm = Realm::new(&mut heap);
        Vm::with_realm(heap, realm, limits)
    }

    /// A VM starting from a copy of `image`'s heap and realm.
    pub fn from_image(image: &RealmImage, limits: &Limits) -> Vm {
        let mut heap = image.heap.clone();
        heap.set_limit(limits.memory);
        Vm::with_realm(heap, image.realm.clone(), limits)
    }

    /// An image of this VM's realm for `from_image`, taken from a VM that
    /// has run no script (its registers, frames and modules are not part of
    /// the image). Collects first, so the image holds only what the realm
    /// reaches.
    pub fn image(&mut self) -> RealmImage {
        self.temp_roots.clear();
        self.collect_garbage();
        RealmImage { heap: self.heap.clone(), realm: self.realm.clone() }
    }

    fn with_realm(heap: Heap, realm: Realm, limits: &Limits) -> Vm {
        let mut vm = Vm {
            heap,
            realm,
            stack: Vec::new(),
            frames: Vec::new(),
            modules: Vec::new(),
            temp_roots: Vec::new(),
            cur_pc: 0,
            exception: Value::Undefined,
            gas_used: 0,
            gas_limit: limits.gas,
            gas_checkpoint: 0,
            metering: true,
            deadline: None,
            timeout: limits.timeout,
            interrupt: Arc::new(AtomicBool::new(false)),
            output_used: 0,
            output_limit: limits.output,
            output: Box::new(|_| {}),
            stack_limit: limits.stack_depth,
            stack_bytes: 0,
            native_depth: 0,
            host_functions: Vec::new(),
            rng_state: 0x9E37_79B9_7F4A_7C15,
            yielded: None,
            regexps: crate::regexp::RegExpCache::default(),
        };
        vm.reset_checkpoint();
        vm
    }

    // ---- budgets ----

    pub fn gas_used(&self) -> u64 {
        self.gas_used
    }

    pub fn gas_limit(&self) -> u64 {
        self.gas_limit
    }

    /// Sets the gas limit and starts counting from zero.
    pub fn set_gas_limit(&mut self, limit: u64) {
        self.gas_limit = limit;
        self.gas_used = 0;
        self.reset_checkpoint();
    }

    /// Adds gas to the budget.
    pub fn add_gas(&mut self, extra: u64) {
        self.gas_limit = self.gas_limit.saturating_add(extra);
        self.reset_checkpoint();
    }

    /// The handle another thread can use to stop the run.
    pub fn interrupt_handle(&self) -> Arc<AtomicBool> {
        self.interrupt.clone()
    }

    pub fn set_output(&mut self, sink: OutputSink) {
        self.output = sink;
    }

    pub fn output_used(&self) -> usize {
        self.output_used
    }

    /// Starts the wall clock for a run. A timeout too long to represent
    /// as an instant is no deadline at all.
    pub fn start_clock(&mut self) {
        self.deadline = self.timeout.and_then(|t| Instant::now().checked_add(t));
    }

    fn reset_checkpoint(&mut self) {
        self.gas_checkpoint = self.gas_limit.min(self.gas_used.saturating_add(CHECK_INTERVAL));
    }

    /// Runs `work` on a separate allowance of `gas` that the run's count
    /// does not see, with printing refused (a print ends `work` with the
    /// output limit): for the host's own use of script code after a run,
    /// such as formatting an uncaught exception.
    pub fn with_allowance<T>(&mut self, gas: u64, work: impl FnOnce(&mut Vm) -> JsResult<T>) -> JsResult<T> {
        let (used, limit, output_limit) = (self.gas_used, self.gas_limit, self.output_limit);
        self.gas_limit = used.saturating_add(gas);
        self.output_limit = self.output_used;
        self.reset_checkpoint();
        let result = work(self);
        (self.gas_used, self.gas_limit, self.output_limit) = (used, limit, output_limit);
        self.reset_checkpoint();
        result
    }

    /// Charges `amount` gas for work about to be done.
    pub fn charge(&mut self, amount: u64) -> JsResult<()> {
        self.gas_used = self.gas_used.saturating_add(amount);
        if self.gas_used > self.gas_checkpoint { self.check_budgets() } else { Ok(()) }
    }

    /// Charges for scanning or copying `units` string code units (one gas
    /// per 16): conversions, comparisons, concatenation and interning are
    /// linear in the string's length, so they pay for it.
    #[inline]
    pub fn charge_units(&mut self, units: usize) -> JsResult<()> {
        if units < 16 { Ok(()) } else { self.charge((units >> 4) as u64) }
    }

    /// Charges for testing two values for equality when both are strings:
    /// only strings of equal length are compared unit by unit.
    #[inline]
    pub fn charge_equality(&mut self, a: Value, b: Value) -> JsResult<()> {
        match (a, b) {
            (Value::String(x), Value::String(y)) if x.len() == y.len() => self.charge_units(x.len() as usize),
            _ => Ok(()),
        }
    }

    /// Charges for comparing two values when both are strings.
    #[inline]
    pub fn charge_compare(&mut self, a: Value, b: Value) -> JsResult<()> {
        match (a, b) {
            (Value::String(x), Value::String(y)) => self.charge_units(x.len().min(y.len()) as usize),
            _ => Ok(()),
        }
    }

    /// Called when gas passes the checkpoint: out of gas, or time to look at
    /// the clock and the interrupt flag.
    #[cold]
    pub(crate) fn check_budgets(&mut self) -> JsResult<()> {
        if !self.metering {
            self.gas_used = 0;
        }
        if self.gas_used > self.gas_limit {
            self.gas_used = self.gas_limit;
            return Err(Termination::OutOfGas.into());
        }
        if self.interrupt.load(Ordering::Relaxed) {
            return Err(Termination::Interrupted.into());
        }
        if let Some(deadline) = self.deadline
            && Instant::now() >= deadline
        {
            return Err(Termination::Timeout.into());
        }
        self.reset_checkpoint();
        Ok(())
    }

    #[inline(always)]
    pub(crate) fn gas_checkpoint(&self) -> u64 {
        self.gas_checkpoint
    }

    #[inline(always)]
    pub(crate) fn gas_used_mut(&mut self) -> &mut u64 {
        &mut self.gas_used
    }

    /// Writes printed text, within the output budget.
    pub fn print(&mut self, text: &str) -> JsResult<()> {
        let total = self.output_used.saturating_add(text.len());
        if total > self.output_limit {
            let room = self.output_limit - self.output_used;
            let mut cut = room;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            (self.output)(&text[..cut]);
            self.output_used = self.output_limit;
            return Err(Termination::OutputLimit.into());
        }
        self.output_used = total;
        (self.output)(text);
        Ok(())
    }

    /// Prints a string piece by piece (no copy of the whole text is made),
    /// one gas per byte, within the output budget.
    pub fn print_string(&mut self, s: JsStr) -> JsResult<()> {
        const PIECE: usize = 16 * 1024;
        let mut from = 0;
        let len = s.len() as usize;
        while from < len {
            let units = self.heap.units(s);
            let mut to = (from + PIECE).min(len);
            // Keep a surrogate pair in one piece.
            if to < len && units.get(to - 1).is_some_and(|u| (0xD800..0xDC00).contains(u)) {
                to -= 1;
            }
            let text = String::from_utf16_lossy(units.get(from..to).unwrap_or(&[]));
            self.charge(text.len() as u64)?;
            self.print(&text)?;
            from = to;
        }
        Ok(())
    }

    /// The current call depth (frames plus native re-entries).
    pub fn depth(&self) -> usize {
        self.frames.len() + self.native_depth
    }

    pub(crate) fn check_depth(&mut self) -> JsResult<()> {
        if self.frames.len() + self.native_depth >= self.stack_limit {
            return Err(self.range_error_stack());
        }
        Ok(())
    }

    fn range_error_stack(&mut self) -> Abrupt {
        self.error(ErrorKind::RangeError, "Maximum call stack size exceeded")
    }

    /// Enters a native re-entry into the interpreter (bounded on the Rust stack).
    pub(crate) fn enter_native(&mut self) -> JsResult<()> {
        if self.native_depth >= MAX_NATIVE_REENTRY || self.frames.len() + self.native_depth >= self.stack_limit {
            return Err(self.range_error_stack());
        }
        self.native_depth += 1;
        Ok(())
    }

    pub(crate) fn leave_native(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
    }

    // ---- allocation and collection ----

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
        let mut roots: Vec<Value> = Vec::with_capacity(self.stack.len() + self.temp_roots.len() + 64);
        roots.extend_from_slice(&self.stack);
        roots.extend_from_slice(&self.temp_roots);
        roots.push(self.exception);
        roots.extend(self.regexps.root());
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
        self.charge(crate::gas::ENV_ALLOC)?;
        let env = Env { parent, slots: vec![Value::Empty; slots] };
        self.reserve(env.heap_size())?;
        Ok(self.heap.alloc_env(env))
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
        if total > crate::heap::MAX_STRING_LENGTH as usize {
            return Err(self.error(ErrorKind::RangeError, "Invalid string length"));
        }
        let mut units = Vec::with_capacity(total);
        for piece in pieces {
            match piece {
                Value::String(s) => units.extend_from_slice(self.heap.units(*s)),
                Value::Number(n) => number::push_number(*n, &mut units),
                _ => {}
            }
        }
        self.alloc_string_units(units)
    }

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

    // ---- errors ----

    /// A new error object of `kind` with `message` and a stack trace, as a
    /// thrown completion (or the termination that stopped its creation).
    pub fn error(&mut self, kind: ErrorKind, message: &str) -> Abrupt {
        match self.make_error(kind, message) {
            Ok(v) => Abrupt::Throw(v),
            Err(e) => e,
        }
    }

    /// A new error object of `kind` with `message` and a stack trace.
    pub fn make_error(&mut self, kind: ErrorKind, message: &str) -> JsResult<Value> {
        let proto = self.realm.error_prototype(kind);
        let obj = self.alloc_object(Some(proto), ObjectKind::Error)?;
        if !message.is_empty() {
            let m = self.alloc_string(message)?;
            self.define_hidden(obj, PropertyKey::Atom(self.realm.names.message), Value::String(m))?;
        }
        self.attach_stack(obj, kind.name(), message)?;
        Ok(Value::Object(obj))
    }

    /// Defines `stack` on a new error object: its header line then one line
    /// per active frame.
    pub fn attach_stack(&mut self, obj: ObjRef, name: &str, message: &str) -> JsResult<()> {
        let mut text = if message.is_empty() { name.to_string() } else { format!("{name}: {message}") };
        let lines = self.stack_trace();
        self.charge(crate::gas::ERROR_CREATE + crate::gas::STACK_FRAME * lines.len() as u64)?;
        for line in lines {
            text.push_str("\n    at ");
            text.push_str(&line);
        }
        let s = self.alloc_string(&text)?;
        self.define_hidden(obj, PropertyKey::Atom(self.realm.names.stack), Value::String(s))
    }

    /// One line per active frame, innermost first: `f (main.js:3:7)`.
    pub fn stack_trace(&self) -> Vec<String> {
        let top = self.frames.len();
        let mut lines = Vec::new();
        for (i, frame) in self.frames.iter().enumerate().rev() {
            let pc = if i + 1 == top { self.cur_pc } else { frame.pc };
            let Some(m) = self.modules.get(frame.module as usize) else { continue };
            let Some(f) = m.module.functions.get(frame.function as usize) else { continue };
            let pos = f.position_at(pc.saturating_sub(1));
            let place = format!("{}:{}:{}", m.module.source_name, pos.line, pos.column);
            lines.push(match (f.kind, f.name.as_str()) {
                (crate::module::FunctionKind::Script, _) => place,
                (_, "") => format!("<anonymous> ({place})"),
                (_, name) => format!("{name} ({place})"),
            });
            if lines.len() >= 32 {
                break;
            }
        }
        lines
    }

    /// Defines a writable, configurable, non-enumerable data property.
    pub fn define_hidden(&mut self, obj: ObjRef, key: PropertyKey, value: Value) -> JsResult<()> {
        self.define_property_raw(obj, key, Property::data(value, HIDDEN_FLAGS))
    }

    /// Defines or replaces an own property without any checks (for building
    /// built-ins and fresh objects), accounting for growth.
    pub fn define_property_raw(&mut self, obj: ObjRef, key: PropertyKey, prop: Property) -> JsResult<()> {
        let capacity = self.heap.object(obj).properties.capacity();
        if self.heap.object(obj).properties.is_full() {
            let extra = (capacity.max(4)) * crate::heap::object::PROPERTY_BYTES;
            self.reserve(extra)?;
        }
        if let Some(o) = self.heap.object_mut(obj) {
            o.properties.insert(key, prop);
            let grown = o.properties.capacity().saturating_sub(capacity);
            self.heap.grow(grown * crate::heap::object::PROPERTY_BYTES);
        }
        Ok(())
    }

    // ---- modules ----

    /// Loads a compiled module into this VM: its string constants become heap
    /// strings and property keys. Returns the module's id; loading the same
    /// module again returns the same id.
    pub fn load_module(&mut self, module: Arc<Module>) -> JsResult<u32> {
        if let Some(id) = self.modules.iter().position(|m| Arc::ptr_eq(&m.module, &module)) {
            return Ok(id as u32);
        }
        // The bytecode and this VM's tables for it count as memory held for
        // good.
        let tables = module.constants.len().saturating_mul(
            std::mem::size_of::<Value>() + std::mem::size_of::<Option<PropertyKey>>() + std::mem::size_of::<u32>(),
        );
        self.hold_for_good(module.heap_size().saturating_add(tables))?;
        let mut constants = Vec::with_capacity(module.constants.len());
        let mut keys = Vec::with_capacity(module.constants.len());
        let mark = self.temp_mark();
        for c in &module.constants {
            match c {
                Constant::Number(n) => {
                    constants.push(Value::Number(*n));
                    keys.push(None);
                }
                Constant::String(units) => {
                    let s = self.alloc_string_units(&units[..])?;
                    constants.push(Value::String(s));
                    keys.push(Some(self.heap.intern_units(units, Some(s))));
                }
            }
        }
        let global_cache = vec![u32::MAX; keys.len()];
        self.modules.push(LoadedModule { module, constants, keys, global_cache, templates: Vec::new() });
        self.temp_reset(mark);
        Ok((self.modules.len() - 1) as u32)
    }

    /// Registers a host function; returns its function object.
    pub fn register_host_function(&mut self, name: &str, length: u32, f: HostFn) -> JsResult<ObjRef> {
        self.host_functions.push(f);
        let index = (self.host_functions.len() - 1) as u32;
        self.make_function_object(ObjectKind::Host { index }, name, length)
    }

    /// A function object of `kind` with its `name` and `length` properties.
    pub fn make_function_object(&mut self, kind: ObjectKind, name: &str, length: u32) -> JsResult<ObjRef> {
        let f = self.alloc_object(Some(self.realm.function_prototype), kind)?;
        let configurable = crate::heap::object::CONFIGURABLE;
        self.define_property_raw(
            f,
            PropertyKey::Atom(self.realm.names.length),
            Property::data(Value::Number(length as f64), configurable),
        )?;
        let n = self.alloc_string(name)?;
        self.define_property_raw(
            f,
            PropertyKey::Atom(self.realm.names.name),
            Property::data(Value::String(n), configurable),
        )?;
        Ok(f)
    }

    /// The global object.
    pub fn global(&self) -> ObjRef {
        self.realm.global
    }

    /// The temp-root stack's size (for tests of the rooting discipline).
    pub fn temp_root_count(&self) -> usize {
        self.temp_roots.len()
    }

    /// A stable description of a failed internal invariant.
    pub(crate) fn internal(&self, what: &str) -> Abrupt {
        Abrupt::Terminate(Termination::Internal(what.to_string()))
    }
}
