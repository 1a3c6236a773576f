//! `Array` and `Array.prototype` (the first part: construction, isArray,
//! push/pop, join/toString, the iterators, and the common callback methods),
//! plus the array iterator objects. Methods work on any array-like `this`,
//! as the spec says, with a fast path for real arrays.

use jsvm_vm::heap::object::{IterKind, IteratorState, ObjectKind, PropertyKey};
use jsvm_vm::native::Args;
use jsvm_vm::{ErrorKind, JsResult, ObjRef, Value, Vm};

use crate::array_ops::callable;
use crate::{
    install_constructor, install_methods, install_symbol_method, length_of_array_like, to_integer_or_infinity,
    type_error,
};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.array_prototype;
    let c = install_constructor(vm, "Array", array, 1, proto)?;
    install_methods(vm, c, &[("isArray", is_array, 1), ("from", from, 1), ("of", of, 0)])?;
    crate::define_species_getter(vm, c)?;
    vm.realm.array_constructor = Some(c);
    install_methods(
        vm,
        proto,
        &[
            ("push", push, 1),
            ("pop", pop, 0),
            ("join", join, 1),
            ("toLocaleString", to_locale_string, 0),
            ("toString", to_string, 0),
            ("keys", keys, 0),
            ("entries", entries, 0),
            ("indexOf", index_of, 1),
            ("includes", includes, 1),
            ("slice", slice, 2),
            ("forEach", for_each, 1),
            ("map", map, 1),
            ("filter", filter, 1),
        ],
    )?;
    let iterator = vm.realm.symbols.iterator;
    let values_fn = crate::native_function(vm, "values", values, 0)?;
    let values_key = vm.key("values");
    vm.define_hidden(proto, values_key, Value::Object(values_fn))?;
    vm.define_hidden(proto, PropertyKey::Symbol(iterator), Value::Object(values_fn))?;
    vm.realm.array_values = Some(values_fn);
    let iter_proto = vm.realm.array_iterator_prototype;
    install_methods(vm, iter_proto, &[("next", iterator_next, 0)])?;
    crate::define_to_string_tag(vm, iter_proto, "Array Iterator")?;
    let iterator_proto = vm.realm.iterator_prototype;
    install_symbol_method(vm, iterator_proto, iterator, "[Symbol.iterator]", return_this, 0)?;
    Ok(())
}

fn return_this(_: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(args.this)
}

/// Array(...items) and Array(length), with the prototype of `new.target`
/// (so subclasses of Array make instances of themselves).
fn array(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let made = make_array(vm, args)?;
    if let (Some(nt), Value::Object(a)) = (args.new_target, made) {
        let proto = crate::prototype_from_new_target(vm, nt, vm.realm.array_prototype)?;
        if let Some(o) = vm.heap.object_mut(a) {
            o.proto = Some(proto);
        }
    }
    Ok(made)
}

fn make_array(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if let [Value::Number(n)] = args.args {
        let len = jsvm_vm::number::to_uint32(*n);
        if len as f64 != *n {
            return Err(vm.error(ErrorKind::RangeError, "Invalid array length"));
        }
        let a = vm.new_array(Vec::new())?;
        vm.set_array_length(a, Value::Number(*n))?;
        return Ok(Value::Object(a));
    }
    vm.charge(args.len() as u64)?;
    Ok(Value::Object(vm.new_array(args.args.to_vec())?))
}

/// Array.from(items, mapfn, thisArg): iterables by the iterator protocol,
/// anything else as an array-like; the result is made by `this` when it is
/// a constructor (a subclass's `from` makes instances of the subclass).
fn from(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let items = args.get(0);
    let map = args.get(1);
    if !matches!(map, Value::Undefined) && !vm.is_callable(map) {
        return type_error(vm, "Array.from: the map function is not callable");
    }
    let add = |vm: &mut Vm, out: ObjRef, i: u64, v: Value| -> JsResult<()> {
        vm.charge(1)?;
        let v = if matches!(map, Value::Undefined) {
            v
        } else {
            vm.root(v);
            vm.call(map, args.get(2), &[v, Value::Number(i as f64)])?
        };
        let key = index_key(vm, i)?;
        vm.create_data_property_or_throw(out, key, v)
    };
    let iterator_key = PropertyKey::Symbol(vm.realm.symbols.iterator);
    if items.is_nullish() {
        return type_error(vm, "Array.from: items is null or undefined");
    }
    let method = vm.get_value(items, iterator_key)?;
    if !method.is_nullish() {
        let out = construct_result_or_array(vm, args.this, None)?;
        let iter = vm.iterator_open(items)?;
        let mut i = 0;
        loop {
            let mark = vm.roots_mark();
            let step = vm.iterator_step(iter)?;
            let Some(v) = step else { break };
            if let Err(e) = add(vm, out, i, v) {
                return Err(vm.iterator_close_after(iter, e));
            }
            vm.release_roots(mark);
            i += 1;
        }
        set_result_length(vm, out, i)?;
        return Ok(Value::Object(out));
    }
    let source = vm.to_object(items)?;
    let len = length_of_array_like(vm, source)?;
    let out = construct_result_or_array(vm, args.this, Some(len))?;
    for i in 0..len {
        let mark = vm.roots_mark();
        let key = index_key(vm, i)?;
        let v = vm.get(source, key, Value::Object(source))?;
        add(vm, out, i, v)?;
        vm.release_roots(mark);
    }
    set_result_length(vm, out, len)?;
    Ok(Value::Object(out))
}

/// The result of `Array.from`/`Array.of` called on `this`: Construct(this,
/// «length») when `this` is a constructor other than %Array%, else `None`
/// (the caller makes a plain array).
fn construct_result(vm: &mut Vm, this: Value, length: Option<u64>) -> JsResult<Option<ObjRef>> {
    let is_array_constructor = matches!(this, Value::Object(c) if Some(c) == vm.realm.array_constructor);
    if !vm.is_constructor(this) || is_array_constructor {
        return Ok(None);
    }
    let args: Vec<Value> = length.map(|n| Value::Number(n as f64)).into_iter().collect();
    match vm.construct(this, &args)? {
        Value::Object(o) => Ok(Some(o)),
        _ => type_error(vm, "the constructor did not make an object"),
    }
}

/// [`construct_result`], or a new empty array (its length set later).
fn construct_result_or_array(vm: &mut Vm, this: Value, length: Option<u64>) -> JsResult<ObjRef> {
    match construct_result(vm, this, length)? {
        Some(o) => Ok(o),
        None => vm.new_array(Vec::new()),
    }
}

/// ArraySpeciesCreate(original, length) for the methods that build a new
/// array: what `original`'s species constructor makes (and true), or a
/// plain new array of length 0 when that is what the spec would make (and
/// false: the caller sets the final length).
pub(crate) fn array_species_create(vm: &mut Vm, original: ObjRef, length: u64) -> JsResult<(ObjRef, bool)> {
    // ArrayCreate(length): a RangeError past 2^32 - 1, before any element
    // is visited.
    let plain = |vm: &mut Vm| {
        if length > u64::from(u32::MAX) {
            return Err(vm.error(ErrorKind::RangeError, "Invalid array length"));
        }
        Ok((vm.new_array(Vec::new())?, false))
    };
    if vm.heap.object(original).array().is_none() {
        return plain(vm);
    }
    let key = PropertyKey::Atom(vm.realm.names.constructor);
    let mut c = vm.get(original, key, Value::Object(original))?;
    if let Value::Object(co) = c {
        let species = PropertyKey::Symbol(vm.realm.symbols.species);
        c = match vm.get(co, species, c)? {
            Value::Null => Value::Undefined,
            s => s,
        };
    }
    match c {
        Value::Undefined => plain(vm),
        Value::Object(co) if Some(co) == vm.realm.array_constructor => plain(vm),
        _ if vm.is_constructor(c) => match vm.construct(c, &[Value::Number(length as f64)])? {
            Value::Object(a) => Ok((a, true)),
            _ => crate::type_error(vm, "the species constructor did not make an object"),
        },
        _ => crate::type_error(vm, "object.constructor[Symbol.species] is not a constructor"),
    }
}

/// Set(A, "length", n, true) on a result array (or what a species made).
pub(crate) fn set_result_length(vm: &mut Vm, a: ObjRef, n: u64) -> JsResult<()> {
    let key = PropertyKey::Atom(vm.realm.names.length);
    vm.put_value(Value::Object(a), key, Value::Number(n as f64))
}

/// Array.of(...items), made by `this` when it is a constructor.
fn of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    vm.charge(args.len() as u64)?;
    let Some(out) = construct_result(vm, args.this, Some(args.len() as u64))? else {
        return Ok(Value::Object(vm.new_array(args.args.to_vec())?));
    };
    for (i, &v) in args.args.iter().enumerate() {
        vm.create_data_property_or_throw(out, PropertyKey::Index(i as u32), v)?;
    }
    set_result_length(vm, out, args.len() as u64)?;
    Ok(Value::Object(out))
}

fn is_array(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Bool(matches!(args.get(0), Value::Object(o) if vm.heap.object(o).array().is_some())))
}

/// Array.prototype.push(...items).
fn push(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    vm.charge(args.len() as u64)?;
    // The fast path appends to an array whose length may change and stays
    // an array index; anything else takes the spec's steps (Set of each
    // index, then of `length`, which throws for a read-only length).
    let fits = |a: &jsvm_vm::heap::object::ArrayData| {
        a.length_writable && u64::from(a.length) + (args.len() as u64) < u64::from(u32::MAX)
    };
    let start = vm.heap.object(o).array().filter(|a| fits(a)).map(|a| a.length);
    if let Some(start) = start
        && inherits_no_elements(vm, o)?
    {
        for &v in args.args {
            vm.array_push(o, v)?;
        }
        let len = u64::from(start) + args.len() as u64;
        if vm.heap.object(o).array().map(|a| u64::from(a.length)) != Some(len) {
            // An inherited index setter intervened (froze the array, say):
            // Set(O, "length", len, true) decides.
            let length = PropertyKey::Atom(vm.realm.names.length);
            vm.put_value(Value::Object(o), length, Value::Number(len as f64))?;
        }
        return Ok(Value::Number(len as f64));
    }
    let mut len = length_of_array_like(vm, o)?;
    if len + args.len() as u64 > crate::MAX_SAFE_LENGTH {
        return crate::type_error(vm, "Pushing past the largest array-like length (2^53 - 1)");
    }
    for &v in args.args {
        let key = index_key(vm, len)?;
        vm.put_value(Value::Object(o), key, v)?;
        len += 1;
    }
    let length = PropertyKey::Atom(vm.realm.names.length);
    vm.put_value(Value::Object(o), length, Value::Number(len as f64))?;
    Ok(Value::Number(len as f64))
}

/// Whether nothing on `o`'s prototype chain has elements, which an
/// assignment to a new index would meet (an inherited setter): what lets
/// `push` append directly. A unit of gas per step.
fn inherits_no_elements(vm: &mut Vm, o: ObjRef) -> JsResult<bool> {
    let mut proto = vm.heap.object(o).proto;
    while let Some(p) = proto {
        vm.charge(1)?;
        let object = vm.heap.object(p);
        if object.properties.has_index_keys() || object.array().is_some_and(|a| !a.dense.is_empty()) {
            return Ok(false);
        }
        proto = object.proto;
    }
    Ok(true)
}

/// The property key of index `i` (which may exceed u32 for array-likes:
/// those are atoms, interned within the memory budget and rooted in the
/// caller's root scope).
pub(crate) fn index_key(vm: &mut Vm, i: u64) -> JsResult<PropertyKey> {
    if i < u64::from(u32::MAX) {
        return Ok(PropertyKey::Index(i as u32));
    }
    vm.charge(jsvm_vm::gas::INDEX_ATOM)?;
    let digits: Vec<u16> = i.to_string().encode_utf16().collect();
    vm.key_of_units(&digits)
}

/// Array.prototype.pop().
fn pop(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    let len = length_of_array_like(vm, o)?;
    let length = PropertyKey::Atom(vm.realm.names.length);
    if len == 0 {
        vm.put_value(Value::Object(o), length, Value::Number(0.0))?;
        return Ok(Value::Undefined);
    }
    let key = index_key(vm, len - 1)?;
    let v = vm.get(o, key, Value::Object(o))?;
    vm.root(v);
    if !vm.delete(o, key)? {
        return type_error(vm, "Cannot delete array element");
    }
    vm.put_value(Value::Object(o), length, Value::Number((len - 1) as f64))?;
    Ok(v)
}

/// Array.prototype.join(separator): charges per element and per unit.
fn join(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    let sep: Vec<u16> = match args.get(0) {
        Value::Undefined => vec![u16::from(b',')],
        v => {
            let s = vm.to_string(v)?;
            vm.heap.units(s).to_vec()
        }
    };
    join_elements(vm, o, len, &sep, false)
}

/// Array.prototype.toLocaleString: each element's own `toLocaleString`
/// (called with the element, a primitive included, as `this`), joined by
/// commas.
fn to_locale_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    join_elements(vm, o, len, &[u16::from(b',')], true)
}

/// The elements `0..len` of `o` as text (undefined and null as nothing),
/// separated by `sep`: ToString of each, or with `locale` of the result of
/// invoking its `toLocaleString`.
fn join_elements(vm: &mut Vm, o: ObjRef, len: u64, sep: &[u16], locale: bool) -> JsResult<Value> {
    vm.with_host_bytes(|vm, held| {
        let mut out: Vec<u16> = Vec::new();
        for i in 0..len {
            let mark = vm.roots_mark();
            join_element(vm, held, &mut out, o, i, sep, locale)?;
            vm.release_roots(mark);
        }
        Ok(Value::String(vm.alloc_string_units(out)?))
    })
}

/// Appends the separator before element `i` (after the first) and then the
/// element's text to `out`.
fn join_element(
    vm: &mut Vm,
    held: &mut jsvm_vm::HostBytes,
    out: &mut Vec<u16>,
    o: ObjRef,
    i: u64,
    sep: &[u16],
    locale: bool,
) -> JsResult<()> {
    vm.charge(1)?;
    if i > 0 {
        vm.charge_units(sep.len())?;
        held.reserve_units(vm, out, sep.len())?;
        out.extend_from_slice(sep);
    }
    {
        let key = index_key(vm, i)?;
        let mut v = vm.get(o, key, Value::Object(o))?;
        if v.is_nullish() {
            return Ok(());
        }
        if locale {
            let name = vm.key("toLocaleString");
            let f = vm.get_value(v, name)?;
            if !vm.is_callable(f) {
                return crate::type_error(vm, "toLocaleString is not a function");
            }
            v = vm.call(f, v, &[])?;
        }
        let s = vm.to_string(v)?;
        vm.charge_units(s.len() as usize)?;
        held.reserve_units(vm, out, s.len() as usize)?;
        out.extend_from_slice(vm.heap.units(s));
    }
    Ok(())
}

fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    let key = vm.key("join");
    let f = vm.get(o, key, Value::Object(o))?;
    if vm.is_callable(f) {
        return vm.call(f, Value::Object(o), &[]);
    }
    let key = PropertyKey::Atom(vm.realm.names.to_string);
    let op = vm.realm.object_prototype;
    let f = vm.get(op, key, Value::Object(op))?;
    vm.call(f, Value::Object(o), &[])
}

fn make_iterator(vm: &mut Vm, this: Value, kind: IterKind) -> JsResult<Value> {
    let o = vm.to_object(this)?;
    let proto = vm.realm.array_iterator_prototype;
    let state = IteratorState::Array { target: Value::Object(o), next: 0, kind };
    Ok(Value::Object(vm.alloc_object(Some(proto), ObjectKind::Iterator(state))?))
}

fn values(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    make_iterator(vm, args.this, IterKind::Values)
}

fn keys(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    make_iterator(vm, args.this, IterKind::Keys)
}

fn entries(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    make_iterator(vm, args.this, IterKind::Entries)
}

/// %ArrayIteratorPrototype%.next and %StringIteratorPrototype%.next.
pub(crate) fn iterator_next(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Value::Object(it) = args.this else { return type_error(vm, "next called on a non-iterator") };
    if !matches!(
        vm.heap.object(it).kind,
        ObjectKind::Iterator(
            IteratorState::Array { .. }
                | IteratorState::String { .. }
                | IteratorState::Collection { .. }
                | IteratorState::Done
        )
    ) {
        return type_error(vm, "next called on an incompatible receiver");
    }
    let step = vm.iterator_step(it)?;
    iter_result(vm, step.unwrap_or(Value::Undefined), step.is_none())
}

/// CreateIteratorResultObject(value, done).
pub(crate) fn iter_result(vm: &mut Vm, value: Value, done: bool) -> JsResult<Value> {
    let r = vm.new_object()?;
    let names = vm.realm.names;
    vm.create_data_property(r, PropertyKey::Atom(names.value), value)?;
    vm.create_data_property(r, PropertyKey::Atom(names.done), Value::Bool(done))?;
    Ok(Value::Object(r))
}

/// The relative index argument of slice and friends, clamped to 0..=len.
pub(crate) fn relative_index(vm: &mut Vm, v: Value, len: u64, default: u64) -> JsResult<u64> {
    if matches!(v, Value::Undefined) {
        return Ok(default);
    }
    let n = to_integer_or_infinity(vm, v)?;
    Ok(if n < 0.0 { (len as f64 + n).max(0.0) as u64 } else { n.min(len as f64) as u64 })
}

fn index_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    // An empty receiver answers before `fromIndex` is converted.
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    let start = relative_index(vm, args.get(1), len, 0)?;
    for i in start..len {
        vm.charge(1)?;
        let mark = vm.roots_mark();
        let key = index_key(vm, i)?;
        if vm.has_property(o, key)? {
            let v = vm.get(o, key, Value::Object(o))?;
            vm.charge_equality(v, args.get(0))?;
            if vm.strict_equals(v, args.get(0)) {
                return Ok(Value::Number(i as f64));
            }
        }
        vm.release_roots(mark);
    }
    Ok(Value::Number(-1.0))
}

fn includes(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    if len == 0 {
        return Ok(Value::Bool(false));
    }
    let start = relative_index(vm, args.get(1), len, 0)?;
    for i in start..len {
        vm.charge(1)?;
        let mark = vm.roots_mark();
        let key = index_key(vm, i)?;
        let v = vm.get(o, key, Value::Object(o))?;
        vm.charge_equality(v, args.get(0))?;
        if vm.same_value_zero(v, args.get(0)) {
            return Ok(Value::Bool(true));
        }
        vm.release_roots(mark);
    }
    Ok(Value::Bool(false))
}

fn slice(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    let len = length_of_array_like(vm, o)?;
    let start = relative_index(vm, args.get(0), len, 0)?;
    let end = relative_index(vm, args.get(1), len, len)?;
    let (out, _) = array_species_create(vm, o, end.saturating_sub(start))?;
    let mut n = 0u32;
    for i in start..end {
        vm.charge(1)?;
        let mark = vm.roots_mark();
        let key = index_key(vm, i)?;
        if vm.has_property(o, key)? {
            let v = vm.get(o, key, Value::Object(o))?;
            vm.create_data_property_or_throw(out, PropertyKey::Index(n), v)?;
        }
        vm.release_roots(mark);
        n += 1;
    }
    set_result_length(vm, out, u64::from(n))?;
    Ok(Value::Object(out))
}

/// Calls `f(element, index, array)` for each present element.
fn each(
    vm: &mut Vm,
    (o, len): (ObjRef, u64),
    f: Value,
    this_arg: Value,
    mut visit: impl FnMut(&mut Vm, u64, Value, Value) -> JsResult<()>,
) -> JsResult<()> {
    for i in 0..len {
        vm.charge(1)?;
        let mark = vm.roots_mark();
        let key = index_key(vm, i)?;
        if !vm.has_property(o, key)? {
            vm.release_roots(mark);
            continue;
        }
        let v = vm.get(o, key, Value::Object(o))?;
        vm.root(v);
        let r = vm.call(f, this_arg, &[v, Value::Number(i as f64), Value::Object(o)])?;
        vm.root(r);
        visit(vm, i, v, r)?;
        vm.release_roots(mark);
    }
    Ok(())
}

/// `this` as an object and its length, read before the callback is checked
/// (the order the spec gives, observable through a `length` getter).
pub(crate) fn receiver(vm: &mut Vm, args: &Args) -> JsResult<(ObjRef, u64)> {
    let o = vm.to_object(args.this)?;
    let len = length_of_array_like(vm, o)?;
    Ok((o, len))
}

fn for_each(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let source = receiver(vm, args)?;
    let f = callable(vm, args.get(0), "forEach")?;
    each(vm, source, f, args.get(1), |_, _, _, _| Ok(()))?;
    Ok(Value::Undefined)
}

fn map(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let source @ (o, len) = receiver(vm, args)?;
    let f = callable(vm, args.get(0), "map")?;
    let (out, from_species) = array_species_create(vm, o, len)?;
    each(vm, source, f, args.get(1), |vm, i, _, r| {
        let key = index_key(vm, i)?;
        vm.create_data_property_or_throw(out, key, r)
    })?;
    // A species-made result has its length already; a plain one is grown
    // to `len` (ArrayCreate(len) would have made it so from the start).
    if !from_species {
        vm.set_array_length(out, Value::Number(len as f64))?;
    }
    Ok(Value::Object(out))
}

fn filter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let source @ (o, _) = receiver(vm, args)?;
    let f = callable(vm, args.get(0), "filter")?;
    let (out, _) = array_species_create(vm, o, 0)?;
    let mut to = 0u64;
    each(vm, source, f, args.get(1), |vm, _, v, r| {
        if vm.to_boolean(r) {
            let key = index_key(vm, to)?;
            vm.create_data_property_or_throw(out, key, v)?;
            to += 1;
        }
        Ok(())
    })?;
    Ok(Value::Object(out))
}
