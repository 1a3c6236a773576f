//! `String` and `String.prototype` (the first part: conversion, wrappers,
//! character access, search, slicing, full Unicode case mapping through
//! Rust's tables, normalization, `localeCompare`, well-formedness) and the
//! string iterator, which walks code points.

use jsvm_vm::heap::Units;
use jsvm_vm::heap::object::{IteratorState, ObjectKind};
use jsvm_vm::native::Args;
use jsvm_vm::{ErrorKind, JsResult, JsStr, Value, Vm};
use unicode_normalization::UnicodeNormalization;

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
            ("toLocaleUpperCase", to_upper_case, 0),
            ("toLocaleLowerCase", to_lower_case, 0),
            ("normalize", normalize, 0),
            ("localeCompare", locale_compare, 1),
            ("isWellFormed", is_well_formed, 0),
            ("toWellFormed", to_well_formed, 0),
        ],
    )?;
    let iterator = vm.realm.symbols.iterator;
    let f = install_symbol_method(vm, proto, iterator, "[Symbol.iterator]", string_iterator, 0)?;
    vm.realm.string_iterator = Some(f);
    let iter_proto = vm.realm.string_iterator_prototype;
    install_methods(vm, iter_proto, &[("next", crate::array::iterator_next, 0)])?;
    crate::define_to_string_tag(vm, iter_proto, "String Iterator")
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
        Some(nt) => {
            vm.root(Value::String(s));
            let proto = crate::prototype_from_new_target(vm, nt, vm.realm.string_prototype)?;
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
    let start = pos.clamp(0.0, hay.len() as f64) as usize;
    let found = crate::string_ops::find(vm, &hay, &needle, start)?;
    Ok(Value::Number(found.map_or(-1.0, |i| i as f64)))
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
    let (from, to) = (from as usize, to.max(from) as usize);
    Ok(Value::String(vm.substring(s, from, to)?))
}

/// Applies `f` to each well-formed run of `units`, keeping lone surrogates
/// where they are: case mapping and normalization leave them unchanged.
///
/// A run is handed to `f` in pieces of about `PIECE` characters, cut before
/// an ASCII character that neither case mapping (it is not cased nor
/// case-ignorable, so Final_Sigma's context ends there) nor normalization
/// (ASCII never composes with what precedes it) looks across; a run that
/// has none for `4 × PIECE` characters is cut between two characters that
/// stand alone (see [`stands_alone`]). Each piece is charged by the string
/// rule as it is mapped, so a long mapping meets the deadline. The pieces,
/// `f`'s result (counted at up to three times its input) and the output are
/// held against the memory budget before they grow.
fn map_well_formed(
    vm: &mut Vm,
    held: &mut jsvm_vm::HostBytes,
    s: JsStr,
    f: impl Fn(&str) -> String,
) -> JsResult<Vec<u16>> {
    const PIECE: usize = 4096;
    let len = s.len() as usize;
    let mut out = Vec::new();
    held.reserve_units(vm, &mut out, len)?;
    let mut run = String::new();
    let flush = |vm: &mut Vm, held: &mut jsvm_vm::HostBytes, out: &mut Vec<u16>, run: &mut String| {
        held.hold(vm, out.capacity() * 2 + run.len() * 4)?;
        vm.charge_units(run.len())?;
        let mapped = f(run);
        run.clear();
        let extra = mapped.encode_utf16().count();
        held.reserve_units(vm, out, extra)?;
        out.extend(mapped.encode_utf16());
        Ok::<(), jsvm_vm::Abrupt>(())
    };
    let units = vm.heap.units(s).to_vec();
    held.add(vm, len * 2)?;
    let mut chars_in_run = 0;
    let mut previous = None;
    // Bytes of `run` already held (with `f`'s output for them).
    let mut run_held = 0;
    for decoded in char::decode_utf16(units.iter().copied()) {
        match decoded {
            Ok(c) => {
                let cut_here = c.is_ascii() && !c.is_ascii_alphabetic() && !matches!(c, '.' | ':' | '\'' | '^' | '`')
                    || chars_in_run >= 4 * PIECE && previous.is_some_and(stands_alone) && stands_alone(c);
                previous = Some(c);
                if cut_here && chars_in_run >= PIECE {
                    flush(vm, held, &mut out, &mut run)?;
                    chars_in_run = 0;
                }
                if run.len() + 4 > run_held {
                    run_held = run.len() + 4 * PIECE;
                    held.hold(vm, out.capacity() * 2 + run_held * 4)?;
                }
                run.push(c);
                chars_in_run += 1;
            }
            Err(lone) => {
                previous = None;
                flush(vm, held, &mut out, &mut run)?;
                chars_in_run = 0;
                held.reserve_units(vm, &mut out, 1)?;
                out.push(lone.unpaired_surrogate());
            }
        }
    }
    flush(vm, held, &mut out, &mut run)?;
    Ok(out)
}

/// Whether text may be cut before and after `c` without changing how it
/// case-maps or normalizes: `c` composes with nothing on either side
/// (canonical combining class 0, NFC and NFKC quick check Yes), and it is
/// neither case-ignorable nor a capital sigma, so the Final_Sigma context
/// of a sigma on one side never reaches across it.
fn stands_alone(c: char) -> bool {
    use unicode_normalization::{IsNormalized, char::canonical_combining_class, is_nfc_quick, is_nfkc_quick};
    c != '\u{3A3}'
        && canonical_combining_class(c) == 0
        && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
        && is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes
        && !is_case_ignorable(c)
}

/// The Unicode property Case_Ignorable, from regex-syntax's tables (when
/// they cannot be read, every character counts as case-ignorable, so no
/// cut is made).
fn is_case_ignorable(c: char) -> bool {
    use regex_syntax::hir::{Class, HirKind};
    static RANGES: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();
    let ranges = RANGES.get_or_init(|| match regex_syntax::parse(r"\p{Case_Ignorable}").map(|hir| hir.into_kind()) {
        Ok(HirKind::Class(Class::Unicode(class))) => class.ranges().iter().map(|r| (r.start(), r.end())).collect(),
        _ => Vec::new(),
    });
    ranges.is_empty()
        || ranges
            .binary_search_by(|&(start, end)| {
                if end < c {
                    std::cmp::Ordering::Less
                } else if start > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
}

/// Full Unicode case mapping (SpecialCasing included, and the final sigma
/// rule of toLowerCase), through Rust's Unicode tables.
fn map_case(vm: &mut Vm, this: Value, upper: bool) -> JsResult<Value> {
    let s = coerce_this(vm, this)?;
    vm.charge_units(s.len() as usize)?;
    let units = vm.heap.units(s);
    let changes = if upper { 0x61..=0x7A } else { 0x41..=0x5A };
    if units.iter().all(|u| *u < 0x80 && !changes.contains(u)) {
        return Ok(Value::String(s));
    }
    if units.iter().all(|&u| u < 0x80) {
        let ascii_case = if upper { u8::to_ascii_uppercase } else { u8::to_ascii_lowercase };
        let mapped: Units = units.iter().map(|&u| u16::from(ascii_case(&(u as u8)))).collect();
        return Ok(Value::String(vm.alloc_string_units(mapped)?));
    }
    let mapped = vm.with_host_bytes(|vm, held| {
        map_well_formed(vm, held, s, |run| if upper { run.to_uppercase() } else { run.to_lowercase() })
    })?;
    Ok(Value::String(vm.alloc_string_units(mapped)?))
}

fn to_upper_case(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    map_case(vm, args.this, true)
}

fn to_lower_case(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    map_case(vm, args.this, false)
}

/// String.prototype.normalize(form): NFC, NFD, NFKC or NFKD.
fn normalize(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = coerce_this(vm, args.this)?;
    let form = match args.get(0) {
        Value::Undefined => "NFC".to_string(),
        v => vm.to_rust_string(v)?,
    };
    let f: fn(&str) -> String = match form.as_str() {
        "NFC" => |t| t.nfc().collect(),
        "NFD" => |t| t.nfd().collect(),
        "NFKC" => |t| t.nfkc().collect(),
        "NFKD" => |t| t.nfkd().collect(),
        _ => {
            let message = "The normalization form should be one of NFC, NFD, NFKC, NFKD.";
            return Err(vm.error(ErrorKind::RangeError, message));
        }
    };
    vm.charge_units(s.len() as usize)?;
    let units = vm.heap.units(s);
    if units.iter().all(|&u| u < 0x80) {
        return Ok(Value::String(s));
    }
    let normalized = vm.with_host_bytes(|vm, held| map_well_formed(vm, held, s, f))?;
    Ok(Value::String(vm.alloc_string_units(normalized)?))
}

/// String.prototype.localeCompare(that): canonically equivalent strings
/// compare equal (both are compared in NFC), others in code unit order.
fn locale_compare(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = coerce_this(vm, args.this)?;
    let that = vm.to_string(args.get(0))?;
    vm.charge_units(s.len() as usize + that.len() as usize)?;
    // Text below U+0300 holds no combining mark: it is its own NFC.
    let plain = |vm: &Vm, t: JsStr| vm.heap.units(t).iter().all(|&u| u < 0x300);
    if plain(vm, s) && plain(vm, that) {
        return Ok(Value::Number(match vm.heap.str_cmp(s, that) {
            std::cmp::Ordering::Less => -1.0,
            std::cmp::Ordering::Equal => 0.0,
            std::cmp::Ordering::Greater => 1.0,
        }));
    }
    vm.charge(jsvm_vm::gas::NORMALIZE_UNIT.saturating_mul(u64::from(s.len()) + u64::from(that.len())))?;
    let nfc = |t: &str| t.nfc().collect::<String>();
    let order = vm.with_host_bytes(|vm, held| {
        let a = map_well_formed(vm, held, s, nfc)?;
        let b = map_well_formed(vm, held, that, nfc)?;
        Ok(a.cmp(&b))
    })?;
    Ok(Value::Number(match order {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }))
}

/// Whether `units` holds no lone surrogate.
fn well_formed(units: &[u16]) -> bool {
    char::decode_utf16(units.iter().copied()).all(|c| c.is_ok())
}

fn is_well_formed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = coerce_this(vm, args.this)?;
    vm.charge_units(s.len() as usize)?;
    Ok(Value::Bool(well_formed(vm.heap.units(s))))
}

/// String.prototype.toWellFormed: each lone surrogate becomes U+FFFD.
fn to_well_formed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = coerce_this(vm, args.this)?;
    vm.charge_units(s.len() as usize)?;
    let units = vm.heap.units(s);
    if well_formed(units) {
        return Ok(Value::String(s));
    }
    let fixed: Vec<u16> = char::decode_utf16(units.iter().copied())
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect::<String>()
        .encode_utf16()
        .collect();
    Ok(Value::String(vm.alloc_string_units(fixed)?))
}

/// String.prototype[Symbol.iterator].
fn string_iterator(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = coerce_this(vm, args.this)?;
    let proto = vm.realm.string_iterator_prototype;
    let state = IteratorState::String { string: s, next: 0 };
    Ok(Value::Object(vm.alloc_object(Some(proto), ObjectKind::Iterator(state))?))
}
