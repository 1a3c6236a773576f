//! The native-function interface: how built-ins (and host functions) written
//! in Rust are called. A native receives the VM, `this`, the arguments and,
//! for `new`, the new target; it charges gas for its work with `Vm::charge`
//! before doing it, and returns a value or an abrupt completion.

use crate::error::JsResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The arguments of a native call.
pub struct Args<'a> {
    pub this: Value,
    pub args: &'a [Value],
    /// The constructor `new` was applied to, or `None` for a plain call.
    pub new_target: Option<ObjRef>,
    /// The function object being called.
    pub callee: ObjRef,
    /// The callee's magic number (see `ObjectKind::Native`); 0 for most.
    pub magic: u16,
}

impl Args<'_> {
    /// Argument `i`, or undefined when absent.
    pub fn get(&self, i: usize) -> Value {
        self.args.get(i).copied().unwrap_or(Value::Undefined)
    }

    pub fn len(&self) -> usize {
        self.args.len()
    }

    pub fn is_empty(&self) -> bool {
        self.args.is_empty()
    }
}

/// A built-in function.
pub type NativeFn = fn(&mut Vm, &Args) -> JsResult<Value>;

/// A host function registered by the embedder.
pub type HostFn = std::rc::Rc<dyn Fn(&mut Vm, &Args) -> JsResult<Value>>;
