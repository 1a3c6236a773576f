//! The jsvm embedding API: compile JavaScript once into a [`Script`], make a
//! fresh isolated [`Sandbox`] per run with its own [`Limits`], run, and read
//! the verdict, the output and the budgets used.
//!
//! ```
//! use jsvm::{Engine, Limits, Sandbox};
//!
//! let engine = Engine::new();
//! let script = engine.compile("print(6 * 7)", "main.js").unwrap();
//! let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
//! sandbox.run(&script).unwrap();
//! assert_eq!(sandbox.output(), "42\n");
//! ```

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

pub use jsvm_compiler::{CompileError, CompileErrorKind};
pub use jsvm_vm::Limits;
use jsvm_vm::heap::object::{PropertyKey, Slot};
pub use jsvm_vm::isa::encode::DecodeError;
pub use jsvm_vm::isa::file::{FORMAT_VERSION, FormatError};
use jsvm_vm::isa::file::{decode_module, encode_module};
pub use jsvm_vm::isa::verify::VerifyError;
use jsvm_vm::isa::verify::{VerifiedModule, verify};
use jsvm_vm::module::Module;
use jsvm_vm::{Abrupt, JsStr, RealmImage, Termination, Value, Vm};

/// Compiles scripts. Cheap to create; one engine can serve many sandboxes,
/// which share its cache of compiled regular expressions and start from
/// copies of one realm image (built when the first sandbox is made).
#[derive(Clone, Debug)]
pub struct Engine {
    patterns: jsvm_vm::regexp::PatternCache,
    image: Arc<OnceLock<Result<RealmImage, String>>>,
    compile_memory: usize,
}

impl Default for Engine {
    fn default() -> Engine {
        Engine { patterns: Default::default(), image: Default::default(), compile_memory: Limits::default().memory }
    }
}

impl Engine {
    /// An engine whose compiles and loads may use as much host memory as a
    /// sandbox with the default limits (64 MiB): sources up to a few hundred
    /// kilobytes.
    pub fn new() -> Engine {
        Engine::default()
    }

    /// The same engine with compiles and bytecode loads allowed up to
    /// `bytes` of host memory.
    pub fn with_compile_memory(self, bytes: usize) -> Engine {
        Engine { compile_memory: bytes, ..self }
    }

    /// Compiles `source`; `name` is the file name used in messages and stack
    /// traces. A source that could need more memory than the engine allows
    /// is refused up front (a [`CompileErrorKind::OutOfMemory`] error).
    pub fn compile(&self, source: &str, name: &str) -> Result<Script, CompileError> {
        Ok(Script { module: jsvm_compiler::compile(source, name, self.compile_memory)? })
    }

    /// Loads a script from bytecode made by [`Script::to_bytes`], from any
    /// source: the bytes are decoded without trust and the module is
    /// verified, so invalid bytecode is an error, never a crash. Stack traces
    /// and error positions read as they did from the source. A file whose
    /// module would take more host memory than the engine allows (see
    /// [`Engine::with_compile_memory`]) is refused while it is decoded
    /// ([`LoadError::is_out_of_memory`]).
    ///
    /// ```
    /// use jsvm::{Engine, LoadError, Limits, Sandbox};
    ///
    /// let engine = Engine::new();
    /// let bytes = engine.compile("print(6 * 7)", "main.js").unwrap().to_bytes();
    /// let script = engine.load(&bytes).unwrap();
    /// let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
    /// sandbox.run(&script).unwrap();
    /// assert_eq!(sandbox.output(), "42\n");
    ///
    /// let err = engine.load(&bytes[..bytes.len() - 1]).unwrap_err();
    /// assert!(matches!(err, LoadError::Format(_)));
    /// ```
    pub fn load(&self, bytes: &[u8]) -> Result<Script, LoadError> {
        let module = decode_module(bytes, self.compile_memory).map_err(LoadError::Format)?;
        Ok(Script { module: verify(module).map_err(LoadError::Verify)? })
    }
}

/// Why bytecode could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The bytes are not a well-formed bytecode file of this format
    /// version (truncated, corrupt, another version).
    Format(FormatError),
    /// The file is well-formed but its code breaks a rule of the verifier.
    Verify(VerifyError),
}

impl LoadError {
    /// Whether the file was refused because its module would not fit the
    /// engine's memory for compiles and loads.
    pub fn is_out_of_memory(&self) -> bool {
        matches!(self, LoadError::Format(FormatError { error: DecodeError::OutOfMemory { .. }, .. }))
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Format(e) => write!(f, "{e}"),
            LoadError::Verify(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// Whether `bytes` start like a jsvm bytecode file (of any format version),
/// so a host can tell bytecode from source by content rather than by name.
pub fn is_bytecode(bytes: &[u8]) -> bool {
    jsvm_vm::isa::file::is_bytecode(bytes)
}

/// A compile error as the CLI shows it: `SyntaxError: … (main.js:1:5)`, then
/// the offending line and a caret under the column.
pub fn render_compile_error(e: &CompileError, name: &str, source: &str) -> String {
    let mut out = format!("SyntaxError: {} ({name}:{}:{})\n", e.message, e.line, e.column);
    if let Some(line) = source.lines().nth(e.line.saturating_sub(1) as usize) {
        let number = e.line.to_string();
        let shown: String = line.chars().take(200).collect();
        out.push_str(&format!(" {number} | {shown}\n"));
        let pad: String = line
            .chars()
            .take(e.column.saturating_sub(1) as usize)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        out.push_str(&format!(" {} | {pad}^\n", " ".repeat(number.len())));
    }
    out
}

/// A compiled script: immutable, `Send + Sync`, cheap to clone, shareable by
/// every sandbox and thread.
#[derive(Clone, Debug)]
pub struct Script {
    module: VerifiedModule,
}

impl Script {
    /// The compiled module.
    pub fn module(&self) -> &Module {
        self.module.module()
    }

    /// A readable listing of the bytecode.
    pub fn disassemble(&self) -> String {
        jsvm_vm::isa::disasm::disassemble(self.module.module())
    }

    /// The script as a bytecode file, for [`Engine::load`] (here or in
    /// another process with the same format version).
    pub fn to_bytes(&self) -> Vec<u8> {
        encode_module(self.module.module())
    }
}

/// How a run ended other than normally.
#[derive(Clone, Debug, PartialEq)]
pub enum RunError {
    /// The script threw and nothing caught it. `message` is the text after
    /// `Uncaught `: the error's stack when it has one.
    Uncaught {
        message: String,
    },
    OutOfGas {
        limit: u64,
    },
    OutOfMemory {
        limit: usize,
    },
    Timeout {
        seconds: f64,
    },
    OutputLimit {
        limit: usize,
    },
    Interrupted,
    /// A bug in jsvm.
    Internal(String),
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Uncaught { message } => write!(f, "Uncaught {message}"),
            RunError::OutOfGas { limit } => write!(f, "jsvm: out of gas (limit {limit})"),
            RunError::OutOfMemory { limit } => write!(f, "jsvm: out of memory (limit {limit} bytes)"),
            RunError::Timeout { seconds } => write!(f, "jsvm: timeout after {seconds}s"),
            RunError::OutputLimit { limit } => write!(f, "jsvm: output limit reached ({limit} bytes)"),
            RunError::Interrupted => write!(f, "jsvm: interrupted"),
            RunError::Internal(what) => write!(f, "jsvm: internal error: {what}"),
        }
    }
}

impl std::error::Error for RunError {}

/// A thread-safe handle that stops a sandbox's run from another thread.
#[derive(Clone, Debug)]
pub struct InterruptHandle(Arc<AtomicBool>);

impl InterruptHandle {
    /// Ends the current run with [`RunError::Interrupted`] at its next check.
    pub fn interrupt(&self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Gas that formatting an uncaught exception may use (its `toString`), on
/// top of and apart from the run's budget.
pub const DESCRIBE_GAS: u64 = 100_000;

/// An isolated world with its own heap, globals and budgets.
pub struct Sandbox {
    vm: Vm,
    limits: Limits,
    output: Rc<RefCell<String>>,
    streaming: bool,
}

/// A realm with the standard library installed (without gas or memory
/// limits), as an image for sandboxes to copy.
fn build_image() -> Result<RealmImage, String> {
    let mut vm = Vm::new(&Limits { gas: u64::MAX, memory: usize::MAX, ..Limits::default() });
    match jsvm_stdlib::install(&mut vm) {
        Ok(()) => Ok(vm.image()),
        Err(_) => Err("the standard library failed to install".to_string()),
    }
}

impl Sandbox {
    /// A fresh sandbox with the standard library installed.
    pub fn new(engine: &Engine, limits: Limits) -> Result<Sandbox, RunError> {
        let image = engine.image.get_or_init(build_image).as_ref().map_err(|e| RunError::Internal(e.clone()))?;
        let mut vm = Vm::from_image(image, &limits);
        vm.regexps.patterns = engine.patterns.clone();
        // The standard library's heap counts against the memory budget like
        // any live data.
        if !vm.heap.fits(0) {
            return Err(RunError::OutOfMemory { limit: limits.memory });
        }
        let output = Rc::new(RefCell::new(String::new()));
        let sink = output.clone();
        vm.set_output(Box::new(move |text| sink.borrow_mut().push_str(text)));
        Ok(Sandbox { vm, limits, output, streaming: false })
    }

    /// Seeds `Math.random`, so a run can be replayed exactly.
    pub fn set_seed(&mut self, seed: u64) {
        self.vm.rng_state = seed ^ 0x9E37_79B9_7F4A_7C15;
        if self.vm.rng_state == 0 {
            self.vm.rng_state = 1;
        }
    }

    /// Sends printed text to `sink` as it is printed instead of collecting it.
    pub fn stream_output(&mut self, sink: impl FnMut(&str) + 'static) {
        self.vm.set_output(Box::new(sink));
        self.streaming = true;
    }

    /// Runs a script's top level.
    pub fn run(&mut self, script: &Script) -> Result<(), RunError> {
        self.vm.start_clock();
        let result = self.vm.load_module(&script.module).and_then(|id| self.vm.run_module(id));
        result.map(|_| ()).map_err(|e| self.run_error(e))
    }

    /// Everything printed so far (empty when streaming).
    pub fn output(&self) -> String {
        self.output.borrow().clone()
    }

    /// Takes the collected output, leaving it empty.
    pub fn take_output(&mut self) -> String {
        std::mem::take(&mut *self.output.borrow_mut())
    }

    pub fn gas_used(&self) -> u64 {
        self.vm.gas_used()
    }

    /// Adds gas to the budget (for a host that calls in again and again).
    pub fn add_gas(&mut self, extra: u64) {
        self.vm.add_gas(extra);
    }

    /// Live heap bytes as last counted.
    pub fn memory_used(&self) -> usize {
        self.vm.heap.bytes()
    }

    /// The most heap bytes held at once.
    pub fn peak_memory(&self) -> usize {
        self.vm.heap.peak()
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle(self.vm.interrupt_handle())
    }

    /// Direct access to the VM, for hosts that need more than this API.
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    fn run_error(&mut self, e: Abrupt) -> RunError {
        match e {
            Abrupt::Throw(v) => RunError::Uncaught { message: self.describe_thrown(v) },
            Abrupt::Terminate(t) => match t {
                Termination::OutOfGas => RunError::OutOfGas { limit: self.limits.gas },
                Termination::OutOfMemory => RunError::OutOfMemory { limit: self.limits.memory },
                Termination::Timeout => {
                    RunError::Timeout { seconds: self.limits.timeout.map_or(0.0, |t| t.as_secs_f64()) }
                }
                Termination::OutputLimit => RunError::OutputLimit { limit: self.limits.output },
                Termination::Interrupted => RunError::Interrupted,
                Termination::Internal(what) => RunError::Internal(what),
            },
        }
    }

    /// The text of an uncaught exception: an error's `stack` when it is a
    /// plain string property, else ToString of the value, run on its own
    /// allowance of `DESCRIBE_GAS` that the run's gas does not count and
    /// without printing. The text is cut at the output limit.
    fn describe_thrown(&mut self, v: Value) -> String {
        let limit = self.limits.output;
        if let Value::Object(o) = v {
            let key = PropertyKey::Atom(self.vm.realm.names.stack);
            if let Some(p) = self.vm.get_own_property(o, key)
                && let Slot::Data(Value::String(s)) = p.slot
            {
                return self.prefix_of(s, limit);
            }
        }
        match self.vm.with_allowance(DESCRIBE_GAS, |vm| vm.to_string(v)) {
            Ok(s) => self.prefix_of(s, limit),
            Err(_) => "exception".to_string(),
        }
    }

    /// At most `limit` bytes of `s` as text, whole characters only.
    fn prefix_of(&self, s: JsStr, limit: usize) -> String {
        let units = self.vm.heap.units(s);
        let mut text = String::from_utf16_lossy(units.get(..limit.min(units.len())).unwrap_or(&[]));
        let mut cut = limit.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        text
    }
}
