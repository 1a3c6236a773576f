//! `String` and `String.prototype` (the first part: conversion, wrappers,
//! character access, search, slicing, case mapping of ASCII and beyond via
//! Rust's Unicode tables) and the string iterator, which walks code points.

use jsvm_vm::heap::object::{IteratorState, ObjectKind};
use jsvm_vm::native::Args;
use jsvm_vm::{JsResult, JsStr, Value, Vm};

use crate::{install_constructor, install_methods, install_symbol_method, to_integer_or_infinity, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.string_prototype;
    let c = install_constructor(vm, "String", string, 1, proto)?;
    install_methods(vm, c, &[("fromCharCode", from_char_code, 1)])?;
    install_methods(
        vm,
        proto,
        &[
            ("toString", value_of, 0),
            ("valueOf", value_of, 0),
            ("charAt", char_at, 1),
            ("charCodeAt", char_code_at, 1),
            ("indexOf", index_of, 1),
            ("slice", slice, 2),
            ("toUpperCase", to_upper_case, 0),
            ("toLowerCase", to_lower_case, 0),
        ],
    )?;
    let iterator = vm.realm.symbols.iterator;
    let f = install_symbol_method(vm, proto, iterator, "[Symbol.iterator]", string_iterator, 0)?;
    vm.realm.string_iterator = Some(f);
    let iter_proto = vm.realm.string_iterator_prototype;
    install_methods(vm, iter_proto, &[("next", crate::array::iterator_next, 0)])?;
    let tag = jsvm_vm::heap::object::PropertyKey::Symbol(vm.realm.symbols.to_string_tag);
    let text = vm.string_value("String Iterator")?;
    let flags = jsvm_vm::heap::object::CONFIGURABLE;
    vm.define_property_raw(iter_proto, tag, jsvm_vm::heap::object::Property::data(text, flags))
}

/// String(value) and new String(value).
fn string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = match args.args.first() {
        None => vm.heap.empty_string(),
        Some(Value::Symbol(sym)) if args.new_target.is_none() => {
            let d = vm.heap.symbol_description(*sym).map(|d| vm.heap.to_rust_string(d)).unwrap_or_default();
            vm.alloc_string(&format!("Symbol({d})"))?
        }
        Some(v) => vm.to_string(*v)?,
    };
    match args.new_target {
        None => Ok(Value::String(s)),
        Some(_) => {
            let proto = vm.realm.string_prototype;
            Ok(Value::Object(vm.alloc_object(Some(proto), ObjectKind::String(s))?))
        }
    }
}

/// thisStringValue.
fn this_string(vm: &mut Vm, v: Value) -> JsResult<JsStr> {
    match v {
        Value::String(s) => Ok(s),
        Value::Object(o) => match vm.heap.object(o).kind {
            ObjectKind::String(s) => Ok(s),
            _ => type_error(vm, "String.prototype.valueOf requires that 'this' be a String"),
        },
        _ => type_error(vm, "String.prototype.valueOf requires that 'this' be a String"),
    }
}

/// RequireObjectCoercible(this) then ToString.
fn coerce_this(vm: &mut Vm, v: Value) -> JsResult<JsStr> {
    if v.is_nullish() {
        return type_error(vm, "String.prototype method called on null or undefined");
    }
    vm.to_string(v)
}

fn value_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::String(this_string(vm, args.this)?))
}

fn from_char_code(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    vm.charge(args.len() as u64)?;
    let mut units = Vec::with_capacity(args.len());
    for &a in args.args {
        let n = vm.to_number(a)?;
        units.push(jsvm_vm::number::to_uint32(n) as u16);
    }
    Ok(Value::String(vm.alloc_string_units(units)?))
}

fn char_at(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = coerce_this(vm, args.this)?;
    let pos = to_integer_or_infinity(vm, args.get(0))?;
    let unit = if pos >= 0.0 { vm.heap.units(s).get(pos as usize).copied() } else { None };
    let units = unit.map(|u| vec![u]).unwrap_or_default();
    Ok(Value::String(vm.alloc_string_units(units)?))
}

fn char_code_at(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = coerce_this(vm, args.this)?;
    let pos = to_integer_or_infinity(vm, args.get(0))?;
    let unit = if pos >= 0.0 { vm.heap.units(s).get(pos as usize).copied() } else { None };
    Ok(Value::Number(unit.map_or(f64::NAN, f64::from)))
}

fn index_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = coerce_this(vm, args.this)?;
    let search = vm.to_string(args.get(0))?;
    let pos = to_integer_or_infinity(vm, args.get(1))?;
    let hay = vm.heap.units(s).to_vec();
    let needle = vm.heap.units(search).to_vec();
    vm.charge((hay.len() as u64).saturating_mul(needle.len().max(1) as u64) / 8 + 1)?;
    let start = pos.clamp(0.0, hay.len() as f64) as usize;
    if needle.is_empty() {
        return Ok(Value::Number(start as f64));
    }
    let found = hay.get(start..).and_then(|rest| rest.windows(needle.len()).position(|w| w == needle.as_slice()));
    Ok(Value::Number(found.map_or(-1.0, |i| (i + start) as f64)))
}

fn slice(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = coerce_this(vm, args.this)?;
    let len = s.len() as f64;
    let clamp = |n: f64| if n < 0.0 { (len + n).max(0.0) } else { n.min(len) };
    let from = clamp(to_integer_or_infinity(vm, args.get(0))?);
    let to = match args.get(1) {
        Value::Undefined => len,
        v => clamp(to_integer_or_infinity(vm, v)?),
    };
    let units =
        if from < to { vm.heap.units(s).get(from as usize..to as usize).unwrap_or(&[]).to_vec() } else { Vec::new() };
    vm.charge(units.len() as u64)?;
    Ok(Value::String(vm.alloc_string_units(units)?))
}

fn map_case(vm: &mut Vm, this: Value, upper: bool) -> JsResult<Value> {
    let s = coerce_this(vm, this)?;
    vm.charge(u64::from(s.len()))?;
    let text = vm.heap.to_rust_string(s);
    let mapped = if upper { text.to_uppercase() } else { text.to_lowercase() };
    vm.string_value(&mapped)
}

fn to_upper_case(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    map_case(vm, args.this, true)
}

fn to_lower_case(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    map_case(vm, args.this, false)
}

/// String.prototype[Symbol.iterator].
fn string_iterator(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = coerce_this(vm, args.this)?;
    let proto = vm.realm.string_iterator_prototype;
    let state = IteratorState::String { string: s, next: 0 };
    Ok(Value::Object(vm.alloc_object(Some(proto), ObjectKind::Iterator(state))?))
}
