//! `WeakMap` and `WeakSet`: keyed by objects and by symbols not made with
//! `Symbol.for` (CanBeHeldWeakly). The entries live in the VM's weak
//! collections, which the collector treats as ephemeron tables: it keeps a
//! value only while its key is reachable from elsewhere and drops the
//! entries of keys that died. Nothing can list the entries, so the
//! collector's work is never observable; the entries count in memory like
//! a Map's until they are dropped.

use jsvm_vm::collection::{WeakCollection, WeakKey};
use jsvm_vm::heap::object::ObjectKind;
use jsvm_vm::native::Args;
use jsvm_vm::{JsResult, ObjRef, Value, Vm};

use crate::collection::construct_from_iterable;
use crate::{Method, install_constructor, install_methods, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let op = vm.realm.object_prototype;
    let map_proto = vm.alloc_object(Some(op), ObjectKind::Ordinary)?;
    install_constructor(vm, "WeakMap", weak_map, 0, map_proto)?;
    let methods: &[Method] = &[
        ("delete", map_delete, 1),
        ("get", map_get, 1),
        ("has", map_has, 1),
        ("set", map_set, 2),
        ("getOrInsert", map_get_or_insert, 2),
        ("getOrInsertComputed", map_get_or_insert_computed, 2),
    ];
    install_methods(vm, map_proto, methods)?;
    crate::define_to_string_tag(vm, map_proto, "WeakMap")?;

    let set_proto = vm.alloc_object(Some(op), ObjectKind::Ordinary)?;
    install_constructor(vm, "WeakSet", weak_set, 0, set_proto)?;
    install_methods(vm, set_proto, &[("add", set_add, 1), ("delete", set_delete, 1), ("has", set_has, 1)])?;
    crate::define_to_string_tag(vm, set_proto, "WeakSet")
}

fn name(is_set: bool) -> &'static str {
    if is_set { "WeakSet" } else { "WeakMap" }
}

fn weak_map(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct_from_iterable(vm, args, "WeakMap", false, |vm, proto| vm.new_weak_collection(proto, false))
}

fn weak_set(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct_from_iterable(vm, args, "WeakSet", true, |vm, proto| vm.new_weak_collection(proto, true))
}

/// The receiver, checked to be a WeakSet (`is_set`) or a WeakMap.
fn this_weak(vm: &mut Vm, this: Value, is_set: bool, method: &str) -> JsResult<ObjRef> {
    if let Value::Object(o) = this
        && let ObjectKind::Weak(c) = &vm.heap.object(o).kind
        && c.is_set == is_set
    {
        return Ok(o);
    }
    type_error(vm, &format!("Method {}.prototype.{method} called on incompatible receiver", name(is_set)))
}

fn weak(vm: &Vm, o: ObjRef) -> Option<&WeakCollection> {
    match &vm.heap.object(o).kind {
        ObjectKind::Weak(c) => Some(c),
        _ => None,
    }
}

/// The weak key of `v`, charged as a lookup (a symbol's registry check
/// reads its description); `None` when `v` cannot be held weakly.
fn key_of(vm: &mut Vm, v: Value) -> JsResult<Option<WeakKey>> {
    vm.charge(1)?;
    if let Value::Symbol(s) = v
        && let Some(d) = vm.heap.symbol_description(s)
    {
        vm.charge_units(d.len() as usize)?;
    }
    Ok(vm.weak_key(v))
}

/// The key of `set`/`add`: a TypeError when it cannot be held weakly.
fn required_key(vm: &mut Vm, v: Value, is_set: bool) -> JsResult<WeakKey> {
    match key_of(vm, v)? {
        Some(key) => Ok(key),
        None => {
            let what = if is_set { "value added to a WeakSet" } else { "WeakMap key" };
            type_error(vm, &format!("Invalid {what}: it must be an object or a non-registered symbol"))
        }
    }
}

fn has(vm: &mut Vm, args: &Args, is_set: bool) -> JsResult<Value> {
    let o = this_weak(vm, args.this, is_set, "has")?;
    let found = key_of(vm, args.get(0))?.is_some_and(|k| weak(vm, o).is_some_and(|c| c.has(k)));
    Ok(Value::Bool(found))
}

fn delete(vm: &mut Vm, args: &Args, is_set: bool) -> JsResult<Value> {
    let o = this_weak(vm, args.this, is_set, "delete")?;
    let Some(key) = key_of(vm, args.get(0))? else { return Ok(Value::Bool(false)) };
    let removed = match vm.heap.object_mut(o).map(|o| &mut o.kind) {
        Some(ObjectKind::Weak(c)) => c.delete(key),
        _ => false,
    };
    Ok(Value::Bool(removed))
}

fn map_get(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_weak(vm, args.this, false, "get")?;
    let key = key_of(vm, args.get(0))?;
    Ok(key.and_then(|k| weak(vm, o).and_then(|c| c.get(k))).unwrap_or(Value::Undefined))
}

fn map_set(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_weak(vm, args.this, false, "set")?;
    let key = required_key(vm, args.get(0), false)?;
    vm.weak_set(o, key, args.get(1))?;
    Ok(args.this)
}

/// WeakMap.prototype.getOrInsert(key, value).
fn map_get_or_insert(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_weak(vm, args.this, false, "getOrInsert")?;
    let key = required_key(vm, args.get(0), false)?;
    if let Some(existing) = weak(vm, o).and_then(|c| c.get(key)) {
        return Ok(existing);
    }
    vm.weak_set(o, key, args.get(1))?;
    Ok(args.get(1))
}

/// WeakMap.prototype.getOrInsertComputed(key, callbackfn): the key is
/// checked before the callback.
fn map_get_or_insert_computed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_weak(vm, args.this, false, "getOrInsertComputed")?;
    let key = required_key(vm, args.get(0), false)?;
    let callback = args.get(1);
    if !vm.is_callable(callback) {
        return type_error(vm, "WeakMap.prototype.getOrInsertComputed: the callback is not a function");
    }
    if let Some(existing) = weak(vm, o).and_then(|c| c.get(key)) {
        return Ok(existing);
    }
    let value = vm.call(callback, Value::Undefined, &[args.get(0)])?;
    vm.weak_set(o, key, value)?;
    Ok(value)
}

fn map_has(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    has(vm, args, false)
}

fn map_delete(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    delete(vm, args, false)
}

fn set_add(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_weak(vm, args.this, true, "add")?;
    let key = required_key(vm, args.get(0), true)?;
    vm.weak_set(o, key, Value::Undefined)?;
    Ok(args.this)
}

fn set_has(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    has(vm, args, true)
}

fn set_delete(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    delete(vm, args, true)
}
