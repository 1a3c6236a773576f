//! `Object` and `Object.prototype`: the constructor, the common static
//! functions (keys, values, entries, assign, create, getPrototypeOf) and the
//! prototype's basics (hasOwnProperty, isPrototypeOf, propertyIsEnumerable,
//! toString with Symbol.toStringTag, toLocaleString, valueOf).

use jsvm_vm::heap::object::{ObjectKind, PropertyKey};
use jsvm_vm::native::Args;
use jsvm_vm::{JsResult, Value, Vm};

use crate::{install_constructor, install_methods, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.object_prototype;
    let c = install_constructor(vm, "Object", object, 1, proto)?;
    install_methods(
        vm,
        c,
        &[
            ("keys", keys, 1),
            ("values", values, 1),
            ("entries", entries, 1),
            ("assign", assign, 2),
            ("create", create, 2),
            ("getPrototypeOf", get_prototype_of, 1),
        ],
    )?;
    let proto_key = vm.key("__proto__");
    let getter = crate::native_function(vm, "get __proto__", get_proto, 0)?;
    let setter = crate::native_function(vm, "set __proto__", set_proto, 1)?;
    let slot = jsvm_vm::heap::object::Slot::Accessor { get: Some(getter), set: Some(setter) };
    let flags = jsvm_vm::heap::object::CONFIGURABLE;
    vm.define_property_raw(proto, proto_key, jsvm_vm::heap::object::Property { slot, flags })?;
    install_methods(
        vm,
        proto,
        &[
            ("hasOwnProperty", has_own_property, 1),
            ("isPrototypeOf", is_prototype_of, 1),
            ("propertyIsEnumerable", property_is_enumerable, 1),
            ("toString", to_string, 0),
            ("toLocaleString", to_locale_string, 0),
            ("valueOf", value_of, 0),
        ],
    )
}

/// Object(value): ToObject, or a new object for undefined and null.
fn object(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    match args.get(0) {
        Value::Undefined | Value::Null => Ok(Value::Object(vm.new_object()?)),
        v => Ok(Value::Object(vm.to_object(v)?)),
    }
}

/// Which part of each enumerable own string-keyed property to collect
/// (EnumerableOwnProperties).
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Key,
    Value,
    Entry,
}

fn enumerable_own(vm: &mut Vm, target: Value, part: Part) -> JsResult<Value> {
    let o = vm.to_object(target)?;
    let mut out = Vec::new();
    for key in vm.own_keys(o)? {
        if matches!(key, PropertyKey::Symbol(_)) {
            continue;
        }
        let Some(p) = vm.get_own_property(o, key) else { continue };
        if !p.enumerable() {
            continue;
        }
        let k = vm.key_to_value(key)?;
        vm.root(k);
        let item = match part {
            Part::Key => k,
            Part::Value => vm.get(o, key, Value::Object(o))?,
            Part::Entry => {
                let v = vm.get(o, key, Value::Object(o))?;
                Value::Object(vm.new_array(vec![k, v])?)
            }
        };
        vm.root(item);
        out.push(item);
    }
    Ok(Value::Object(vm.new_array(out)?))
}

fn keys(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    enumerable_own(vm, args.get(0), Part::Key)
}

fn values(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    enumerable_own(vm, args.get(0), Part::Value)
}

fn entries(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    enumerable_own(vm, args.get(0), Part::Entry)
}

/// Object.assign(target, ...sources).
fn assign(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let target = vm.to_object(args.get(0))?;
    for &source in args.args.iter().skip(1) {
        if source.is_nullish() {
            continue;
        }
        let from = vm.to_object(source)?;
        for key in vm.own_keys(from)? {
            if vm.get_own_property(from, key).is_some_and(|p| p.enumerable()) {
                let v = vm.get(from, key, Value::Object(from))?;
                vm.put_value(Value::Object(target), key, v)?;
            }
        }
    }
    Ok(Value::Object(target))
}

/// Object.create(proto) (property descriptors are not supported yet).
fn create(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let proto = match args.get(0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return type_error(vm, "Object prototype may only be an Object or null"),
    };
    if !matches!(args.get(1), Value::Undefined) {
        return type_error(vm, "Object.create with property descriptors is not supported yet");
    }
    Ok(Value::Object(vm.alloc_object(proto, ObjectKind::Ordinary)?))
}

fn get_prototype_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = vm.to_object(args.get(0))?;
    Ok(vm.heap.object(o).proto.map_or(Value::Null, Value::Object))
}

/// get Object.prototype.__proto__.
fn get_proto(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    Ok(vm.heap.object(o).proto.map_or(Value::Null, Value::Object))
}

/// set Object.prototype.__proto__: ignores non-object, non-null values and
/// primitive receivers; TypeError when the change is refused.
fn set_proto(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if args.this.is_nullish() {
        return type_error(vm, "Object.prototype.__proto__ called on null or undefined");
    }
    let proto = match args.get(0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return Ok(Value::Undefined),
    };
    let Value::Object(o) = args.this else { return Ok(Value::Undefined) };
    if !vm.set_prototype_of(o, proto)? {
        return type_error(vm, "Cyclic __proto__ value");
    }
    Ok(Value::Undefined)
}

fn has_own_property(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let key = vm.to_property_key(args.get(0))?;
    let o = vm.to_object(args.this)?;
    Ok(Value::Bool(vm.get_own_property(o, key).is_some()))
}

fn is_prototype_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Value::Object(mut v) = args.get(0) else { return Ok(Value::Bool(false)) };
    let o = vm.to_object(args.this)?;
    while let Some(p) = vm.heap.object(v).proto {
        vm.charge(1)?;
        if p == o {
            return Ok(Value::Bool(true));
        }
        v = p;
    }
    Ok(Value::Bool(false))
}

fn property_is_enumerable(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let key = vm.to_property_key(args.get(0))?;
    let o = vm.to_object(args.this)?;
    Ok(Value::Bool(vm.get_own_property(o, key).is_some_and(|p| p.enumerable())))
}

/// Object.prototype.toString: `[object Tag]`, with Symbol.toStringTag.
fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let tag = match args.this {
        Value::Undefined => return vm.string_value("[object Undefined]"),
        Value::Null => return vm.string_value("[object Null]"),
        v => {
            let o = vm.to_object(v)?;
            let builtin = match &vm.heap.object(o).kind {
                ObjectKind::Array(_) => "Array",
                ObjectKind::Arguments => "Arguments",
                ObjectKind::Error => "Error",
                ObjectKind::Boolean(_) => "Boolean",
                ObjectKind::Number(_) => "Number",
                ObjectKind::String(_) => "String",
                ObjectKind::Closure { .. }
                | ObjectKind::Native { .. }
                | ObjectKind::Host { .. }
                | ObjectKind::Bound { .. } => "Function",
                _ => "Object",
            };
            let key = PropertyKey::Symbol(vm.realm.symbols.to_string_tag);
            match vm.get(o, key, v)? {
                Value::String(s) => vm.heap.to_rust_string(s),
                _ => builtin.to_string(),
            }
        }
    };
    vm.string_value(&format!("[object {tag}]"))
}

fn to_locale_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let key = PropertyKey::Atom(vm.realm.names.to_string);
    let f = vm.get_value(args.this, key)?;
    vm.call(f, args.this, &[])
}

fn value_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Object(vm.to_object(args.this)?))
}
