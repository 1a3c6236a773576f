//! The jsvm embedding API: compile JavaScript once into a [`Script`], make
//! an isolated [`Sandbox`] with its own [`Limits`], and enter it — run a
//! script, call its functions, give it host functions — reading the verdict,
//! the output and the budgets used.
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
//!
//! - [`Engine`] compiles source and loads bytecode into [`Script`]s
//!   (`Send + Sync`, shared by every sandbox and thread), and holds host
//!   functions every sandbox gets.
//! - [`Sandbox`] is one world: [`Sandbox::run`], [`Sandbox::call`],
//!   [`Sandbox::register_fn`]; each entry has its own gas, output and time
//!   budget, memory bounds the heap throughout.
//! - [`Value`] is a script value copied to the host; [`IntoValue`],
//!   [`FromValue`] and serde ([`to_value`], [`from_value`], [`Serde`])
//!   convert it; a [`Handle`] keeps a script function or object alive
//!   across entries.

#![warn(missing_docs)]

mod engine;
mod error;
mod handle;
mod host;
mod marshal;
mod sandbox;
mod value;

pub use engine::{Engine, LoadError, Script, is_bytecode, render_compile_error};
pub use error::{Exception, RunError, StackFrame};
pub use handle::Handle;
pub use host::{HostContext, HostError, HostFunction, IntoResult};
pub use jsvm_compiler::{CompileError, CompileErrorKind};
pub use jsvm_vm::isa::encode::DecodeError;
pub use jsvm_vm::isa::file::{FORMAT_VERSION, FormatError};
pub use jsvm_vm::isa::verify::VerifyError;
pub use jsvm_vm::{ErrorKind, Limits};
pub use marshal::{FromJs, IntoArgs, IntoJs};
pub use sandbox::{DESCRIBE_GAS, InterruptHandle, Sandbox};
pub use value::{FromValue, IntoValue, Serde, Value, ValueError, from_value, to_value};
