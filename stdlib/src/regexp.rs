//! `RegExp`: the constructor, `exec`/`test`/`toString`, the flag getters,
//! the `Symbol.match`/`matchAll`/`replace`/`search`/`split` methods the
//! String methods dispatch to, and the RegExp String Iterator. Matching
//! itself (and its gas) lives in `jsvm_vm::regexp`; the algorithms here
//! are the spec's, observable steps (`lastIndex`, `exec` lookups, species)
//! included.

use jsvm_vm::heap::object::{CONFIGURABLE, IteratorState, ObjectKind, Property, PropertyKey, Slot};
use jsvm_vm::native::Args;
use jsvm_vm::regexp::{Captures, Flags};
use jsvm_vm::{ErrorKind, JsResult, JsStr, ObjRef, Value, Vm};
use smallvec::SmallVec;

use crate::string_patterns::get_substitution;
use crate::{define_getter, install_constructor, install_methods, install_symbol_method, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let op = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(op), ObjectKind::Ordinary)?;
    vm.realm.regexp_prototype = Some(proto);
    let c = install_constructor(vm, "RegExp", regexp, 2, proto)?;
    vm.realm.regexp_constructor = Some(c);
    crate::define_species_getter(vm, c)?;
    install_methods(vm, c, &[("escape", escape, 1)])?;
    install_legacy_statics(vm, c)?;
    install_methods(vm, proto, &[("test", test, 1), ("toString", to_string, 0), ("compile", compile, 2)])?;
    let exec_fn = crate::native_function(vm, "exec", exec, 1)?;
    let exec_key = PropertyKey::Atom(vm.realm.names.exec);
    vm.define_hidden(proto, exec_key, Value::Object(exec_fn))?;
    vm.realm.regexp_exec = Some(exec_fn);
    for (name, getter) in [("flags", flags as jsvm_vm::native::NativeFn), ("source", source)]
        .into_iter()
        .chain(FLAG_GETTERS.iter().map(|&(name, _, getter)| (name, getter)))
    {
        let key = vm.key(name);
        define_getter(vm, proto, key, name, getter)?;
    }
    let symbols = vm.realm.symbols;
    install_symbol_method(vm, proto, symbols.match_, "[Symbol.match]", symbol_match, 1)?;
    install_symbol_method(vm, proto, symbols.match_all, "[Symbol.matchAll]", symbol_match_all, 1)?;
    install_symbol_method(vm, proto, symbols.replace, "[Symbol.replace]", symbol_replace, 2)?;
    install_symbol_method(vm, proto, symbols.search, "[Symbol.search]", symbol_search, 1)?;
    install_symbol_method(vm, proto, symbols.split, "[Symbol.split]", symbol_split, 2)?;

    let iter_proto = vm.alloc_object(Some(vm.realm.iterator_prototype), ObjectKind::Ordinary)?;
    install_methods(vm, iter_proto, &[("next", string_iterator_next, 0)])?;
    crate::define_to_string_tag(vm, iter_proto, "RegExp String Iterator")?;
    vm.realm.regexp_string_iterator_prototype = Some(iter_proto);
    Ok(())
}

/// The RegExp object's flags, if `v` is one.
fn flags_of(vm: &Vm, v: Value) -> Option<Flags> {
    match v {
        Value::Object(o) => match &vm.heap.object(o).kind {
            ObjectKind::RegExp(r) => Some(r.compiled.flags),
            _ => None,
        },
        _ => None,
    }
}

fn is_regexp_object(vm: &Vm, v: Value) -> bool {
    flags_of(vm, v).is_some()
}

/// IsRegExp(argument).
pub(crate) fn is_regexp(vm: &mut Vm, v: Value) -> JsResult<bool> {
    let Value::Object(o) = v else { return Ok(false) };
    let key = PropertyKey::Symbol(vm.realm.symbols.match_);
    let matcher = vm.get(o, key, v)?;
    if !matches!(matcher, Value::Undefined) {
        return Ok(vm.to_boolean(matcher));
    }
    Ok(is_regexp_object(vm, v))
}

/// RegExp(pattern, flags).
fn regexp(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (pattern, flags) = (args.get(0), args.get(1));
    let pattern_is_regexp = is_regexp(vm, pattern)?;
    let new_target = match args.new_target {
        Some(nt) => nt,
        None => {
            let key = PropertyKey::Atom(vm.realm.names.constructor);
            if pattern_is_regexp && matches!(flags, Value::Undefined) {
                let constructor = vm.get_value(pattern, key)?;
                if vm.same_value(constructor, Value::Object(args.callee)) {
                    return Ok(pattern);
                }
            }
            args.callee
        }
    };
    let (p, f) = if let Some(ObjectKind::RegExp(r)) = match pattern {
        Value::Object(o) => Some(&vm.heap.object(o).kind),
        _ => None,
    } {
        let original_flags = Value::String(r.flags);
        (Value::String(r.source), if matches!(flags, Value::Undefined) { original_flags } else { flags })
    } else if pattern_is_regexp {
        let source_key = vm.key("source");
        let p = vm.get_value(pattern, source_key)?;
        let f = if matches!(flags, Value::Undefined) {
            vm.get_value(pattern, PropertyKey::Atom(vm.realm.names.flags))?
        } else {
            flags
        };
        (p, f)
    } else {
        (pattern, flags)
    };
    vm.root(p);
    vm.root(f);
    let intrinsic = vm.realm.regexp_prototype.unwrap_or(vm.realm.object_prototype);
    let proto = crate::prototype_from_new_target(vm, new_target, intrinsic)?;
    let legacy = vm.realm.regexp_constructor == Some(new_target);
    regexp_create(vm, p, f, proto, legacy).map(Value::Object)
}

/// RegExpInitialize on a new object of `proto`; `legacy` when %RegExp%
/// itself makes it ([[LegacyFeaturesEnabled]]).
fn regexp_create(vm: &mut Vm, pattern: Value, flags: Value, proto: ObjRef, legacy: bool) -> JsResult<ObjRef> {
    let (p, f) = pattern_and_flags(vm, pattern, flags)?;
    vm.regexp_create(p, f, proto, legacy)
}

/// RegExpInitialize's ToString of the pattern and flags (undefined is
/// empty).
fn pattern_and_flags(vm: &mut Vm, pattern: Value, flags: Value) -> JsResult<(JsStr, JsStr)> {
    let empty = vm.heap.empty_string();
    let p = if matches!(pattern, Value::Undefined) { empty } else { vm.to_string(pattern)? };
    vm.root(Value::String(p));
    let f = if matches!(flags, Value::Undefined) { empty } else { vm.to_string(flags)? };
    Ok((p, f))
}

/// Annex B RegExp.prototype.compile(pattern, flags): reinitializes this
/// RegExp in place, from another RegExp's source and flags (then `flags`
/// must be undefined) or from a pattern and flags. Not for instances of
/// subclasses (no legacy features).
fn compile(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Value::Object(rx) = args.this else {
        return type_error(vm, "RegExp.prototype.compile called on a non-RegExp");
    };
    match &vm.heap.object(rx).kind {
        ObjectKind::RegExp(r) if r.legacy => {}
        ObjectKind::RegExp(_) => return type_error(vm, "RegExp.prototype.compile called on a subclass instance"),
        _ => return type_error(vm, "RegExp.prototype.compile called on a non-RegExp"),
    }
    let (pattern, flags) = (args.get(0), args.get(1));
    let original = match pattern {
        Value::Object(o) => match &vm.heap.object(o).kind {
            ObjectKind::RegExp(r) => Some((r.source, r.flags)),
            _ => None,
        },
        _ => None,
    };
    let (p, f) = match original {
        Some(_) if !matches!(flags, Value::Undefined) => {
            return type_error(vm, "RegExp.prototype.compile: flags must be undefined for a RegExp pattern");
        }
        Some(source_and_flags) => source_and_flags,
        None => pattern_and_flags(vm, pattern, flags)?,
    };
    vm.regexp_reinitialize(rx, p, f)?;
    Ok(args.this)
}

/// RegExpCreate(pattern, flags) with %RegExp.prototype%: what `match`,
/// `matchAll` and `search` use for a pattern that is not an object.
pub(crate) fn regexp_create_default(vm: &mut Vm, pattern: Value, flags: &str) -> JsResult<ObjRef> {
    let flags = vm.string_value(flags)?;
    let proto = vm.realm.regexp_prototype.unwrap_or(vm.realm.object_prototype);
    regexp_create(vm, pattern, flags, proto, true)
}

/// The receiver as an object, or a TypeError naming `method`.
fn this_object(vm: &mut Vm, this: Value, method: &str) -> JsResult<ObjRef> {
    match this {
        Value::Object(o) => Ok(o),
        _ => type_error(vm, &format!("RegExp.prototype.{method} called on a non-object")),
    }
}

fn last_index_key(vm: &Vm) -> PropertyKey {
    PropertyKey::Atom(vm.realm.names.last_index)
}

/// Set(R, "lastIndex", n, true).
fn set_last_index(vm: &mut Vm, rx: ObjRef, n: f64) -> JsResult<()> {
    let key = last_index_key(vm);
    if vm.set(rx, key, Value::Number(n), Value::Object(rx))? {
        Ok(())
    } else {
        type_error(vm, "Cannot assign to read only property 'lastIndex'")
    }
}

/// ToLength(Get(R, "lastIndex")).
fn get_last_index(vm: &mut Vm, rx: ObjRef) -> JsResult<f64> {
    let key = last_index_key(vm);
    let v = vm.get(rx, key, Value::Object(rx))?;
    let n = crate::to_integer_or_infinity(vm, v)?;
    Ok(n.clamp(0.0, 9007199254740991.0))
}

/// AdvanceStringIndex(S, index, unicode).
fn advance(vm: &Vm, s: JsStr, index: f64, unicode: bool) -> f64 {
    let units = vm.heap.units(s);
    let i = index as usize;
    if unicode && matches!(units.get(i), Some(0xD800..=0xDBFF)) && matches!(units.get(i + 1), Some(0xDC00..=0xDFFF)) {
        index + 2.0
    } else {
        index + 1.0
    }
}

/// RegExpBuiltinExec(R, S).
fn builtin_exec(vm: &mut Vm, rx: ObjRef, s: JsStr) -> JsResult<Value> {
    match builtin_match(vm, rx, s)? {
        Some(spans) => match_array(vm, rx, s, &spans),
        None => Ok(Value::Null),
    }
}

/// RegExpBuiltinExec up to the match: `lastIndex` read and updated, the
/// capture spans found.
fn builtin_match(vm: &mut Vm, rx: ObjRef, s: JsStr) -> JsResult<Option<Captures>> {
    let Some(flags) = flags_of(vm, Value::Object(rx)) else { return type_error(vm, "not a RegExp") };
    let mut last_index = get_last_index(vm, rx)?;
    let global_or_sticky = flags.global || flags.sticky;
    if !global_or_sticky {
        last_index = 0.0;
    }
    let found =
        if last_index > s.len() as f64 { None } else { vm.regexp_match(rx, s, last_index as usize, flags.sticky)? };
    let end = found.as_ref().and_then(|spans| spans.first().copied().flatten()).map(|(_, end)| end);
    if global_or_sticky {
        set_last_index(vm, rx, end.unwrap_or(0) as f64)?;
    }
    let found = found.filter(|_| end.is_some());
    if let Some(spans) = &found {
        let legacy = matches!(&vm.heap.object(rx).kind, ObjectKind::RegExp(r) if r.legacy);
        vm.regexps.legacy.record(legacy, s, spans);
    }
    Ok(found)
}

/// The legacy static properties of %RegExp% (Annex B, `legacy-regexp`),
/// each also under its Perl-style alias: `input` (`$_`, which scripts may
/// set), `lastMatch` (`$&`), `lastParen` (`$+`), `leftContext` (`` $` ``),
/// `rightContext` (`$'`), and `$1` … `$9`. The getter's magic number says
/// which (see [`legacy_static`]).
fn install_legacy_statics(vm: &mut Vm, c: ObjRef) -> JsResult<()> {
    let named =
        [("input", "$_"), ("lastMatch", "$&"), ("lastParen", "$+"), ("leftContext", "$`"), ("rightContext", "$'")];
    let names = named.iter().enumerate().flat_map(|(i, &(name, alias))| [(i, name), (i, alias)]);
    let parens: Vec<(usize, String)> = (1..=9).map(|n| (LEGACY_PAREN_1 + n - 1, format!("${n}"))).collect();
    for (magic, name) in names.map(|(i, n)| (i, n.to_string())).chain(parens) {
        let get = crate::native_function_with_magic(vm, &format!("get {name}"), legacy_static, 0, magic as u16)?;
        let set = match magic {
            LEGACY_INPUT => Some(crate::native_function(vm, &format!("set {name}"), set_legacy_input, 1)?),
            _ => None,
        };
        let key = vm.key(&name);
        vm.define_property_raw(c, key, Property { slot: Slot::Accessor { get: Some(get), set }, flags: CONFIGURABLE })?;
    }
    Ok(())
}

const LEGACY_INPUT: usize = 0;
const LEGACY_LAST_MATCH: usize = 1;
const LEGACY_LAST_PAREN: usize = 2;
const LEGACY_LEFT_CONTEXT: usize = 3;
const LEGACY_RIGHT_CONTEXT: usize = 4;
const LEGACY_PAREN_1: usize = 5;

/// GetLegacyRegExpStaticProperty(%RegExp%, this, slot): a TypeError for
/// another receiver (a subclass too) and for an emptied slot.
fn legacy_static(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    check_legacy_receiver(vm, args.this)?;
    let statics = &vm.regexps.legacy;
    let slot = usize::from(args.magic);
    if slot == LEGACY_INPUT && statics.input.is_some() {
        return Ok(statics.input.map_or(Value::Undefined, Value::String));
    }
    if statics.invalidated {
        return type_error(vm, "RegExp legacy static properties are unavailable after a subclass instance matched");
    }
    let Some((s, spans)) = statics.last_match.clone() else { return Ok(Value::String(vm.heap.empty_string())) };
    let Some(&Some((start, end))) = spans.first() else { return Ok(Value::String(vm.heap.empty_string())) };
    let span = match slot {
        LEGACY_INPUT => Some((0, s.len() as usize)),
        LEGACY_LAST_MATCH => Some((start, end)),
        LEGACY_LAST_PAREN => spans.last().copied().flatten().filter(|_| spans.len() > 1),
        LEGACY_LEFT_CONTEXT => Some((0, start)),
        LEGACY_RIGHT_CONTEXT => Some((end, s.len() as usize)),
        paren => paren.checked_sub(LEGACY_PAREN_1 - 1).and_then(|group| spans.get(group)).copied().flatten(),
    };
    match span {
        Some((a, b)) => vm.substring(s, a, b).map(Value::String),
        None => Ok(Value::String(vm.heap.empty_string())),
    }
}

/// SetLegacyRegExpStaticProperty(%RegExp%, this, [[RegExpInput]], value).
fn set_legacy_input(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    check_legacy_receiver(vm, args.this)?;
    let s = vm.to_string(args.get(0))?;
    vm.regexps.legacy.input = Some(s);
    Ok(Value::Undefined)
}

fn check_legacy_receiver(vm: &mut Vm, this: Value) -> JsResult<()> {
    match (this, vm.realm.regexp_constructor) {
        (Value::Object(o), Some(c)) if o == c => Ok(()),
        _ => type_error(vm, "RegExp legacy static properties are read on RegExp itself only"),
    }
}

/// The rest of RegExpBuiltinExec: the match array of `spans` in `s`, with
/// `index`, `input`, `groups` and (flag `d`) `indices`.
fn match_array(vm: &mut Vm, rx: ObjRef, s: JsStr, spans: &Captures) -> JsResult<Value> {
    let Some(flags) = flags_of(vm, Value::Object(rx)) else { return type_error(vm, "not a RegExp") };
    let Some(&Some((start, _))) = spans.first() else { return Ok(Value::Null) };
    let captured = capture_strings(vm, s, spans)?;
    let group_names = match &vm.heap.object(rx).kind {
        ObjectKind::RegExp(r) => r.compiled.group_names.clone(),
        _ => Vec::new(),
    };
    let groups = named_groups(vm, &group_names, |i| captured.get(i).copied().unwrap_or(Value::Undefined))?;
    vm.root(groups);
    let a = vm.new_array(captured)?;
    // The array is new: its properties are defined directly
    // (CreateDataPropertyOrThrow cannot fail on it).
    let names = vm.realm.names;
    let members = [
        (PropertyKey::Atom(names.index), Value::Number(start as f64)),
        (PropertyKey::Atom(names.input), Value::String(s)),
        (PropertyKey::Atom(names.groups), groups),
    ];
    vm.define_data_properties(a, &members)?;
    if flags.has_indices {
        let mut pairs = Vec::with_capacity(spans.len());
        for span in spans {
            let v = match span {
                Some((a, b)) => Value::Object(vm.new_array(vec![Value::Number(*a as f64), Value::Number(*b as f64)])?),
                None => Value::Undefined,
            };
            pairs.push(v);
        }
        let index_groups = named_groups(vm, &group_names, |i| pairs.get(i).copied().unwrap_or(Value::Undefined))?;
        vm.root(index_groups);
        let indices = vm.new_array(pairs)?;
        vm.define_data_properties(indices, &[(PropertyKey::Atom(names.groups), index_groups)])?;
        let indices_key = vm.key("indices");
        vm.define_data_properties(a, &[(indices_key, Value::Object(indices))])?;
    }
    Ok(Value::Object(a))
}

/// Each capture of `spans` as a string of `s` (undefined where a group
/// did not take part).
fn capture_strings(vm: &mut Vm, s: JsStr, spans: &Captures) -> JsResult<Vec<Value>> {
    let mut captured = Vec::with_capacity(spans.len());
    for span in spans {
        let v = match span {
            Some((a, b)) => Value::String(vm.substring(s, *a, *b)?),
            None => Value::Undefined,
        };
        captured.push(v);
    }
    Ok(captured)
}

/// The `groups` object of a match: undefined without named groups, else a
/// null-prototype object from each name to `value(group number)`.
fn named_groups(vm: &mut Vm, names: &[(String, usize)], value: impl Fn(usize) -> Value) -> JsResult<Value> {
    if names.is_empty() {
        return Ok(Value::Undefined);
    }
    let groups = vm.alloc_object(None, ObjectKind::Ordinary)?;
    let mut members: Vec<(PropertyKey, Value)> = Vec::with_capacity(names.len());
    for (name, index) in names {
        let (key, v) = (vm.key(name), value(*index));
        // Groups sharing a name sit in different alternatives: at most one
        // took part, and its value is the name's.
        match members.iter_mut().find(|(k, _)| *k == key) {
            Some(member) if !matches!(v, Value::Undefined) => member.1 = v,
            Some(_) => {}
            None => members.push((key, v)),
        }
    }
    vm.define_data_properties(groups, &members)?;
    Ok(Value::Object(groups))
}

/// What RegExpExec found: the spans of the original `exec` (whose result
/// array nobody else sees yet, so it need not be built), or a result object.
enum Found {
    Spans(Captures),
    Object(Value),
}

/// RegExpExec(R, S): a user `exec` if there is one, else the built-in.
fn regexp_exec(vm: &mut Vm, rx: ObjRef, s: JsStr) -> JsResult<Value> {
    match regexp_exec_found(vm, rx, s)? {
        Some(Found::Spans(spans)) => match_array(vm, rx, s, &spans),
        Some(Found::Object(result)) => Ok(result),
        None => Ok(Value::Null),
    }
}

/// Whether `rx` is a RegExp whose `exec` is the original one.
fn has_builtin_exec(vm: &mut Vm, rx: ObjRef) -> JsResult<bool> {
    let key = PropertyKey::Atom(vm.realm.names.exec);
    let exec = vm.get(rx, key, Value::Object(rx))?;
    Ok(is_builtin_exec(vm, rx, exec))
}

fn is_builtin_exec(vm: &Vm, rx: ObjRef, exec: Value) -> bool {
    matches!((exec, vm.realm.regexp_exec), (Value::Object(f), Some(builtin)) if f == builtin)
        && is_regexp_object(vm, Value::Object(rx))
}

/// RegExpExec without building the built-in's result array.
fn regexp_exec_found(vm: &mut Vm, rx: ObjRef, s: JsStr) -> JsResult<Option<Found>> {
    let key = PropertyKey::Atom(vm.realm.names.exec);
    let exec = vm.get(rx, key, Value::Object(rx))?;
    // The original `exec` needs no call frame: run it directly.
    if is_builtin_exec(vm, rx, exec) {
        return Ok(builtin_match(vm, rx, s)?.map(Found::Spans));
    }
    if vm.is_callable(exec) {
        let result = vm.call(exec, Value::Object(rx), &[Value::String(s)])?;
        return match result {
            Value::Object(_) => Ok(Some(Found::Object(result))),
            Value::Null => Ok(None),
            _ => type_error(vm, "exec result must be an object or null"),
        };
    }
    if !is_regexp_object(vm, Value::Object(rx)) {
        return type_error(vm, "RegExp.prototype.exec called on a non-RegExp");
    }
    Ok(builtin_match(vm, rx, s)?.map(Found::Spans))
}

/// RegExp.prototype.exec(string).
fn exec(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Value::Object(rx) = args.this else { return type_error(vm, "RegExp.prototype.exec called on a non-RegExp") };
    if !is_regexp_object(vm, args.this) {
        return type_error(vm, "RegExp.prototype.exec called on a non-RegExp");
    }
    let s = vm.to_string(args.get(0))?;
    builtin_exec(vm, rx, s)
}

/// RegExp.prototype.test(string).
fn test(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let rx = this_object(vm, args.this, "test")?;
    let s = vm.to_string(args.get(0))?;
    Ok(Value::Bool(!matches!(regexp_exec(vm, rx, s)?, Value::Null)))
}

/// RegExp.prototype.toString().
fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let rx = this_object(vm, args.this, "toString")?;
    let source_key = vm.key("source");
    let source = vm.get(rx, source_key, args.this)?;
    let source = vm.to_rust_string(source)?;
    let flags = vm.get(rx, PropertyKey::Atom(vm.realm.names.flags), args.this)?;
    let flags = vm.to_rust_string(flags)?;
    vm.string_value(&format!("/{source}/{flags}"))
}

/// get RegExp.prototype.flags: each flag getter, read in order.
fn flags(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let rx = this_object(vm, args.this, "flags")?;
    let mut text = String::new();
    for (name, c, _) in FLAG_GETTERS {
        let key = vm.key(name);
        let v = vm.get(rx, key, args.this)?;
        if vm.to_boolean(v) {
            text.push(c);
        }
    }
    vm.string_value(&text)
}

/// get RegExp.prototype.source: EscapeRegExpPattern of [[OriginalSource]].
fn source(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let rx = this_object(vm, args.this, "source")?;
    let ObjectKind::RegExp(r) = &vm.heap.object(rx).kind else {
        if Some(rx) == vm.realm.regexp_prototype {
            return vm.string_value("(?:)");
        }
        return type_error(vm, "RegExp.prototype.source getter called on a non-RegExp");
    };
    let source = r.source;
    vm.charge_units(source.len() as usize)?;
    let text = vm.heap.to_rust_string(source);
    if text.is_empty() {
        return vm.string_value("(?:)");
    }
    let mut escaped = String::with_capacity(text.len());
    let mut in_class = false;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        let escape = match c {
            '\\' => {
                escaped.push('\\');
                if let Some(next) = chars.next() {
                    escaped.push(next);
                }
                continue;
            }
            '[' => {
                in_class = true;
                None
            }
            ']' => {
                in_class = false;
                None
            }
            '/' if !in_class => Some("\\/"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\u{2028}' => Some("\\u2028"),
            '\u{2029}' => Some("\\u2029"),
            _ => None,
        };
        match escape {
            Some(e) => escaped.push_str(e),
            None => escaped.push(c),
        }
    }
    vm.string_value(&escaped)
}

/// RegExpHasFlag(R, flag) for the flag getters.
fn has_flag(vm: &mut Vm, this: Value, name: &str, pick: fn(&Flags) -> bool) -> JsResult<Value> {
    let rx = this_object(vm, this, name)?;
    match flags_of(vm, this) {
        Some(f) => Ok(Value::Bool(pick(&f))),
        None if Some(rx) == vm.realm.regexp_prototype => Ok(Value::Undefined),
        None => type_error(vm, &format!("RegExp.prototype.{name} getter called on a non-RegExp")),
    }
}

/// The flag getters, each RegExpHasFlag of its flag, and their table in
/// the order `flags` reads them.
macro_rules! flag_getters {
    ($($getter:ident: $name:literal, $letter:literal => $field:ident;)*) => {
        $(
            fn $getter(vm: &mut Vm, args: &Args) -> JsResult<Value> {
                has_flag(vm, args.this, $name, |f| f.$field)
            }
        )*
        const FLAG_GETTERS: [(&str, char, jsvm_vm::native::NativeFn); 8] = [$(($name, $letter, $getter)),*];
    };
}

flag_getters! {
    has_indices: "hasIndices", 'd' => has_indices;
    global: "global", 'g' => global;
    ignore_case: "ignoreCase", 'i' => ignore_case;
    multiline: "multiline", 'm' => multiline;
    dot_all: "dotAll", 's' => dot_all;
    unicode: "unicode", 'u' => unicode;
    unicode_sets: "unicodeSets", 'v' => unicode_sets;
    sticky: "sticky", 'y' => sticky;
}

/// ToString(Get(rx, "flags")) as Rust text.
fn flags_text(vm: &mut Vm, rx: ObjRef) -> JsResult<String> {
    let key = PropertyKey::Atom(vm.realm.names.flags);
    let v = vm.get(rx, key, Value::Object(rx))?;
    vm.to_rust_string(v)
}

/// ToString(Get(result, "0")), and when it is empty, lastIndex moved past
/// it (so a global loop always advances).
fn match_text_advancing(vm: &mut Vm, rx: ObjRef, result: Value, s: JsStr, unicode: bool) -> JsResult<JsStr> {
    let matched = vm.get_value(result, PropertyKey::Index(0))?;
    let matched = vm.to_string(matched)?;
    if matched.is_empty() {
        let this_index = get_last_index(vm, rx)?;
        let next = advance(vm, s, this_index, unicode);
        set_last_index(vm, rx, next)?;
    }
    Ok(matched)
}

/// RegExp.prototype[Symbol.match](string).
fn symbol_match(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let rx = this_object(vm, args.this, "[Symbol.match]")?;
    let s = vm.to_string(args.get(0))?;
    let flags = flags_text(vm, rx)?;
    if !flags.contains('g') {
        return regexp_exec(vm, rx, s);
    }
    let unicode = flags.contains('u') || flags.contains('v');
    set_last_index(vm, rx, 0.0)?;
    let mut found = Vec::new();
    loop {
        vm.charge(1)?;
        let matched = match regexp_exec_found(vm, rx, s)? {
            None if found.is_empty() => return Ok(Value::Null),
            None => return Ok(Value::Object(vm.new_array(found)?)),
            Some(Found::Spans(spans)) => {
                let Some(Some((start, end))) = spans.first().copied() else { continue };
                if start == end {
                    let this_index = get_last_index(vm, rx)?;
                    let next = advance(vm, s, this_index, unicode);
                    set_last_index(vm, rx, next)?;
                }
                vm.substring(s, start, end)?
            }
            Some(Found::Object(result)) => match_text_advancing(vm, rx, result, s, unicode)?,
        };
        found.push(Value::String(matched));
    }
}

/// RegExp.prototype[Symbol.search](string).
fn symbol_search(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let rx = this_object(vm, args.this, "[Symbol.search]")?;
    let s = vm.to_string(args.get(0))?;
    let key = last_index_key(vm);
    let previous = vm.get(rx, key, args.this)?;
    if !vm.same_value(previous, Value::Number(0.0)) {
        set_last_index(vm, rx, 0.0)?;
    }
    let result = regexp_exec(vm, rx, s)?;
    let current = vm.get(rx, key, args.this)?;
    if !vm.same_value(current, previous) && !vm.set(rx, key, previous, args.this)? {
        return type_error(vm, "Cannot assign to read only property 'lastIndex'");
    }
    match result {
        Value::Null => Ok(Value::Number(-1.0)),
        r => vm.get_value(r, PropertyKey::Atom(vm.realm.names.index)),
    }
}

/// RegExp.prototype[Symbol.replace](string, replaceValue).
fn symbol_replace(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let rx = this_object(vm, args.this, "[Symbol.replace]")?;
    let s = vm.to_string(args.get(0))?;
    let mut replace_value = args.get(1);
    let functional = vm.is_callable(replace_value);
    if !functional {
        replace_value = Value::String(vm.to_string(replace_value)?);
    }
    let flags = flags_text(vm, rx)?;
    let global = flags.contains('g');
    let unicode = flags.contains('u') || flags.contains('v');
    if global {
        set_last_index(vm, rx, 0.0)?;
    }
    vm.with_host_bytes(|vm, held| replace_all_found(vm, held, rx, s, replace_value, functional, global, unicode))
}

/// Symbol.replace's steps after the flags: collect the matches (each held
/// against the memory budget), then build the result.
#[allow(clippy::too_many_arguments)]
fn replace_all_found(
    vm: &mut Vm,
    held: &mut jsvm_vm::HostBytes,
    rx: ObjRef,
    s: JsStr,
    replace_value: Value,
    functional: bool,
    global: bool,
    unicode: bool,
) -> JsResult<Value> {
    let mut results = Vec::new();
    loop {
        vm.charge(1)?;
        let Some(found) = regexp_exec_found(vm, rx, s)? else { break };
        let empty = match &found {
            Found::Spans(spans) => matches!(spans.first(), Some(Some((a, b))) if a == b),
            Found::Object(result) => {
                vm.root(*result);
                let matched = vm.get_value(*result, PropertyKey::Index(0))?;
                vm.to_string(matched)?.is_empty()
            }
        };
        held.add(vm, std::mem::size_of::<Found>())?;
        results.push(found);
        if !global {
            break;
        }
        if empty {
            let this_index = get_last_index(vm, rx)?;
            let next = advance(vm, s, this_index, unicode);
            set_last_index(vm, rx, next)?;
        }
    }
    held.add(vm, 2 * s.len() as usize)?;
    let text = vm.heap.units(s).to_vec();
    let mut out: Vec<u16> = Vec::new();
    let mut next_source = 0usize;
    for found in results {
        let (matched, position, captures, named) = match found {
            Found::Spans(spans) => match_parts(vm, rx, s, &spans)?,
            Found::Object(result) => result_parts(vm, result, text.len())?,
        };
        let skipped = position < next_source;
        if !skipped {
            let piece = text.get(next_source..position).unwrap_or(&[]);
            held.reserve_units(vm, &mut out, piece.len())?;
            out.extend_from_slice(piece);
        }
        if functional {
            let mut call_args: SmallVec<[Value; 8]> = SmallVec::with_capacity(captures.len() + 4);
            call_args.push(Value::String(matched));
            call_args.extend(captures);
            call_args.push(Value::Number(position as f64));
            call_args.push(Value::String(s));
            if !matches!(named, Value::Undefined) {
                call_args.push(named);
            }
            let v = vm.call(replace_value, Value::Undefined, &call_args)?;
            let v = vm.to_string(v)?;
            if !skipped {
                held.reserve_units(vm, &mut out, v.len() as usize)?;
                out.extend_from_slice(vm.heap.units(v));
            }
        } else {
            let named = match named {
                Value::Undefined => Value::Undefined,
                n => Value::Object(vm.to_object(n)?),
            };
            let Value::String(template) = replace_value else { continue };
            let template = vm.heap.units(template).to_vec();
            let matched_units = vm.heap.units(matched).to_vec();
            let replacement = get_substitution(vm, &matched_units, &text, position, &captures, named, &template)?;
            if !skipped {
                held.reserve_units(vm, &mut out, replacement.len())?;
                out.extend_from_slice(&replacement);
            }
        }
        if !skipped {
            next_source = position + matched.len() as usize;
        }
        crate::check_text_fits(vm, out.len())?;
    }
    if next_source < text.len() {
        let rest = text.get(next_source..).unwrap_or(&[]);
        held.reserve_units(vm, &mut out, rest.len())?;
        out.extend_from_slice(rest);
    }
    Ok(Value::String(vm.alloc_string_units(out)?))
}

/// A match's text, position, captures (strings or undefined) and groups,
/// as Symbol.replace reads them, from the original `exec`'s spans.
fn match_parts(vm: &mut Vm, rx: ObjRef, s: JsStr, spans: &Captures) -> JsResult<(JsStr, usize, Vec<Value>, Value)> {
    let mut captures = capture_strings(vm, s, spans)?;
    let position = spans.first().copied().flatten().map_or(0, |(start, _)| start);
    let group_names = match &vm.heap.object(rx).kind {
        ObjectKind::RegExp(r) => r.compiled.group_names.clone(),
        _ => Vec::new(),
    };
    let named = named_groups(vm, &group_names, |i| captures.get(i).copied().unwrap_or(Value::Undefined))?;
    vm.root(named);
    let matched = match captures.first() {
        Some(&Value::String(m)) => {
            captures.remove(0);
            m
        }
        _ => vm.heap.empty_string(),
    };
    Ok((matched, position, captures, named))
}

/// The same parts read from a result object, as Symbol.replace's steps do.
fn result_parts(vm: &mut Vm, result: Value, length: usize) -> JsResult<(JsStr, usize, Vec<Value>, Value)> {
    let Value::Object(r) = result else { return type_error(vm, "exec result must be an object") };
    let n_captures = crate::length_of_array_like(vm, r)?.saturating_sub(1);
    let matched = vm.get_value(result, PropertyKey::Index(0))?;
    let matched = vm.to_string(matched)?;
    let index_key = PropertyKey::Atom(vm.realm.names.index);
    let position = vm.get_value(result, index_key)?;
    let position = crate::to_integer_or_infinity(vm, position)?.clamp(0.0, length as f64) as usize;
    let mut captures = Vec::new();
    for n in 1..=n_captures {
        vm.charge(1)?;
        let key = crate::array::index_key(vm, n)?;
        let capture = vm.get_value(result, key)?;
        let capture = match capture {
            Value::Undefined => Value::Undefined,
            c => Value::String(vm.to_string(c)?),
        };
        vm.root(capture);
        captures.push(capture);
    }
    let groups_key = PropertyKey::Atom(vm.realm.names.groups);
    let named = vm.get_value(result, groups_key)?;
    vm.root(named);
    Ok((matched, position, captures, named))
}

/// SpeciesConstructor(rx, %RegExp%).
fn species_constructor(vm: &mut Vm, rx: ObjRef) -> JsResult<Value> {
    let default = vm.realm.regexp_constructor.map_or(Value::Undefined, Value::Object);
    let constructor_key = PropertyKey::Atom(vm.realm.names.constructor);
    let c = vm.get(rx, constructor_key, Value::Object(rx))?;
    let c = match c {
        Value::Undefined => return Ok(default),
        Value::Object(c) => c,
        _ => return type_error(vm, "object.constructor is not an object"),
    };
    let species_key = PropertyKey::Symbol(vm.realm.symbols.species);
    let species = vm.get(c, species_key, Value::Object(c))?;
    if species.is_nullish() {
        return Ok(default);
    }
    if vm.is_constructor(species) {
        return Ok(species);
    }
    type_error(vm, "object.constructor[Symbol.species] is not a constructor")
}

/// RegExp.prototype[Symbol.split](string, limit).
fn symbol_split(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let rx = this_object(vm, args.this, "[Symbol.split]")?;
    let s = vm.to_string(args.get(0))?;
    let c = species_constructor(vm, rx)?;
    let flags = flags_text(vm, rx)?;
    let unicode = flags.contains('u') || flags.contains('v');
    let new_flags = if flags.contains('y') { flags } else { format!("{flags}y") };
    let new_flags = vm.string_value(&new_flags)?;
    let splitter = vm.construct(c, &[args.this, new_flags])?;
    let Value::Object(splitter) = splitter else { return type_error(vm, "splitter is not an object") };
    let limit = match args.get(1) {
        Value::Undefined => u32::MAX,
        v => jsvm_vm::number::to_uint32(vm.to_number(v)?),
    };
    let mut parts: Vec<Value> = Vec::new();
    if limit == 0 {
        return Ok(Value::Object(vm.new_array(parts)?));
    }
    let size = s.len() as usize;
    if size == 0 {
        if matches!(regexp_exec(vm, splitter, s)?, Value::Null) {
            parts.push(Value::String(s));
        }
        return Ok(Value::Object(vm.new_array(parts)?));
    }
    let substring =
        |vm: &mut Vm, from: usize, to: usize| -> JsResult<Value> { Ok(Value::String(vm.substring(s, from, to)?)) };
    let (mut p, mut q) = (0usize, 0usize);
    while q < size {
        vm.charge(1)?;
        set_last_index(vm, splitter, q as f64)?;
        // With the built-in exec, the sticky attempts at q, q + 1, … find
        // nothing until the start of the leftmost match at or after q, and
        // there they find that match (a backtracking matcher's leftmost
        // match is the one an anchored attempt at its start finds): one
        // search from q does what the attempts do, without rescanning.
        let z = if has_builtin_exec(vm, splitter)? {
            match vm.regexp_match(splitter, s, q, false)? {
                Some(spans) => {
                    let Some(&Some((start, end))) = spans.first() else { break };
                    q = start;
                    set_last_index(vm, splitter, end as f64)?;
                    Found::Spans(spans)
                }
                None => {
                    set_last_index(vm, splitter, 0.0)?;
                    break;
                }
            }
        } else {
            match regexp_exec_found(vm, splitter, s)? {
                Some(z) => z,
                None => {
                    q = advance(vm, s, q as f64, unicode) as usize;
                    continue;
                }
            }
        };
        if q >= size {
            break;
        }
        let e = (get_last_index(vm, splitter)? as usize).min(size);
        if e == p {
            q = advance(vm, s, q as f64, unicode) as usize;
            continue;
        }
        let piece = substring(vm, p, q)?;
        parts.push(piece);
        if parts.len() as u32 == limit {
            return Ok(Value::Object(vm.new_array(parts)?));
        }
        p = e;
        // Each capture is read (from a result object) and added in turn,
        // so the limit stops the reads where the spec stops them.
        let (spans_captures, object) = match z {
            Found::Spans(spans) => (capture_strings(vm, s, &spans)?, None),
            Found::Object(z) => (Vec::new(), Some(z)),
        };
        let count = match object {
            Some(Value::Object(zo)) => crate::length_of_array_like(vm, zo)?.saturating_sub(1),
            _ => spans_captures.len().saturating_sub(1) as u64,
        };
        for i in 1..=count {
            vm.charge(1)?;
            let capture = match object {
                Some(z) => {
                    let key = crate::array::index_key(vm, i)?;
                    vm.get_value(z, key)?
                }
                None => spans_captures.get(i as usize).copied().unwrap_or(Value::Undefined),
            };
            vm.root(capture);
            parts.push(capture);
            if parts.len() as u32 == limit {
                return Ok(Value::Object(vm.new_array(parts)?));
            }
        }
        q = p;
    }
    let piece = substring(vm, p, size)?;
    parts.push(piece);
    Ok(Value::Object(vm.new_array(parts)?))
}

/// RegExp.prototype[Symbol.matchAll](string).
fn symbol_match_all(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let rx = this_object(vm, args.this, "[Symbol.matchAll]")?;
    let s = vm.to_string(args.get(0))?;
    let c = species_constructor(vm, rx)?;
    let flags = flags_text(vm, rx)?;
    let flags_value = vm.string_value(&flags)?;
    let matcher = vm.construct(c, &[args.this, flags_value])?;
    let Value::Object(matcher_object) = matcher else { return type_error(vm, "matcher is not an object") };
    let last_index = get_last_index(vm, rx)?;
    set_last_index(vm, matcher_object, last_index)?;
    let state = IteratorState::RegExpString {
        matcher,
        string: s,
        global: flags.contains('g'),
        full_unicode: flags.contains('u') || flags.contains('v'),
    };
    let proto = vm.realm.regexp_string_iterator_prototype;
    Ok(Value::Object(vm.alloc_object(proto, ObjectKind::Iterator(state))?))
}

/// %RegExpStringIteratorPrototype%.next().
fn string_iterator_next(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let state = match args.this {
        Value::Object(o) => match &vm.heap.object(o).kind {
            ObjectKind::Iterator(state @ (IteratorState::RegExpString { .. } | IteratorState::Done)) => {
                Some((o, state.clone()))
            }
            _ => None,
        },
        _ => None,
    };
    let Some((iter, state)) = state else {
        return type_error(vm, "%RegExpStringIteratorPrototype%.next called on an incompatible receiver");
    };
    let IteratorState::RegExpString { matcher: Value::Object(rx), string, global, full_unicode } = state else {
        return crate::array::iter_result(vm, Value::Undefined, true);
    };
    let found = regexp_exec(vm, rx, string)?;
    let finished = matches!(found, Value::Null) || !global;
    if global && !matches!(found, Value::Null) {
        match_text_advancing(vm, rx, found, string, full_unicode)?;
    }
    if finished && let Some(o) = vm.heap.object_mut(iter) {
        o.kind = ObjectKind::Iterator(IteratorState::Done);
    }
    if matches!(found, Value::Null) {
        return crate::array::iter_result(vm, Value::Undefined, true);
    }
    crate::array::iter_result(vm, found, false)
}

/// RegExp.escape(S): `S` with every character that could mean something
/// in a pattern escaped (EncodeForRegExpEscape), and a leading digit or
/// letter as `\xHH` so the result can follow `\0` or `\c`.
fn escape(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Value::String(s) = args.get(0) else {
        return Err(vm.error(ErrorKind::TypeError, "RegExp.escape requires a string"));
    };
    let units = vm.heap.units(s).to_vec();
    vm.charge_units(units.len())?;
    crate::check_text_fits(vm, units.len().saturating_mul(6))?;
    let mut out: Vec<u16> = Vec::with_capacity(units.len() * 2);
    let hex = |out: &mut Vec<u16>, prefix: &str, value: u32, width: usize| {
        out.extend(format!("{prefix}{value:0width$x}").encode_utf16());
    };
    for (i, decoded) in char::decode_utf16(units.iter().copied()).enumerate() {
        let c = match decoded {
            Ok(c) => c as u32,
            Err(e) => u32::from(e.unpaired_surrogate()),
        };
        let ascii = char::from_u32(c).filter(char::is_ascii);
        if i == 0 && ascii.is_some_and(|a| a.is_ascii_alphanumeric()) {
            hex(&mut out, "\\x", c, 2);
        } else if ascii.is_some_and(|a| "^$\\.*+?()[]{}|/".contains(a)) {
            out.extend([u16::from(b'\\'), c as u16]);
        } else if let Some(letter) = match c {
            0x09 => Some('t'),
            0x0A => Some('n'),
            0x0B => Some('v'),
            0x0C => Some('f'),
            0x0D => Some('r'),
            _ => None,
        } {
            out.extend([u16::from(b'\\'), letter as u16]);
        } else if ascii.is_some_and(|a| ",-=<>#&!%:;@~'`\"".contains(a))
            || u16::try_from(c).is_ok_and(jsvm_vm::number::is_js_whitespace)
            || (0xD800..0xE000).contains(&c)
        {
            if c <= 0xFF {
                hex(&mut out, "\\x", c, 2);
            } else {
                hex(&mut out, "\\u", c, 4);
            }
        } else {
            let mut buf = [0u16; 2];
            out.extend_from_slice(char::from_u32(c).map_or(&[][..], |ch| ch.encode_utf16(&mut buf)));
        }
    }
    Ok(Value::String(vm.alloc_string_units(&out[..])?))
}
