//! jsvm's standard library: the built-in objects, installed into a fresh
//! realm by [`install`]. Each family lives in its own file and declares its
//! functions as a table of `(name, function, length)`; the helpers here are
//! the one registration mechanism they all use.
//!
//! Every native charges gas for its work before doing it (see `docs/gas.md`).
#![forbid(unsafe_code)]

mod array;
mod array_ops;
mod collection;
mod disposable;
mod error;
mod function;
mod generator;
mod global;
mod iterator;
mod json;
mod math;
mod number;
mod object;
mod reflect;
mod regexp;
mod set_methods;
mod string;
mod string_legacy;
mod string_ops;
mod string_patterns;
mod symbol;
mod uri;
mod weak;

use jsvm_vm::heap::object::{CONFIGURABLE, ObjectKind, Property, PropertyKey};
use jsvm_vm::native::NativeFn;
use jsvm_vm::{ErrorKind, JsResult, ObjRef, Value, Vm};

/// A table entry: a method's name, implementation and `length`.
pub(crate) type Method = (&'static str, NativeFn, u32);

/// Installs every built-in into `vm`'s realm and global object.
pub fn install(vm: &mut Vm) -> JsResult<()> {
    object::install(vm)?;
    function::install(vm)?;
    symbol::install(vm)?;
    error::install(vm)?;
    array::install(vm)?;
    array_ops::install(vm)?;
    generator::install(vm)?;
    iterator::install(vm)?;
    collection::install(vm)?;
    weak::install(vm)?;
    disposable::install(vm)?;
    string::install(vm)?;
    string_ops::install(vm)?;
    string_legacy::install(vm)?;
    string_patterns::install(vm)?;
    regexp::install(vm)?;
    number::install(vm)?;
    math::install(vm)?;
    json::install(vm)?;
    global::install(vm)?;
    uri::install(vm)?;
    reflect::install(vm)?;
    Ok(())
}

/// A native function object.
pub(crate) fn native_function(vm: &mut Vm, name: &str, function: NativeFn, length: u32) -> JsResult<ObjRef> {
    native_function_with_magic(vm, name, function, length, 0)
}

/// A native function whose `Args::magic` is `magic`: one wrapper serving a
/// table of functions tells them apart by it.
pub(crate) fn native_function_with_magic(
    vm: &mut Vm,
    name: &str,
    function: NativeFn,
    length: u32,
    magic: u16,
) -> JsResult<ObjRef> {
    vm.make_function_object(ObjectKind::Native { function, constructor: false, magic }, name, length)
}

/// Defines each method of `table` on `target` as a hidden (non-enumerable)
/// property.
pub(crate) fn install_methods(vm: &mut Vm, target: ObjRef, table: &[Method]) -> JsResult<()> {
    for &(name, function, length) in table {
        let f = native_function(vm, name, function, length)?;
        let key = vm.key(name);
        vm.define_hidden(target, key, Value::Object(f))?;
    }
    Ok(())
}

/// Defines a method under a symbol key, named `[description]`.
pub(crate) fn install_symbol_method(
    vm: &mut Vm,
    target: ObjRef,
    symbol: jsvm_vm::value::SymbolRef,
    name: &str,
    function: NativeFn,
    length: u32,
) -> JsResult<ObjRef> {
    let f = native_function(vm, name, function, length)?;
    vm.define_hidden(target, PropertyKey::Symbol(symbol), Value::Object(f))?;
    Ok(f)
}

/// Creates a constructor named `name` for `prototype`, links the two
/// (`C.prototype`, `prototype.constructor`) and defines `C` as a global.
pub(crate) fn install_constructor(
    vm: &mut Vm,
    name: &str,
    function: NativeFn,
    length: u32,
    prototype: ObjRef,
) -> JsResult<ObjRef> {
    let c = vm.make_function_object(ObjectKind::Native { function, constructor: true, magic: 0 }, name, length)?;
    let names = vm.realm.names;
    vm.define_property_raw(c, PropertyKey::Atom(names.prototype), Property::data(Value::Object(prototype), 0))?;
    vm.define_hidden(prototype, PropertyKey::Atom(names.constructor), Value::Object(c))?;
    define_global(vm, name, Value::Object(c))?;
    Ok(c)
}

/// Defines a global binding (writable, configurable, not enumerable).
pub(crate) fn define_global(vm: &mut Vm, name: &str, value: Value) -> JsResult<()> {
    let key = vm.key(name);
    let global = vm.global();
    vm.define_hidden(global, key, value)
}

/// Defines a read-only, non-enumerable, non-configurable data property
/// (constants such as `Math.PI`).
pub(crate) fn define_constant(vm: &mut Vm, target: ObjRef, name: &str, value: Value) -> JsResult<()> {
    let key = vm.key(name);
    vm.define_property_raw(target, key, Property::data(value, 0))
}

/// Defines a configurable accessor with a getter only.
pub(crate) fn define_getter(
    vm: &mut Vm,
    target: ObjRef,
    key: PropertyKey,
    name: &str,
    function: NativeFn,
) -> JsResult<()> {
    let getter = native_function(vm, &format!("get {name}"), function, 0)?;
    let slot = jsvm_vm::heap::object::Slot::Accessor { get: Some(getter), set: None };
    vm.define_property_raw(target, key, Property { slot, flags: CONFIGURABLE })
}

/// `get [Symbol.species]() { return this; }` on a constructor.
pub(crate) fn define_species_getter(vm: &mut Vm, constructor: ObjRef) -> JsResult<()> {
    let key = PropertyKey::Symbol(vm.realm.symbols.species);
    define_getter(vm, constructor, key, "[Symbol.species]", return_this)
}

fn return_this(_: &mut Vm, args: &jsvm_vm::native::Args) -> JsResult<Value> {
    Ok(args.this)
}

/// Stops text being built in a host buffer (charged when it becomes a
/// string) from outgrowing the longest string or the memory budget.
pub(crate) fn check_text_fits(vm: &mut Vm, units: usize) -> JsResult<()> {
    if units > jsvm_vm::heap::MAX_STRING_LENGTH as usize {
        return Err(vm.error(ErrorKind::RangeError, "Invalid string length"));
    }
    if !vm.heap.fits(units.saturating_mul(2)) {
        return Err(jsvm_vm::Termination::OutOfMemory.into());
    }
    Ok(())
}

/// GetPrototypeFromConstructor(newTarget, intrinsic): the `prototype` of
/// `new.target` when it is an object, else `fallback` (the intrinsic), so
/// subclasses of built-ins make instances of themselves.
pub(crate) fn prototype_from_new_target(vm: &mut Vm, new_target: ObjRef, fallback: ObjRef) -> JsResult<ObjRef> {
    let key = PropertyKey::Atom(vm.realm.names.prototype);
    match vm.get(new_target, key, Value::Object(new_target))? {
        Value::Object(proto) => Ok(proto),
        _ => Ok(fallback),
    }
}

/// Defines a read-only, configurable Symbol.toStringTag of `tag` on `target`.
pub(crate) fn define_to_string_tag(vm: &mut Vm, target: ObjRef, tag: &str) -> JsResult<()> {
    let key = PropertyKey::Symbol(vm.realm.symbols.to_string_tag);
    let text = vm.string_value(tag)?;
    vm.define_property_raw(target, key, Property::data(text, CONFIGURABLE))
}

/// A TypeError completion with `message`.
pub(crate) fn type_error<T>(vm: &mut Vm, message: &str) -> JsResult<T> {
    Err(vm.error(ErrorKind::TypeError, message))
}

/// ToIntegerOrInfinity.
pub(crate) fn to_integer_or_infinity(vm: &mut Vm, v: Value) -> JsResult<f64> {
    let n = vm.to_number(v)?;
    if n.is_nan() {
        return Ok(0.0);
    }
    Ok(n.trunc() + 0.0)
}

/// The largest length of an array-like: 2^53 - 1 (ToLength's bound).
pub(crate) const MAX_SAFE_LENGTH: u64 = (1 << 53) - 1;

/// LengthOfArrayLike.
pub(crate) fn length_of_array_like(vm: &mut Vm, obj: ObjRef) -> JsResult<u64> {
    if let Some(a) = vm.heap.object(obj).array() {
        return Ok(u64::from(a.length));
    }
    let key = PropertyKey::Atom(vm.realm.names.length);
    let v = vm.get(obj, key, Value::Object(obj))?;
    let n = to_integer_or_infinity(vm, v)?;
    Ok(n.clamp(0.0, MAX_SAFE_LENGTH as f64) as u64)
}
