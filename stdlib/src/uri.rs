//! `encodeURI`, `encodeURIComponent`, `decodeURI` and
//! `decodeURIComponent`: the spec's Encode and Decode operations, percent
//! escapes of UTF-8 bytes, with a URIError for lone surrogates and bad
//! escapes. Charged by the string rule on the text read and written.

use jsvm_vm::native::Args;
use jsvm_vm::{ErrorKind, JsResult, Value, Vm};

use crate::{define_global, native_function};

/// Characters that URIs reserve: encodeURI leaves them alone, decodeURI
/// keeps their escapes.
const RESERVED: &str = ";/?:@&=+$,";
/// uriUnreserved marks: never escaped.
const MARKS: &str = "-_.!~*'()";

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    for (name, f) in [
        ("encodeURI", encode_uri as jsvm_vm::native::NativeFn),
        ("encodeURIComponent", encode_uri_component),
        ("decodeURI", decode_uri),
        ("decodeURIComponent", decode_uri_component),
    ] {
        let func = native_function(vm, name, f, 1)?;
        define_global(vm, name, Value::Object(func))?;
    }
    Ok(())
}

fn encode_uri(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    encode(vm, args.get(0), true)
}

fn encode_uri_component(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    encode(vm, args.get(0), false)
}

fn decode_uri(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    decode(vm, args.get(0), true)
}

fn decode_uri_component(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    decode(vm, args.get(0), false)
}

fn uri_error<T>(vm: &mut Vm) -> JsResult<T> {
    Err(vm.error(ErrorKind::UriError, "URI malformed"))
}

/// Encode(string, extraUnescaped): `whole_uri` adds the reserved characters
/// and `#` to the ones left as they are.
fn encode(vm: &mut Vm, v: Value, whole_uri: bool) -> JsResult<Value> {
    let s = vm.to_string(v)?;
    vm.charge_units(s.len() as usize * 3)?;
    let units = vm.heap.units(s).to_vec();
    let kept =
        |c: char| c.is_ascii_alphanumeric() || MARKS.contains(c) || (whole_uri && (RESERVED.contains(c) || c == '#'));
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    for decoded in char::decode_utf16(units.iter().copied()) {
        let Ok(c) = decoded else { return uri_error(vm) };
        if kept(c) {
            out.push(c as u16);
            continue;
        }
        let mut bytes = [0u8; 4];
        for b in c.encode_utf8(&mut bytes).bytes() {
            out.extend(format!("%{b:02X}").encode_utf16());
        }
    }
    Ok(Value::String(vm.alloc_string_units(out)?))
}

/// Decode(string, preserveEscapeSet): `whole_uri` keeps the escapes of
/// reserved characters and `#` as they are.
fn decode(vm: &mut Vm, v: Value, whole_uri: bool) -> JsResult<Value> {
    let s = vm.to_string(v)?;
    vm.charge_units(s.len() as usize)?;
    let units = vm.heap.units(s).to_vec();
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    let mut k = 0;
    while let Some(&c) = units.get(k) {
        if c != u16::from(b'%') {
            out.push(c);
            k += 1;
            continue;
        }
        let start = k;
        let Some(first) = escaped_byte(&units, k) else { return uri_error(vm) };
        k += 3;
        if first < 0x80 {
            let ch = char::from(first);
            if whole_uri && (RESERVED.contains(ch) || ch == '#') {
                out.extend_from_slice(units.get(start..k).unwrap_or(&[]));
            } else {
                out.push(u16::from(first));
            }
            continue;
        }
        let count = first.leading_ones() as usize;
        if !(2..=4).contains(&count) {
            return uri_error(vm);
        }
        let mut bytes = vec![first];
        for _ in 1..count {
            let Some(b) = escaped_byte(&units, k) else { return uri_error(vm) };
            bytes.push(b);
            k += 3;
        }
        // from_utf8 rejects overlong forms, surrogates and code points past
        // U+10FFFF, as the spec requires.
        let Ok(text) = std::str::from_utf8(&bytes) else { return uri_error(vm) };
        out.extend(text.encode_utf16());
    }
    Ok(Value::String(vm.alloc_string_units(out)?))
}

/// The byte of the `%XX` escape at `k`, if there is one.
fn escaped_byte(units: &[u16], k: usize) -> Option<u8> {
    if units.get(k) != Some(&u16::from(b'%')) {
        return None;
    }
    let hex = |i: usize| units.get(i).and_then(|&c| char::from_u32(u32::from(c))).and_then(|c| c.to_digit(16));
    Some((hex(k + 1)? * 16 + hex(k + 2)?) as u8)
}
