//! `Reflect`: the object internal methods as functions (ECMA-262 §28.1).
//! Each takes an object as its target (anything else is a TypeError) and
//! returns what the internal method returns — a boolean where `Object.*`
//! would throw. Their work is the internal method's, charged where it is
//! done (own keys, argument lists).

use jsvm_vm::heap::object::PropertyKey;
use jsvm_vm::native::{Args, NativeFn};
use jsvm_vm::{JsResult, ObjRef, Value, Vm};

use crate::function::list_from_array_like;
use crate::{define_global, define_to_string_tag, install_methods, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let reflect = vm.new_object()?;
    let table: &[(&str, NativeFn, u32)] = &[
        ("apply", apply, 3),
        ("construct", construct, 2),
        ("defineProperty", define_property, 3),
        ("deleteProperty", delete_property, 2),
        ("get", get, 2),
        ("getOwnPropertyDescriptor", get_own_property_descriptor, 2),
        ("getPrototypeOf", get_prototype_of, 1),
        ("has", has, 2),
        ("isExtensible", is_extensible, 1),
        ("ownKeys", own_keys, 1),
        ("preventExtensions", prevent_extensions, 1),
        ("set", set, 3),
        ("setPrototypeOf", set_prototype_of, 2),
    ];
    install_methods(vm, reflect, table)?;
    define_to_string_tag(vm, reflect, "Reflect")?;
    define_global(vm, "Reflect", Value::Object(reflect))
}

/// The target argument, which must be an object.
fn target(vm: &mut Vm, args: &Args, function: &str) -> JsResult<ObjRef> {
    match args.get(0) {
        Value::Object(o) => Ok(o),
        _ => type_error(vm, &format!("Reflect.{function} called on non-object")),
    }
}

/// The target and the property key of argument 1 (ToPropertyKey).
fn target_and_key(vm: &mut Vm, args: &Args, function: &str) -> JsResult<(ObjRef, PropertyKey)> {
    let o = target(vm, args, function)?;
    let key = vm.to_property_key(args.get(1))?;
    Ok((o, key))
}

/// Reflect.apply(target, thisArgument, argumentsList).
fn apply(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let f = args.get(0);
    if !vm.is_callable(f) {
        return type_error(vm, "Reflect.apply target is not a function");
    }
    vm.with_host_bytes(|vm, held| {
        let list = list_from_array_like(vm, held, args.get(2))?;
        vm.call(f, args.get(1), &list)
    })
}

/// Reflect.construct(target, argumentsList[, newTarget]).
fn construct(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let f = args.get(0);
    if !vm.is_constructor(f) {
        return type_error(vm, "Reflect.construct target is not a constructor");
    }
    let new_target = if args.len() < 3 { f } else { args.get(2) };
    let Value::Object(new_target) = new_target else {
        return type_error(vm, "Reflect.construct newTarget is not a constructor");
    };
    if !vm.is_constructor(Value::Object(new_target)) {
        return type_error(vm, "Reflect.construct newTarget is not a constructor");
    }
    vm.with_host_bytes(|vm, held| {
        let list = list_from_array_like(vm, held, args.get(1))?;
        vm.construct_with_target(f, &list, new_target)
    })
}

fn define_property(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, key) = target_and_key(vm, args, "defineProperty")?;
    let desc = vm.to_property_descriptor(args.get(2))?;
    Ok(Value::Bool(vm.define_own_property(o, key, desc)?))
}

fn delete_property(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, key) = target_and_key(vm, args, "deleteProperty")?;
    Ok(Value::Bool(vm.delete(o, key)?))
}

/// Reflect.get(target, propertyKey[, receiver]).
fn get(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, key) = target_and_key(vm, args, "get")?;
    let receiver = if args.len() < 3 { Value::Object(o) } else { args.get(2) };
    vm.get(o, key, receiver)
}

fn get_own_property_descriptor(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, key) = target_and_key(vm, args, "getOwnPropertyDescriptor")?;
    match vm.own_property_with_value(o, key)? {
        Some(p) => vm.from_property(p),
        None => Ok(Value::Undefined),
    }
}

fn get_prototype_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = target(vm, args, "getPrototypeOf")?;
    Ok(vm.heap.object(o).proto.map_or(Value::Null, Value::Object))
}

fn has(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, key) = target_and_key(vm, args, "has")?;
    Ok(Value::Bool(vm.has_property(o, key)?))
}

fn is_extensible(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = target(vm, args, "isExtensible")?;
    Ok(Value::Bool(vm.heap.object(o).extensible))
}

/// Reflect.ownKeys(target): CreateArrayFromList(target.[[OwnPropertyKeys]]()).
fn own_keys(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = target(vm, args, "ownKeys")?;
    let keys = vm.own_keys(o)?;
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        let v = vm.key_to_value(key)?;
        vm.root(v);
        values.push(v);
    }
    Ok(Value::Object(vm.new_array(values)?))
}

fn prevent_extensions(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = target(vm, args, "preventExtensions")?;
    vm.prevent_extensions(o);
    Ok(Value::Bool(true))
}

/// Reflect.set(target, propertyKey, V[, receiver]).
fn set(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, key) = target_and_key(vm, args, "set")?;
    let receiver = if args.len() < 4 { Value::Object(o) } else { args.get(3) };
    Ok(Value::Bool(vm.set(o, key, args.get(2), receiver)?))
}

fn set_prototype_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = target(vm, args, "setPrototypeOf")?;
    let proto = match args.get(1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return type_error(vm, "Object prototype may only be an Object or null"),
    };
    Ok(Value::Bool(vm.set_prototype_of(o, proto)?))
}
