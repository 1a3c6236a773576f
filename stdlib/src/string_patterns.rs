//! The `String.prototype` methods that take a pattern: `match`, `matchAll`,
//! `replace`, `replaceAll` and `search`. An object argument decides through
//! its `Symbol.match`/`matchAll`/`replace`/`search` method (so RegExp plugs
//! in there). Otherwise `replace` and `replaceAll` search for the pattern's
//! string literally and expand the template by GetSubstitution (which
//! RegExp's `Symbol.replace` shares), while `match`, `matchAll` and `search`
//! make a RegExp of it.

use jsvm_vm::heap::object::PropertyKey;
use jsvm_vm::native::Args;
use jsvm_vm::value::SymbolRef;
use jsvm_vm::{JsResult, JsStr, Value, Vm};

use crate::{install_methods, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.string_prototype;
    install_methods(
        vm,
        proto,
        &[
            ("match", match_, 1),
            ("matchAll", match_all, 1),
            ("replace", replace, 2),
            ("replaceAll", replace_all, 2),
            ("search", search, 1),
        ],
    )
}

/// RequireObjectCoercible(this).
fn require_coercible(vm: &mut Vm, this: Value, method: &str) -> JsResult<()> {
    if this.is_nullish() {
        return type_error(vm, &format!("String.prototype.{method} called on null or undefined"));
    }
    Ok(())
}

/// GetMethod(pattern, symbol) when the pattern is an object (primitives are
/// searched for as strings, never asked for a method).
fn pattern_method(vm: &mut Vm, pattern: Value, symbol: SymbolRef) -> JsResult<Option<Value>> {
    let Value::Object(o) = pattern else { return Ok(None) };
    let method = vm.get(o, PropertyKey::Symbol(symbol), pattern)?;
    if method.is_nullish() {
        return Ok(None);
    }
    if !vm.is_callable(method) {
        return type_error(vm, "pattern method is not a function");
    }
    Ok(Some(method))
}

/// For `matchAll` and `replaceAll`: a regular expression pattern must carry
/// the `g` flag.
fn require_global_flag(vm: &mut Vm, pattern: Value, method: &str) -> JsResult<()> {
    if !crate::regexp::is_regexp(vm, pattern)? {
        return Ok(());
    }
    let flags = vm.get_value(pattern, PropertyKey::Atom(vm.realm.names.flags))?;
    if flags.is_nullish() {
        return type_error(vm, &format!("String.prototype.{method}: the pattern's flags are null or undefined"));
    }
    let flags = vm.to_string(flags)?;
    if !vm.heap.units(flags).contains(&u16::from(b'g')) {
        return type_error(vm, &format!("String.prototype.{method} called with a non-global RegExp argument"));
    }
    Ok(())
}

/// RegExpCreate(pattern, flags) then Invoke(rx, symbol, «string»): the
/// path of `match`, `matchAll` and `search` for a non-object pattern.
fn through_regexp(vm: &mut Vm, pattern: Value, flags: &str, symbol: SymbolRef, string: JsStr) -> JsResult<Value> {
    let rx = crate::regexp::regexp_create_default(vm, pattern, flags)?;
    let method = vm.get(rx, PropertyKey::Symbol(symbol), Value::Object(rx))?;
    vm.call(method, Value::Object(rx), &[Value::String(string)])
}

/// String.prototype.match(regexp).
fn match_(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let symbol = vm.realm.symbols.match_;
    match_with(vm, args, "match", symbol, "")
}

/// String.prototype.matchAll(regexp).
fn match_all(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let symbol = vm.realm.symbols.match_all;
    match_with(vm, args, "matchAll", symbol, "g")
}

/// String.prototype.search(regexp).
fn search(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let symbol = vm.realm.symbols.search;
    match_with(vm, args, "search", symbol, "")
}

/// The shared body of `match`, `matchAll` and `search`: an object pattern's
/// `symbol` method decides; anything else becomes a RegExp with `flags`
/// (`matchAll` first requires a RegExp pattern to be global).
fn match_with(vm: &mut Vm, args: &Args, method: &str, symbol: SymbolRef, flags: &str) -> JsResult<Value> {
    require_coercible(vm, args.this, method)?;
    let pattern = args.get(0);
    if flags.contains('g') {
        require_global_flag(vm, pattern, method)?;
    }
    if let Some(matcher) = pattern_method(vm, pattern, symbol)? {
        return vm.call(matcher, pattern, &[args.this]);
    }
    let s = vm.to_string(args.this)?;
    through_regexp(vm, pattern, flags, symbol, s)
}

/// String.prototype.replace(searchValue, replaceValue).
fn replace(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    replace_string(vm, args, false)
}

/// String.prototype.replaceAll(searchValue, replaceValue).
fn replace_all(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    replace_string(vm, args, true)
}

/// The shared body of `replace` and `replaceAll`: the pattern's
/// `Symbol.replace` decides for objects; a string pattern is replaced at its
/// first occurrence, or at every non-overlapping one.
fn replace_string(vm: &mut Vm, args: &Args, all: bool) -> JsResult<Value> {
    let method = if all { "replaceAll" } else { "replace" };
    require_coercible(vm, args.this, method)?;
    let (search_value, replace_value) = (args.get(0), args.get(1));
    if let Value::Object(_) = search_value {
        if all {
            require_global_flag(vm, search_value, method)?;
        }
        let symbol = vm.realm.symbols.replace;
        if let Some(replacer) = pattern_method(vm, search_value, symbol)? {
            return vm.call(replacer, search_value, &[args.this, replace_value]);
        }
    }
    let string = vm.to_string(args.this)?;
    let search_string = vm.to_string(search_value)?;
    let functional = vm.is_callable(replace_value);
    let template = if functional { None } else { Some(vm.to_string(replace_value)?) };
    let text = vm.heap.units(string).to_vec();
    let needle = vm.heap.units(search_string).to_vec();
    vm.charge_units(text.len())?;
    let advance = needle.len().max(1);
    let mut positions = Vec::new();
    let mut from = 0;
    while let Some(p) = crate::string_ops::find(vm, &text, &needle, from)? {
        positions.push(p);
        if !all {
            break;
        }
        from = p + advance;
    }
    if positions.is_empty() {
        return Ok(Value::String(string));
    }
    let mut result: Vec<u16> = Vec::new();
    let mut end_of_last = 0;
    for p in positions {
        vm.charge(1)?;
        result.extend_from_slice(text.get(end_of_last..p).unwrap_or(&[]));
        match template {
            None => {
                let args = [Value::String(search_string), Value::Number(p as f64), Value::String(string)];
                let v = vm.call(replace_value, Value::Undefined, &args)?;
                let s = vm.to_string(v)?;
                result.extend_from_slice(vm.heap.units(s));
            }
            Some(t) => {
                let template = vm.heap.units(t).to_vec();
                let replacement = get_substitution(vm, &needle, &text, p, &[], Value::Undefined, &template)?;
                result.extend_from_slice(&replacement);
            }
        }
        end_of_last = p + needle.len();
        crate::check_text_fits(vm, result.len())?;
    }
    result.extend_from_slice(text.get(end_of_last..).unwrap_or(&[]));
    Ok(Value::String(vm.alloc_string_units(result)?))
}

/// GetSubstitution(matched, str, position, captures, namedCaptures,
/// replacementTemplate): expands `$$`, `$&`, `` $` ``, `$'`, `$n`, `$nn` and
/// `$<name>` in `template`. `captures` holds strings or undefined;
/// `named` is undefined or the groups object.
pub(crate) fn get_substitution(
    vm: &mut Vm,
    matched: &[u16],
    string: &[u16],
    position: usize,
    captures: &[Value],
    named: Value,
    template: &[u16],
) -> JsResult<Vec<u16>> {
    let dollar = u16::from(b'$');
    let digit = |c: Option<&u16>| c.and_then(|&c| char::from_u32(u32::from(c))).and_then(|c| c.to_digit(10));
    let mut result: Vec<u16> = Vec::with_capacity(template.len());
    let mut i = 0;
    while let Some(&c) = template.get(i) {
        if c != dollar {
            result.push(c);
            i += 1;
            continue;
        }
        let next = template.get(i + 1).copied();
        match next.and_then(|n| u8::try_from(n).ok()).map(char::from) {
            Some('$') => {
                result.push(dollar);
                i += 2;
            }
            Some('&') => {
                result.extend_from_slice(matched);
                i += 2;
            }
            Some('`') => {
                result.extend_from_slice(string.get(..position).unwrap_or(&[]));
                i += 2;
            }
            Some('\'') => {
                let tail = position.saturating_add(matched.len()).min(string.len());
                result.extend_from_slice(string.get(tail..).unwrap_or(&[]));
                i += 2;
            }
            Some('0'..='9') => {
                let first = digit(template.get(i + 1)).unwrap_or(0) as usize;
                let two = digit(template.get(i + 2)).map(|d| first * 10 + d as usize);
                // A two-digit reference past the last capture reads as one
                // digit followed by a literal digit.
                let (index, width) = match two {
                    Some(n) if n >= 1 && n <= captures.len() => (n, 2),
                    _ => (first, 1),
                };
                if index >= 1 && index <= captures.len() {
                    if let Some(Value::String(s)) = captures.get(index - 1) {
                        result.extend_from_slice(vm.heap.units(*s));
                    }
                } else {
                    result.extend_from_slice(template.get(i..i + 1 + width).unwrap_or(&[]));
                }
                i += 1 + width;
            }
            Some('<') => {
                let close = template.get(i + 2..).and_then(|rest| rest.iter().position(|&c| c == u16::from(b'>')));
                match (close, named) {
                    (Some(close), Value::Object(groups)) => {
                        let name = template.get(i + 2..i + 2 + close).unwrap_or(&[]).to_vec();
                        let key = vm.key_of_units(&name)?;
                        let capture = vm.get(groups, key, named)?;
                        if !matches!(capture, Value::Undefined) {
                            let s = vm.to_string(capture)?;
                            result.extend_from_slice(vm.heap.units(s));
                        }
                        i += close + 3;
                    }
                    _ => {
                        result.extend_from_slice(&[dollar, u16::from(b'<')]);
                        i += 2;
                    }
                }
            }
            _ => {
                result.push(dollar);
                i += 1;
            }
        }
    }
    vm.charge_units(result.len())?;
    Ok(result)
}
