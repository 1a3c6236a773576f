//! `Array.prototype`, second part: searching (at, lastIndexOf, find*,
//! some, every), folding (reduce, reduceRight), reordering and editing
//! (reverse, sort, shift, unshift, splice, fill, concat, flat, flatMap) and
//! the copying variants of ES2023 (toReversed, toSorted, toSpliced, with).
//! Every method works on array-likes through [[Get]]/[[Set]] as the spec
//! says, and charges gas per element it visits.

use jsvm_vm::HostBytes;
use jsvm_vm::heap::object::{CONFIGURABLE, ObjectKind, Property, PropertyKey};
use jsvm_vm::native::Args;
use jsvm_vm::{ErrorKind, JsResult, ObjRef, Value, Vm};

use crate::array::{index_key, receiver, relative_index};
use crate::{install_methods, length_of_array_like, to_integer_or_infinity, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.array_prototype;
    install_methods(
        vm,
        proto,
        &[
            ("at", at, 1),
            ("lastIndexOf", last_index_of, 1),
            ("find", find, 1),
            ("findIndex", find_index, 1),
            ("findLast", find_last, 1),
            ("findLastIndex", find_last_index, 1),
            ("some", some, 1),
            ("every", every, 1),
            ("reduce", reduce, 1),
            ("reduceRight", reduce_right, 1),
            ("reverse", reverse, 0),
            ("sort", sort, 1),
            ("shift", shift, 0),
            ("unshift", unshift, 1),
            ("splice", splice, 2),
            ("fill", fill, 1),
            ("copyWithin", copy_within, 2),
            ("concat", concat, 1),
            ("flat", flat, 0),
            ("flatMap", flat_map, 1),
            ("toReversed", to_reversed, 0),
            ("toSorted", to_sorted, 1),
            ("toSpliced", to_spliced, 2),
            ("with", with, 2),
        ],
    )?;
    // Array.prototype[Symbol.unscopables]: the names `with` statements hide.
    let unscopables = vm.alloc_object(None, ObjectKind::Ordinary)?;
    for name in [
        "at",
        "copyWithin",
        "entries",
        "fill",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "flat",
        "flatMap",
        "includes",
        "keys",
        "toReversed",
        "toSorted",
        "toSpliced",
        "values",
    ] {
        let key = vm.key(name);
        vm.create_data_property_or_throw(unscopables, key, Value::Bool(true))?;
    }
    let key = PropertyKey::Symbol(vm.realm.symbols.unscopables);
    vm.define_property_raw(proto, key, Property::data(Value::Object(unscopables), CONFIGURABLE))
}

/// Runs `op` on the key of index `i` in a root scope of its own, so that a
/// loop over a huge array-like keeps no key (nor anything `op` rooted)
/// alive.
fn with_index<T>(vm: &mut Vm, i: u64, op: impl FnOnce(&mut Vm, PropertyKey) -> JsResult<T>) -> JsResult<T> {
    let mark = vm.roots_mark();
    let result = index_key(vm, i).and_then(|key| op(vm, key));
    vm.release_roots(mark);
    result
}

/// The element at `i`, rooted in the caller's scope.
fn get_index(vm: &mut Vm, o: ObjRef, i: u64) -> JsResult<Value> {
    let v = with_index(vm, i, |vm, key| vm.get(o, key, Value::Object(o)))?;
    vm.root(v);
    Ok(v)
}

fn has_index(vm: &mut Vm, o: ObjRef, i: u64) -> JsResult<bool> {
    with_index(vm, i, |vm, key| vm.has_property(o, key))
}

fn set_index(vm: &mut Vm, o: ObjRef, i: u64, v: Value) -> JsResult<()> {
    with_index(vm, i, |vm, key| vm.put_value(Value::Object(o), key, v))
}

fn define_index(vm: &mut Vm, o: ObjRef, i: u64, v: Value) -> JsResult<()> {
    with_index(vm, i, |vm, key| vm.create_data_property_or_throw(o, key, v))
}

fn delete_index(vm: &mut Vm, o: ObjRef, i: u64) -> JsResult<()> {
    if !with_index(vm, i, |vm, key| vm.delete(o, key))? {
        return type_error(vm, "Cannot delete array element");
    }
    Ok(())
}

fn set_length(vm: &mut Vm, o: ObjRef, len: u64) -> JsResult<()> {
    let key = PropertyKey::Atom(vm.realm.names.length);
    vm.put_value(Value::Object(o), key, Value::Number(len as f64))
}

/// The callback argument of a method, checked to be callable.
pub(crate) fn callable(vm: &mut Vm, f: Value, name: &str) -> JsResult<Value> {
    if !vm.is_callable(f) {
        let d = vm.describe(f);
        return type_error(vm, &format!("Array.prototype.{name}: {d} is not a function"));
    }
    Ok(f)
}

fn at(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    let n = to_integer_or_infinity(vm, args.get(0))?;
    let k = if n < 0.0 { len as f64 + n } else { n };
    if k < 0.0 || k >= len as f64 {
        return Ok(Value::Undefined);
    }
    get_index(vm, o, k as u64)
}

fn last_index_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    let from = if args.len() > 1 { to_integer_or_infinity(vm, args.get(1))? } else { len as f64 - 1.0 };
    let start = if from < 0.0 { len as f64 + from } else { from.min(len as f64 - 1.0) };
    if start < 0.0 {
        return Ok(Value::Number(-1.0));
    }
    let mut i = start as u64 + 1;
    while i > 0 {
        i -= 1;
        vm.charge(1)?;
        let mark = vm.roots_mark();
        if has_index(vm, o, i)? {
            let v = get_index(vm, o, i)?;
            vm.charge_equality(v, args.get(0))?;
            if vm.strict_equals(v, args.get(0)) {
                return Ok(Value::Number(i as f64));
            }
        }
        vm.release_roots(mark);
    }
    Ok(Value::Number(-1.0))
}

/// FindViaPredicate: the first (or last) element the predicate accepts.
fn find_via(vm: &mut Vm, args: &Args, name: &str, from_end: bool) -> JsResult<Option<(u64, Value)>> {
    let (o, len) = receiver(vm, args)?;
    let f = callable(vm, args.get(0), name)?;
    for step in 0..len {
        vm.charge(1)?;
        let mark = vm.roots_mark();
        let i = if from_end { len - 1 - step } else { step };
        let v = get_index(vm, o, i)?;
        let r = vm.call(f, args.get(1), &[v, Value::Number(i as f64), Value::Object(o)])?;
        if vm.to_boolean(r) {
            return Ok(Some((i, v)));
        }
        vm.release_roots(mark);
    }
    Ok(None)
}

fn find(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(find_via(vm, args, "find", false)?.map_or(Value::Undefined, |(_, v)| v))
}

fn find_index(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Number(find_via(vm, args, "findIndex", false)?.map_or(-1.0, |(i, _)| i as f64)))
}

fn find_last(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(find_via(vm, args, "findLast", true)?.map_or(Value::Undefined, |(_, v)| v))
}

fn find_last_index(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Number(find_via(vm, args, "findLastIndex", true)?.map_or(-1.0, |(i, _)| i as f64)))
}

/// some/every: calls the predicate on present elements until one answer
/// decides.
fn test_each(vm: &mut Vm, args: &Args, name: &str, stop_on: bool) -> JsResult<bool> {
    let (o, len) = receiver(vm, args)?;
    let f = callable(vm, args.get(0), name)?;
    for i in 0..len {
        vm.charge(1)?;
        if !has_index(vm, o, i)? {
            continue;
        }
        let mark = vm.roots_mark();
        let v = get_index(vm, o, i)?;
        let r = vm.call(f, args.get(1), &[v, Value::Number(i as f64), Value::Object(o)])?;
        if vm.to_boolean(r) == stop_on {
            return Ok(true);
        }
        vm.release_roots(mark);
    }
    Ok(false)
}

fn some(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Bool(test_each(vm, args, "some", true)?))
}

fn every(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Bool(!test_each(vm, args, "every", false)?))
}

fn fold(vm: &mut Vm, args: &Args, name: &str, from_end: bool) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    let f = callable(vm, args.get(0), name)?;
    let order = |step: u64| if from_end { len - 1 - step } else { step };
    let mut step = 0;
    let mut acc = if args.len() > 1 {
        args.get(1)
    } else {
        loop {
            if step >= len {
                return type_error(vm, "Reduce of empty array with no initial value");
            }
            vm.charge(1)?;
            let i = order(step);
            step += 1;
            if has_index(vm, o, i)? {
                break get_index(vm, o, i)?;
            }
        }
    };
    // The accumulator is rooted below each iteration's scope.
    vm.root(acc);
    let mark = vm.roots_mark();
    while step < len {
        vm.charge(1)?;
        let i = order(step);
        step += 1;
        if has_index(vm, o, i)? {
            let v = get_index(vm, o, i)?;
            vm.root(acc);
            acc = vm.call(f, Value::Undefined, &[acc, v, Value::Number(i as f64), Value::Object(o)])?;
            vm.release_roots(mark);
            vm.root(acc);
        }
    }
    Ok(acc)
}

fn reduce(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    fold(vm, args, "reduce", false)
}

fn reduce_right(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    fold(vm, args, "reduceRight", true)
}

/// Array.prototype.reverse, keeping holes where they mirror to.
fn reverse(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    let mut lower = 0;
    while lower < len / 2 {
        vm.charge(2)?;
        let mark = vm.roots_mark();
        let upper = len - 1 - lower;
        let has_lower = has_index(vm, o, lower)?;
        let lower_value = if has_lower { get_index(vm, o, lower)? } else { Value::Undefined };
        vm.root(lower_value);
        let has_upper = has_index(vm, o, upper)?;
        let upper_value = if has_upper { get_index(vm, o, upper)? } else { Value::Undefined };
        vm.root(upper_value);
        match (has_lower, has_upper) {
            (true, true) => {
                set_index(vm, o, lower, upper_value)?;
                set_index(vm, o, upper, lower_value)?;
            }
            (false, true) => {
                set_index(vm, o, lower, upper_value)?;
                delete_index(vm, o, upper)?;
            }
            (true, false) => {
                delete_index(vm, o, lower)?;
                set_index(vm, o, upper, lower_value)?;
            }
            (false, false) => {}
        }
        vm.release_roots(mark);
        lower += 1;
    }
    Ok(Value::Object(o))
}

/// SortCompare: the comparator's answer, or string order with undefined last.
fn compare(vm: &mut Vm, f: Value, a: Value, b: Value) -> JsResult<std::cmp::Ordering> {
    use std::cmp::Ordering;
    match (a, b) {
        (Value::Undefined, Value::Undefined) => return Ok(Ordering::Equal),
        (Value::Undefined, _) => return Ok(Ordering::Greater),
        (_, Value::Undefined) => return Ok(Ordering::Less),
        _ => {}
    }
    let mark = vm.roots_mark();
    let order = compare_in_scope(vm, f, a, b);
    vm.release_roots(mark);
    order
}

/// `compare` for two values neither of which is undefined; what it
/// allocates (the comparator's result, converted strings) is garbage after.
fn compare_in_scope(vm: &mut Vm, f: Value, a: Value, b: Value) -> JsResult<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if !matches!(f, Value::Undefined) {
        let r = vm.call(f, Value::Undefined, &[a, b])?;
        let n = vm.to_number(r)?;
        return Ok(if n < 0.0 {
            Ordering::Less
        } else if n > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Equal
        });
    }
    let x = vm.to_string(a)?;
    vm.root(Value::String(x));
    let y = vm.to_string(b)?;
    vm.charge_compare(Value::String(x), Value::String(y))?;
    Ok(vm.heap.str_cmp(x, y))
}

/// A stable merge sort that asks `compare` at most n·log n times and stays
/// well-defined whatever the comparator answers.
fn merge_sort(vm: &mut Vm, f: Value, mut items: Vec<Value>) -> JsResult<Vec<Value>> {
    let n = items.len();
    let mut scratch = items.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                vm.charge(1)?;
                let (a, b) = (items[i], items[j]);
                if compare(vm, f, b, a)? == std::cmp::Ordering::Less {
                    scratch[k] = b;
                    j += 1;
                } else {
                    scratch[k] = a;
                    i += 1;
                }
                k += 1;
            }
            scratch[k..k + (mid - i)].copy_from_slice(&items[i..mid]);
            k += mid - i;
            scratch[k..k + (end - j)].copy_from_slice(&items[j..end]);
            start = end;
        }
        std::mem::swap(&mut items, &mut scratch);
        width *= 2;
    }
    Ok(items)
}

/// SortIndexedProperties: the elements (the present ones with
/// `skip_holes`), sorted. Callers have checked the comparator.
fn sorted_values(
    vm: &mut Vm,
    held: &mut HostBytes,
    o: ObjRef,
    len: u64,
    f: Value,
    skip_holes: bool,
) -> JsResult<(Vec<Value>, u64)> {
    let items = collect_values_in(vm, held, o, len, skip_holes, false, 0..0)?;
    let count = items.len() as u64;
    Ok((merge_sort(vm, f, items)?, count))
}

fn sort(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let f = args.get(0);
    if !matches!(f, Value::Undefined) && !vm.is_callable(f) {
        return type_error(vm, "The comparison function must be either a function or undefined");
    }
    let (o, len) = receiver(vm, args)?;
    let (items, count) = vm.with_host_bytes(|vm, held| sorted_values(vm, held, o, len, f, true))?;
    for (i, v) in items.into_iter().enumerate() {
        set_index(vm, o, i as u64, v)?;
    }
    for i in count..len {
        vm.charge(1)?;
        delete_index(vm, o, i)?;
    }
    Ok(Value::Object(o))
}

fn shift(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    if len == 0 {
        set_length(vm, o, 0)?;
        return Ok(Value::Undefined);
    }
    let first = get_index(vm, o, 0)?;
    vm.root(first);
    move_elements(vm, o, 1, 0, len - 1)?;
    delete_index(vm, o, len - 1)?;
    set_length(vm, o, len - 1)?;
    Ok(first)
}

/// Moves `count` elements from index `from` to index `to`, holes included,
/// in the order shift, unshift and splice use: from the end when moving up.
fn move_elements(vm: &mut Vm, o: ObjRef, from: u64, to: u64, count: u64) -> JsResult<()> {
    move_elements_ordered(vm, o, from, to, count, to > from)
}

/// Moves `count` elements from `from` to `to`, last first when `backward`.
fn move_elements_ordered(vm: &mut Vm, o: ObjRef, from: u64, to: u64, count: u64, backward: bool) -> JsResult<()> {
    for step in 0..count {
        vm.charge(1)?;
        let mark = vm.roots_mark();
        let k = if backward { count - 1 - step } else { step };
        if has_index(vm, o, from + k)? {
            let v = get_index(vm, o, from + k)?;
            set_index(vm, o, to + k, v)?;
        } else {
            delete_index(vm, o, to + k)?;
        }
        vm.release_roots(mark);
    }
    Ok(())
}

fn unshift(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    let n = args.len() as u64;
    if n > 0 {
        if len + n > crate::MAX_SAFE_LENGTH {
            return type_error(vm, "Array length exceeds the maximum");
        }
        move_elements(vm, o, 0, n, len)?;
        for (i, &v) in args.args.iter().enumerate() {
            set_index(vm, o, i as u64, v)?;
        }
    }
    set_length(vm, o, len + n)?;
    Ok(Value::Number((len + n) as f64))
}

/// The start and delete count of splice/toSpliced.
fn splice_range(vm: &mut Vm, args: &Args, len: u64) -> JsResult<(u64, u64)> {
    let start = relative_index(vm, args.get(0), len, 0)?;
    let delete = match args.len() {
        0 => 0,
        1 => len - start,
        _ => to_integer_or_infinity(vm, args.get(1))?.clamp(0.0, (len - start) as f64) as u64,
    };
    Ok((start, delete))
}

fn splice(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    let (start, delete) = splice_range(vm, args, len)?;
    let items: &[Value] = args.args.get(2..).unwrap_or(&[]);
    if len - delete + items.len() as u64 > crate::MAX_SAFE_LENGTH {
        return type_error(vm, "Array length exceeds the maximum");
    }
    let (removed, _) = crate::array::array_species_create(vm, o, delete)?;
    for k in 0..delete {
        vm.charge(1)?;
        if has_index(vm, o, start + k)? {
            let v = get_index(vm, o, start + k)?;
            define_index(vm, removed, k, v)?;
        }
    }
    crate::array::set_result_length(vm, removed, delete)?;
    let added = items.len() as u64;
    if added < delete {
        move_elements(vm, o, start + delete, start + added, len - start - delete)?;
        for i in (len - delete + added..len).rev() {
            vm.charge(1)?;
            delete_index(vm, o, i)?;
        }
    } else if added > delete {
        move_elements(vm, o, start + delete, start + added, len - start - delete)?;
    }
    for (i, &v) in items.iter().enumerate() {
        set_index(vm, o, start + i as u64, v)?;
    }
    set_length(vm, o, len - delete + added)?;
    Ok(Value::Object(removed))
}

fn fill(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    let start = relative_index(vm, args.get(1), len, 0)?;
    let end = relative_index(vm, args.get(2), len, len)?;
    for i in start..end {
        vm.charge(1)?;
        set_index(vm, o, i, args.get(0))?;
    }
    Ok(Value::Object(o))
}

/// Array.prototype.copyWithin(target, start, end): backward only when the
/// ranges overlap with the target above the source.
fn copy_within(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    let to = relative_index(vm, args.get(0), len, 0)?;
    let from = relative_index(vm, args.get(1), len, 0)?;
    let end = relative_index(vm, args.get(2), len, len)?;
    let count = end.saturating_sub(from).min(len - to);
    let backward = from < to && to < from + count;
    move_elements_ordered(vm, o, from, to, count, backward)?;
    Ok(Value::Object(o))
}

/// IsConcatSpreadable.
fn spreadable(vm: &mut Vm, v: Value) -> JsResult<bool> {
    let Value::Object(o) = v else { return Ok(false) };
    let key = PropertyKey::Symbol(vm.realm.symbols.is_concat_spreadable);
    let flag = vm.get(o, key, v)?;
    if !matches!(flag, Value::Undefined) {
        return Ok(vm.to_boolean(flag));
    }
    Ok(vm.heap.object(o).array().is_some())
}

fn concat(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    let (out, _) = crate::array::array_species_create(vm, o, 0)?;
    let mut n: u64 = 0;
    let mut sources = vec![Value::Object(o)];
    sources.extend_from_slice(args.args);
    for item in sources {
        if spreadable(vm, item)? {
            let Value::Object(e) = item else { continue };
            let len = length_of_array_like(vm, e)?;
            for k in 0..len {
                vm.charge(1)?;
                if has_index(vm, e, k)? {
                    let v = get_index(vm, e, k)?;
                    define_index(vm, out, n, v)?;
                }
                n += 1;
            }
        } else {
            vm.charge(1)?;
            define_index(vm, out, n, item)?;
            n += 1;
        }
    }
    crate::array::set_result_length(vm, out, n)?;
    Ok(Value::Object(out))
}

/// FlattenIntoArray, with an explicit stack instead of recursion.
fn flatten_into(vm: &mut Vm, out: ObjRef, source: ObjRef, depth: f64, mapper: Option<(Value, Value)>) -> JsResult<()> {
    let mut next = 0u64;
    // (array, its length, the next index, the depth left)
    let len = length_of_array_like(vm, source)?;
    let mut stack: Vec<(ObjRef, u64, u64, f64)> = vec![(source, len, 0, depth)];
    while let Some((array, len, index, depth)) = stack.pop() {
        if index >= len {
            continue;
        }
        stack.push((array, len, index + 1, depth));
        vm.charge(1)?;
        if !has_index(vm, array, index)? {
            continue;
        }
        let mut v = get_index(vm, array, index)?;
        vm.root(v);
        if let (Some((f, this)), true) = (mapper, array == source) {
            v = vm.call(f, this, &[v, Value::Number(index as f64), Value::Object(source)])?;
            vm.root(v);
        }
        if depth > 0.0
            && let Value::Object(inner) = v
            && vm.heap.object(inner).array().is_some()
        {
            if stack.len() > 100_000 {
                return Err(vm.error(ErrorKind::RangeError, "Array nesting too deep to flatten"));
            }
            let inner_len = length_of_array_like(vm, inner)?;
            stack.push((inner, inner_len, 0, depth - 1.0));
            continue;
        }
        define_index(vm, out, next, v)?;
        next += 1;
    }
    Ok(())
}

fn flat(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    let depth = match args.get(0) {
        Value::Undefined => 1.0,
        v => to_integer_or_infinity(vm, v)?.max(0.0),
    };
    let (out, _) = crate::array::array_species_create(vm, o, 0)?;
    flatten_into(vm, out, o, depth, None)?;
    Ok(Value::Object(out))
}

fn flat_map(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let o = vm.to_object(args.this)?;
    let f = callable(vm, args.get(0), "flatMap")?;
    let (out, _) = crate::array::array_species_create(vm, o, 0)?;
    flatten_into(vm, out, o, 1.0, Some((f, args.get(1))))?;
    Ok(Value::Object(out))
}

/// The elements 0..len of an array-like (holes read as undefined, or left
/// out with `skip_holes`), each rooted. The list lives outside the heap, so
/// it is held to the memory budget as it grows.
/// `collect_values`, reading from the last element down when `backwards`
/// (the list is then in reverse order), and neither reading nor listing
/// the indices in `except` (the elements `with` and `toSpliced` replace).
/// The list, a sort's scratch copy of it and its temporary roots are held
/// against the memory budget as the list grows.
fn collect_values_in(
    vm: &mut Vm,
    held: &mut HostBytes,
    o: ObjRef,
    len: u64,
    skip_holes: bool,
    backwards: bool,
    except: std::ops::Range<u64>,
) -> JsResult<Vec<Value>> {
    let (cut_start, cut_end) = (except.start.min(len), except.end.clamp(except.start.min(len), len));
    if len - (cut_end - cut_start) > u64::from(u32::MAX) {
        return Err(vm.error(ErrorKind::RangeError, "Invalid array length"));
    }
    let mut indices = (0..cut_start).chain(cut_end..len);
    let mut values = Vec::new();
    let mut visit = |vm: &mut Vm, i: u64| -> JsResult<()> {
        vm.charge(1)?;
        if skip_holes && !has_index(vm, o, i)? {
            return Ok(());
        }
        let v = get_index(vm, o, i)?;
        vm.root(v);
        values.push(v);
        if values.len().is_multiple_of(1024) {
            held.hold(vm, (values.len() + 1024) * 3 * std::mem::size_of::<Value>())?;
        }
        Ok(())
    };
    if backwards {
        indices.rev().try_for_each(|i| visit(vm, i))?;
    } else {
        indices.try_for_each(|i| visit(vm, i))?;
    }
    Ok(values)
}

fn to_reversed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    vm.with_host_bytes(|vm, held| {
        let values = collect_values_in(vm, held, o, len, false, true, 0..0)?;
        Ok(Value::Object(vm.new_array(values)?))
    })
}

fn to_sorted(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let f = args.get(0);
    if !matches!(f, Value::Undefined) && !vm.is_callable(f) {
        return type_error(vm, "The comparison function must be either a function or undefined");
    }
    let (o, len) = receiver(vm, args)?;
    vm.with_host_bytes(|vm, held| {
        let (values, _) = sorted_values(vm, held, o, len, f, false)?;
        Ok(Value::Object(vm.new_array(values)?))
    })
}

fn to_spliced(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    let (start, delete) = splice_range(vm, args, len)?;
    let items = args.args.get(2..).unwrap_or(&[]);
    let new_len = len - delete + items.len() as u64;
    if new_len > crate::MAX_SAFE_LENGTH {
        return type_error(vm, "Array length exceeds the maximum");
    }
    if new_len > u64::from(u32::MAX) {
        return Err(vm.error(ErrorKind::RangeError, "Invalid array length"));
    }
    vm.with_host_bytes(|vm, held| {
        let mut values = collect_values_in(vm, held, o, len, false, false, start..start + delete)?;
        let at = (start as usize).min(values.len());
        values.splice(at..at, items.iter().copied());
        Ok(Value::Object(vm.new_array(values)?))
    })
}

fn with(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (o, len) = receiver(vm, args)?;
    let n = to_integer_or_infinity(vm, args.get(0))?;
    let k = if n < 0.0 { len as f64 + n } else { n };
    if k < 0.0 || k >= len as f64 {
        return Err(vm.error(ErrorKind::RangeError, "Invalid index"));
    }
    // ArrayCreate(len).
    if len > u64::from(u32::MAX) {
        return Err(vm.error(ErrorKind::RangeError, "Invalid array length"));
    }
    let k = k as u64;
    vm.with_host_bytes(|vm, held| {
        let mut values = collect_values_in(vm, held, o, len, false, false, k..k + 1)?;
        let at = (k as usize).min(values.len());
        values.insert(at, args.get(1));
        Ok(Value::Object(vm.new_array(values)?))
    })
}
