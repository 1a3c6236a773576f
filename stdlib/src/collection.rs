//! `Map` and `Set`: constructors (filled from an iterable), the prototype
//! methods, `size`, `forEach` and the iterators, which see entries added
//! while they run and skip deleted ones. Keys compare by SameValueZero.

use jsvm_vm::collection::Collection;
use jsvm_vm::heap::object::{CONFIGURABLE, IterKind, IteratorState, ObjectKind, Property, PropertyKey};
use jsvm_vm::native::Args;
use jsvm_vm::{JsResult, ObjRef, Value, Vm};

use crate::{define_getter, install_constructor, install_methods, native_function, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let op = vm.realm.object_prototype;
    let map_proto = vm.alloc_object(Some(op), ObjectKind::Ordinary)?;
    install_constructor(vm, "Map", map, 0, map_proto)?;
    install_methods(
        vm,
        map_proto,
        &[
            ("get", map_get, 1),
            ("set", map_set, 2),
            ("has", has, 1),
            ("delete", delete, 1),
            ("clear", clear, 0),
            ("forEach", for_each, 1),
            ("keys", keys, 0),
            ("values", values, 0),
        ],
    )?;
    let entries_fn = native_function(vm, "entries", entries, 0)?;
    install_iteration(vm, map_proto, "Map", entries_fn, "entries")?;

    let set_proto = vm.alloc_object(Some(op), ObjectKind::Ordinary)?;
    install_constructor(vm, "Set", set, 0, set_proto)?;
    install_methods(
        vm,
        set_proto,
        &[
            ("add", set_add, 1),
            ("has", has, 1),
            ("delete", delete, 1),
            ("clear", clear, 0),
            ("forEach", for_each, 1),
            ("entries", entries, 0),
        ],
    )?;
    let values_fn = native_function(vm, "values", values, 0)?;
    install_iteration(vm, set_proto, "Set", values_fn, "values")?;
    let keys_key = vm.key("keys");
    vm.define_hidden(set_proto, keys_key, Value::Object(values_fn))?;

    let tags: [(ObjRef, &str); 2] =
        [(vm.realm.map_iterator_prototype, "Map Iterator"), (vm.realm.set_iterator_prototype, "Set Iterator")];
    for (proto, tag) in tags {
        install_methods(vm, proto, &[("next", crate::array::iterator_next, 0)])?;
        define_tag(vm, proto, tag)?;
    }
    Ok(())
}

/// `size`, the default iterator (`iterator`, also under `name`) and the tag.
fn install_iteration(vm: &mut Vm, proto: ObjRef, tag: &str, iterator: ObjRef, name: &str) -> JsResult<()> {
    let size_key = vm.key("size");
    define_getter(vm, proto, size_key, "size", size)?;
    let name_key = vm.key(name);
    vm.define_hidden(proto, name_key, Value::Object(iterator))?;
    let key = PropertyKey::Symbol(vm.realm.symbols.iterator);
    vm.define_hidden(proto, key, Value::Object(iterator))?;
    define_tag(vm, proto, tag)
}

fn define_tag(vm: &mut Vm, target: ObjRef, tag: &str) -> JsResult<()> {
    let key = PropertyKey::Symbol(vm.realm.symbols.to_string_tag);
    let text = vm.string_value(tag)?;
    vm.define_property_raw(target, key, Property::data(text, CONFIGURABLE))
}

/// Creates the collection `new.target` asks for, filled from `iterable`.
fn construct(vm: &mut Vm, args: &Args, is_set: bool) -> JsResult<Value> {
    let name = if is_set { "Set" } else { "Map" };
    let Some(nt) = args.new_target else { return type_error(vm, &format!("Constructor {name} requires 'new'")) };
    let key = PropertyKey::Atom(vm.realm.names.prototype);
    let proto = match vm.get(nt, key, Value::Object(nt))? {
        Value::Object(p) => p,
        _ => vm.realm.object_prototype,
    };
    let c = vm.alloc_object(Some(proto), ObjectKind::Collection(Box::new(Collection::new(is_set))))?;
    let iterable = args.get(0);
    if iterable.is_nullish() {
        return Ok(Value::Object(c));
    }
    let iter = vm.iterator_open(iterable)?;
    while let Some(item) = vm.iterator_step(iter)? {
        vm.charge(1)?;
        let added = if is_set {
            vm.collection_set(c, item, item)
        } else {
            match item {
                Value::Object(entry) => {
                    let k = vm.get(entry, PropertyKey::Index(0), item)?;
                    vm.root(k);
                    let v = vm.get(entry, PropertyKey::Index(1), item)?;
                    vm.collection_set(c, k, v)
                }
                _ => type_error(vm, "Iterator value is not an entry object"),
            }
        };
        if let Err(e) = added {
            if matches!(e, jsvm_vm::Abrupt::Throw(_)) {
                let _ = vm.iterator_close(iter);
            }
            return Err(e);
        }
    }
    Ok(Value::Object(c))
}

fn map(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, false)
}

fn set(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    construct(vm, args, true)
}

/// The receiver, checked to be a Map (or a Set with `is_set`).
fn this_collection(vm: &mut Vm, this: Value, is_set: Option<bool>, method: &str) -> JsResult<ObjRef> {
    if let Value::Object(o) = this
        && let ObjectKind::Collection(c) = &vm.heap.object(o).kind
        && is_set.is_none_or(|s| s == c.is_set)
    {
        return Ok(o);
    }
    type_error(vm, &format!("Method {method} called on incompatible receiver"))
}

fn collection(vm: &Vm, o: ObjRef) -> Option<&Collection> {
    match &vm.heap.object(o).kind {
        ObjectKind::Collection(c) => Some(c),
        _ => None,
    }
}

/// Hashing a string key reads all of it: charge for its length.
fn charge_key(vm: &mut Vm, key: Value) -> JsResult<()> {
    match key {
        Value::String(s) => vm.charge_units(s.len() as usize),
        _ => Ok(()),
    }
}

fn map_get(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, Some(false), "Map.prototype.get")?;
    charge_key(vm, args.get(0))?;
    Ok(collection(vm, o).and_then(|c| c.get(&vm.heap, args.get(0))).unwrap_or(Value::Undefined))
}

fn map_set(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, Some(false), "Map.prototype.set")?;
    vm.collection_set(o, args.get(0), args.get(1))?;
    Ok(args.this)
}

fn set_add(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, Some(true), "Set.prototype.add")?;
    vm.collection_set(o, args.get(0), args.get(0))?;
    Ok(args.this)
}

fn has(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, None, "has")?;
    charge_key(vm, args.get(0))?;
    Ok(Value::Bool(collection(vm, o).is_some_and(|c| c.has(&vm.heap, args.get(0)))))
}

fn delete(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, None, "delete")?;
    let key = args.get(0);
    charge_key(vm, key)?;
    let Some(ObjectKind::Collection(c)) = vm.heap.object_mut(o).map(|o| &mut o.kind) else {
        return Ok(Value::Bool(false));
    };
    let mut c = std::mem::take(c);
    let removed = c.delete(&vm.heap, key);
    if let Some(ObjectKind::Collection(slot)) = vm.heap.object_mut(o).map(|o| &mut o.kind) {
        *slot = c;
    }
    Ok(Value::Bool(removed))
}

fn clear(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, None, "clear")?;
    let len = collection(vm, o).map_or(0, Collection::len);
    vm.charge(len as u64)?;
    if let Some(ObjectKind::Collection(c)) = vm.heap.object_mut(o).map(|o| &mut o.kind) {
        c.clear();
    }
    Ok(Value::Undefined)
}

fn size(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, None, "get size")?;
    Ok(Value::Number(collection(vm, o).map_or(0, Collection::len) as f64))
}

/// forEach(callback, thisArg): live, in insertion order.
fn for_each(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_collection(vm, args.this, None, "forEach")?;
    let f = args.get(0);
    if !vm.is_callable(f) {
        return type_error(vm, "forEach callback is not a function");
    }
    let mut next = 0;
    while let Some((i, key, value)) = collection(vm, o).and_then(|c| c.entry_from(next)) {
        vm.charge((i - next) as u64 + 1)?;
        next = i + 1;
        vm.root(key);
        vm.root(value);
        vm.call(f, args.get(1), &[value, key, args.this])?;
    }
    Ok(Value::Undefined)
}

fn iterator(vm: &mut Vm, this: Value, kind: IterKind) -> JsResult<Value> {
    let o = this_collection(vm, this, None, "iterator")?;
    let is_set = collection(vm, o).is_some_and(|c| c.is_set);
    let proto = if is_set { vm.realm.set_iterator_prototype } else { vm.realm.map_iterator_prototype };
    let state = IteratorState::Collection { collection: o, next: 0, kind };
    Ok(Value::Object(vm.alloc_object(Some(proto), ObjectKind::Iterator(state))?))
}

fn keys(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    iterator(vm, args.this, IterKind::Keys)
}

fn values(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    iterator(vm, args.this, IterKind::Values)
}

fn entries(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    iterator(vm, args.this, IterKind::Entries)
}
