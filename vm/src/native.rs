//! The native-function interface: how built-ins (and host functions) written
//! in Rust are called. A native receives the VM, `this`, the arguments and,
//! for `new`, the new target; it charges gas for its work with `Vm::charge`
//! before doing it, and returns a value or an abrupt completion.

use crate::error::JsResult;
use crate::heap::object::{ObjectKind, Property, PropertyKey};
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

/// A host function registered by the embedder. It may be shared by many
/// VMs on many threads, so it is `Send + Sync`.
pub type HostFn = std::sync::Arc<dyn Fn(&mut Vm, &Args) -> JsResult<Value> + Send + Sync>;

impl Vm {
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
}
