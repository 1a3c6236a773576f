//! jsvm's virtual machine: values, the garbage-collected heap, the instruction
//! set, compiled modules and the interpreter that runs them under budgets.
//!
//! The pipeline ends here: `jsvm-compiler` produces a [`module::Module`],
//! [`vm::Vm::load_module`] binds its constants to a heap, and
//! [`vm::Vm::run_module`] interprets it. `jsvm-stdlib` fills the realm with
//! the built-ins through the native-function interface in [`native`].
#![forbid(unsafe_code)]

pub mod call;
pub mod class;
pub mod collection;
pub mod compare;
pub mod convert;
pub mod descriptor;
pub mod dispose;
mod env;
pub mod error;
pub mod gas;
pub mod generator;
pub mod heap;
mod interp;
pub mod isa;
pub mod iter;
pub mod module;
pub mod native;
pub mod number;
pub mod ops;
pub mod property;
pub mod realm;
pub mod regexp;
pub mod runtime;
mod unicode_property;
pub mod value;
pub mod vm;

pub use error::{Abrupt, ErrorKind, JsResult, Termination};
pub use runtime::budget::Limits;
pub use runtime::memory::{HostBytes, Pin};
pub use value::{JsStr, ObjRef, Value};
pub use vm::{RealmImage, Vm};
