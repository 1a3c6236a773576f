//! The Error constructors (Error, the native errors, AggregateError and
//! SuppressedError) and `Error.prototype.toString`. An error object gets
//! `message` (when given), `cause` (when the options carry one) and a
//! `stack` with the frames active at its creation.

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
    install_methods(vm, base, &[("toString", error_to_string, 0)])?;
    if let Some(error) = error_constructor {
        install_methods(vm, error, &[("isError", is_error, 1)])?;
    }

    let error_constructor = error_constructor.ok_or_else(|| vm.error(ErrorKind::Error, "no Error constructor"))?;
    install_error_subclass(vm, error_constructor, "AggregateError", construct_aggregate_error, 2)?;
    let suppressed = install_error_subclass(vm, error_constructor, "SuppressedError", construct_suppressed_error, 3)?;
    vm.realm.suppressed_error_prototype = Some(suppressed);
    Ok(())
}

/// Installs an error constructor whose prototype inherits from
/// Error.prototype and whose own prototype is Error; returns its prototype.
fn install_error_subclass(
    vm: &mut Vm,
    error_constructor: ObjRef,
    name: &str,
    function: jsvm_vm::native::NativeFn,
    length: u32,
) -> JsResult<ObjRef> {
    let names = vm.realm.names;
    let base = vm.realm.error_prototype(ErrorKind::Error);
    let proto = vm.alloc_object(Some(base), ObjectKind::Ordinary)?;
    let constructor = install_constructor(vm, name, function, length, proto)?;
    if let Some(o) = vm.heap.object_mut(constructor) {
        o.proto = Some(error_constructor);
    }
    let name = vm.string_value(name)?;
    vm.define_hidden(proto, PropertyKey::Atom(names.name), name)?;
    let empty = Value::String(vm.heap.empty_string());
    vm.define_hidden(proto, PropertyKey::Atom(names.message), empty)?;
    Ok(proto)
}

/// Error.isError(arg): whether `arg` is an error object (has
/// [[ErrorData]]), whatever its prototype says.
fn is_error(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let error = matches!(args.get(0), Value::Object(o) if matches!(vm.heap.object(o).kind, ObjectKind::Error));
    Ok(Value::Bool(error))
}

/// The shared body of every error constructor: OrdinaryCreateFromConstructor,
/// then `message`, InstallErrorCause, and the stack.
fn construct(vm: &mut Vm, args: &Args, kind: ErrorKind) -> JsResult<Value> {
    let fallback = vm.realm.error_prototype(kind);
    let obj = create_error(vm, args.new_target, fallback, args.get(0), args.get(1))?;
    attach_stack(vm, obj)?;
    Ok(Value::Object(obj))
}

/// An error object whose prototype comes from `new_target` (`fallback`
/// when that is not an object), with `message` and InstallErrorCause
/// applied; `attach_stack` adds its stack once the constructor has defined
/// the rest of its own properties.
fn create_error(
    vm: &mut Vm,
    new_target: Option<ObjRef>,
    fallback: ObjRef,
    message: Value,
    options: Value,
) -> JsResult<ObjRef> {
    let names = vm.realm.names;
    let proto = match new_target {
        Some(nt) => crate::prototype_from_new_target(vm, nt, fallback)?,
        None => fallback,
    };
    let obj = vm.alloc_object(Some(proto), ObjectKind::Error)?;
    if !matches!(message, Value::Undefined) {
        let s = vm.to_string(message)?;
        vm.define_hidden(obj, PropertyKey::Atom(names.message), Value::String(s))?;
    }
    if let Value::Object(options) = options {
        let cause_key = PropertyKey::Atom(names.cause);
        if vm.has_property(options, cause_key)? {
            let cause = vm.get(options, cause_key, Value::Object(options))?;
            vm.define_hidden(obj, cause_key, cause)?;
        }
    }
    Ok(obj)
}

/// Defines the `stack` of a new error: its name and own message, then the
/// active frames.
fn attach_stack(vm: &mut Vm, obj: ObjRef) -> JsResult<()> {
    let name = error_name(vm, obj)?;
    let message = match vm.heap.object(obj).properties.get(PropertyKey::Atom(vm.realm.names.message)) {
        Some(p) => match p.slot {
            jsvm_vm::heap::object::Slot::Data(Value::String(s)) => vm.heap.to_rust_string(s),
            _ => String::new(),
        },
        None => String::new(),
    };
    vm.attach_stack(obj, &name, &message)
}

/// AggregateError(errors, message, options): an error whose `errors` is
/// the list `errors` iterates.
fn construct_aggregate_error(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let obj = create_subclass_error(vm, args, args.get(1), args.get(2))?;
    let mut errors = Vec::new();
    let iter = vm.iterator_open(args.get(0))?;
    while let Some(e) = vm.iterator_step(iter)? {
        vm.charge(1)?;
        vm.root(e);
        errors.push(e);
    }
    let list = vm.new_array(errors)?;
    let errors_key = vm.key("errors");
    vm.define_hidden(obj, errors_key, Value::Object(list))?;
    attach_stack(vm, obj)?;
    Ok(Value::Object(obj))
}

/// SuppressedError(error, suppressed, message): an error that carries the
/// error thrown while disposing and the one it suppressed.
fn construct_suppressed_error(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let obj = create_subclass_error(vm, args, args.get(2), Value::Undefined)?;
    let error_key = vm.key("error");
    vm.define_hidden(obj, error_key, args.get(0))?;
    let suppressed_key = vm.key("suppressed");
    vm.define_hidden(obj, suppressed_key, args.get(1))?;
    attach_stack(vm, obj)?;
    Ok(Value::Object(obj))
}

/// The error object of a constructor installed by `install_error_subclass`,
/// called with or without `new`.
fn create_subclass_error(vm: &mut Vm, args: &Args, message: Value, options: Value) -> JsResult<ObjRef> {
    // The constructor's own `prototype` is fixed (non-writable and
    // non-configurable): it is the intrinsic prototype.
    let key = PropertyKey::Atom(vm.realm.names.prototype);
    let fallback = match vm.get(args.callee, key, Value::Object(args.callee))? {
        Value::Object(p) => p,
        _ => vm.realm.error_prototype(ErrorKind::Error),
    };
    let new_target = Some(args.new_target.unwrap_or(args.callee));
    create_error(vm, new_target, fallback, message, options)
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
