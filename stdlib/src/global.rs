//! Global functions and values: `print` (and `console.log`, the same
//! function), `globalThis`, `NaN`, `Infinity`, `undefined`, `parseInt`,
//! `parseFloat`, `isNaN`, `isFinite`.

use jsvm_vm::native::Args;
use jsvm_vm::number::is_js_whitespace;
use jsvm_vm::{JsResult, Value, Vm};

use crate::{define_constant, define_global, native_function};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let global = vm.global();
    define_global(vm, "globalThis", Value::Object(global))?;
    define_constant(vm, global, "NaN", Value::Number(f64::NAN))?;
    define_constant(vm, global, "Infinity", Value::Number(f64::INFINITY))?;
    define_constant(vm, global, "undefined", Value::Undefined)?;
    let print_fn = native_function(vm, "print", print, 0)?;
    define_global(vm, "print", Value::Object(print_fn))?;
    let console = vm.new_object()?;
    let log = vm.key("log");
    vm.define_hidden(console, log, Value::Object(print_fn))?;
    define_global(vm, "console", Value::Object(console))?;
    for (name, f, len) in [
        ("parseInt", parse_int as jsvm_vm::native::NativeFn, 2),
        ("parseFloat", parse_float, 1),
        ("isNaN", is_nan, 1),
        ("isFinite", is_finite, 1),
    ] {
        let func = native_function(vm, name, f, len)?;
        define_global(vm, name, Value::Object(func))?;
    }
    // Number.parseInt and Number.parseFloat are the global functions.
    let number_key = vm.key("Number");
    if let Value::Object(number) = vm.get(global, number_key, Value::Object(global))? {
        for name in ["parseInt", "parseFloat"] {
            let key = vm.key(name);
            let f = vm.get(global, key, Value::Object(global))?;
            vm.define_hidden(number, key, f)?;
        }
    }
    Ok(())
}

/// `print(...args)`: ToString of each argument, joined by a space, then a
/// newline. Charges one gas per byte printed.
fn print(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    for (i, a) in args.args.iter().enumerate() {
        if i > 0 {
            vm.print(" ")?;
        }
        let mark = vm.roots_mark();
        let s = vm.to_string(*a)?;
        vm.print_string(s)?;
        vm.release_roots(mark);
    }
    vm.print("\n")?;
    Ok(Value::Undefined)
}

fn trimmed_units(vm: &mut Vm, v: Value) -> JsResult<Vec<u16>> {
    let s = vm.to_string(v)?;
    let units = vm.heap.units(s);
    vm.charge(units.len() as u64)?;
    let units = vm.heap.units(s);
    let start = units.iter().position(|&c| !is_js_whitespace(c)).unwrap_or(units.len());
    Ok(units[start..].to_vec())
}

/// parseInt(string, radix).
fn parse_int(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let units = trimmed_units(vm, args.get(0))?;
    let radix_value = vm.to_number(args.get(1))?;
    let mut radix = jsvm_vm::number::to_int32(radix_value);
    let mut rest = &units[..];
    let mut sign = 1.0;
    if let Some(&c) = rest.first()
        && (c == u16::from(b'-') || c == u16::from(b'+'))
    {
        if c == u16::from(b'-') {
            sign = -1.0;
        }
        rest = &rest[1..];
    }
    let mut strip_prefix = true;
    if radix != 0 {
        if !(2..=36).contains(&radix) {
            return Ok(Value::Number(f64::NAN));
        }
        if radix != 16 {
            strip_prefix = false;
        }
    } else {
        radix = 10;
    }
    if strip_prefix && rest.len() >= 2 && rest[0] == u16::from(b'0') && (rest[1] | 0x20) == u16::from(b'x') {
        rest = &rest[2..];
        radix = 16;
    }
    let digits: Vec<u32> =
        rest.iter().map_while(|&c| char::from_u32(u32::from(c)).and_then(|c| c.to_digit(radix as u32))).collect();
    if digits.is_empty() {
        return Ok(Value::Number(f64::NAN));
    }
    let value = if radix == 10 {
        let text: String = digits.iter().filter_map(|&d| char::from_digit(d, 10)).collect();
        text.parse::<f64>().unwrap_or(f64::NAN)
    } else {
        digits.iter().fold(0.0, |acc, &d| acc * radix as f64 + d as f64)
    };
    Ok(Value::Number(sign * value))
}

/// parseFloat(string): the longest prefix that is a StrDecimalLiteral.
fn parse_float(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let units = trimmed_units(vm, args.get(0))?;
    let text: String = units.iter().take_while(|&&c| c < 0x80).map(|&c| c as u8 as char).collect();
    let bytes = text.as_bytes();
    let mut i = 0;
    if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
        i += 1;
    }
    if text[i..].starts_with("Infinity") {
        let negative = bytes.first() == Some(&b'-');
        return Ok(Value::Number(if negative { f64::NEG_INFINITY } else { f64::INFINITY }));
    }
    let mut end = 0;
    let mut seen_digit = false;
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
        seen_digit = true;
        end = i;
    }
    if i < bytes.len() && bytes[i] == b'.' {
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
            seen_digit = true;
            end = i;
        }
        if seen_digit && end < i {
            end = i;
        }
    }
    if !seen_digit {
        return Ok(Value::Number(f64::NAN));
    }
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        let mut j = i + 1;
        if j < bytes.len() && (bytes[j] == b'+' || bytes[j] == b'-') {
            j += 1;
        }
        let digits_start = j;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        if j > digits_start {
            end = j;
        }
    }
    let literal = text[..end].trim_end_matches('.');
    Ok(Value::Number(literal.parse::<f64>().unwrap_or(f64::NAN)))
}

fn is_nan(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Bool(vm.to_number(args.get(0))?.is_nan()))
}

fn is_finite(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Bool(vm.to_number(args.get(0))?.is_finite()))
}
