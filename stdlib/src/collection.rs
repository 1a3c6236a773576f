//! `Map` and `Set`: constructors (filled from an iterable), the prototype
//! methods, `size`, `forEach` and the iterators, which see entries added
//! while they run and skip deleted ones. Keys compare by SameValueZero.

use jsvm_vm::collection::Collection;
use jsvm_vm::heap::object::{IterKind, IteratorState, ObjectKind, PropertyKey};
use jsvm_vm::native::Args;
use jsvm_vm::{JsResult, ObjRef, Value, Vm};

use crate::{define_getter, install_constructor, install_methods, native_function, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let op = vm.realm.object_prototype;
    let map_proto = vm.alloc_object(Some(op), ObjectKind::Ordinary)?;
    vm.realm.map_prototype = Some(map_proto);
    let map_constructor = install_constructor(vm, "Map", map, 0, map_proto)?;
    install_methods(vm, map_constructor, &[("groupBy", map_group_by, 2)])?;
    install_methods(
        vm,
        map_proto,
        &[
            ("get", map_get, 1),
            ("set", map_set, 2),
            ("getOrInsert", map_get_or_insert, 2),
            ("getOrInsertComputed", map_get_or_insert_computed, 2),
            ("has", map_has, 1),
            ("delete", map_delete, 1),
            ("clear", map_clear, 0),
            ("forEach", map_for_each, 1),
            ("keys", map_keys, 0),
            ("values", map_values, 0),
        ],
    )?;
    let entries_fn = native_function(vm, "entries", map_entries, 0)?;
    install_iteration(vm, map_proto, "Map", entries_fn, "entries", map_size)?;

    let set_proto = vm.alloc_object(Some(op), ObjectKind::Ordinary)?;
    vm.realm.set_prototype = Some(set_proto);
    let set_constructor = install_constructor(vm, "Set", set, 0, set_proto)?;
    install_methods(
        vm,
        set_proto,
        &[
            ("add", set_add, 1),
            ("has", set_has, 1),
            ("delete", set_delete, 1),
            ("clear", set_clear, 0),
            ("forEach", set_for_each, 1),
            ("entries", set_entries, 0),
        ],
    )?;
    crate::set_methods::install(vm, set_proto)?;
    let values_fn = native_function(vm, "values", set_values, 0)?;
    install_iteration(vm, set_proto, "Set", values_fn, "values", set_size)?;
    let keys_key = vm.key("keys");
    vm.define_hidden(set_proto, keys_key, Value::Object(values_fn))?;
    for constructor in [map_constructor, set_constructor] {
        crate::define_species_getter(vm, constructor)?;
    }

    let tags: [(ObjRef, &str); 2] =
        [(vm.realm.map_iterator_prototype, "Map Iterator"), (vm.realm.set_iterator_prototype, "Set Iterator")];
    for (proto, tag) in tags {
        install_methods(vm, proto, &[("next", crate::array::iterator_next, 0)])?;
        crate::define_to_string_tag(vm, proto, tag)?;
    }
    Ok(())
}

/// `size`, the default iterator (`iterator`, also under `name`) and the tag.
fn install_iteration(
    vm: &mut Vm,
    proto: ObjRef,
    tag: &str,
    iterator: ObjRef,
    name: &str,
    size: jsvm_vm::native::NativeFn,
) -> JsResult<()> {
    let size_key = vm.key("size");
    define_getter(vm, proto, size_key, "size", size)?;
    let name_key = vm.key(name);
    vm.define_hidden(proto, name_key, Value::Object(iterator))?;
    let key = PropertyKey::Symbol(vm.realm.symbols.iterator);
    vm.define_hidden(proto, key, Value::Object(iterator))?;
    crate::define_to_string_tag(vm, proto, tag)
}

/// Creates the collection `new.target` asks for, filled from `iterable`
/// through its own `set` (Map) or `add` (Set) method, as the spec's
/// AddEntriesFromIterable does: a script may replace them.
fn construct(vm: &mut Vm, args: &Args, is_set: bool) -> JsResult<Value> {
    construct_from_iterable(vm, args, kind_name(is_set), is_set, |vm, proto| {
        vm.alloc_object(Some(proto), ObjectKind::Collection(Box::new(Collection::new(is_set))))
    })
}

/// The constructor of a keyed collection named `name`: `make` allocates it
/// with the prototype `new.target` asks for, then each value of the
/// iterable argument goes through its `add` (a set, `is_set`) or its
/// `set(entry[0], entry[1])` (AddEntriesFromIterable).
pub(crate) fn construct_from_iterable(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    is_set: bool,
    make: impl FnOnce(&mut Vm, ObjRef) -> JsResult<ObjRef>,
) -> JsResult<Value> {
    let Some(nt) = args.new_target else { return type_error(vm, &format!("Constructor {name} requires 'new'")) };
    // The intrinsic prototype: the constructor's own read-only `prototype`.
    let intrinsic = crate::prototype_from_new_target(vm, args.callee, vm.realm.object_prototype)?;
    let proto = crate::prototype_from_new_target(vm, nt, intrinsic)?;
    let c = make(vm, proto)?;
    let iterable = args.get(0);
    if iterable.is_nullish() {
        return Ok(Value::Object(c));
    }
    let adder_key = vm.key(if is_set { "add" } else { "set" });
    let adder = vm.get(c, adder_key, Value::Object(c))?;
    if !vm.is_callable(adder) {
        return type_error(vm, &format!("'{}' of the new {name} is not a function", vm.key_display(adder_key)));
    }
    let iter = vm.iterator_open(iterable)?;
    while let Some(item) = vm.iterator_step(iter)? {
        vm.charge(1)?;
        if let Err(e) = add_entry(vm, c, adder, item, is_set) {
            return Err(vm.iterator_close_after(iter, e));
        }
    }
    Ok(Value::Object(c))
}

/// One step of AddEntriesFromIterable: `adder(item)` for a Set,
/// `adder(item[0], item[1])` for a Map.
fn add_entry(vm: &mut Vm, c: ObjRef, adder: Value, item: Value, is_set: bool) -> JsResult<()> {
    if is_set {
        vm.call(adder, Value::Object(c), &[item])?;
        return Ok(());
    }
    let Value::Object(entry) = item else { return type_error(vm, "Iterator value is not an entry object") };
    let k = vm.get(entry, PropertyKey::Index(0), item)?;
    vm.root(k);
    let v = vm.get(entry, PropertyKey::Index(1), item)?;
    vm.call(adder, Value::Object(c), &[k, v])?;
    Ok(())
}

/// GroupBy(items, callback, keyCoercion) without the grouping: calls
/// `add(key, value)` for each value `items` iterates, `key` being what the
/// callback returned for it (with its index). Closes the iterator on error.
pub(crate) fn group_by(
    vm: &mut Vm,
    items: Value,
    callback: Value,
    mut add: impl FnMut(&mut Vm, Value, Value) -> JsResult<()>,
) -> JsResult<()> {
    if items.is_nullish() {
        return type_error(vm, "groupBy called on null or undefined");
    }
    if !vm.is_callable(callback) {
        return type_error(vm, "groupBy callback is not a function");
    }
    let iter = vm.iterator_open(items)?;
    let mut k: u64 = 0;
    while let Some(value) = vm.iterator_step(iter)? {
        vm.charge(1)?;
        vm.root(value);
        let step = vm.call(callback, Value::Undefined, &[value, Value::Number(k as f64)]);
        if let Err(e) = step.and_then(|key| add(vm, key, value)) {
            return Err(vm.iterator_close_after(iter, e));
        }
        k += 1;
    }
    Ok(())
}

/// Map.groupBy(items, callback): a Map from each key (-0 read as +0) to the
/// array of its values, in first-seen order.
fn map_group_by(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let proto = vm.realm.map_prototype.unwrap_or(vm.realm.object_prototype);
    let map = vm.alloc_object(Some(proto), ObjectKind::Collection(Box::new(Collection::new(false))))?;
    group_by(vm, args.get(0), args.get(1), |vm, key, value| {
        // -0 + 0 is +0; every other number stays as it is.
        let key = match key {
            Value::Number(n) => Value::Number(n + 0.0),
            k => k,
        };
        charge_key(vm, key)?;
        match collection(vm, map).and_then(|c| c.get(&vm.heap, key)) {
            Some(Value::Object(group)) => vm.array_push(group, value),
            _ => {
                let group = vm.new_array(vec![value])?;
                vm.collection_set(map, key, Value::Object(group))
            }
        }
    })?;
    Ok(Value::Object(map))
}

fn kind_name(is_set: bool) -> &'static str {
    if is_set { "Set" } else { "Map" }
}

fn map(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, false)
}

fn set(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, true)
}

/// The receiver, checked to be a Set (`is_set`) or a Map.
pub(crate) fn this_collection(vm: &mut Vm, this: Value, is_set: bool, method: &str) -> JsResult<ObjRef> {
    if let Value::Object(o) = this
        && let ObjectKind::Collection(c) = &vm.heap.object(o).kind
        && c.is_set == is_set
    {
        return Ok(o);
    }
    let name = kind_name(is_set);
    type_error(vm, &format!("Method {name}.prototype.{method} called on incompatible receiver"))
}

pub(crate) fn collection(vm: &Vm, o: ObjRef) -> Option<&Collection> {
    match &vm.heap.object(o).kind {
        ObjectKind::Collection(c) => Some(c),
        _ => None,
    }
}

/// Hashing a string key reads all of it: charge for its length.
pub(crate) fn charge_key(vm: &mut Vm, key: Value) -> JsResult<()> {
    match key {
        Value::String(s) => vm.charge_units(s.len() as usize),
        _ => Ok(()),
    }
}

fn map_get(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, false, "get")?;
    charge_key(vm, args.get(0))?;
    Ok(collection(vm, o).and_then(|c| c.get(&vm.heap, args.get(0))).unwrap_or(Value::Undefined))
}

fn map_set(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, false, "set")?;
    vm.collection_set(o, args.get(0), args.get(1))?;
    Ok(args.this)
}

/// Map.prototype.getOrInsert(key, value): the value under `key`, set to
/// `value` first when there is none.
fn map_get_or_insert(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, false, "getOrInsert")?;
    let key = args.get(0);
    charge_key(vm, key)?;
    if let Some(existing) = collection(vm, o).and_then(|c| c.get(&vm.heap, key)) {
        return Ok(existing);
    }
    vm.collection_set(o, key, args.get(1))?;
    Ok(args.get(1))
}

/// Map.prototype.getOrInsertComputed(key, callbackfn): the value under
/// `key`, else what `callbackfn(key)` returns, stored under it (over
/// whatever the callback itself stored there).
fn map_get_or_insert_computed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, false, "getOrInsertComputed")?;
    let callback = args.get(1);
    if !vm.is_callable(callback) {
        return type_error(vm, "Map.prototype.getOrInsertComputed: the callback is not a function");
    }
    // CanonicalizeKeyedCollectionKey: -0 becomes +0.
    let key = match args.get(0) {
        Value::Number(n) => Value::Number(n + 0.0),
        k => k,
    };
    charge_key(vm, key)?;
    if let Some(existing) = collection(vm, o).and_then(|c| c.get(&vm.heap, key)) {
        return Ok(existing);
    }
    let value = vm.call(callback, Value::Undefined, &[key])?;
    vm.collection_set(o, key, value)?;
    Ok(value)
}

fn set_add(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, true, "add")?;
    vm.collection_set(o, args.get(0), args.get(0))?;
    Ok(args.this)
}

fn has(vm: &mut Vm, args: &Args, is_set: bool) -> JsResult<Value> {
    let o = this_collection(vm, args.this, is_set, "has")?;
    charge_key(vm, args.get(0))?;
    Ok(Value::Bool(collection(vm, o).is_some_and(|c| c.has(&vm.heap, args.get(0)))))
}

fn delete(vm: &mut Vm, args: &Args, is_set: bool) -> JsResult<Value> {
    let o = this_collection(vm, args.this, is_set, "delete")?;
    Ok(Value::Bool(delete_key(vm, o, args.get(0))?))
}

/// Removes `key` from the collection `o` (charged as hashing it); whether
/// it was there.
pub(crate) fn delete_key(vm: &mut Vm, o: ObjRef, key: Value) -> JsResult<bool> {
    charge_key(vm, key)?;
    let Some(ObjectKind::Collection(c)) = vm.heap.object_mut(o).map(|o| &mut o.kind) else {
        return Ok(false);
    };
    let mut c = std::mem::take(c);
    let removed = c.delete(&vm.heap, key);
    if let Some(ObjectKind::Collection(slot)) = vm.heap.object_mut(o).map(|o| &mut o.kind) {
        *slot = c;
    }
    vm.collection_compact(o);
    Ok(removed)
}

fn clear(vm: &mut Vm, args: &Args, is_set: bool) -> JsResult<Value> {
    let o = this_collection(vm, args.this, is_set, "clear")?;
    let len = collection(vm, o).map_or(0, Collection::len);
    vm.charge(len as u64)?;
    if let Some(ObjectKind::Collection(c)) = vm.heap.object_mut(o).map(|o| &mut o.kind) {
        c.clear();
    }
    vm.collection_compact(o);
    Ok(Value::Undefined)
}

fn size(vm: &mut Vm, args: &Args, is_set: bool) -> JsResult<Value> {
    let o = this_collection(vm, args.this, is_set, "get size")?;
    Ok(Value::Number(collection(vm, o).map_or(0, Collection::len) as f64))
}

/// forEach(callback, thisArg): live, in insertion order.
fn for_each(vm: &mut Vm, args: &Args, is_set: bool) -> JsResult<Value> {
    let o = this_collection(vm, args.this, is_set, "forEach")?;
    let f = args.get(0);
    if !vm.is_callable(f) {
        return type_error(vm, "forEach callback is not a function");
    }
    // An internal iterator keeps the place, so the callback may add and
    // delete entries (and compaction moves the place along).
    let walker = walker(vm, o, IterKind::Entries)?;
    while let Some((key, value)) = vm.collection_step(walker)? {
        vm.root(key);
        vm.root(value);
        vm.call(f, args.get(1), &[value, key, args.this])?;
    }
    Ok(Value::Undefined)
}

/// A new iterator over `o` (with `proto`, or internal), registered so
/// compaction moves its position.
fn walker_with(vm: &mut Vm, o: ObjRef, kind: IterKind, proto: Option<ObjRef>) -> JsResult<ObjRef> {
    let state = IteratorState::Collection { collection: o, next: 0, kind };
    let iterator = vm.alloc_object(proto, ObjectKind::Iterator(state))?;
    vm.collection_add_walker(o, iterator);
    Ok(iterator)
}

pub(crate) fn walker(vm: &mut Vm, o: ObjRef, kind: IterKind) -> JsResult<ObjRef> {
    walker_with(vm, o, kind, None)
}

fn iterator(vm: &mut Vm, args: &Args, is_set: bool, kind: IterKind) -> JsResult<Value> {
    let method = match kind {
        IterKind::Keys => "keys",
        IterKind::Values => "values",
        IterKind::Entries => "entries",
    };
    let o = this_collection(vm, args.this, is_set, method)?;
    let proto = if is_set { vm.realm.set_iterator_prototype } else { vm.realm.map_iterator_prototype };
    Ok(Value::Object(walker_with(vm, o, kind, Some(proto))?))
}

fn map_keys(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    iterator(vm, args, false, IterKind::Keys)
}

/// The methods Map and Set share: each gets its own function objects, and
/// each checks that its receiver is its own kind.
macro_rules! map_and_set {
    ($($shared:ident($($extra:expr),*) => $map:ident, $set:ident;)*) => {$(
        fn $map(vm: &mut Vm, args: &Args) -> JsResult<Value> {
            $shared(vm, args, false $(, $extra)*)
        }
        fn $set(vm: &mut Vm, args: &Args) -> JsResult<Value> {
            $shared(vm, args, true $(, $extra)*)
        }
    )*};
}

map_and_set! {
    has() => map_has, set_has;
    delete() => map_delete, set_delete;
    clear() => map_clear, set_clear;
    size() => map_size, set_size;
    for_each() => map_for_each, set_for_each;
    iterator(IterKind::Values) => map_values, set_values;
    iterator(IterKind::Entries) => map_entries, set_entries;
}
