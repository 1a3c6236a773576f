//! `Function` and `Function.prototype`: call, apply, bind, toString and
//! Symbol.hasInstance. The `Function` constructor exists so `instanceof
//! Function` works, but calling it throws: jsvm compiles no code at run time.

use jsvm_vm::heap::object::{CONFIGURABLE, ObjectKind, Property, PropertyKey};
use jsvm_vm::native::Args;
use jsvm_vm::{JsResult, Value, Vm};

use crate::{install_constructor, install_methods, install_symbol_method, length_of_array_like, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.function_prototype;
    install_constructor(vm, "Function", function, 1, proto)?;
    let names = vm.realm.names;
    vm.define_property_raw(proto, PropertyKey::Atom(names.length), Property::data(Value::Number(0.0), CONFIGURABLE))?;
    let empty = Value::String(vm.heap.empty_string());
    vm.define_property_raw(proto, PropertyKey::Atom(names.name), Property::data(empty, CONFIGURABLE))?;
    install_methods(
        vm,
        proto,
        &[("call", call, 1), ("apply", apply, 2), ("bind", bind, 1), ("toString", to_string, 0)],
    )?;
    // %ThrowTypeError% is frozen: its `length` and `name` are read-only and
    // not configurable, and it takes no new properties.
    let thrower = crate::native_function(vm, "", throw_type_error, 0)?;
    let empty = Value::String(vm.heap.empty_string());
    vm.define_property_raw(thrower, PropertyKey::Atom(names.length), Property::data(Value::Number(0.0), 0))?;
    vm.define_property_raw(thrower, PropertyKey::Atom(names.name), Property::data(empty, 0))?;
    if let Some(o) = vm.heap.object_mut(thrower) {
        o.extensible = false;
    }
    vm.realm.throw_type_error = Some(thrower);
    let slot = jsvm_vm::heap::object::Slot::Accessor { get: Some(thrower), set: Some(thrower) };
    for name in ["caller", "arguments"] {
        let key = vm.key(name);
        vm.define_property_raw(proto, key, Property { slot, flags: CONFIGURABLE })?;
    }
    let has_instance = vm.realm.symbols.has_instance;
    let f = install_symbol_method(vm, proto, has_instance, "[Symbol.hasInstance]", symbol_has_instance, 1)?;
    vm.define_property_raw(proto, PropertyKey::Symbol(has_instance), Property::data(Value::Object(f), 0))
}

/// %ThrowTypeError%: strict functions and arguments objects have no
/// `caller` or `callee` to reveal.
fn throw_type_error(vm: &mut Vm, _: &Args) -> JsResult<Value> {
    type_error(
        vm,
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them",
    )
}

fn function(vm: &mut Vm, _: &Args) -> JsResult<Value> {
    type_error(vm, "Function constructor is not supported by jsvm (no code is compiled at run time)")
}

/// Function.prototype.call(thisArg, ...args).
fn call(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if !vm.is_callable(args.this) {
        return type_error(vm, "Function.prototype.call called on a non-function");
    }
    let rest = args.args.get(1..).unwrap_or(&[]);
    vm.call(args.this, args.get(0), rest)
}

/// CreateListFromArrayLike for `apply`.
pub(crate) fn list_from_array_like(vm: &mut Vm, held: &mut jsvm_vm::HostBytes, v: Value) -> JsResult<Vec<Value>> {
    let Value::Object(o) = v else { return type_error(vm, "CreateListFromArrayLike called on non-object") };
    let len = length_of_array_like(vm, o)?;
    if len > 1_000_000 {
        return Err(vm.error(jsvm_vm::ErrorKind::RangeError, "Too many arguments in function call"));
    }
    vm.charge(len)?;
    // The list and a temporary root for each of its values.
    held.add(vm, 2 * len as usize * std::mem::size_of::<Value>())?;
    let mut out = Vec::with_capacity(len as usize);
    for i in 0..len as u32 {
        let element = vm.get(o, PropertyKey::Index(i), v)?;
        vm.root(element);
        out.push(element);
    }
    Ok(out)
}

/// Function.prototype.apply(thisArg, argArray).
fn apply(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if !vm.is_callable(args.this) {
        return type_error(vm, "Function.prototype.apply called on a non-function");
    }
    vm.with_host_bytes(|vm, held| {
        let list = match args.get(1) {
            Value::Undefined | Value::Null => Vec::new(),
            v => list_from_array_like(vm, held, v)?,
        };
        vm.call(args.this, args.get(0), &list)
    })
}

/// Function.prototype.bind(thisArg, ...args): a bound function whose name is
/// "bound " + the target's name and whose length is what is left.
fn bind(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Value::Object(target) = args.this else { return type_error(vm, "Bind must be called on a function") };
    if !vm.is_callable(args.this) {
        return type_error(vm, "Bind must be called on a function");
    }
    let bound_args: Vec<Value> = args.args.get(1..).unwrap_or(&[]).to_vec();
    vm.charge(bound_args.len() as u64)?;
    let names = vm.realm.names;
    let target_length = match vm.get_own_property(target, PropertyKey::Atom(names.length)) {
        Some(_) => match vm.get(target, PropertyKey::Atom(names.length), args.this)? {
            Value::Number(n) if n.is_infinite() => n,
            Value::Number(n) if !n.is_nan() => n.trunc(),
            _ => 0.0,
        },
        None => 0.0,
    };
    let length = (target_length - bound_args.len() as f64).max(0.0);
    let target_name = match vm.get(target, PropertyKey::Atom(names.name), args.this)? {
        Value::String(s) => vm.heap.to_rust_string(s),
        _ => String::new(),
    };
    let proto = vm.heap.object(target).proto;
    let kind = ObjectKind::Bound { target, this: args.get(0), args: bound_args };
    let f = vm.make_function_object(kind, &format!("bound {target_name}"), 0)?;
    if let Some(o) = vm.heap.object_mut(f) {
        o.proto = proto;
    }
    vm.define_property_raw(f, PropertyKey::Atom(names.length), Property::data(Value::Number(length), CONFIGURABLE))?;
    Ok(Value::Object(f))
}

/// Function.prototype.toString: jsvm keeps no source text, so every function
/// renders as a NativeFunction-shaped string with its name.
fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Value::Object(f) = args.this else { return type_error(vm, "Function.prototype.toString requires a function") };
    if !vm.is_callable(args.this) {
        return type_error(vm, "Function.prototype.toString requires a function");
    }
    let name = match vm.get(f, PropertyKey::Atom(vm.realm.names.name), args.this)? {
        Value::String(s) => vm.heap.to_rust_string(s),
        _ => String::new(),
    };
    vm.string_value(&format!("function {name}() {{ [native code] }}"))
}

fn symbol_has_instance(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Bool(vm.ordinary_has_instance(args.this, args.get(0))?))
}
