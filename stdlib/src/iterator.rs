//! %Iterator% and the iterator helpers (ES2025 §27.1.3–27.1.4): the
//! `Iterator` constructor (abstract: only subclasses construct it),
//! `Iterator.from`, `Iterator.concat`, the lazy helpers on
//! %Iterator.prototype% (`map`, `filter`, `take`, `drop`, `flatMap`), which
//! return Iterator Helper objects, and the eager ones (`reduce`, `toArray`,
//! `forEach`, `some`, `every`, `find`).
//!
//! An Iterator Helper is the spec's generator-from-closure written as a
//! state machine: its state (`IteratorHelper`) says which operation it
//! performs, where it is in its life, and the records of the iterators it
//! reads; `next` runs the closure from one Yield to the next. Every record
//! is an internal `IteratorState::Protocol` object, stepped and closed by
//! the VM's iterator protocol (IteratorStepValue, IteratorClose). Each
//! `next` or `return` of a helper is charged as a generator resume; the
//! calls it makes (`next` of the underlying iterator, the mapper) are
//! charged as calls from a native.

use jsvm_vm::gas::GENERATOR_RESUME;
use jsvm_vm::heap::object::{
    CONFIGURABLE, HelperOp, HelperPhase, IteratorHelper, IteratorState, ObjectKind, Property, PropertyKey, Slot,
    ZipMode,
};
use jsvm_vm::native::{Args, NativeFn};
use jsvm_vm::{Abrupt, ErrorKind, JsResult, ObjRef, Value, Vm};

use crate::array::iter_result;
use crate::{
    Method, install_constructor, install_methods, native_function, prototype_from_new_target, to_integer_or_infinity,
    type_error,
};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.iterator_prototype;
    let constructor = install_constructor(vm, "Iterator", iterator_constructor, 0, proto)?;
    vm.realm.iterator_constructor = Some(constructor);
    let statics: &[Method] = &[("from", from, 1), ("concat", concat, 0), ("zip", zip, 1), ("zipKeyed", zip_keyed, 1)];
    install_methods(vm, constructor, statics)?;
    let methods: &[Method] = &[
        ("map", map, 1),
        ("filter", filter, 1),
        ("take", take, 1),
        ("drop", drop, 1),
        ("flatMap", flat_map, 1),
        ("chunks", chunks, 1),
        ("windows", windows, 1),
        ("includes", includes, 1),
        ("join", join, 1),
        ("reduce", reduce, 1),
        ("toArray", to_array, 0),
        ("forEach", for_each, 1),
        ("some", some, 1),
        ("every", every, 1),
        ("find", find, 1),
    ];
    install_methods(vm, proto, methods)?;
    let dispose_key = vm.realm.symbols.dispose;
    crate::install_symbol_method(vm, proto, dispose_key, "[Symbol.dispose]", dispose, 0)?;
    // `constructor` and `Symbol.toStringTag` are accessors on
    // %Iterator.prototype%, so that assigning them on an object inheriting
    // from it defines an own property (SetterThatIgnoresPrototypeProperties).
    let key = PropertyKey::Atom(vm.realm.names.constructor);
    define_weird_accessor(vm, proto, key, "constructor", get_constructor, set_constructor)?;
    let key = PropertyKey::Symbol(vm.realm.symbols.to_string_tag);
    define_weird_accessor(vm, proto, key, "[Symbol.toStringTag]", get_to_string_tag, set_to_string_tag)?;

    let helper_proto = vm.alloc_object(Some(proto), ObjectKind::Ordinary)?;
    install_methods(vm, helper_proto, &[("next", helper_next, 0), ("return", helper_return, 0)])?;
    crate::define_to_string_tag(vm, helper_proto, "Iterator Helper")?;
    vm.realm.iterator_helper_prototype = Some(helper_proto);

    let wrap_proto = vm.alloc_object(Some(proto), ObjectKind::Ordinary)?;
    install_methods(vm, wrap_proto, &[("next", wrapped_next, 0), ("return", wrapped_return, 0)])?;
    vm.realm.wrap_for_valid_iterator_prototype = Some(wrap_proto);
    Ok(())
}

/// %Iterator.prototype%[Symbol.dispose](): calls the iterator's `return`
/// method, if it has one (a `using` binding closes an iterator).
fn dispose(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let key = PropertyKey::Atom(vm.realm.names.return_);
    let method = vm.get_value(args.this, key)?;
    if method.is_nullish() {
        return Ok(Value::Undefined);
    }
    if !vm.is_callable(method) {
        return type_error(vm, "the iterator's return is not a function");
    }
    vm.call(method, args.this, &[])?;
    Ok(Value::Undefined)
}

fn define_weird_accessor(
    vm: &mut Vm,
    target: ObjRef,
    key: PropertyKey,
    name: &str,
    get: NativeFn,
    set: NativeFn,
) -> JsResult<()> {
    let getter = native_function(vm, &format!("get {name}"), get, 0)?;
    let setter = native_function(vm, &format!("set {name}"), set, 1)?;
    let slot = Slot::Accessor { get: Some(getter), set: Some(setter) };
    vm.define_property_raw(target, key, Property { slot, flags: CONFIGURABLE })
}

/// Iterator(): only as the base of a subclass (`new.target` is neither
/// undefined nor %Iterator% itself).
fn iterator_constructor(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    match args.new_target {
        Some(new_target) if new_target != args.callee => {
            let fallback = vm.realm.iterator_prototype;
            let proto = prototype_from_new_target(vm, new_target, fallback)?;
            Ok(Value::Object(vm.alloc_object(Some(proto), ObjectKind::Ordinary)?))
        }
        _ => type_error(vm, "Iterator is an abstract class: construct a subclass of it"),
    }
}

fn get_constructor(vm: &mut Vm, _: &Args) -> JsResult<Value> {
    Ok(vm.realm.iterator_constructor.map_or(Value::Undefined, Value::Object))
}

fn set_constructor(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let key = PropertyKey::Atom(vm.realm.names.constructor);
    setter_that_ignores_prototype_properties(vm, args, key)
}

fn get_to_string_tag(vm: &mut Vm, _: &Args) -> JsResult<Value> {
    vm.string_value("Iterator")
}

fn set_to_string_tag(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let key = PropertyKey::Symbol(vm.realm.symbols.to_string_tag);
    setter_that_ignores_prototype_properties(vm, args, key)
}

/// SetterThatIgnoresPrototypeProperties(this, %Iterator.prototype%, key, v):
/// assigning on the prototype itself fails as on a read-only property;
/// on anything else it defines or sets an own property.
fn setter_that_ignores_prototype_properties(vm: &mut Vm, args: &Args, key: PropertyKey) -> JsResult<Value> {
    let Value::Object(o) = args.this else { return type_error(vm, "Iterator.prototype setter called on a non-object") };
    if o == vm.realm.iterator_prototype {
        let name = vm.key_display(key);
        return type_error(vm, &format!("Cannot assign to read only property '{name}' of Iterator.prototype"));
    }
    if vm.get_own_property(o, key).is_none() {
        vm.create_data_property_or_throw(o, key, args.get(0))?;
    } else {
        vm.put_value(args.this, key, args.get(0))?;
    }
    Ok(Value::Undefined)
}

/// An internal iterator record over `iterator` with `next_method`.
fn record(vm: &mut Vm, iterator: Value, next_method: Value) -> JsResult<ObjRef> {
    vm.alloc_object(None, ObjectKind::Iterator(IteratorState::Protocol { iterator, next_method }))
}

/// GetIteratorDirect(obj): a record over `obj` and its `next`, as read now.
fn iterator_direct(vm: &mut Vm, obj: ObjRef) -> JsResult<ObjRef> {
    let key = PropertyKey::Atom(vm.realm.names.next);
    let next_method = vm.get(obj, key, Value::Object(obj))?;
    record(vm, Value::Object(obj), next_method)
}

/// GetIteratorFlattenable(obj, primitiveHandling): `obj`'s iterator if it
/// has a `Symbol.iterator` method, else `obj` itself as the iterator.
/// Strings are iterated when `strings` is set; other primitives throw.
fn iterator_flattenable(vm: &mut Vm, obj: Value, strings: bool) -> JsResult<ObjRef> {
    let (iterator, next_method) = flattenable_parts(vm, obj, strings)?;
    record(vm, iterator, next_method)
}

/// GetIteratorFlattenable's iterator and its `next`.
fn flattenable_parts(vm: &mut Vm, obj: Value, strings: bool) -> JsResult<(Value, Value)> {
    match obj {
        Value::Object(_) => {}
        Value::String(_) if strings => {}
        _ => return type_error(vm, "The value is not an iterator or an iterable object"),
    }
    let key = PropertyKey::Symbol(vm.realm.symbols.iterator);
    let method = vm.get_value(obj, key)?;
    let iterator = if method.is_nullish() {
        obj
    } else if vm.is_callable(method) {
        vm.call(method, obj, &[])?
    } else {
        return type_error(vm, "The value's Symbol.iterator is not a function");
    };
    let Value::Object(o) = iterator else { return type_error(vm, "The iterator is not an object") };
    let key = PropertyKey::Atom(vm.realm.names.next);
    let next_method = vm.get(o, key, iterator)?;
    Ok((iterator, next_method))
}

/// The `this` of an %Iterator.prototype% method: an object.
fn this_object(vm: &mut Vm, args: &Args, method: &str) -> JsResult<ObjRef> {
    match args.this {
        Value::Object(o) => Ok(o),
        _ => type_error(vm, &format!("Iterator.prototype.{method} called on a non-object")),
    }
}

/// Steps 3–4 of the helpers taking a function: when `f` is not callable,
/// the iterator is closed (its `next` never read) and a TypeError thrown.
fn require_callable(vm: &mut Vm, o: ObjRef, f: Value, method: &str) -> JsResult<()> {
    if vm.is_callable(f) {
        return Ok(());
    }
    close_and_throw(
        vm,
        o,
        ErrorKind::TypeError,
        &format!("Iterator.prototype.{method}: the argument is not a function"),
    )
}

/// IteratorClose on `o` before its `next` was read (argument validation
/// failing): closes it and gives back `error`.
fn close_unread(vm: &mut Vm, o: ObjRef, error: Abrupt) -> Abrupt {
    match record(vm, Value::Object(o), Value::Undefined) {
        Ok(unread) => vm.iterator_close_after(unread, error),
        Err(terminate) => terminate,
    }
}

/// Calls `f` with `args`; when it throws, closes `iterated` first
/// (IfAbruptCloseIterator).
fn call_closing(vm: &mut Vm, iterated: ObjRef, f: Value, args: &[Value]) -> JsResult<Value> {
    vm.call(f, Value::Undefined, args).map_err(|e| vm.iterator_close_after(iterated, e))
}

// ---------------------------------------------------------------------------
// The lazy helpers: each validates its arguments, reads `next` once and
// returns a helper in its suspended-start state.

fn new_helper(vm: &mut Vm, op: HelperOp, underlying: Option<ObjRef>, function: Value, counter: f64) -> JsResult<Value> {
    let proto = vm.realm.iterator_helper_prototype;
    let phase = HelperPhase::SuspendedStart;
    let helper = IteratorHelper { op, phase, underlying, function, counter, inner: None, padding: None };
    let state = IteratorState::Helper(Box::new(helper));
    Ok(Value::Object(vm.alloc_object(proto, ObjectKind::Iterator(state))?))
}

/// The helpers taking a mapper or predicate: `map`, `filter`, `flatMap`.
fn helper_with_function(vm: &mut Vm, args: &Args, op: HelperOp, method: &str) -> JsResult<Value> {
    let o = this_object(vm, args, method)?;
    let f = args.get(0);
    require_callable(vm, o, f, method)?;
    let iterated = iterator_direct(vm, o)?;
    new_helper(vm, op, Some(iterated), f, 0.0)
}

fn map(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    helper_with_function(vm, args, HelperOp::Map, "map")
}

fn filter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    helper_with_function(vm, args, HelperOp::Filter, "filter")
}

fn flat_map(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    helper_with_function(vm, args, HelperOp::FlatMap, "flatMap")
}

/// The helpers taking a count: `take` and `drop`. The limit is converted
/// before `next` is read; a bad one closes the iterator.
fn helper_with_limit(vm: &mut Vm, args: &Args, op: HelperOp, method: &str) -> JsResult<Value> {
    let o = this_object(vm, args, method)?;
    let limit = match vm.to_number(args.get(0)) {
        Ok(n) if n.is_nan() => {
            return close_and_throw(
                vm,
                o,
                ErrorKind::RangeError,
                &format!("Iterator.prototype.{method}: the limit is NaN"),
            );
        }
        Ok(n) => to_integer_or_infinity(vm, Value::Number(n))?,
        Err(e) => return Err(close_unread(vm, o, e)),
    };
    // A finite limit past 2^53 - 1 is refused too; +Infinity means "all".
    if limit < 0.0 || (limit.is_finite() && limit > crate::MAX_SAFE_LENGTH as f64) {
        let message = format!("Iterator.prototype.{method}: the limit is out of range");
        return close_and_throw(vm, o, ErrorKind::RangeError, &message);
    }
    let iterated = iterator_direct(vm, o)?;
    new_helper(vm, op, Some(iterated), Value::Undefined, limit)
}

fn take(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    helper_with_limit(vm, args, HelperOp::Take, "take")
}

fn drop(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    helper_with_limit(vm, args, HelperOp::Drop, "drop")
}

/// Closes the unread iterator `o` and throws a `kind` error (argument
/// validation failing before `next` is read).
fn close_and_throw<T>(vm: &mut Vm, o: ObjRef, kind: ErrorKind, message: &str) -> JsResult<T> {
    let e = vm.error(kind, message);
    Err(close_unread(vm, o, e))
}

/// The size argument of `chunks` and `windows`: an integral Number (no
/// coercion) from 1 to 2^32 - 1.
fn size_argument(vm: &mut Vm, o: ObjRef, size: Value, method: &str) -> JsResult<f64> {
    match size {
        Value::Number(n) if n.is_finite() && n.fract() == 0.0 => {
            if !(1.0..=f64::from(u32::MAX)).contains(&n) {
                return close_and_throw(vm, o, ErrorKind::RangeError, &format!("{method}: the size is out of range"));
            }
            Ok(n)
        }
        _ => close_and_throw(vm, o, ErrorKind::TypeError, &format!("{method}: the size is not an integral number")),
    }
}

/// Iterator.prototype.chunks(chunkSize): arrays of `chunkSize` values in
/// turn, the last one shorter when the values run out.
fn chunks(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_object(vm, args, "chunks")?;
    let size = size_argument(vm, o, args.get(0), "Iterator.prototype.chunks")?;
    let iterated = iterator_direct(vm, o)?;
    let buffer = vm.new_array(Vec::new())?;
    new_helper(vm, HelperOp::Chunks, Some(iterated), Value::Object(buffer), size)
}

/// Iterator.prototype.windows(windowSize, undersized): every run of
/// `windowSize` consecutive values; with "allow-partial", all the values
/// when there are fewer than that.
fn windows(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_object(vm, args, "windows")?;
    let size = size_argument(vm, o, args.get(0), "Iterator.prototype.windows")?;
    let allow_partial = match args.get(1) {
        Value::Undefined => false,
        Value::String(s) if vm.heap.units(s) == "only-full".encode_utf16().collect::<Vec<_>>() => false,
        Value::String(s) if vm.heap.units(s) == "allow-partial".encode_utf16().collect::<Vec<_>>() => true,
        _ => {
            let message = "Iterator.prototype.windows: undersized must be \"only-full\" or \"allow-partial\"";
            return close_and_throw(vm, o, ErrorKind::TypeError, message);
        }
    };
    let iterated = iterator_direct(vm, o)?;
    let buffer = vm.new_array(Vec::new())?;
    new_helper(vm, HelperOp::Windows { allow_partial }, Some(iterated), Value::Object(buffer), size)
}

/// Iterator.concat(...items): every item an object with a callable
/// `Symbol.iterator`, checked now; each is opened only when reached.
fn concat(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut iterables = Vec::new();
    let key = PropertyKey::Symbol(vm.realm.symbols.iterator);
    for &item in args.args {
        let Value::Object(o) = item else { return type_error(vm, "Iterator.concat: an argument is not an object") };
        let method = vm.get(o, key, item)?;
        if !vm.is_callable(method) {
            return type_error(vm, "Iterator.concat: an argument's Symbol.iterator is not a function");
        }
        vm.root(method);
        iterables.extend([item, method]);
    }
    let list = vm.new_array(iterables)?;
    new_helper(vm, HelperOp::Concat, None, Value::Object(list), 0.0)
}

// ---------------------------------------------------------------------------
// %IteratorHelperPrototype%: `next` runs the closure to its next Yield,
// `return` resumes it with a return completion.

/// The helper state of `this` (GeneratorValidate's brand check).
fn this_helper(vm: &mut Vm, this: Value, method: &str) -> JsResult<(ObjRef, IteratorHelper)> {
    if let Value::Object(o) = this
        && let ObjectKind::Iterator(IteratorState::Helper(h)) = &vm.heap.object(o).kind
    {
        return Ok((o, (**h).clone()));
    }
    type_error(vm, &format!("Iterator Helper method {method} called on an incompatible receiver"))
}

fn update(vm: &mut Vm, o: ObjRef, change: impl FnOnce(&mut IteratorHelper)) {
    if let Some(object) = vm.heap.object_mut(o)
        && let ObjectKind::Iterator(IteratorState::Helper(h)) = &mut object.kind
    {
        change(h);
    }
}

fn helper_next(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, helper) = this_helper(vm, args.this, "next")?;
    match helper.phase {
        HelperPhase::Executing => return type_error(vm, "Iterator Helper is already running"),
        HelperPhase::Completed => return iter_result(vm, Value::Undefined, true),
        HelperPhase::SuspendedStart | HelperPhase::SuspendedYield => {}
    }
    vm.charge(GENERATOR_RESUME)?;
    update(vm, o, |h| h.phase = HelperPhase::Executing);
    match run_to_yield(vm, o, helper) {
        Ok(Some(value)) => {
            update(vm, o, |h| h.phase = HelperPhase::SuspendedYield);
            iter_result(vm, value, false)
        }
        Ok(None) => {
            update(vm, o, |h| h.phase = HelperPhase::Completed);
            iter_result(vm, Value::Undefined, true)
        }
        Err(e) => {
            update(vm, o, |h| h.phase = HelperPhase::Completed);
            Err(e)
        }
    }
}

/// Runs a helper's closure from where it stopped to its next Yield: the
/// value yielded, or `None` when the closure returns.
fn run_to_yield(vm: &mut Vm, o: ObjRef, helper: IteratorHelper) -> JsResult<Option<Value>> {
    let IteratorHelper { op, function, counter, inner, .. } = helper;
    match op {
        HelperOp::Concat => return concat_step(vm, o, helper),
        HelperOp::Zip { mode, keyed } => return zip_step(vm, &helper, mode, keyed),
        _ => {}
    }
    let Some(iterated) = helper.underlying else { return Ok(None) };
    match op {
        HelperOp::Map => {
            let Some(value) = vm.iterator_step(iterated)? else { return Ok(None) };
            vm.root(value);
            let mapped = call_closing(vm, iterated, function, &[value, Value::Number(counter)])?;
            update(vm, o, |h| h.counter += 1.0);
            Ok(Some(mapped))
        }
        HelperOp::Filter => loop {
            let mark = vm.roots_mark();
            let Some(value) = vm.iterator_step(iterated)? else { return Ok(None) };
            vm.root(value);
            let counter = bump_counter(vm, o);
            let selected = call_closing(vm, iterated, function, &[value, Value::Number(counter)])?;
            if vm.to_boolean(selected) {
                return Ok(Some(value));
            }
            vm.release_roots(mark);
        },
        HelperOp::Take => {
            if counter == 0.0 {
                vm.iterator_close(iterated)?;
                return Ok(None);
            }
            update(vm, o, |h| h.counter = counter - 1.0);
            vm.iterator_step(iterated)
        }
        HelperOp::Drop => {
            let mut remaining = counter;
            while remaining > 0.0 {
                remaining -= 1.0;
                let mark = vm.roots_mark();
                let more = vm.iterator_skip(iterated)?;
                vm.release_roots(mark);
                if !more {
                    return Ok(None);
                }
            }
            update(vm, o, |h| h.counter = 0.0);
            vm.iterator_step(iterated)
        }
        HelperOp::FlatMap => {
            let mut inner = inner;
            loop {
                if let Some(inner_record) = inner {
                    match vm.iterator_step(inner_record) {
                        Ok(Some(value)) => return Ok(Some(value)),
                        Ok(None) => update(vm, o, |h| h.inner = None),
                        Err(e) => return Err(vm.iterator_close_after(iterated, e)),
                    }
                }
                let mark = vm.roots_mark();
                let Some(value) = vm.iterator_step(iterated)? else { return Ok(None) };
                let counter = bump_counter(vm, o);
                let mapped = call_closing(vm, iterated, function, &[value, Value::Number(counter)])?;
                let opened =
                    iterator_flattenable(vm, mapped, false).map_err(|e| vm.iterator_close_after(iterated, e))?;
                update(vm, o, |h| h.inner = Some(opened));
                vm.release_roots(mark);
                inner = Some(opened);
            }
        }
        HelperOp::Chunks | HelperOp::Windows { .. } => gather_step(vm, o, op, iterated, function, counter),
        HelperOp::Concat | HelperOp::Zip { .. } => Ok(None),
    }
}

/// One step of `chunks` or `windows`: gathers values into the buffer until
/// it is full, and yields a copy of it. When the values run out, a last
/// short buffer is yielded (chunks; windows with "allow-partial" that never
/// filled one) and the iterator is let go, so the next step ends.
fn gather_step(
    vm: &mut Vm,
    o: ObjRef,
    op: HelperOp,
    iterated: ObjRef,
    buffer: Value,
    size: f64,
) -> JsResult<Option<Value>> {
    let Value::Object(buffer) = buffer else { return Ok(None) };
    let size = size as usize;
    let buffered = |vm: &Vm| vm.heap.object(buffer).array().map_or(0, |a| a.dense.len());
    if op == HelperOp::Chunks && buffered(vm) == size {
        empty_buffer(vm, buffer);
    }
    loop {
        let Some(value) = vm.iterator_step(iterated)? else {
            update(vm, o, |h| h.underlying = None);
            let partial = match op {
                HelperOp::Windows { allow_partial } => allow_partial && buffered(vm) < size,
                _ => true,
            };
            if partial && buffered(vm) > 0 {
                return Ok(Some(copy_buffer(vm, buffer)?));
            }
            return Ok(None);
        };
        if buffered(vm) == size {
            vm.charge(size as u64)?;
            if let Some(a) = vm.heap.object_mut(buffer).and_then(|b| b.array_mut()) {
                a.dense.remove(0);
                a.length -= 1;
            }
        }
        vm.array_push(buffer, value)?;
        if buffered(vm) == size {
            return Ok(Some(copy_buffer(vm, buffer)?));
        }
    }
}

fn empty_buffer(vm: &mut Vm, buffer: ObjRef) {
    if let Some(a) = vm.heap.object_mut(buffer).and_then(|b| b.array_mut()) {
        a.dense.clear();
        a.length = 0;
    }
}

/// A fresh array of the buffer's values (each yield is a distinct array).
fn copy_buffer(vm: &mut Vm, buffer: ObjRef) -> JsResult<Value> {
    let values = vm.heap.object(buffer).array().map(|a| a.dense.clone()).unwrap_or_default();
    vm.charge(values.len() as u64)?;
    Ok(Value::Object(vm.new_array(values)?))
}

/// The counter to pass to the function now, counting this call.
fn bump_counter(vm: &mut Vm, o: ObjRef) -> f64 {
    let mut now = 0.0;
    update(vm, o, |h| {
        now = h.counter;
        h.counter += 1.0;
    });
    now
}

/// Iterator.concat's closure: yields the values of each iterable in turn,
/// opening the next one (`GetIteratorFromMethod`) when one is done.
fn concat_step(vm: &mut Vm, o: ObjRef, helper: IteratorHelper) -> JsResult<Option<Value>> {
    let Value::Object(list) = helper.function else { return Ok(None) };
    let mut current = helper.underlying;
    let mut index = helper.counter as u32;
    loop {
        if let Some(record) = current {
            if let Some(value) = vm.iterator_step(record)? {
                return Ok(Some(value));
            }
            update(vm, o, |h| h.underlying = None);
        }
        let mark = vm.roots_mark();
        let iterable = vm.heap.object(list).array().and_then(|a| a.dense.get(2 * index as usize).copied());
        let method = vm.heap.object(list).array().and_then(|a| a.dense.get(2 * index as usize + 1).copied());
        let (Some(iterable), Some(method)) = (iterable, method) else { return Ok(None) };
        index += 1;
        update(vm, o, |h| h.counter = f64::from(index));
        let iterator = vm.call(method, iterable, &[])?;
        let Value::Object(it) = iterator else {
            return type_error(vm, "Iterator.concat: the iterator is not an object");
        };
        let opened = iterator_direct(vm, it)?;
        update(vm, o, |h| h.underlying = Some(opened));
        vm.release_roots(mark);
        current = Some(opened);
    }
}

/// %IteratorHelperPrototype%.return(): closes what the helper reads.
fn helper_return(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, helper) = this_helper(vm, args.this, "return")?;
    match helper.phase {
        HelperPhase::SuspendedStart => {
            update(vm, o, |h| h.phase = HelperPhase::Completed);
            // Iterator.concat has opened nothing yet.
            if let HelperOp::Zip { .. } = helper.op {
                let open = open_records(vm, helper.function);
                close_all(vm, &open)?;
            } else if let Some(iterated) = helper.underlying {
                vm.iterator_close(iterated)?;
            }
        }
        HelperPhase::Executing => return type_error(vm, "Iterator Helper is already running"),
        HelperPhase::Completed => {}
        HelperPhase::SuspendedYield => {
            vm.charge(GENERATOR_RESUME)?;
            update(vm, o, |h| h.phase = HelperPhase::Executing);
            let closed = close_for_return(vm, &helper);
            update(vm, o, |h| h.phase = HelperPhase::Completed);
            closed?;
        }
    }
    iter_result(vm, Value::Undefined, true)
}

/// A return completion arriving at the closure's Yield: `flatMap` closes
/// its inner iterator, then the outer one; the others close theirs.
fn close_for_return(vm: &mut Vm, helper: &IteratorHelper) -> JsResult<()> {
    if let HelperOp::Zip { .. } = helper.op {
        let open = open_records(vm, helper.function);
        return close_all(vm, &open);
    }
    if let Some(inner) = helper.inner
        && let Err(e) = vm.iterator_close(inner)
    {
        return Err(match helper.underlying {
            Some(iterated) => vm.iterator_close_after(iterated, e),
            None => e,
        });
    }
    match helper.underlying {
        Some(iterated) => vm.iterator_close(iterated),
        None => Ok(()),
    }
}

// ---------------------------------------------------------------------------
// Iterator.zip and Iterator.zipKeyed (joint iteration): one helper stepping
// several iterators together, each record's Done state saying whether it
// is still open.

/// The values of an internal array.
fn list(vm: &Vm, array: Value) -> Vec<Value> {
    match array {
        Value::Object(a) => vm.heap.object(a).array().map(|a| a.dense.clone()).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The records of `records` (an internal array) still open.
fn open_records(vm: &Vm, records: Value) -> Vec<ObjRef> {
    list(vm, records)
        .into_iter()
        .filter_map(|r| r.as_object())
        .filter(|&r| !matches!(vm.heap.object(r).kind, ObjectKind::Iterator(IteratorState::Done)))
        .collect()
}

/// IteratorCloseAll(iters, NormalCompletion): closes them in reverse
/// order; once one throws, the rest are closed after it.
fn close_all(vm: &mut Vm, records: &[ObjRef]) -> JsResult<()> {
    for (i, &record) in records.iter().enumerate().rev() {
        if let Err(e) = vm.iterator_close(record) {
            return Err(close_all_after(vm, records.get(..i).unwrap_or_default(), e));
        }
    }
    Ok(())
}

/// IteratorCloseAll(iters, throw completion): closes them in reverse
/// order and gives back `error`.
fn close_all_after(vm: &mut Vm, records: &[ObjRef], error: Abrupt) -> Abrupt {
    records.iter().rev().fold(error, |e, &record| vm.iterator_close_after(record, e))
}

/// GetOptionsObject and the `mode` and `padding` options of Iterator.zip.
fn zip_options(vm: &mut Vm, options: Value) -> JsResult<(ZipMode, Value)> {
    let options = match options {
        Value::Undefined => return Ok((ZipMode::Shortest, Value::Undefined)),
        Value::Object(o) => o,
        _ => return type_error(vm, "Iterator.zip: options must be an object"),
    };
    let key = vm.key("mode");
    let mode = match vm.get(options, key, Value::Object(options))? {
        Value::Undefined => ZipMode::Shortest,
        Value::String(s) => match String::from_utf16_lossy(vm.heap.units(s)).as_str() {
            "shortest" => ZipMode::Shortest,
            "longest" => ZipMode::Longest,
            "strict" => ZipMode::Strict,
            _ => return type_error(vm, "Iterator.zip: mode must be \"shortest\", \"longest\" or \"strict\""),
        },
        _ => return type_error(vm, "Iterator.zip: mode must be \"shortest\", \"longest\" or \"strict\""),
    };
    if mode != ZipMode::Longest {
        return Ok((mode, Value::Undefined));
    }
    let key = vm.key("padding");
    let padding = vm.get(options, key, Value::Object(options))?;
    if !matches!(padding, Value::Undefined | Value::Object(_)) {
        return type_error(vm, "Iterator.zip: padding must be an object");
    }
    vm.root(padding);
    Ok((mode, padding))
}

/// Iterator.zip(iterables, options): arrays of the iterators' values, in
/// step.
fn zip(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let iterables = args.get(0);
    if !matches!(iterables, Value::Object(_)) {
        return type_error(vm, "Iterator.zip: iterables must be an object");
    }
    let (mode, padding_option) = zip_options(vm, args.get(1))?;
    let input = vm.iterator_open(iterables)?;
    let mut records = Vec::new();
    loop {
        let next = match vm.iterator_step(input) {
            Ok(Some(next)) => next,
            Ok(None) => break,
            Err(e) => return Err(close_all_after(vm, &records, e)),
        };
        match iterator_flattenable(vm, next, false) {
            Ok(record) => records.push(record),
            Err(e) => {
                let mut open = vec![input];
                open.extend(&records);
                return Err(close_all_after(vm, &open, e));
            }
        }
    }
    let mut padding = Vec::with_capacity(records.len());
    if let Value::Object(_) = padding_option {
        let padding_iter = vm.iterator_open(padding_option).map_err(|e| close_all_after(vm, &records, e))?;
        let mut using = true;
        for _ in 0..records.len() {
            let value = if using {
                match vm.iterator_step(padding_iter) {
                    Ok(Some(v)) => v,
                    Ok(None) => {
                        using = false;
                        Value::Undefined
                    }
                    Err(e) => return Err(close_all_after(vm, &records, e)),
                }
            } else {
                Value::Undefined
            };
            vm.root(value);
            padding.push(value);
        }
        if using && let Err(e) = vm.iterator_close(padding_iter) {
            return Err(close_all_after(vm, &records, e));
        }
    } else {
        padding.resize(records.len(), Value::Undefined);
    }
    new_zip(vm, mode, false, records, padding)
}

/// Iterator.zipKeyed(iterables, options): objects (with a null prototype)
/// of the values of the iterators under the enumerable own keys of
/// `iterables`.
fn zip_keyed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Value::Object(iterables) = args.get(0) else {
        return type_error(vm, "Iterator.zipKeyed: iterables must be an object");
    };
    let (mode, padding_option) = zip_options(vm, args.get(1))?;
    let mut records = Vec::new();
    let mut keys = Vec::new();
    for key in vm.own_keys(iterables)? {
        vm.charge(1)?;
        if !vm.get_own_property(iterables, key).is_some_and(|p| p.enumerable()) {
            continue;
        }
        let value = vm.get(iterables, key, Value::Object(iterables)).map_err(|e| close_all_after(vm, &records, e))?;
        if matches!(value, Value::Undefined) {
            continue;
        }
        let record = iterator_flattenable(vm, value, false).map_err(|e| close_all_after(vm, &records, e))?;
        records.push(record);
        let key = vm.key_to_value(key)?;
        keys.push(key);
    }
    let mut padding = Vec::with_capacity(records.len());
    for &key in &keys {
        let value = match padding_option {
            Value::Object(p) => {
                let key = vm.to_property_key(key)?;
                vm.get(p, key, padding_option).map_err(|e| close_all_after(vm, &records, e))?
            }
            _ => Value::Undefined,
        };
        vm.root(value);
        padding.push(value);
    }
    padding.extend(keys);
    new_zip(vm, mode, true, records, padding)
}

fn new_zip(vm: &mut Vm, mode: ZipMode, keyed: bool, records: Vec<ObjRef>, padding: Vec<Value>) -> JsResult<Value> {
    let records = vm.new_array(records.into_iter().map(Value::Object).collect())?;
    let padding = vm.new_array(padding)?;
    let helper = new_helper(vm, HelperOp::Zip { mode, keyed }, None, Value::Object(records), 0.0)?;
    if let Value::Object(o) = helper {
        update(vm, o, |h| h.padding = Some(padding));
    }
    Ok(helper)
}

/// One step of IteratorZip: a value from each iterator (padding for those
/// done, in "longest" mode), or the end as the mode says.
fn zip_step(vm: &mut Vm, helper: &IteratorHelper, mode: ZipMode, keyed: bool) -> JsResult<Option<Value>> {
    let records: Vec<ObjRef> = list(vm, helper.function).into_iter().filter_map(|r| r.as_object()).collect();
    if records.is_empty() {
        return Ok(None);
    }
    let padding = helper.padding.map_or_else(Vec::new, |p| list(vm, Value::Object(p)));
    let is_done = |vm: &Vm, r: ObjRef| matches!(vm.heap.object(r).kind, ObjectKind::Iterator(IteratorState::Done));
    let mut results = Vec::with_capacity(records.len());
    for (i, &record) in records.iter().enumerate() {
        let pad = padding.get(i).copied().unwrap_or(Value::Undefined);
        if mode == ZipMode::Longest && is_done(vm, record) {
            results.push(pad);
            continue;
        }
        let value = match vm.iterator_step(record) {
            Ok(Some(value)) => value,
            Err(e) => {
                let open = open_records(vm, helper.function);
                return Err(close_all_after(vm, &open, e));
            }
            Ok(None) => match mode {
                ZipMode::Shortest => {
                    let open = open_records(vm, helper.function);
                    close_all(vm, &open)?;
                    return Ok(None);
                }
                ZipMode::Strict => {
                    if i != 0 {
                        return Err(zip_length_mismatch(vm, helper));
                    }
                    for &other in &records[1..] {
                        match vm.iterator_skip(other) {
                            Ok(false) => {}
                            Ok(true) => return Err(zip_length_mismatch(vm, helper)),
                            Err(e) => {
                                let open = open_records(vm, helper.function);
                                return Err(close_all_after(vm, &open, e));
                            }
                        }
                    }
                    return Ok(None);
                }
                ZipMode::Longest => {
                    if open_records(vm, helper.function).is_empty() {
                        return Ok(None);
                    }
                    pad
                }
            },
        };
        vm.root(value);
        results.push(value);
    }
    if !keyed {
        return Ok(Some(Value::Object(vm.new_array(results)?)));
    }
    let object = vm.alloc_object(None, ObjectKind::Ordinary)?;
    for (i, value) in results.into_iter().enumerate() {
        let key = padding.get(records.len() + i).copied().unwrap_or(Value::Undefined);
        let key = vm.to_property_key(key)?;
        vm.create_data_property_or_throw(object, key, value)?;
    }
    Ok(Some(Value::Object(object)))
}

/// "strict" mode's TypeError, after closing the iterators still open.
fn zip_length_mismatch(vm: &mut Vm, helper: &IteratorHelper) -> Abrupt {
    let e = vm.error(ErrorKind::TypeError, "Iterator.zip: the iterators have different lengths (mode \"strict\")");
    let open = open_records(vm, helper.function);
    close_all_after(vm, &open, e)
}

// ---------------------------------------------------------------------------
// The eager methods: each walks the iterator to its end (or to an answer,
// closing it then), one root scope per value.

/// Walks the iterator of `this`, calling `f(value, counter)` for each
/// value; `decide` turns its result into an answer that ends the walk
/// (closing the iterator) or `None` to go on.
fn walk_with(
    vm: &mut Vm,
    args: &Args,
    method: &str,
    mut decide: impl FnMut(&mut Vm, Value, Value) -> Option<Value>,
) -> JsResult<Option<Value>> {
    let o = this_object(vm, args, method)?;
    let f = args.get(0);
    require_callable(vm, o, f, method)?;
    let iterated = iterator_direct(vm, o)?;
    let mut counter = 0.0;
    loop {
        let mark = vm.roots_mark();
        let Some(value) = vm.iterator_step(iterated)? else { return Ok(None) };
        vm.root(value);
        let result = call_closing(vm, iterated, f, &[value, Value::Number(counter)])?;
        if let Some(answer) = decide(vm, value, result) {
            vm.root(answer);
            vm.iterator_close(iterated)?;
            return Ok(Some(answer));
        }
        vm.release_roots(mark);
        counter += 1.0;
    }
}

fn for_each(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    walk_with(vm, args, "forEach", |_, _, _| None)?;
    Ok(Value::Undefined)
}

fn some(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let found = walk_with(vm, args, "some", |vm, _, r| vm.to_boolean(r).then_some(Value::Bool(true)))?;
    Ok(found.unwrap_or(Value::Bool(false)))
}

fn every(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let failed = walk_with(vm, args, "every", |vm, _, r| (!vm.to_boolean(r)).then_some(Value::Bool(false)))?;
    Ok(failed.unwrap_or(Value::Bool(true)))
}

fn find(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let found = walk_with(vm, args, "find", |vm, v, r| vm.to_boolean(r).then_some(v))?;
    Ok(found.unwrap_or(Value::Undefined))
}

/// Iterator.prototype.includes(searchElement, skippedElements): whether a
/// value after the first `skippedElements` is SameValueZero to it.
fn includes(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_object(vm, args, "includes")?;
    let method = "Iterator.prototype.includes";
    let mut skip = match args.get(1) {
        Value::Undefined => 0.0,
        Value::Number(n) if n == f64::INFINITY => n,
        Value::Number(n) if n.is_finite() && n.fract() == 0.0 => {
            if n < 0.0 || n > crate::MAX_SAFE_LENGTH as f64 {
                let message = format!("{method}: skippedElements is out of range");
                return close_and_throw(vm, o, ErrorKind::RangeError, &message);
            }
            n
        }
        Value::Number(n) if n == f64::NEG_INFINITY => {
            let message = format!("{method}: skippedElements is out of range");
            return close_and_throw(vm, o, ErrorKind::RangeError, &message);
        }
        _ => {
            let message = format!("{method}: skippedElements is not an integral number");
            return close_and_throw(vm, o, ErrorKind::TypeError, &message);
        }
    };
    let search = args.get(0);
    let iterated = iterator_direct(vm, o)?;
    loop {
        let mark = vm.roots_mark();
        let Some(value) = vm.iterator_step(iterated)? else { return Ok(Value::Bool(false)) };
        if skip > 0.0 {
            skip -= 1.0;
        } else if vm.same_value_zero(value, search) {
            vm.iterator_close(iterated)?;
            return Ok(Value::Bool(true));
        }
        vm.release_roots(mark);
    }
}

/// Iterator.prototype.join(separator): the values as strings (nullish ones
/// empty) with `separator` (default ",") between them.
fn join(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_object(vm, args, "join")?;
    let separator = match args.get(0) {
        Value::Undefined => vec![u16::from(b',')],
        v => match vm.to_string(v) {
            Ok(s) => vm.heap.units(s).to_vec(),
            Err(e) => {
                return Err(close_unread(vm, o, e));
            }
        },
    };
    let iterated = iterator_direct(vm, o)?;
    vm.with_host_bytes(|vm, bytes| {
        let mut text: Vec<u16> = Vec::new();
        let mut first = true;
        loop {
            let mark = vm.roots_mark();
            let Some(value) = vm.iterator_step(iterated)? else { break };
            let piece = if value.is_nullish() {
                None
            } else {
                Some(vm.to_string(value).map_err(|e| vm.iterator_close_after(iterated, e))?)
            };
            let added = if first { 0 } else { separator.len() } + piece.map_or(0, |s| vm.heap.units(s).len());
            vm.charge(1 + added as u64 / 16)?;
            bytes.reserve_units(vm, &mut text, added)?;
            if !first {
                text.extend_from_slice(&separator);
            }
            if let Some(s) = piece {
                text.extend_from_slice(vm.heap.units(s));
            }
            first = false;
            vm.release_roots(mark);
        }
        Ok(Value::String(vm.alloc_string_units(&text[..])?))
    })
}

fn reduce(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_object(vm, args, "reduce")?;
    let reducer = args.get(0);
    require_callable(vm, o, reducer, "reduce")?;
    let iterated = iterator_direct(vm, o)?;
    let (mut accumulator, mut counter) = if args.len() >= 2 {
        (args.get(1), 0.0)
    } else {
        match vm.iterator_step(iterated)? {
            Some(first) => (first, 1.0),
            None => return type_error(vm, "Reduce of an empty iterator with no initial value"),
        }
    };
    loop {
        let mark = vm.roots_mark();
        vm.root(accumulator);
        let Some(value) = vm.iterator_step(iterated)? else { return Ok(accumulator) };
        let next = call_closing(vm, iterated, reducer, &[accumulator, value, Value::Number(counter)])?;
        vm.release_roots(mark);
        vm.root(next);
        accumulator = next;
        counter += 1.0;
    }
}

fn to_array(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = this_object(vm, args, "toArray")?;
    let iterated = iterator_direct(vm, o)?;
    let items = vm.new_array(Vec::new())?;
    loop {
        let mark = vm.roots_mark();
        let Some(value) = vm.iterator_step(iterated)? else { return Ok(Value::Object(items)) };
        vm.array_push(items, value)?;
        vm.release_roots(mark);
    }
}

// ---------------------------------------------------------------------------
// Iterator.from and %WrapForValidIteratorPrototype%.

/// Iterator.from(O): an iterator that inherits from %Iterator.prototype%
/// as it is, any other wrapped so that it does.
fn from(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (iterator, next_method) = flattenable_parts(vm, args.get(0), true)?;
    vm.root(next_method);
    let constructor = vm.realm.iterator_constructor.map_or(Value::Undefined, Value::Object);
    if vm.ordinary_has_instance(constructor, iterator)? {
        return Ok(iterator);
    }
    let proto = vm.realm.wrap_for_valid_iterator_prototype;
    let wrapped = IteratorState::Wrapped { iterator, next_method };
    Ok(Value::Object(vm.alloc_object(proto, ObjectKind::Iterator(wrapped))?))
}

/// The iterator and `next` a wrapper holds.
fn this_wrapped(vm: &mut Vm, this: Value, method: &str) -> JsResult<(Value, Value)> {
    if let Value::Object(o) = this
        && let ObjectKind::Iterator(IteratorState::Wrapped { iterator, next_method }) = vm.heap.object(o).kind
    {
        return Ok((iterator, next_method));
    }
    type_error(vm, &format!("%WrapForValidIteratorPrototype%.{method} called on an incompatible receiver"))
}

fn wrapped_next(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (iterator, next_method) = this_wrapped(vm, args.this, "next")?;
    vm.call(next_method, iterator, &[])
}

fn wrapped_return(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (iterator, _) = this_wrapped(vm, args.this, "return")?;
    let key = PropertyKey::Atom(vm.realm.names.return_);
    let method = vm.get_value(iterator, key)?;
    if method.is_nullish() {
        return iter_result(vm, Value::Undefined, true);
    }
    vm.call(method, iterator, &[])
}
