//! `String.prototype`, second part: searching (lastIndexOf, includes,
//! startsWith, endsWith, at, codePointAt), cutting and joining (substring,
//! split with a string separator, concat), padding and trimming (padStart,
//! padEnd, trim, trimStart, trimEnd, repeat), `String.fromCodePoint` and
//! `String.raw`.
//! Work is charged per code unit before it is done, so `'x'.repeat(1e8)`
//! runs out of gas instead of allocating.

use jsvm_vm::gas::STRING_SEARCH_PIECE;
use jsvm_vm::heap::Units;
use jsvm_vm::heap::object::PropertyKey;
use jsvm_vm::native::Args;
use jsvm_vm::number::is_js_whitespace;
use jsvm_vm::{ErrorKind, JsResult, JsStr, Value, Vm};

use crate::{install_methods, to_integer_or_infinity, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.string_prototype;
    install_methods(
        vm,
        proto,
        &[
            ("at", at, 1),
            ("codePointAt", code_point_at, 1),
            ("lastIndexOf", last_index_of, 1),
            ("includes", includes, 1),
            ("startsWith", starts_with, 1),
            ("endsWith", ends_with, 1),
            ("substring", substring, 2),
            ("split", split, 2),
            ("concat", concat, 1),
            ("padStart", pad_start, 1),
            ("padEnd", pad_end, 1),
            ("trim", trim, 0),
            ("trimStart", trim_start, 0),
            ("trimEnd", trim_end, 0),
            ("repeat", repeat, 1),
        ],
    )?;
    let key = vm.key("String");
    let global = vm.global();
    if let Value::Object(c) = vm.get(global, key, Value::Object(global))? {
        install_methods(vm, c, &[("fromCodePoint", from_code_point, 1), ("raw", raw, 1)])?;
    }
    Ok(())
}

/// RequireObjectCoercible(this) then ToString, as code units.
pub(crate) fn this_units(vm: &mut Vm, args: &Args) -> JsResult<Vec<u16>> {
    if args.this.is_nullish() {
        return type_error(vm, "String.prototype method called on null or undefined");
    }
    let s = vm.to_string(args.this)?;
    vm.charge_units(s.len() as usize)?;
    Ok(vm.heap.units(s).to_vec())
}

/// ToString(v) as code units (charged).
pub(crate) fn arg_units(vm: &mut Vm, v: Value) -> JsResult<Vec<u16>> {
    let s = vm.to_string(v)?;
    vm.charge_units(s.len() as usize)?;
    Ok(vm.heap.units(s).to_vec())
}

fn string(vm: &mut Vm, units: impl Into<Units>) -> JsResult<Value> {
    Ok(Value::String(vm.alloc_string_units(units)?))
}

/// The position argument of includes/startsWith, clamped to 0..=len.
fn position(vm: &mut Vm, v: Value, len: usize, default: usize) -> JsResult<usize> {
    if matches!(v, Value::Undefined) {
        return Ok(default);
    }
    Ok(to_integer_or_infinity(vm, v)?.clamp(0.0, len as f64) as usize)
}

/// The search string of includes/startsWith/endsWith (a RegExp is a TypeError).
fn search_units(vm: &mut Vm, v: Value) -> JsResult<Vec<u16>> {
    if let Value::Object(o) = v {
        let key = PropertyKey::Symbol(vm.realm.symbols.match_);
        let matcher = vm.get(o, key, v)?;
        if !matcher.is_nullish() && vm.to_boolean(matcher) {
            return type_error(vm, "First argument must not be a regular expression");
        }
    }
    arg_units(vm, v)
}

/// The first occurrence of `needle` in `hay` at or after `from`, found in
/// linear time (Knuth–Morris–Pratt: one pass over the text, one over the
/// needle, whatever they hold), charging the string rule on the needle and
/// on the text scanned, a piece at a time before it is scanned.
pub(crate) fn find(vm: &mut Vm, hay: &[u16], needle: &[u16], from: usize) -> JsResult<Option<usize>> {
    if needle.is_empty() {
        return Ok((from <= hay.len()).then_some(from));
    }
    let text = hay.get(from..).unwrap_or(&[]);
    let found = kmp(vm, needle.len(), |i| needle[i], text.len(), |j| text[j])?;
    Ok(found.map(|end| from + end + 1 - needle.len()))
}

/// The last occurrence of `needle` in `hay` starting at or before `from`
/// (the same search run backwards).
pub(crate) fn rfind(vm: &mut Vm, hay: &[u16], needle: &[u16], from: usize) -> JsResult<Option<usize>> {
    let m = needle.len();
    if m > hay.len() {
        return Ok(None);
    }
    let start = from.min(hay.len() - m);
    if m == 0 {
        return Ok(Some(start));
    }
    // Read backwards from the end of the last candidate window.
    let end = start + m;
    let found = kmp(vm, m, |i| needle[m - 1 - i], end, |j| hay[end - 1 - j])?;
    Ok(found.map(|last| end - 1 - last))
}

/// Knuth–Morris–Pratt over indexed sequences: the position in the text of
/// the last unit of the first match. The text is charged
/// `STRING_SEARCH_PIECE` a piece at a time: each whole piece when the scan
/// reaches its end, and the part of the last one scanned when the search
/// stops (so a search that stops early pays for what it read, and no piece
/// runs unpaid for long).
fn kmp(
    vm: &mut Vm,
    m: usize,
    needle: impl Fn(usize) -> u16,
    n: usize,
    text: impl Fn(usize) -> u16,
) -> JsResult<Option<usize>> {
    const PIECE: usize = 4096;
    let charge_scanned =
        |vm: &mut Vm, units: usize| vm.charge(STRING_SEARCH_PIECE.saturating_mul(units as u64) / PIECE as u64);
    vm.charge_units(m)?;
    // fail[i]: the length of the longest proper border of needle[..=i].
    let mut fail = vec![0usize; m];
    let mut k = 0;
    for i in 1..m {
        while k > 0 && needle(i) != needle(k) {
            k = fail[k - 1];
        }
        if needle(i) == needle(k) {
            k += 1;
        }
        fail[i] = k;
    }
    let mut matched = 0;
    let mut piece_start = 0;
    for j in 0..n {
        if j - piece_start == PIECE {
            charge_scanned(vm, PIECE)?;
            piece_start = j;
        }
        while matched > 0 && text(j) != needle(matched) {
            matched = fail[matched - 1];
        }
        if text(j) == needle(matched) {
            matched += 1;
            if matched == m {
                charge_scanned(vm, j + 1 - piece_start)?;
                return Ok(Some(j));
            }
        }
    }
    charge_scanned(vm, n - piece_start)?;
    Ok(None)
}

fn at(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let units = this_units(vm, args)?;
    let n = to_integer_or_infinity(vm, args.get(0))?;
    let k = if n < 0.0 { units.len() as f64 + n } else { n };
    match units.get(k as usize) {
        Some(&u) if k >= 0.0 => string(vm, vec![u]),
        _ => Ok(Value::Undefined),
    }
}

fn code_point_at(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let units = this_units(vm, args)?;
    let n = to_integer_or_infinity(vm, args.get(0))?;
    if n < 0.0 || n >= units.len() as f64 {
        return Ok(Value::Undefined);
    }
    let i = n as usize;
    let first = units.get(i).copied().unwrap_or(0);
    if (0xD800..0xDC00).contains(&first)
        && let Some(&second) = units.get(i + 1)
        && (0xDC00..0xE000).contains(&second)
    {
        let cp = 0x10000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(second) - 0xDC00);
        return Ok(Value::Number(f64::from(cp)));
    }
    Ok(Value::Number(f64::from(first)))
}

fn last_index_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let hay = this_units(vm, args)?;
    let needle = arg_units(vm, args.get(0))?;
    let n = vm.to_number(args.get(1))?;
    let from = if n.is_nan() { f64::INFINITY } else { n.trunc() };
    let start = from.clamp(0.0, hay.len() as f64) as usize;
    Ok(Value::Number(rfind(vm, &hay, &needle, start)?.map_or(-1.0, |i| i as f64)))
}

fn includes(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let hay = this_units(vm, args)?;
    let needle = search_units(vm, args.get(0))?;
    let from = position(vm, args.get(1), hay.len(), 0)?;
    Ok(Value::Bool(find(vm, &hay, &needle, from)?.is_some()))
}

fn starts_with(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let hay = this_units(vm, args)?;
    let needle = search_units(vm, args.get(0))?;
    let from = position(vm, args.get(1), hay.len(), 0)?;
    Ok(Value::Bool(hay.get(from..).is_some_and(|rest| rest.starts_with(&needle))))
}

fn ends_with(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let hay = this_units(vm, args)?;
    let needle = search_units(vm, args.get(0))?;
    let end = position(vm, args.get(1), hay.len(), hay.len())?;
    Ok(Value::Bool(hay.get(..end).is_some_and(|head| head.ends_with(&needle))))
}

fn substring(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let units = this_units(vm, args)?;
    let len = units.len() as f64;
    let start = to_integer_or_infinity(vm, args.get(0))?.clamp(0.0, len) as usize;
    let end = match args.get(1) {
        Value::Undefined => units.len(),
        v => to_integer_or_infinity(vm, v)?.clamp(0.0, len) as usize,
    };
    let (from, to) = (start.min(end), start.max(end));
    string(vm, units.get(from..to).unwrap_or(&[]))
}

/// String.prototype.split(separator, limit): a separator with a
/// `Symbol.split` method (a RegExp) decides itself; otherwise split on the
/// separator string.
fn split(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if args.this.is_nullish() {
        return type_error(vm, "String.prototype.split called on null or undefined");
    }
    let separator = args.get(0);
    if let Value::Object(o) = separator {
        let key = PropertyKey::Symbol(vm.realm.symbols.split);
        let splitter = vm.get(o, key, separator)?;
        if !splitter.is_nullish() {
            return vm.call(splitter, separator, &[args.this, args.get(1)]);
        }
    }
    let units = this_units(vm, args)?;
    let limit = match args.get(1) {
        Value::Undefined => u32::MAX,
        v => jsvm_vm::number::to_uint32(vm.to_number(v)?),
    };
    let sep = if matches!(separator, Value::Undefined) { None } else { Some(arg_units(vm, separator)?) };
    let mut parts: Vec<Value> = Vec::new();
    if limit == 0 {
        return Ok(Value::Object(vm.new_array(parts)?));
    }
    let Some(sep) = sep else {
        let whole = string(vm, units)?;
        return Ok(Value::Object(vm.new_array(vec![whole])?));
    };
    if sep.is_empty() {
        for &u in units.iter().take(limit as usize) {
            vm.charge(1)?;
            let v = string(vm, vec![u])?;
            parts.push(v);
        }
        return Ok(Value::Object(vm.new_array(parts)?));
    }
    vm.with_host_bytes(|vm, held| {
        let mut start = 0;
        while let Some(i) = find(vm, &units, &sep, start)? {
            vm.charge(jsvm_vm::gas::SPLIT_PIECE)?;
            // The list's slot and the piece's temporary root.
            held.add(vm, 2 * std::mem::size_of::<Value>())?;
            let piece = string(vm, units.get(start..i).unwrap_or(&[]))?;
            parts.push(piece);
            if parts.len() as u32 >= limit {
                return Ok(Value::Object(vm.new_array(std::mem::take(&mut parts))?));
            }
            start = i + sep.len();
        }
        let tail = string(vm, units.get(start..).unwrap_or(&[]))?;
        parts.push(tail);
        Ok(Value::Object(vm.new_array(std::mem::take(&mut parts))?))
    })
}

fn concat(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if args.this.is_nullish() {
        return type_error(vm, "String.prototype.concat called on null or undefined");
    }
    let mut s: JsStr = vm.to_string(args.this)?;
    for &a in args.args {
        vm.root(Value::String(s));
        let next = vm.to_string(a)?;
        s = vm.concat(s, next)?;
    }
    Ok(Value::String(s))
}

/// StringPad: fills to `max_length` with repetitions of the filler.
fn pad(vm: &mut Vm, args: &Args, at_start: bool) -> JsResult<Value> {
    let units = this_units(vm, args)?;
    let max = to_integer_or_infinity(vm, args.get(0))?;
    if max <= units.len() as f64 {
        return string(vm, units);
    }
    let filler = match args.get(1) {
        Value::Undefined => vec![u16::from(b' ')],
        v => arg_units(vm, v)?,
    };
    if filler.is_empty() {
        return string(vm, units);
    }
    if max > f64::from(jsvm_vm::heap::MAX_STRING_LENGTH) {
        return Err(vm.error(ErrorKind::RangeError, "Invalid string length"));
    }
    let fill_len = max as usize - units.len();
    vm.charge_units(fill_len)?;
    vm.reserve(fill_len * 2)?;
    let fill: Vec<u16> = filler.iter().copied().cycle().take(fill_len).collect();
    let out = if at_start { [fill, units].concat() } else { [units, fill].concat() };
    string(vm, out)
}

fn pad_start(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    pad(vm, args, true)
}

fn pad_end(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    pad(vm, args, false)
}

/// TrimString: strips WhiteSpace and LineTerminator code units.
fn trim_units(vm: &mut Vm, args: &Args, start: bool, end: bool) -> JsResult<Value> {
    let units = this_units(vm, args)?;
    let mut from = 0;
    let mut to = units.len();
    if start {
        from = units.iter().position(|&c| !is_js_whitespace(c)).unwrap_or(units.len());
    }
    if end {
        to = units.iter().rposition(|&c| !is_js_whitespace(c)).map_or(from, |i| i + 1).max(from);
    }
    string(vm, units.get(from..to).unwrap_or(&[]))
}

fn trim(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    trim_units(vm, args, true, true)
}

fn trim_start(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    trim_units(vm, args, true, false)
}

fn trim_end(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    trim_units(vm, args, false, true)
}

/// String.prototype.repeat(count): RangeError for a negative or infinite
/// count; the result's length is charged before anything is built.
fn repeat(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let units = this_units(vm, args)?;
    let n = to_integer_or_infinity(vm, args.get(0))?;
    if n < 0.0 || n.is_infinite() {
        return Err(vm.error(ErrorKind::RangeError, &format!("Invalid count value: {n}")));
    }
    let total = units.len() as f64 * n;
    if total > f64::from(jsvm_vm::heap::MAX_STRING_LENGTH) {
        return Err(vm.error(ErrorKind::RangeError, "Invalid string length"));
    }
    vm.charge_units(total as usize)?;
    vm.reserve(total as usize * 2)?;
    string(vm, units.repeat(n as usize))
}

/// String.fromCodePoint(...codePoints).
fn from_code_point(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    vm.charge(args.len() as u64)?;
    let mut units = Vec::with_capacity(args.len());
    for &a in args.args {
        let n = vm.to_number(a)?;
        if n.fract() != 0.0 || !(0.0..=1_114_111.0).contains(&n) {
            let d = jsvm_vm::number::number_to_string(n);
            return Err(vm.error(ErrorKind::RangeError, &format!("Invalid code point {d}")));
        }
        let cp = n as u32;
        if cp >= 0x10000 {
            let c = cp - 0x10000;
            units.push(0xD800 + (c >> 10) as u16);
            units.push(0xDC00 + (c & 0x3FF) as u16);
        } else {
            units.push(cp as u16);
        }
    }
    string(vm, units)
}

/// String.raw(template, ...substitutions): the template's raw strings with
/// the substitutions between them.
fn raw(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let cooked = vm.to_object(args.get(0))?;
    let key = vm.key("raw");
    let raw = vm.get(cooked, key, Value::Object(cooked))?;
    let literals = vm.to_object(raw)?;
    let count = crate::length_of_array_like(vm, literals)?;
    let substitutions = args.args.get(1..).unwrap_or(&[]);
    vm.with_host_bytes(|vm, held| {
        let mut out: Vec<u16> = Vec::new();
        for i in 0..count {
            vm.charge(1)?;
            let mark = vm.roots_mark();
            let key = crate::array::index_key(vm, i)?;
            let literal = vm.get(literals, key, Value::Object(literals))?;
            append(vm, held, &mut out, literal)?;
            vm.release_roots(mark);
            if i + 1 == count {
                break;
            }
            if let Some(&sub) = substitutions.get(i as usize) {
                append(vm, held, &mut out, sub)?;
                vm.release_roots(mark);
            }
        }
        string(vm, out)
    })
}

/// Appends ToString(v) to `out`, charging for it and holding the room.
fn append(vm: &mut Vm, held: &mut jsvm_vm::HostBytes, out: &mut Vec<u16>, v: Value) -> JsResult<()> {
    let s = vm.to_string(v)?;
    vm.charge_units(s.len() as usize)?;
    held.reserve_units(vm, out, s.len() as usize)?;
    out.extend_from_slice(vm.heap.units(s));
    Ok(())
}
