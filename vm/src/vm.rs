//! The virtual machine's state: the heap and realm, the register stack and
//! frames, the loaded modules, and the budgets' counters. Its services live
//! beside it: budgets, allocation and module loading in `runtime/`, errors
//! in `error.rs`, the interpreter in `interp.rs`.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use crate::heap::Heap;
use crate::isa::Reg;
use crate::native::HostFn;
use crate::realm::Realm;
use crate::runtime::budget::Limits;
use crate::runtime::load::LoadedModule;
use crate::value::{EnvRef, ObjRef, Value};

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
    pub dst: Reg,
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
        dst: Reg(0),
        construct: false,
        entry: false,
        args: Vec::new(),
        generator: None,
        new_target: Value::Undefined,
    };
}

/// Where `print` output goes.
pub type OutputSink = Box<dyn FnMut(&str) + Send>;

pub struct Vm {
    pub heap: Heap,
    pub realm: Realm,
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) modules: Vec<LoadedModule>,
    pub(crate) temp_roots: Vec<Value>,
    pub(crate) pins: crate::runtime::memory::Pins,
    /// The pc of the running instruction's successor in the top frame.
    pub(crate) cur_pc: u32,
    /// The value being thrown while handlers are searched.
    pub(crate) exception: Value,
    pub(crate) gas_used: u64,
    pub(crate) gas_limit: u64,
    pub(crate) gas_checkpoint: u64,
    /// Whether gas is charged (tests run with metering off too).
    pub metering: bool,
    pub(crate) deadline: Option<Instant>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) interrupt: Arc<AtomicBool>,
    pub(crate) output_used: usize,
    pub(crate) output_limit: usize,
    pub(crate) output: OutputSink,
    pub(crate) stack_limit: usize,
    /// Bytes of register stack and frames accounted so far (a high-water mark).
    pub(crate) stack_bytes: usize,
    pub(crate) native_depth: usize,
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
        self.heap.share();
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
            pins: Default::default(),
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

    /// The global object.
    pub fn global(&self) -> ObjRef {
        self.realm.global
    }

    /// The temp-root stack's size (for tests of the rooting discipline).
    pub fn temp_root_count(&self) -> usize {
        self.temp_roots.len()
    }
}
