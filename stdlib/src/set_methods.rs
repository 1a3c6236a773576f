//! The Set methods of ES2025 (§24.2.4): `union`, `intersection`,
//! `difference`, `symmetricDifference`, `isSubsetOf`, `isSupersetOf` and
//! `isDisjointFrom`. The other operand is any set-like object, read through
//! GetSetRecord (`size`, `has`, `keys`); which side is walked depends on
//! the sizes, as the spec says, so the calls a script can observe happen in
//! its order. Walking this set sees entries added while it runs and skips
//! deleted ones (an internal iterator keeps the place). Results are new
//! Sets; each entry is charged as it is hashed and counted as it is stored.

use jsvm_vm::collection::Collection;
use jsvm_vm::gas::SET_METHOD_ENTRY;
use jsvm_vm::heap::object::{IterKind, IteratorState, ObjectKind};
use jsvm_vm::native::{Args, NativeFn};
use jsvm_vm::{ErrorKind, JsResult, ObjRef, Value, Vm};

use crate::collection::{charge_key, collection, delete_key, this_collection, walker};
use crate::{install_methods, to_integer_or_infinity, type_error};

pub(crate) fn install(vm: &mut Vm, set_proto: ObjRef) -> JsResult<()> {
    let table: &[(&str, NativeFn, u32)] = &[
        ("union", union, 1),
        ("intersection", intersection, 1),
        ("difference", difference, 1),
        ("symmetricDifference", symmetric_difference, 1),
        ("isSubsetOf", is_subset_of, 1),
        ("isSupersetOf", is_superset_of, 1),
        ("isDisjointFrom", is_disjoint_from, 1),
    ];
    install_methods(vm, set_proto, table)
}

/// A Set Record: the other operand and what GetSetRecord read from it.
struct SetRecord {
    set: Value,
    size: f64,
    has: Value,
    keys: Value,
}

/// GetSetRecord(obj).
fn set_record(vm: &mut Vm, other: Value) -> JsResult<SetRecord> {
    let Value::Object(o) = other else { return type_error(vm, "The other operand of a Set method must be an object") };
    let key = vm.key("size");
    let raw = vm.get(o, key, other)?;
    let n = vm.to_number(raw)?;
    if n.is_nan() {
        return type_error(vm, "The other operand's size is not a number");
    }
    let size = to_integer_or_infinity(vm, Value::Number(n))?;
    if size < 0.0 {
        return Err(vm.error(ErrorKind::RangeError, "The other operand's size is negative"));
    }
    let key = vm.key("has");
    let has = vm.get(o, key, other)?;
    if !vm.is_callable(has) {
        return type_error(vm, "The other operand's has is not a function");
    }
    vm.root(has);
    let key = vm.key("keys");
    let keys = vm.get(o, key, other)?;
    if !vm.is_callable(keys) {
        return type_error(vm, "The other operand's keys is not a function");
    }
    vm.root(keys);
    Ok(SetRecord { set: other, size, has, keys })
}

/// GetIteratorFromMethod(other, keys): an internal iterator record over
/// what `keys()` returns, which the VM's iterator protocol steps and closes.
fn keys_iterator(vm: &mut Vm, record: &SetRecord) -> JsResult<ObjRef> {
    let iterator = vm.call(record.keys, record.set, &[])?;
    let Value::Object(o) = iterator else { return type_error(vm, "keys() did not return an object") };
    let key = vm.key("next");
    let next_method = vm.get(o, key, iterator)?;
    vm.alloc_object(None, ObjectKind::Iterator(IteratorState::Protocol { iterator, next_method }))
}

/// IteratorStepValue on the keys iterator, with -0 made +0.
fn next_key(vm: &mut Vm, keys: ObjRef) -> JsResult<Option<Value>> {
    let Some(value) = vm.iterator_step(keys)? else { return Ok(None) };
    vm.root(value);
    vm.charge(SET_METHOD_ENTRY)?;
    Ok(Some(match value {
        Value::Number(n) => Value::Number(if n == 0.0 { 0.0 } else { n }),
        v => v,
    }))
}

/// `has` on this set's data (charged as hashing the key).
fn this_has(vm: &mut Vm, o: ObjRef, key: Value) -> JsResult<bool> {
    charge_key(vm, key)?;
    Ok(collection(vm, o).is_some_and(|c| c.has(&vm.heap, key)))
}

fn size_of(vm: &Vm, o: ObjRef) -> f64 {
    collection(vm, o).map_or(0, Collection::len) as f64
}

/// `ToBoolean(Call(other.has, other, «e»))`.
fn other_has(vm: &mut Vm, record: &SetRecord, e: Value) -> JsResult<bool> {
    let r = vm.call(record.has, record.set, &[e])?;
    Ok(vm.to_boolean(r))
}

/// A new Set (%Set.prototype%) holding this set's entries, in order.
fn new_set(vm: &mut Vm, copy_of: Option<ObjRef>) -> JsResult<ObjRef> {
    let proto = vm.realm.set_prototype.unwrap_or(vm.realm.object_prototype);
    let result = vm.alloc_object(Some(proto), ObjectKind::Collection(Box::new(Collection::new(true))))?;
    if let Some(o) = copy_of {
        let mut at = 0;
        while let Some((i, key, _, scanned)) = collection(vm, o).and_then(|c| c.entry_from(at)) {
            vm.charge(SET_METHOD_ENTRY + scanned as u64)?;
            vm.collection_set(result, key, key)?;
            at = i + 1;
        }
    }
    Ok(result)
}

/// Calls `each` on every live entry of this set, in order, seeing entries
/// added meanwhile; stops early when it returns `Some`.
fn walk_this<T>(
    vm: &mut Vm,
    o: ObjRef,
    mut each: impl FnMut(&mut Vm, Value) -> JsResult<Option<T>>,
) -> JsResult<Option<T>> {
    let walker = walker(vm, o, IterKind::Keys)?;
    while let Some((key, _)) = vm.collection_step(walker)? {
        vm.charge(SET_METHOD_ENTRY)?;
        vm.root(key);
        if let Some(done) = each(vm, key)? {
            return Ok(Some(done));
        }
    }
    Ok(None)
}

fn this_set(vm: &mut Vm, args: &Args, method: &str) -> JsResult<ObjRef> {
    this_collection(vm, args.this, true, method)
}

/// Set.prototype.union(other).
fn union(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_set(vm, args, "union")?;
    let record = set_record(vm, args.get(0))?;
    let keys = keys_iterator(vm, &record)?;
    let result = new_set(vm, Some(o))?;
    while let Some(v) = next_key(vm, keys)? {
        charge_key(vm, v)?;
        vm.collection_set(result, v, v)?;
    }
    Ok(Value::Object(result))
}

/// Set.prototype.intersection(other).
fn intersection(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_set(vm, args, "intersection")?;
    let record = set_record(vm, args.get(0))?;
    let result = new_set(vm, None)?;
    if size_of(vm, o) <= record.size {
        walk_this(vm, o, |vm, e| {
            if other_has(vm, &record, e)? {
                charge_key(vm, e)?;
                vm.collection_set(result, e, e)?;
            }
            Ok(None::<()>)
        })?;
    } else {
        let keys = keys_iterator(vm, &record)?;
        while let Some(v) = next_key(vm, keys)? {
            if this_has(vm, o, v)? {
                vm.collection_set(result, v, v)?;
            }
        }
    }
    Ok(Value::Object(result))
}

/// Set.prototype.difference(other).
fn difference(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_set(vm, args, "difference")?;
    let record = set_record(vm, args.get(0))?;
    let result = new_set(vm, Some(o))?;
    if size_of(vm, o) <= record.size {
        // Walk the copy: what `has` does to this set cannot change which
        // entries are asked about.
        walk_this(vm, result, |vm, e| {
            if other_has(vm, &record, e)? {
                delete_key(vm, result, e)?;
            }
            Ok(None::<()>)
        })?;
    } else {
        let keys = keys_iterator(vm, &record)?;
        while let Some(v) = next_key(vm, keys)? {
            delete_key(vm, result, v)?;
        }
    }
    Ok(Value::Object(result))
}

/// Set.prototype.symmetricDifference(other).
fn symmetric_difference(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_set(vm, args, "symmetricDifference")?;
    let record = set_record(vm, args.get(0))?;
    let keys = keys_iterator(vm, &record)?;
    let result = new_set(vm, Some(o))?;
    while let Some(v) = next_key(vm, keys)? {
        let in_result = this_has(vm, result, v)?;
        if this_has(vm, o, v)? {
            if in_result {
                delete_key(vm, result, v)?;
            }
        } else if !in_result {
            vm.collection_set(result, v, v)?;
        }
    }
    Ok(Value::Object(result))
}

/// Set.prototype.isSubsetOf(other).
fn is_subset_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_set(vm, args, "isSubsetOf")?;
    let record = set_record(vm, args.get(0))?;
    if size_of(vm, o) > record.size {
        return Ok(Value::Bool(false));
    }
    let outside = walk_this(vm, o, |vm, e| Ok(if other_has(vm, &record, e)? { None } else { Some(()) }))?;
    Ok(Value::Bool(outside.is_none()))
}

/// Set.prototype.isSupersetOf(other).
fn is_superset_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_set(vm, args, "isSupersetOf")?;
    let record = set_record(vm, args.get(0))?;
    if size_of(vm, o) < record.size {
        return Ok(Value::Bool(false));
    }
    let keys = keys_iterator(vm, &record)?;
    while let Some(v) = next_key(vm, keys)? {
        if !this_has(vm, o, v)? {
            vm.iterator_close(keys)?;
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Set.prototype.isDisjointFrom(other).
fn is_disjoint_from(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_set(vm, args, "isDisjointFrom")?;
    let record = set_record(vm, args.get(0))?;
    if size_of(vm, o) <= record.size {
        let shared = walk_this(vm, o, |vm, e| Ok(other_has(vm, &record, e)?.then_some(())))?;
        return Ok(Value::Bool(shared.is_none()));
    }
    let keys = keys_iterator(vm, &record)?;
    while let Some(v) = next_key(vm, keys)? {
        if this_has(vm, o, v)? {
            vm.iterator_close(keys)?;
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
