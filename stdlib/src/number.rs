//! `Number` and `Boolean`: conversion functions, wrapper objects, the
//! Number constants and predicates, and `toString`/`valueOf`.

use jsvm_vm::gas::RADIX_DIGIT;
use jsvm_vm::heap::object::ObjectKind;
use jsvm_vm::native::Args;
use jsvm_vm::{ErrorKind, JsResult, Value, Vm};

use crate::{define_constant, install_constructor, install_methods, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.number_prototype;
    let c = install_constructor(vm, "Number", number, 1, proto)?;
    for (name, value) in [
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("EPSILON", f64::EPSILON),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("NaN", f64::NAN),
    ] {
        define_constant(vm, c, name, Value::Number(value))?;
    }
    install_methods(
        vm,
        c,
        &[
            ("isInteger", is_integer, 1),
            ("isSafeInteger", is_safe_integer, 1),
            ("isFinite", is_finite, 1),
            ("isNaN", is_nan, 1),
        ],
    )?;
    install_methods(
        vm,
        proto,
        &[
            ("toString", number_to_string, 1),
            ("toLocaleString", number_to_locale_string, 0),
            ("toFixed", to_fixed, 1),
            ("toExponential", to_exponential, 1),
            ("toPrecision", to_precision, 1),
            ("valueOf", number_value_of, 0),
        ],
    )?;
    let bproto = vm.realm.boolean_prototype;
    install_constructor(vm, "Boolean", boolean, 1, bproto)?;
    install_methods(vm, bproto, &[("toString", boolean_to_string, 0), ("valueOf", boolean_value_of, 0)])
}

/// Number(value) and new Number(value).
fn number(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let n = if args.is_empty() { 0.0 } else { vm.to_number(args.get(0))? };
    match args.new_target {
        None => Ok(Value::Number(n)),
        Some(nt) => {
            let proto = crate::prototype_from_new_target(vm, nt, vm.realm.number_prototype)?;
            Ok(Value::Object(vm.alloc_object(Some(proto), ObjectKind::Number(n))?))
        }
    }
}

fn is_integer(_: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Bool(matches!(args.get(0), Value::Number(n) if n.is_finite() && n.trunc() == n)))
}

fn is_safe_integer(_: &mut Vm, args: &Args) -> JsResult<Value> {
    let safe = |n: f64| n.is_finite() && n.trunc() == n && n.abs() <= 9007199254740991.0;
    Ok(Value::Bool(matches!(args.get(0), Value::Number(n) if safe(n))))
}

fn is_finite(_: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Bool(matches!(args.get(0), Value::Number(n) if n.is_finite())))
}

fn is_nan(_: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Bool(matches!(args.get(0), Value::Number(n) if n.is_nan())))
}

/// thisNumberValue.
fn this_number(vm: &mut Vm, v: Value) -> JsResult<f64> {
    match v {
        Value::Number(n) => Ok(n),
        Value::Object(o) => match vm.heap.object(o).kind {
            ObjectKind::Number(n) => Ok(n),
            _ => type_error(vm, "Number.prototype.valueOf requires that 'this' be a Number"),
        },
        _ => type_error(vm, "Number.prototype.valueOf requires that 'this' be a Number"),
    }
}

fn number_value_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Number(this_number(vm, args.this)?))
}

/// Number.prototype.toString(radix).
fn number_to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let n = this_number(vm, args.this)?;
    let radix = match args.get(0) {
        Value::Undefined => 10.0,
        v => crate::to_integer_or_infinity(vm, v)?,
    };
    if !(2.0..=36.0).contains(&radix) {
        return Err(vm.error(ErrorKind::RangeError, "toString() radix must be between 2 and 36"));
    }
    if radix == 10.0 || !n.is_finite() {
        return Ok(Value::String(vm.number_to_jsstr(n)?));
    }
    // Each digit costs a division of a double: charged before the work,
    // at most the integer digits (by the magnitude) and 52 fraction digits.
    let integer_digits = if n.abs() >= 1.0 { (n.abs().log2() / radix.log2()).ceil() + 1.0 } else { 1.0 };
    vm.charge(RADIX_DIGIT.saturating_mul(integer_digits as u64 + 52))?;
    let text = to_radix_string(n, radix as u32);
    vm.string_value(&text)
}

/// Number.prototype.toFixed(fractionDigits): digit-exact through ryu-js;
/// numbers of 1e21 or more print as ToString does.
fn to_fixed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = this_number(vm, args.this)?;
    let f = crate::to_integer_or_infinity(vm, args.get(0))?;
    if !(0.0..=100.0).contains(&f) {
        return Err(vm.error(ErrorKind::RangeError, "toFixed() digits argument must be between 0 and 100"));
    }
    if !x.is_finite() || x.abs() >= 1e21 {
        return Ok(Value::String(vm.number_to_jsstr(x)?));
    }
    // -0 is not below zero, so it prints without a sign (x + 0 makes it +0).
    let mut buffer = ryu_js::Buffer::new();
    let text = buffer.format_to_fixed(x + 0.0, f as u8).to_string();
    vm.string_value(&text)
}

/// Number.prototype.toLocaleString: the ToString form (no locale data).
fn number_to_locale_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let n = this_number(vm, args.this)?;
    Ok(Value::String(vm.number_to_jsstr(n)?))
}

/// Number.prototype.toExponential(fractionDigits).
fn to_exponential(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = this_number(vm, args.this)?;
    let f = crate::to_integer_or_infinity(vm, args.get(0))?;
    if !x.is_finite() {
        return Ok(Value::String(vm.number_to_jsstr(x)?));
    }
    if !(0.0..=100.0).contains(&f) {
        return Err(vm.error(ErrorKind::RangeError, "toExponential() argument must be between 0 and 100"));
    }
    let (digits, e) = match args.get(0) {
        Value::Undefined => shortest_digits(x.abs()),
        _ => {
            vm.charge(jsvm_vm::gas::NUMBER_FORMAT_EXACT)?;
            round_significant(x.abs(), f as usize + 1)
        }
    };
    let text = format!("{}{}", sign(x), exponential(&digits, e));
    vm.string_value(&text)
}

/// Number.prototype.toPrecision(precision).
fn to_precision(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let x = this_number(vm, args.this)?;
    if let Value::Undefined = args.get(0) {
        return Ok(Value::String(vm.number_to_jsstr(x)?));
    }
    let p = crate::to_integer_or_infinity(vm, args.get(0))?;
    if !x.is_finite() {
        return Ok(Value::String(vm.number_to_jsstr(x)?));
    }
    if !(1.0..=100.0).contains(&p) {
        return Err(vm.error(ErrorKind::RangeError, "toPrecision() argument must be between 1 and 100"));
    }
    let p = p as usize;
    vm.charge(jsvm_vm::gas::NUMBER_FORMAT_EXACT)?;
    let (digits, e) = round_significant(x.abs(), p);
    let body = if e < -6 || e >= p as i32 {
        exponential(&digits, e)
    } else if e >= 0 {
        let (int, frac) = digits.split_at((e as usize + 1).min(digits.len()));
        if frac.is_empty() { int.to_string() } else { format!("{int}.{frac}") }
    } else {
        format!("0.{}{digits}", "0".repeat((-e - 1) as usize))
    };
    let text = format!("{}{body}", sign(x));
    vm.string_value(&text)
}

/// "-" for numbers below zero (not for -0, which prints as 0).
fn sign(x: f64) -> &'static str {
    if x < 0.0 { "-" } else { "" }
}

/// `d.ddd` `e±n` from significant digits and a decimal exponent.
fn exponential(digits: &str, e: i32) -> String {
    let (first, rest) = digits.split_at(1.min(digits.len()));
    let mantissa = if rest.is_empty() { first.to_string() } else { format!("{first}.{rest}") };
    let sign = if e < 0 { '-' } else { '+' };
    format!("{mantissa}e{sign}{}", e.unsigned_abs())
}

/// The shortest digits that round-trip to `x` (≥ 0) and the exponent of
/// the first: x ≈ d.ddd × 10^e.
fn shortest_digits(x: f64) -> (String, i32) {
    split_exponential(&format!("{x:e}"))
}

/// `x` (≥ 0) rounded to `n` significant digits, ties away from zero: of two
/// equally close candidates the spec picks the larger. Works on the exact
/// decimal expansion of the double (at most 767 significant digits).
fn round_significant(x: f64, n: usize) -> (String, i32) {
    if x == 0.0 {
        return ("0".repeat(n), 0);
    }
    let (exact, mut e) = split_exponential(&format!("{x:.800e}"));
    let mut digits: Vec<u8> = exact.into_bytes();
    while digits.last() == Some(&b'0') && digits.len() > 1 {
        digits.pop();
    }
    if digits.len() > n {
        let round_up = digits.get(n).is_some_and(|&d| d >= b'5');
        digits.truncate(n);
        if round_up {
            let mut i = n;
            loop {
                if i == 0 {
                    digits.insert(0, b'1');
                    digits.truncate(n);
                    e += 1;
                    break;
                }
                i -= 1;
                match digits.get_mut(i) {
                    Some(d) if *d == b'9' => *d = b'0',
                    Some(d) => {
                        *d += 1;
                        break;
                    }
                    None => break,
                }
            }
        }
    }
    digits.resize(n, b'0');
    (String::from_utf8(digits).unwrap_or_default(), e)
}

/// Splits Rust's `d.ddde±n` form into its digits and exponent.
fn split_exponential(text: &str) -> (String, i32) {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    (digits, exponent.parse().unwrap_or(0))
}

/// A number in another radix: the integer part exactly, then up to 52
/// fraction digits.
fn to_radix_string(n: f64, radix: u32) -> String {
    let negative = n < 0.0;
    let mut int = n.abs().trunc();
    let mut frac = n.abs() - int;
    let mut digits = Vec::new();
    if int == 0.0 {
        digits.push('0');
    }
    while int >= 1.0 {
        let d = (int % radix as f64) as u32;
        digits.push(char::from_digit(d, radix).unwrap_or('0'));
        int = (int / radix as f64).trunc();
    }
    digits.reverse();
    let mut text: String = digits.into_iter().collect();
    if frac > 0.0 {
        text.push('.');
        let mut count = 0;
        while frac > 0.0 && count < 52 {
            frac *= radix as f64;
            let d = frac.trunc() as u32;
            text.push(char::from_digit(d, radix).unwrap_or('0'));
            frac -= d as f64;
            count += 1;
        }
    }
    if negative { format!("-{text}") } else { text }
}

/// Boolean(value) and new Boolean(value).
fn boolean(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let b = vm.to_boolean(args.get(0));
    match args.new_target {
        None => Ok(Value::Bool(b)),
        Some(nt) => {
            let proto = crate::prototype_from_new_target(vm, nt, vm.realm.boolean_prototype)?;
            Ok(Value::Object(vm.alloc_object(Some(proto), ObjectKind::Boolean(b))?))
        }
    }
}

fn this_boolean(vm: &mut Vm, v: Value) -> JsResult<bool> {
    match v {
        Value::Bool(b) => Ok(b),
        Value::Object(o) => match vm.heap.object(o).kind {
            ObjectKind::Boolean(b) => Ok(b),
            _ => type_error(vm, "Boolean.prototype.valueOf requires that 'this' be a Boolean"),
        },
        _ => type_error(vm, "Boolean.prototype.valueOf requires that 'this' be a Boolean"),
    }
}

fn boolean_to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let b = this_boolean(vm, args.this)?;
    vm.string_value(if b { "true" } else { "false" })
}

fn boolean_value_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Bool(this_boolean(vm, args.this)?))
}
