//! Compiling and loading: the [`Engine`] that turns source or bytecode into
//! a [`Script`], and the host functions every sandbox made from it gets.

use std::fmt;
use std::sync::{Arc, OnceLock};

use jsvm_compiler::CompileError;
use jsvm_vm::isa::encode::DecodeError;
use jsvm_vm::isa::file::{FormatError, decode_module, encode_module};
use jsvm_vm::isa::verify::{VerifiedModule, VerifyError, verify};
use jsvm_vm::module::Module;
use jsvm_vm::native::HostFn;
use jsvm_vm::{Limits, RealmImage, Vm};

use crate::host::{self, HostContext, HostError, HostFunction};
use crate::value::Value;

/// Compiles scripts. Cheap to create; one engine can serve many sandboxes,
/// which share its cache of compiled regular expressions and start from
/// copies of one realm image (built when the first sandbox is made).
#[derive(Clone)]
pub struct Engine {
    pub(crate) patterns: jsvm_vm::regexp::PatternCache,
    image: Arc<OnceLock<Result<RealmImage, String>>>,
    compile_memory: usize,
    pub(crate) host_functions: Arc<Vec<HostEntry>>,
}

/// A host function registered on the engine, installed in every sandbox.
#[derive(Clone)]
pub(crate) struct HostEntry {
    pub name: String,
    pub length: u32,
    pub function: HostFn,
}

impl Default for Engine {
    fn default() -> Engine {
        Engine {
            patterns: Default::default(),
            image: Default::default(),
            compile_memory: Limits::default().memory,
            host_functions: Default::default(),
        }
    }
}

impl fmt::Debug for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.host_functions.iter().map(|h| h.name.as_str()).collect();
        f.debug_struct("Engine").field("compile_memory", &self.compile_memory).field("host_functions", &names).finish()
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

    /// Registers a typed host function that every sandbox made from this
    /// engine afterwards has as a global (see [`Sandbox::register_fn`](crate::Sandbox::register_fn)).
    ///
    /// ```
    /// use jsvm::{Engine, Limits, Sandbox};
    ///
    /// let mut engine = Engine::new();
    /// engine.register_fn("double", |x: f64| x * 2.0);
    /// let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
    /// sandbox.run(&engine.compile("print(double(21))", "main.js").unwrap()).unwrap();
    /// assert_eq!(sandbox.output(), "42\n");
    /// ```
    pub fn register_fn<M>(&mut self, name: &str, function: impl HostFunction<M>) {
        let (length, function) = function.into_host_fn(name);
        Arc::make_mut(&mut self.host_functions).push(HostEntry { name: name.to_string(), length, function });
    }

    /// Registers a raw host function on the engine (see
    /// [`Sandbox::register_raw`](crate::Sandbox::register_raw)).
    pub fn register_raw<F>(&mut self, name: &str, length: u32, function: F)
    where
        F: Fn(&mut HostContext<'_>, &[Value]) -> Result<Value, HostError> + Send + Sync + 'static,
    {
        let function = host::raw(function);
        Arc::make_mut(&mut self.host_functions).push(HostEntry { name: name.to_string(), length, function });
    }

    /// The realm image sandboxes start from, built on first use.
    pub(crate) fn image(&self) -> Result<&RealmImage, String> {
        self.image.get_or_init(build_image).as_ref().map_err(Clone::clone)
    }

    /// Compiles `source`; `name` is the file name used in messages and stack
    /// traces. A source that could need more memory than the engine allows
    /// is refused up front (a [`CompileErrorKind::OutOfMemory`](crate::CompileErrorKind::OutOfMemory) error).
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
    pub(crate) module: VerifiedModule,
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

/// A realm with the standard library installed (without gas or memory
/// limits), as an image for sandboxes to copy.
fn build_image() -> Result<RealmImage, String> {
    let mut vm = Vm::new(&Limits { gas: u64::MAX, memory: usize::MAX, ..Limits::default() });
    match jsvm_stdlib::install(&mut vm) {
        Ok(()) => Ok(vm.image()),
        Err(_) => Err("the standard library failed to install".to_string()),
    }
}
