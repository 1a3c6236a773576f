//! The Error constructors (Error and the native errors) and
//! `Error.prototype.toString`. An error object gets `message` (when given),
//! `cause` (when the options carry one) and a `stack` with the frames active
//! at its creation.

use jsvm_vm::heap::object::{ObjectKind, PropertyKey};
use jsvm_vm::native::Args;
use jsvm_vm::{ErrorKind, JsResult, ObjRef, Value, Vm};

use crate::{install_constructor, install_methods, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let names = vm.realm.names;
    let mut error_constructor = None;
    for kind in ErrorKind::ALL {
        let proto = vm.realm.error_prototype(kind);
        let function: jsvm_vm::native::NativeFn = match kind {
            ErrorKind::Error => construct_error,
            ErrorKind::TypeError => construct_type_error,
            ErrorKind::RangeError => construct_range_error,
            ErrorKind::ReferenceError => construct_reference_error,
            ErrorKind::SyntaxError => construct_syntax_error,
            ErrorKind::UriError => construct_uri_error,
            ErrorKind::EvalError => construct_eval_error,
        };
        let c = install_constructor(vm, kind.name(), function, 1, proto)?;
        match error_constructor {
            None => error_constructor = Some(c),
            Some(base) => {
                if let Some(o) = vm.heap.object_mut(c) {
                    o.proto = Some(base);
                }
            }
        }
        let name = vm.string_value(kind.name())?;
        vm.define_hidden(proto, PropertyKey::Atom(names.name), name)?;
        let empty = Value::String(vm.heap.empty_string());
        vm.define_hidden(proto, PropertyKey::Atom(names.message), empty)?;
    }
    let base = vm.realm.error_prototype(ErrorKind::Error);
    install_methods(vm, base, &[("toString", error_to_string, 0)])
}

/// The shared body of every error constructor: OrdinaryCreateFromConstructor,
/// then `message`, InstallErrorCause, and the stack.
fn construct(vm: &mut Vm, args: &Args, kind: ErrorKind) -> JsResult<Value> {
    let names = vm.realm.names;
    let proto = match args.new_target {
        Some(nt) => match vm.get(nt, PropertyKey::Atom(names.prototype), Value::Object(nt))? {
            Value::Object(p) => p,
            _ => vm.realm.error_prototype(kind),
        },
        None => vm.realm.error_prototype(kind),
    };
    let obj = vm.alloc_object(Some(proto), ObjectKind::Error)?;
    let message = args.get(0);
    let mut text = String::new();
    if !matches!(message, Value::Undefined) {
        let s = vm.to_string(message)?;
        text = vm.heap.to_rust_string(s);
        vm.define_hidden(obj, PropertyKey::Atom(names.message), Value::String(s))?;
    }
    if let Value::Object(options) = args.get(1) {
        let cause_key = PropertyKey::Atom(names.cause);
        if vm.has_property(options, cause_key)? {
            let cause = vm.get(options, cause_key, Value::Object(options))?;
            vm.define_hidden(obj, cause_key, cause)?;
        }
    }
    let name = error_name(vm, obj)?;
    vm.attach_stack(obj, &name, &text)?;
    Ok(Value::Object(obj))
}

fn error_name(vm: &mut Vm, obj: ObjRef) -> JsResult<String> {
    let key = PropertyKey::Atom(vm.realm.names.name);
    let v = vm.get(obj, key, Value::Object(obj))?;
    if matches!(v, Value::String(_)) { vm.to_rust_string(v) } else { Ok("Error".to_string()) }
}

fn construct_error(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorKind::Error)
}
fn construct_type_error(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorKind::TypeError)
}
fn construct_range_error(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorKind::RangeError)
}
fn construct_reference_error(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorKind::ReferenceError)
}
fn construct_syntax_error(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorKind::SyntaxError)
}
fn construct_uri_error(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorKind::UriError)
}
fn construct_eval_error(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, ErrorKind::EvalError)
}

/// Error.prototype.toString.
fn error_to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Value::Object(o) = args.this else { return type_error(vm, "Error.prototype.toString called on non-object") };
    let names = vm.realm.names;
    let name = vm.get(o, PropertyKey::Atom(names.name), args.this)?;
    let name = if matches!(name, Value::Undefined) { "Error".to_string() } else { vm.to_rust_string(name)? };
    let msg = vm.get(o, PropertyKey::Atom(names.message), args.this)?;
    let msg = if matches!(msg, Value::Undefined) { String::new() } else { vm.to_rust_string(msg)? };
    let text = match (name.is_empty(), msg.is_empty()) {
        (true, _) => msg,
        (_, true) => name,
        _ => format!("{name}: {msg}"),
    };
    vm.string_value(&text)
}
