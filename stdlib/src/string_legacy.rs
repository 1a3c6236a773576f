//! The string functions of Annex B (web compatibility) that a strict-mode
//! script can still call: `String.prototype.substr`, the HTML methods
//! (`anchor`, `bold`, … through CreateHTML), `trimLeft`/`trimRight` (the
//! same function objects as `trimStart`/`trimEnd`), and the global `escape`
//! and `unescape`. Each charges the string rule on what it reads and
//! builds.

use jsvm_vm::native::Args;
use jsvm_vm::{JsResult, Value, Vm};

use crate::string_ops::{arg_units, this_units};
use crate::{define_global, install_methods, native_function, native_function_with_magic, to_integer_or_infinity};

/// The HTML methods: name, tag, and the attribute its argument fills.
const HTML: &[(&str, &str, &str)] = &[
    ("anchor", "a", "name"),
    ("big", "big", ""),
    ("blink", "blink", ""),
    ("bold", "b", ""),
    ("fixed", "tt", ""),
    ("fontcolor", "font", "color"),
    ("fontsize", "font", "size"),
    ("italics", "i", ""),
    ("link", "a", "href"),
    ("small", "small", ""),
    ("strike", "strike", ""),
    ("sub", "sub", ""),
    ("sup", "sup", ""),
];

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.string_prototype;
    install_methods(vm, proto, &[("substr", substr, 2)])?;
    for (magic, &(name, _, attribute)) in HTML.iter().enumerate() {
        let length = u32::from(!attribute.is_empty());
        let f = native_function_with_magic(vm, name, create_html, length, magic as u16)?;
        let key = vm.key(name);
        vm.define_hidden(proto, key, Value::Object(f))?;
    }
    // trimLeft and trimRight are the very functions trimStart and trimEnd.
    for (legacy, current) in [("trimLeft", "trimStart"), ("trimRight", "trimEnd")] {
        let key = vm.key(current);
        let f = vm.get(proto, key, Value::Object(proto))?;
        let key = vm.key(legacy);
        vm.define_hidden(proto, key, f)?;
    }
    let escape = native_function(vm, "escape", escape, 1)?;
    define_global(vm, "escape", Value::Object(escape))?;
    let unescape = native_function(vm, "unescape", unescape, 1)?;
    define_global(vm, "unescape", Value::Object(unescape))
}

/// String.prototype.substr(start, length) (B.2.2.1).
fn substr(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let units = this_units(vm, args)?;
    let size = units.len() as f64;
    let start = to_integer_or_infinity(vm, args.get(0))?;
    let start = if start < 0.0 { (size + start).max(0.0) } else { start.min(size) };
    let length = match args.get(1) {
        Value::Undefined => size,
        v => to_integer_or_infinity(vm, v)?.clamp(0.0, size),
    };
    let end = (start + length).min(size);
    let piece = units.get(start as usize..end.max(start) as usize).unwrap_or(&[]);
    Ok(Value::String(vm.alloc_string_units(piece)?))
}

/// CreateHTML(string, tag, attribute, value) (B.2.2.2.1): `<tag
/// attribute="value">string</tag>`, with `"` in the value as `&quot;`.
fn create_html(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (_, tag, attribute) = HTML.get(usize::from(args.magic)).copied().unwrap_or(("big", "big", ""));
    let text = this_units(vm, args)?;
    let value = if attribute.is_empty() { Vec::new() } else { arg_units(vm, args.get(0))? };
    // The result is at most the text, the value with every unit six wide,
    // and the markup: held against the budget before it is built.
    let most = text.len().saturating_add(value.len().saturating_mul(6)).saturating_add(32);
    vm.charge_units(most)?;
    vm.reserve(most.saturating_mul(2))?;
    let mut out: Vec<u16> = Vec::new();
    out.push(u16::from(b'<'));
    out.extend(tag.encode_utf16());
    if !attribute.is_empty() {
        out.push(u16::from(b' '));
        out.extend(attribute.encode_utf16());
        out.extend("=\"".encode_utf16());
        for unit in value {
            if unit == u16::from(b'"') {
                out.extend("&quot;".encode_utf16());
            } else {
                out.push(unit);
            }
        }
        out.push(u16::from(b'"'));
    }
    out.push(u16::from(b'>'));
    out.extend_from_slice(&text);
    out.extend("</".encode_utf16());
    out.extend(tag.encode_utf16());
    out.push(u16::from(b'>'));
    Ok(Value::String(vm.alloc_string_units(out)?))
}

/// Whether escape leaves `unit` as it is: ASCII letters, digits and
/// `@*_+-./`.
fn unescaped(unit: u16) -> bool {
    matches!(unit, 0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A) || b"@*_+-./".iter().any(|&c| u16::from(c) == unit)
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// escape(string) (B.2.1.1): `%XX` for code units below 256, `%uXXXX` above.
fn escape(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let units = arg_units(vm, args.get(0))?;
    // At most six units out per unit in: charged and held before building.
    vm.charge_units(units.len().saturating_mul(6))?;
    vm.reserve(units.len().saturating_mul(12))?;
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    for unit in units {
        if unescaped(unit) {
            out.push(unit);
            continue;
        }
        out.push(u16::from(b'%'));
        if unit >= 256 {
            out.push(u16::from(b'u'));
            for shift in [12, 8] {
                out.push(u16::from(HEX[usize::from((unit >> shift) & 0xF)]));
            }
        }
        for shift in [4, 0] {
            out.push(u16::from(HEX[usize::from((unit >> shift) & 0xF)]));
        }
    }
    Ok(Value::String(vm.alloc_string_units(out)?))
}

/// The value of `digits` read as hexadecimal, if they all are.
fn hex_value(digits: &[u16]) -> Option<u16> {
    digits.iter().try_fold(0u16, |acc, &d| {
        let v = char::from_u32(u32::from(d))?.to_digit(16)?;
        Some(acc.wrapping_mul(16).wrapping_add(v as u16))
    })
}

/// unescape(string) (B.2.1.2): `%uXXXX` and `%XX` back to code units; any
/// other `%` stays as it is.
fn unescape(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let units = arg_units(vm, args.get(0))?;
    vm.reserve(units.len().saturating_mul(2))?;
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    let mut i = 0;
    while let Some(&unit) = units.get(i) {
        if unit == u16::from(b'%') {
            let long = units.get(i + 1) == Some(&u16::from(b'u'));
            let (digits, skip) = if long { (units.get(i + 2..i + 6), 6) } else { (units.get(i + 1..i + 3), 3) };
            if let Some(value) = digits.and_then(hex_value) {
                out.push(value);
                i += skip;
                continue;
            }
        }
        out.push(unit);
        i += 1;
    }
    Ok(Value::String(vm.alloc_string_units(out)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_digits_read_only_when_all_are_hex() {
        let units = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
        assert_eq!(hex_value(&units("4a")), Some(0x4A));
        assert_eq!(hex_value(&units("D83D")), Some(0xD83D));
        assert_eq!(hex_value(&units("4g")), None);
        assert!(unescaped(u16::from(b'@')) && !unescaped(u16::from(b' ')));
    }
}
