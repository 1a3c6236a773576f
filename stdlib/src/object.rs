//! `Object` and `Object.prototype`: the constructor, the common static
//! functions (keys, values, entries, assign, create, getPrototypeOf) and the
//! prototype's basics (hasOwnProperty, isPrototypeOf, propertyIsEnumerable,
//! toString with Symbol.toStringTag, toLocaleString, valueOf).

use jsvm_vm::descriptor::PropertyDescriptor;
use jsvm_vm::heap::object::{ObjectKind, PropertyKey, Slot};
use jsvm_vm::native::Args;
use jsvm_vm::{JsResult, ObjRef, Value, Vm};

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
            ("setPrototypeOf", set_prototype_of, 2),
            ("defineProperty", define_property, 3),
            ("defineProperties", define_properties, 2),
            ("getOwnPropertyDescriptor", get_own_property_descriptor, 2),
            ("getOwnPropertyDescriptors", get_own_property_descriptors, 1),
            ("getOwnPropertyNames", get_own_property_names, 1),
            ("getOwnPropertySymbols", get_own_property_symbols, 1),
            ("freeze", freeze, 1),
            ("isFrozen", is_frozen, 1),
            ("seal", seal, 1),
            ("isSealed", is_sealed, 1),
            ("preventExtensions", prevent_extensions, 1),
            ("isExtensible", is_extensible, 1),
            ("is", is, 2),
            ("hasOwn", has_own, 2),
            ("fromEntries", from_entries, 1),
            ("groupBy", group_by, 2),
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
            ("__defineGetter__", define_getter, 2),
            ("__defineSetter__", define_setter, 2),
            ("__lookupGetter__", lookup_getter, 1),
            ("__lookupSetter__", lookup_setter, 1),
        ],
    )
}

/// Object(value): ToObject, or a new object for undefined and null.
fn object(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    // Called through `super()` of a subclass: an ordinary object of the
    // subclass's prototype, the argument ignored.
    if let Some(nt) = args.new_target
        && nt != args.callee
    {
        let proto = crate::prototype_from_new_target(vm, nt, vm.realm.object_prototype)?;
        return Ok(Value::Object(vm.alloc_object(Some(proto), ObjectKind::Ordinary)?));
    }
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

/// Object.fromEntries(iterable): AddEntriesFromIterable onto a new object.
fn from_entries(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let iterable = args.get(0);
    if iterable.is_nullish() {
        return type_error(vm, "Object.fromEntries requires an iterable");
    }
    let obj = vm.new_object()?;
    let iter = vm.iterator_open(iterable)?;
    while let Some(entry) = vm.iterator_step(iter)? {
        vm.charge(1)?;
        if let Err(e) = add_entry(vm, obj, entry) {
            return Err(vm.iterator_close_after(iter, e));
        }
    }
    Ok(Value::Object(obj))
}

/// `obj[ToPropertyKey(entry[0])] = entry[1]`, as a data property.
fn add_entry(vm: &mut Vm, obj: ObjRef, entry: Value) -> JsResult<()> {
    let Value::Object(e) = entry else { return type_error(vm, "Iterator value is not an entry object") };
    let k = vm.get(e, PropertyKey::Index(0), entry)?;
    vm.root(k);
    let v = vm.get(e, PropertyKey::Index(1), entry)?;
    vm.root(v);
    let key = vm.to_property_key(k)?;
    vm.create_data_property_or_throw(obj, key, v)
}

/// Object.groupBy(items, callback): a null-prototype object from each
/// property key to the array of its values, in first-seen order.
fn group_by(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let groups = vm.alloc_object(None, ObjectKind::Ordinary)?;
    crate::collection::group_by(vm, args.get(0), args.get(1), |vm, key, value| {
        let key = vm.to_property_key(key)?;
        match vm.get_own_property(groups, key).map(|p| p.slot) {
            Some(Slot::Data(Value::Object(group))) => vm.array_push(group, value),
            _ => {
                let group = vm.new_array(vec![value])?;
                vm.create_data_property_or_throw(groups, key, Value::Object(group))
            }
        }
    })?;
    Ok(Value::Object(groups))
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

/// Object.create(O, Properties).
fn create(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let proto = match args.get(0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return type_error(vm, "Object prototype may only be an Object or null"),
    };
    let o = vm.alloc_object(proto, ObjectKind::Ordinary)?;
    if !matches!(args.get(1), Value::Undefined) {
        object_define_properties(vm, o, args.get(1))?;
    }
    Ok(Value::Object(o))
}

/// Object.setPrototypeOf(O, proto).
fn set_prototype_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let target = args.get(0);
    if target.is_nullish() {
        return type_error(vm, "Object.setPrototypeOf called on null or undefined");
    }
    let proto = match args.get(1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return type_error(vm, "Object prototype may only be an Object or null"),
    };
    if let Value::Object(o) = target
        && !vm.set_prototype_of(o, proto)?
    {
        return type_error(vm, "Cannot set the prototype: the object is not extensible or the chain would cycle");
    }
    Ok(target)
}

/// Object.defineProperty(O, P, Attributes).
fn define_property(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Value::Object(o) = args.get(0) else { return type_error(vm, "Object.defineProperty called on non-object") };
    let key = vm.to_property_key(args.get(1))?;
    let desc = vm.to_property_descriptor(args.get(2))?;
    if !vm.define_own_property(o, key, desc)? {
        let name = vm.key_display(key);
        return type_error(vm, &format!("Cannot redefine property: {name}"));
    }
    Ok(args.get(0))
}

/// ObjectDefineProperties(O, Properties): reads every descriptor first, then
/// defines them in order.
fn object_define_properties(vm: &mut Vm, o: jsvm_vm::ObjRef, properties: Value) -> JsResult<()> {
    let props = vm.to_object(properties)?;
    let mut descriptors = Vec::new();
    for key in vm.own_keys(props)? {
        if vm.get_own_property(props, key).is_some_and(|p| p.enumerable()) {
            let d = vm.get(props, key, Value::Object(props))?;
            vm.root(d);
            descriptors.push((key, vm.to_property_descriptor(d)?));
        }
    }
    for (key, desc) in descriptors {
        if !vm.define_own_property(o, key, desc)? {
            let name = vm.key_display(key);
            return type_error(vm, &format!("Cannot redefine property: {name}"));
        }
    }
    Ok(())
}

fn define_properties(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Value::Object(o) = args.get(0) else { return type_error(vm, "Object.defineProperties called on non-object") };
    object_define_properties(vm, o, args.get(1))?;
    Ok(args.get(0))
}

fn get_own_property_descriptor(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = vm.to_object(args.get(0))?;
    let key = vm.to_property_key(args.get(1))?;
    match vm.own_property_with_value(o, key)? {
        Some(p) => vm.from_property(p),
        None => Ok(Value::Undefined),
    }
}

fn get_own_property_descriptors(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = vm.to_object(args.get(0))?;
    let out = vm.new_object()?;
    for key in vm.own_keys(o)? {
        if let Some(p) = vm.own_property_with_value(o, key)? {
            let d = vm.from_property(p)?;
            vm.create_data_property(out, key, d)?;
        }
    }
    Ok(Value::Object(out))
}

/// GetOwnPropertyKeys(O, string or symbol).
fn own_keys_of_type(vm: &mut Vm, target: Value, symbols: bool) -> JsResult<Value> {
    let o = vm.to_object(target)?;
    let mut out = Vec::new();
    for key in vm.own_keys(o)? {
        if matches!(key, PropertyKey::Symbol(_)) == symbols {
            let v = vm.key_to_value(key)?;
            vm.root(v);
            out.push(v);
        }
    }
    Ok(Value::Object(vm.new_array(out)?))
}

fn get_own_property_names(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    own_keys_of_type(vm, args.get(0), false)
}

fn get_own_property_symbols(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    own_keys_of_type(vm, args.get(0), true)
}

fn freeze(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if let Value::Object(o) = args.get(0) {
        vm.set_integrity_level(o, true)?;
    }
    Ok(args.get(0))
}

fn seal(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if let Value::Object(o) = args.get(0) {
        vm.set_integrity_level(o, false)?;
    }
    Ok(args.get(0))
}

fn prevent_extensions(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if let Value::Object(o) = args.get(0) {
        vm.prevent_extensions(o);
    }
    Ok(args.get(0))
}

fn is_frozen(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    match args.get(0) {
        Value::Object(o) => Ok(Value::Bool(vm.test_integrity_level(o, true)?)),
        _ => Ok(Value::Bool(true)),
    }
}

fn is_sealed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    match args.get(0) {
        Value::Object(o) => Ok(Value::Bool(vm.test_integrity_level(o, false)?)),
        _ => Ok(Value::Bool(true)),
    }
}

fn is_extensible(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Bool(matches!(args.get(0), Value::Object(o) if vm.heap.object(o).extensible)))
}

/// Object.is(a, b): SameValue.
fn is(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Bool(vm.same_value(args.get(0), args.get(1))))
}

/// Object.hasOwn(O, P).
fn has_own(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = vm.to_object(args.get(0))?;
    let key = vm.to_property_key(args.get(1))?;
    Ok(Value::Bool(vm.get_own_property(o, key).is_some()))
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
                ObjectKind::RegExp(_) => "RegExp",
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

/// Object.prototype.__defineGetter__ / __defineSetter__ (Annex B):
/// DefinePropertyOrThrow of an enumerable, configurable accessor half.
fn define_accessor(vm: &mut Vm, args: &Args, setter: bool) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    let f = args.get(1);
    if !vm.is_callable(f) {
        let name = if setter { "__defineSetter__" } else { "__defineGetter__" };
        return type_error(vm, &format!("Object.prototype.{name}: Expecting function"));
    }
    let key = vm.to_property_key(args.get(0))?;
    let half = if setter {
        PropertyDescriptor { set: Some(f), ..Default::default() }
    } else {
        PropertyDescriptor { get: Some(f), ..Default::default() }
    };
    let desc = PropertyDescriptor { enumerable: Some(true), configurable: Some(true), ..half };
    if !vm.define_own_property(o, key, desc)? {
        let name = vm.key_display(key);
        return type_error(vm, &format!("Cannot redefine property: {name}"));
    }
    Ok(Value::Undefined)
}

fn define_getter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    define_accessor(vm, args, false)
}

fn define_setter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    define_accessor(vm, args, true)
}

/// Object.prototype.__lookupGetter__ / __lookupSetter__ (Annex B): the
/// accessor half of the first own property named `key` up the prototype
/// chain (undefined when that property is data, or there is none).
fn lookup_accessor(vm: &mut Vm, args: &Args, setter: bool) -> JsResult<Value> {
    let mut o = vm.to_object(args.this)?;
    let key = vm.to_property_key(args.get(0))?;
    loop {
        vm.charge(1)?;
        if let Some(p) = vm.get_own_property(o, key) {
            return Ok(match p.slot {
                Slot::Accessor { get, set } => (if setter { set } else { get }).map_or(Value::Undefined, Value::Object),
                Slot::Data(_) => Value::Undefined,
            });
        }
        match vm.heap.object(o).proto {
            Some(p) => o = p,
            None => return Ok(Value::Undefined),
        }
    }
}

fn lookup_getter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    lookup_accessor(vm, args, false)
}

fn lookup_setter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    lookup_accessor(vm, args, true)
}

fn value_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Object(vm.to_object(args.this)?))
}
