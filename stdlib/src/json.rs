//! `JSON`: `parse` (with a reviver) and `stringify` (with a replacer
//! function or property list, indentation, `toJSON` and cycle detection).
//!
//! Both walk nesting with explicit stacks instead of Rust recursion, so deep
//! documents cost heap, never host stack; nesting deeper than [`MAX_DEPTH`]
//! is a catchable RangeError. The parser reads the string's UTF-16 code units
//! directly: JSON text may hold lone surrogates, raw or escaped (`"\ud800"`),
//! which `JSON.parse` must keep and UTF-8 parsers such as serde_json reject.
//!
//! Gas: parsing charges the text by the string rule plus `JSON_VALUE` per value;
//! stringifying charges `JSON_VALUE` per value visited plus the string rule on the text
//! it writes, as it writes it.

use std::borrow::Cow;
use std::collections::HashSet;

use jsvm_vm::heap::MAX_STRING_LENGTH;
use jsvm_vm::heap::object::{ObjectKind, PropertyKey};
use jsvm_vm::native::Args;
use jsvm_vm::{ErrorKind, JsResult, JsStr, ObjRef, Value, Vm};

use crate::{Method, define_global, install_methods, length_of_array_like, to_integer_or_infinity, type_error};

/// The deepest nesting `parse` builds and `stringify` walks.
pub(crate) const MAX_DEPTH: usize = 10_000;

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let json = vm.new_object()?;
    let methods: &[Method] =
        &[("parse", parse, 2), ("stringify", stringify, 3), ("rawJSON", raw_json, 1), ("isRawJSON", is_raw_json, 1)];
    install_methods(vm, json, methods)?;
    crate::define_to_string_tag(vm, json, "JSON")?;
    define_global(vm, "JSON", Value::Object(json))
}

fn too_deep(vm: &mut Vm) -> jsvm_vm::Abrupt {
    vm.error(ErrorKind::RangeError, "JSON nesting too deep")
}

// ---- parse ----

/// JSON.parse(text, reviver).
fn parse(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = vm.to_string(args.get(0))?;
    let text = vm.heap.units(s).to_vec();
    vm.charge_units(text.len())?;
    let reviver = args.get(1);
    if !vm.is_callable(reviver) {
        return Parser::new(&text, ()).parse(vm).map(|(value, _, ())| value);
    }
    vm.with_host_bytes(|vm, held| {
        let records = ParseRecords { records: Vec::new(), elements: Vec::new(), members: Vec::new(), held };
        let (value, record, records) = Parser::new(&text, records).parse(vm)?;
        let records = records.records;
        let root = vm.new_object()?;
        let empty = vm.key("");
        vm.create_data_property_or_throw(root, empty, value)?;
        let source_key = vm.key("source");
        internalize(vm, root, reviver, &Revival { text: &text, records: &records, root: record, source_key })
    })
}

/// A JSON Parse Record (CreateJSONParseRecord): the value a piece of the
/// text produced; for a primitive, where its text lies (the reviver's
/// `context.source`); for an array or object, the records of its elements
/// or members, by key (in text order, so a repeated key's last one wins).
struct Record {
    value: Value,
    source: std::ops::Range<usize>,
    children: Vec<(PropertyKey, usize)>,
    array: bool,
}

/// Host bytes counted per parse record.
const RECORD_BYTES: usize = std::mem::size_of::<Record>() + 24;

/// What the parser reports of each value it completes, by the index of its
/// parse record. `JSON.parse` without a reviver keeps nothing (`()`, which
/// compiles to no work); with one it keeps the parse records.
trait Recorder {
    /// A primitive value, parsed from `source` of the text.
    fn primitive(&mut self, vm: &mut Vm, value: Value, source: std::ops::Range<usize>) -> JsResult<usize>;
    /// The value of `record` becomes the next element of the open array.
    fn element(&mut self, index: u32, record: usize);
    /// The value of `record` becomes member `key` of the open object.
    fn member(&mut self, key: PropertyKey, record: usize);
    /// An array or object closes: its elements or members are those
    /// reported since the container's `start`.
    fn close(&mut self, vm: &mut Vm, value: Value, start: usize, array: bool) -> JsResult<usize>;
}

impl Recorder for () {
    fn primitive(&mut self, _: &mut Vm, _: Value, _: std::ops::Range<usize>) -> JsResult<usize> {
        Ok(0)
    }
    fn element(&mut self, _: u32, _: usize) {}
    fn member(&mut self, _: PropertyKey, _: usize) {}
    fn close(&mut self, _: &mut Vm, _: Value, _: usize, _: bool) -> JsResult<usize> {
        Ok(0)
    }
}

/// The parse records `JSON.parse` keeps when it has a reviver, counted in
/// memory as they are made. The records of the open containers' elements
/// and members wait on two stacks, as the values do in the parser.
struct ParseRecords<'h> {
    records: Vec<Record>,
    elements: Vec<(PropertyKey, usize)>,
    members: Vec<(PropertyKey, usize)>,
    held: &'h mut jsvm_vm::HostBytes,
}

impl ParseRecords<'_> {
    fn add(&mut self, vm: &mut Vm, record: Record) -> JsResult<usize> {
        self.held.add(vm, RECORD_BYTES.saturating_add(record.children.len().saturating_mul(24)))?;
        self.records.push(record);
        Ok(self.records.len() - 1)
    }
}

impl Recorder for ParseRecords<'_> {
    fn primitive(&mut self, vm: &mut Vm, value: Value, source: std::ops::Range<usize>) -> JsResult<usize> {
        self.add(vm, Record { value, source, children: Vec::new(), array: false })
    }

    fn element(&mut self, index: u32, record: usize) {
        self.elements.push((PropertyKey::Index(index), record));
    }

    fn member(&mut self, key: PropertyKey, record: usize) {
        self.members.push((key, record));
    }

    fn close(&mut self, vm: &mut Vm, value: Value, start: usize, array: bool) -> JsResult<usize> {
        let pending = if array { &mut self.elements } else { &mut self.members };
        let children = pending.split_off(start.min(pending.len()));
        self.add(vm, Record { value, source: 0..0, children, array })
    }
}

/// A container the parser has opened and not yet closed. Their elements
/// and members so far share two scratch stacks; each container remembers
/// where its own begin.
enum Open {
    Array {
        start: usize,
    },
    /// An object and the key of the member whose value comes next.
    Object {
        start: usize,
        key: PropertyKey,
    },
}

struct Parser<'a, R: Recorder> {
    text: &'a [u16],
    pos: usize,
    recorder: R,
}

impl<'a, R: Recorder> Parser<'a, R> {
    fn new(text: &'a [u16], recorder: R) -> Parser<'a, R> {
        Parser { text, pos: 0, recorder }
    }

    /// The whole text as one JSON value (the JSON grammar of ECMA-404), and
    /// the index of its parse record.
    fn parse(mut self, vm: &mut Vm) -> JsResult<(Value, usize, R)> {
        let mut open: Vec<Open> = Vec::new();
        let mut items: Vec<Value> = Vec::new();
        let mut members: Vec<(PropertyKey, Value)> = Vec::new();
        let result = 'value: loop {
            vm.charge(jsvm_vm::gas::JSON_VALUE)?;
            self.skip_whitespace();
            let start = self.pos;
            let mut value = match self.peek() {
                Some(0x7B) => {
                    self.pos += 1;
                    if self.eat(0x7D) {
                        Value::Object(vm.new_object()?)
                    } else {
                        let key = self.member_key(vm)?;
                        open.push(Open::Object { start: members.len(), key });
                        if open.len() > MAX_DEPTH {
                            return Err(too_deep(vm));
                        }
                        continue 'value;
                    }
                }
                Some(0x5B) => {
                    self.pos += 1;
                    if self.eat(0x5D) {
                        Value::Object(vm.new_array(Vec::new())?)
                    } else {
                        open.push(Open::Array { start: items.len() });
                        if open.len() > MAX_DEPTH {
                            return Err(too_deep(vm));
                        }
                        continue 'value;
                    }
                }
                Some(0x22) => {
                    self.pos += 1;
                    let units = self.string(vm)?.into_owned();
                    Value::String(vm.alloc_string_units(units)?)
                }
                Some(0x2D | 0x30..=0x39) => Value::Number(self.number(vm)?),
                Some(0x74) => self.literal(vm, "true", Value::Bool(true))?,
                Some(0x66) => self.literal(vm, "false", Value::Bool(false))?,
                Some(0x6E) => self.literal(vm, "null", Value::Null)?,
                _ => return Err(self.unexpected(vm)),
            };
            let mut record = self.recorder.primitive(vm, value, start..self.pos)?;
            // The value is complete: hand it to its container, closing every
            // container that ends here.
            loop {
                match open.last_mut() {
                    None => break 'value (value, record),
                    Some(&mut Open::Array { start }) => {
                        self.recorder.element(u32::try_from(items.len() - start).unwrap_or(u32::MAX), record);
                        items.push(value);
                        self.skip_whitespace();
                        match self.next_unit() {
                            Some(0x2C) => continue 'value,
                            Some(0x5D) => {
                                open.pop();
                                let elements = items.split_off(start.min(items.len()));
                                value = Value::Object(vm.new_array(elements)?);
                                record = self.recorder.close(vm, value, start, true)?;
                            }
                            _ => return Err(self.unexpected_before(vm)),
                        }
                    }
                    Some(Open::Object { start, key }) => {
                        let start = *start;
                        self.recorder.member(*key, record);
                        members.push((*key, value));
                        self.skip_whitespace();
                        match self.next_unit() {
                            Some(0x2C) => {
                                *key = self.member_key(vm)?;
                                continue 'value;
                            }
                            Some(0x7D) => {
                                open.pop();
                                let object = vm.new_object_with(members.get(start..).unwrap_or(&[]))?;
                                members.truncate(start);
                                value = Value::Object(object);
                                record = self.recorder.close(vm, value, start, false)?;
                            }
                            _ => return Err(self.unexpected_before(vm)),
                        }
                    }
                }
            }
        };
        self.skip_whitespace();
        if self.pos < self.text.len() {
            return Err(self.unexpected(vm));
        }
        Ok((result.0, result.1, self.recorder))
    }

    fn peek(&self) -> Option<u16> {
        self.text.get(self.pos).copied()
    }

    fn next_unit(&mut self) -> Option<u16> {
        let c = self.peek();
        self.pos += 1;
        c
    }

    /// Skips whitespace, then consumes `c` if it comes next.
    fn eat(&mut self, c: u16) -> bool {
        self.skip_whitespace();
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(0x20 | 0x09 | 0x0A | 0x0D)) {
            self.pos += 1;
        }
    }

    /// `"key" :` of an object member, as a property key.
    fn member_key(&mut self, vm: &mut Vm) -> JsResult<PropertyKey> {
        self.skip_whitespace();
        if self.peek() != Some(0x22) {
            return Err(self.unexpected(vm));
        }
        self.pos += 1;
        let units = self.string(vm)?;
        if !self.eat(0x3A) {
            return Err(self.unexpected(vm));
        }
        vm.key_of_units(&units)
    }

    /// The code units of a string whose opening quote has been read: a
    /// slice of the text when it has no escapes.
    fn string(&mut self, vm: &mut Vm) -> JsResult<Cow<'a, [u16]>> {
        let text: &'a [u16] = self.text;
        let rest = text.get(self.pos..).unwrap_or(&[]);
        let plain = rest.iter().position(|&c| c == 0x22 || c == 0x5C || c < 0x20).unwrap_or(rest.len());
        let head = rest.get(..plain).unwrap_or(&[]);
        self.pos += plain;
        if self.peek() == Some(0x22) {
            self.pos += 1;
            return Ok(Cow::Borrowed(head));
        }
        let mut units = head.to_vec();
        loop {
            match self.next_unit() {
                Some(0x22) => return Ok(Cow::Owned(units)),
                Some(0x5C) => {
                    let unit = match self.next_unit() {
                        Some(0x22) => 0x22,
                        Some(0x5C) => 0x5C,
                        Some(0x2F) => 0x2F,
                        Some(0x62) => 0x08,
                        Some(0x66) => 0x0C,
                        Some(0x6E) => 0x0A,
                        Some(0x72) => 0x0D,
                        Some(0x74) => 0x09,
                        Some(0x75) => self.hex4(vm)?,
                        _ => return Err(self.unexpected_before(vm)),
                    };
                    units.push(unit);
                }
                Some(c) if c >= 0x20 => units.push(c),
                _ => return Err(self.unexpected_before(vm)),
            }
        }
    }

    /// The four hex digits of a `\u` escape.
    fn hex4(&mut self, vm: &mut Vm) -> JsResult<u16> {
        let mut unit: u16 = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|c| char::from_u32(u32::from(c))).and_then(|c| c.to_digit(16));
            let Some(digit) = digit else { return Err(self.unexpected(vm)) };
            unit = unit << 4 | digit as u16;
            self.pos += 1;
        }
        Ok(unit)
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self, vm: &mut Vm) -> JsResult<f64> {
        let start = self.pos;
        let negative = self.peek() == Some(0x2D);
        if negative {
            self.pos += 1;
        }
        let int_start = self.pos;
        match self.peek() {
            Some(0x30) => self.pos += 1,
            Some(0x31..=0x39) => self.digits(),
            _ => return Err(self.unexpected(vm)),
        }
        let int_end = self.pos;
        let mut integer = true;
        if self.peek() == Some(0x2E) {
            self.pos += 1;
            if !self.digit_follows() {
                return Err(self.unexpected(vm));
            }
            self.digits();
            integer = false;
        }
        if matches!(self.peek(), Some(0x65 | 0x45)) {
            self.pos += 1;
            if matches!(self.peek(), Some(0x2B | 0x2D)) {
                self.pos += 1;
            }
            if !self.digit_follows() {
                return Err(self.unexpected(vm));
            }
            self.digits();
            integer = false;
        }
        let digits = self.text.get(int_start..int_end).unwrap_or(&[]);
        if integer && digits.len() <= 15 {
            let magnitude = digits.iter().fold(0i64, |n, &d| n * 10 + i64::from(d - 0x30)) as f64;
            return Ok(if negative { -magnitude } else { magnitude });
        }
        let text: String = self.text.get(start..self.pos).unwrap_or(&[]).iter().map(|&c| c as u8 as char).collect();
        text.parse::<f64>().map_err(|_| self.unexpected(vm))
    }

    fn digit_follows(&self) -> bool {
        matches!(self.peek(), Some(0x30..=0x39))
    }

    fn digits(&mut self) {
        while self.digit_follows() {
            self.pos += 1;
        }
    }

    fn literal(&mut self, vm: &mut Vm, word: &str, value: Value) -> JsResult<Value> {
        for expected in word.bytes() {
            if self.peek() != Some(u16::from(expected)) {
                return Err(self.unexpected(vm));
            }
            self.pos += 1;
        }
        Ok(value)
    }

    /// A SyntaxError for the unit at the current position.
    fn unexpected(&self, vm: &mut Vm) -> jsvm_vm::Abrupt {
        let message = match self.peek() {
            None => "Unexpected end of JSON input".to_string(),
            Some(c) => {
                let shown = char::from_u32(u32::from(c)).map_or_else(|| format!("\\u{c:04x}"), String::from);
                format!("Unexpected token '{shown}' in JSON at position {}", self.pos)
            }
        };
        vm.error(ErrorKind::SyntaxError, &message)
    }

    /// A SyntaxError for the unit just consumed.
    fn unexpected_before(&mut self, vm: &mut Vm) -> jsvm_vm::Abrupt {
        self.pos = self.pos.saturating_sub(1);
        self.unexpected(vm)
    }
}

/// The properties a walk over an object visits: an array's indices or an
/// object's enumerable own string keys.
enum Keys {
    Indices(u32),
    Names(Vec<PropertyKey>),
}

impl Keys {
    /// IsArray(value) decides: `0..length` for arrays,
    /// EnumerableOwnProperties(value, key) for other objects.
    fn of(vm: &mut Vm, object: ObjRef) -> JsResult<Keys> {
        if vm.heap.object(object).array().is_some() {
            let length = length_of_array_like(vm, object)?;
            return Ok(Keys::Indices(length.min(u64::from(u32::MAX)) as u32));
        }
        enumerable_keys(vm, object).map(Keys::Names)
    }

    fn get(&self, i: usize) -> Option<PropertyKey> {
        match self {
            Keys::Indices(n) => (i < *n as usize).then_some(PropertyKey::Index(i as u32)),
            Keys::Names(keys) => keys.get(i).copied(),
        }
    }
}

/// The enumerable own string-keyed properties of `object`, their names
/// rooted so a script deleting them cannot free the keys under the walk.
fn enumerable_keys(vm: &mut Vm, object: ObjRef) -> JsResult<Vec<PropertyKey>> {
    let mut keys = Vec::new();
    for key in vm.own_keys(object)? {
        if matches!(key, PropertyKey::Symbol(_)) {
            continue;
        }
        if vm.get_own_property(object, key).is_some_and(|p| p.enumerable()) {
            root_key(vm, key);
            keys.push(key);
        }
    }
    Ok(keys)
}

fn root_key(vm: &mut Vm, key: PropertyKey) {
    if let PropertyKey::Atom(a) = key {
        let s = vm.heap.atom_string(a);
        vm.root(Value::String(s));
    }
}

/// What the reviver's `context` argument is made from: the parsed text and
/// its parse records, from the root's.
struct Revival<'r> {
    text: &'r [u16],
    records: &'r [Record],
    root: usize,
    /// The key `source`, interned once.
    source_key: PropertyKey,
}

impl Revival<'_> {
    /// The record of `value` as `record` describes it, when the reviver
    /// has not replaced it (SameValue with the parsed value).
    fn matching(&self, vm: &Vm, record: Option<usize>, value: Value) -> Option<usize> {
        let r = self.records.get(record?)?;
        vm.same_value(r.value, value).then_some(record?)
    }

    /// How to find the records of the members of the object whose record
    /// is `record`: an array's by position, an object's through a table
    /// from key to its last occurrence, made once.
    fn members(&self, record: Option<usize>) -> Members {
        match record.and_then(|r| self.records.get(r)) {
            Some(r) if r.array => Members::Array(record),
            Some(r) => Members::Object(r.children.iter().copied().collect()),
            None => Members::None,
        }
    }

    fn member(&self, members: &Members, key: PropertyKey) -> Option<usize> {
        match (members, key) {
            (Members::Array(parent), PropertyKey::Index(i)) => {
                self.records.get((*parent)?)?.children.get(i as usize).map(|&(_, r)| r)
            }
            (Members::Object(table), key) => table.get(&key).copied(),
            _ => None,
        }
    }
}

/// The parse records of an object's members, while the object matches its
/// record.
enum Members {
    None,
    Array(Option<usize>),
    Object(std::collections::HashMap<PropertyKey, usize>),
}

/// InternalizeJSONProperty(holder, "", reviver, parseRecord) for the
/// wrapper `root`, with an explicit stack: each object is revived member by
/// member, then handed to the reviver itself. The reviver's third argument
/// is a context object whose `source` is the text of a primitive value the
/// reviver has not replaced.
fn internalize(vm: &mut Vm, root: ObjRef, reviver: Value, revival: &Revival) -> JsResult<Value> {
    struct Walk {
        object: ObjRef,
        keys: Keys,
        next: usize,
        holder: ObjRef,
        name: PropertyKey,
        members: Members,
    }
    let mut stack: Vec<Walk> = Vec::new();
    let mut holder = root;
    let mut name = vm.key("");
    let mut record = Some(revival.root);
    loop {
        // Visit holder[name]: descend into an object, or revive a leaf.
        vm.charge(1)?;
        let value = vm.get(holder, name, Value::Object(holder))?;
        let matching = revival.matching(vm, record, value);
        let mut revived = match value {
            Value::Object(object) => {
                let keys = Keys::of(vm, object)?;
                let members = revival.members(matching);
                stack.push(Walk { object, keys, next: 0, holder, name, members });
                if stack.len() > MAX_DEPTH {
                    return Err(too_deep(vm));
                }
                None
            }
            _ => {
                let source =
                    matching.and_then(|r| revival.records.get(r)).and_then(|r| revival.text.get(r.source.clone()));
                let source = source.map(|units| (revival.source_key, units));
                Some(call_reviver(vm, reviver, holder, name, value, source)?)
            }
        };
        // Store revived values and finish every object whose members are
        // all done, until one has a member left to visit.
        loop {
            let Some(walk) = stack.last_mut() else {
                return Ok(revived.unwrap_or(Value::Undefined));
            };
            let stored = walk.next.checked_sub(1).and_then(|i| walk.keys.get(i));
            if let (Some(value), Some(key)) = (revived.take(), stored) {
                if let Value::Undefined = value {
                    vm.delete(walk.object, key)?;
                } else {
                    vm.create_data_property(walk.object, key, value)?;
                }
            }
            if let Some(key) = walk.keys.get(walk.next) {
                walk.next += 1;
                holder = walk.object;
                name = key;
                record = revival.member(&walk.members, key);
                break;
            }
            if let Some(done) = stack.pop() {
                let object = Value::Object(done.object);
                revived = Some(call_reviver(vm, reviver, done.holder, done.name, object, None)?);
            }
        }
    }
}

/// Calls the reviver with the key, the value and a context object holding
/// the value's `source` text when it has one.
fn call_reviver(
    vm: &mut Vm,
    reviver: Value,
    holder: ObjRef,
    name: PropertyKey,
    value: Value,
    source: Option<(PropertyKey, &[u16])>,
) -> JsResult<Value> {
    let key = vm.key_to_value(name)?;
    let context = match source {
        Some((source_key, units)) => {
            let text = vm.alloc_string_units(units.to_vec())?;
            vm.new_object_with(&[(source_key, Value::String(text))])?
        }
        None => vm.new_object()?,
    };
    vm.call(reviver, Value::Object(holder), &[key, value, Value::Object(context)])
}

// ---- raw JSON ----

/// JSON.rawJSON(text): a frozen, prototype-less object whose `rawJSON` is
/// `text`, which must be the JSON text of a primitive (no surrounding
/// whitespace); `stringify` writes it as it is.
fn raw_json(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = vm.to_string(args.get(0))?;
    let text = vm.heap.units(s).to_vec();
    vm.charge_units(text.len())?;
    let padded = |unit: Option<&u16>| unit.is_none_or(|c| matches!(c, 0x09 | 0x0A | 0x0D | 0x20));
    if padded(text.first()) || padded(text.last()) {
        return Err(
            vm.error(ErrorKind::SyntaxError, "JSON.rawJSON: the text is empty or starts or ends with whitespace")
        );
    }
    if matches!(text.first(), Some(0x5B | 0x7B)) {
        return Err(
            vm.error(ErrorKind::SyntaxError, "JSON.rawJSON: the text must be a primitive, not an object or array")
        );
    }
    Parser::new(&text, ()).parse(vm)?;
    let obj = vm.alloc_object(None, ObjectKind::RawJson)?;
    let key = vm.key("rawJSON");
    vm.create_data_property_or_throw(obj, key, Value::String(s))?;
    vm.set_integrity_level(obj, true)?;
    Ok(Value::Object(obj))
}

/// JSON.isRawJSON(value): whether `value` was made by `JSON.rawJSON`.
fn is_raw_json(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let raw = matches!(args.get(0), Value::Object(o) if matches!(vm.heap.object(o).kind, ObjectKind::RawJson));
    Ok(Value::Bool(raw))
}

// ---- stringify ----

/// JSON.stringify(value, replacer, space).
fn stringify(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let mut writer = Writer::new(vm, args.get(1), args.get(2))?;
    let wrapper = vm.new_object()?;
    let empty = vm.key("");
    vm.create_data_property_or_throw(wrapper, empty, args.get(0))?;
    match writer.property(vm, wrapper, empty)? {
        Serialized::Nothing => return Ok(Value::Undefined),
        Serialized::Text => {}
        Serialized::Open(object) => writer.walk(vm, object)?,
    }
    let out = std::mem::take(&mut writer.out);
    Ok(Value::String(vm.alloc_string_units(out)?))
}

/// What SerializeJSONProperty made of one property.
enum Serialized {
    /// `undefined`: a function, a symbol or undefined itself.
    Nothing,
    /// Text written to the output.
    Text,
    /// An object or array to serialize member by member.
    Open(ObjRef),
}

/// An object being serialized: its members and how far the walk got.
struct Level {
    object: ObjRef,
    is_array: bool,
    keys: Keys,
    next: usize,
    written: usize,
}

struct Writer {
    replacer: Option<Value>,
    property_list: Option<Vec<PropertyKey>>,
    gap: Vec<u16>,
    out: Vec<u16>,
    /// Output already charged for.
    charged: usize,
    levels: Vec<Level>,
    on_stack: HashSet<ObjRef>,
    to_json: PropertyKey,
}

impl Writer {
    /// Steps 1–11 of JSON.stringify: the replacer and the gap.
    fn new(vm: &mut Vm, replacer: Value, space: Value) -> JsResult<Writer> {
        let mut function = None;
        let mut property_list = None;
        if let Value::Object(r) = replacer {
            if vm.is_callable(replacer) {
                function = Some(replacer);
            } else if vm.heap.object(r).array().is_some() {
                property_list = Some(property_list_of(vm, r)?);
            }
        }
        let space = match space {
            Value::Object(o) => match vm.heap.object(o).kind {
                ObjectKind::Number(_) => Value::Number(vm.to_number(space)?),
                ObjectKind::String(_) => Value::String(vm.to_string(space)?),
                _ => space,
            },
            _ => space,
        };
        let gap = match space {
            Value::Number(_) => {
                let n = to_integer_or_infinity(vm, space)?.clamp(0.0, 10.0);
                vec![0x20; n as usize]
            }
            Value::String(s) => vm.heap.units(s).iter().take(10).copied().collect(),
            _ => Vec::new(),
        };
        let to_json = vm.key("toJSON");
        Ok(Writer {
            replacer: function,
            property_list,
            gap,
            out: Vec::new(),
            charged: 0,
            levels: Vec::new(),
            on_stack: HashSet::new(),
            to_json,
        })
    }

    /// Serializes `first` and everything under it, one member at a time.
    fn walk(&mut self, vm: &mut Vm, first: ObjRef) -> JsResult<()> {
        self.open(vm, first)?;
        while let Some(level) = self.levels.last_mut() {
            let Some(key) = level.keys.get(level.next) else {
                self.close();
                continue;
            };
            level.next += 1;
            let (object, is_array, written) = (level.object, level.is_array, level.written);
            let mark = self.out.len();
            if written > 0 {
                self.out.push(u16::from(b','));
            }
            self.newline_indent(self.levels.len());
            if !is_array {
                quote_key(vm, key, &mut self.out);
                self.out.push(u16::from(b':'));
                if !self.gap.is_empty() {
                    self.out.push(0x20);
                }
            }
            let serialized = self.property(vm, object, key)?;
            match serialized {
                Serialized::Nothing if is_array => self.out.extend("null".encode_utf16()),
                Serialized::Nothing => {
                    self.out.truncate(mark);
                    continue;
                }
                Serialized::Text => {}
                Serialized::Open(_) => {}
            }
            if let Some(level) = self.levels.last_mut() {
                level.written += 1;
            }
            if let Serialized::Open(inner) = serialized {
                self.open(vm, inner)?;
            }
            self.charge_output(vm)?;
        }
        self.charge_output(vm)
    }

    /// SerializeJSONProperty(state, key, holder), steps 1–10: writes a
    /// primitive's text, or returns the object to serialize next.
    fn property(&mut self, vm: &mut Vm, holder: ObjRef, key: PropertyKey) -> JsResult<Serialized> {
        vm.charge(jsvm_vm::gas::JSON_VALUE)?;
        let mut value = vm.get(holder, key, Value::Object(holder))?;
        if let Value::Object(_) = value {
            let to_json = vm.get_value(value, self.to_json)?;
            if vm.is_callable(to_json) {
                let name = vm.key_to_value(key)?;
                value = vm.call(to_json, value, &[name])?;
            }
        }
        if let Some(replacer) = self.replacer {
            let name = vm.key_to_value(key)?;
            value = vm.call(replacer, Value::Object(holder), &[name, value])?;
        }
        if let Value::Object(o) = value {
            value = match vm.heap.object(o).kind {
                ObjectKind::RawJson => {
                    let key = vm.key("rawJSON");
                    let text = vm.get(o, key, value)?;
                    let Value::String(text) = text else { return type_error(vm, "a raw JSON object without text") };
                    self.out.extend_from_slice(vm.heap.units(text));
                    return Ok(Serialized::Text);
                }
                ObjectKind::Number(_) => Value::Number(vm.to_number(value)?),
                ObjectKind::String(_) => Value::String(vm.to_string(value)?),
                ObjectKind::Boolean(b) => Value::Bool(b),
                _ => value,
            };
        }
        match value {
            Value::Null => self.out.extend("null".encode_utf16()),
            Value::Bool(true) => self.out.extend("true".encode_utf16()),
            Value::Bool(false) => self.out.extend("false".encode_utf16()),
            Value::String(s) => quote(vm.heap.units(s), &mut self.out),
            Value::Number(n) if n.is_finite() => self.out.extend(jsvm_vm::number::number_to_string(n).encode_utf16()),
            Value::Number(_) => self.out.extend("null".encode_utf16()),
            Value::Object(o) if !vm.is_callable(value) => return Ok(Serialized::Open(o)),
            _ => return Ok(Serialized::Nothing),
        }
        Ok(Serialized::Text)
    }

    /// Starts SerializeJSONObject or SerializeJSONArray on `object`.
    fn open(&mut self, vm: &mut Vm, object: ObjRef) -> JsResult<()> {
        if self.on_stack.contains(&object) {
            return type_error(vm, "Converting circular structure to JSON");
        }
        if self.levels.len() >= MAX_DEPTH {
            return Err(too_deep(vm));
        }
        let is_array = vm.heap.object(object).array().is_some();
        let keys = match (&self.property_list, is_array) {
            (Some(list), false) => Keys::Names(list.clone()),
            _ => Keys::of(vm, object)?,
        };
        self.out.push(u16::from(if is_array { b'[' } else { b'{' }));
        self.on_stack.insert(object);
        self.levels.push(Level { object, is_array, keys, next: 0, written: 0 });
        Ok(())
    }

    /// Ends the innermost object or array.
    fn close(&mut self) {
        let Some(level) = self.levels.pop() else { return };
        self.on_stack.remove(&level.object);
        if level.written > 0 {
            self.newline_indent(self.levels.len());
        }
        self.out.push(u16::from(if level.is_array { b']' } else { b'}' }));
    }

    /// A line break and `depth` gaps, when indenting.
    fn newline_indent(&mut self, depth: usize) {
        if self.gap.is_empty() {
            return;
        }
        self.out.push(0x0A);
        for _ in 0..depth {
            self.out.extend_from_slice(&self.gap);
        }
    }

    /// Charges the text written since the last charge, and stops a result
    /// that could never become a string or fit in memory.
    fn charge_output(&mut self, vm: &mut Vm) -> JsResult<()> {
        let written = self.out.len().saturating_sub(self.charged);
        if written < 4096 {
            return Ok(());
        }
        vm.charge_units(written)?;
        self.charged = self.out.len();
        if self.out.len() > MAX_STRING_LENGTH as usize {
            return Err(vm.error(ErrorKind::RangeError, "Invalid string length"));
        }
        vm.reserve(self.out.capacity() * 2)
    }
}

/// The PropertyList of an array replacer: its strings and numbers (and
/// String and Number objects) as keys, first occurrence first.
fn property_list_of(vm: &mut Vm, replacer: ObjRef) -> JsResult<Vec<PropertyKey>> {
    let length = length_of_array_like(vm, replacer)?;
    let mut list: Vec<PropertyKey> = Vec::new();
    let mut seen: HashSet<PropertyKey> = HashSet::new();
    for i in 0..length {
        vm.charge(1)?;
        let key = crate::array::index_key(vm, i)?;
        let v = vm.get(replacer, key, Value::Object(replacer))?;
        let item: Option<JsStr> = match v {
            Value::String(s) => Some(s),
            Value::Number(_) => Some(vm.to_string(v)?),
            Value::Object(o) if matches!(vm.heap.object(o).kind, ObjectKind::String(_) | ObjectKind::Number(_)) => {
                Some(vm.to_string(v)?)
            }
            _ => None,
        };
        if let Some(s) = item {
            let key = vm.key_of_string(s)?;
            root_key(vm, key);
            if seen.insert(key) {
                list.push(key);
            }
        }
    }
    Ok(list)
}

/// A property key as a quoted JSON string.
fn quote_key(vm: &Vm, key: PropertyKey, out: &mut Vec<u16>) {
    match key {
        PropertyKey::Index(i) => {
            out.push(0x22);
            out.extend(i.to_string().encode_utf16());
            out.push(0x22);
        }
        PropertyKey::Atom(a) => quote(vm.heap.units(vm.heap.atom_string(a)), out),
        PropertyKey::Symbol(_) => {}
    }
}

/// QuoteJSONString: escapes quotes, backslashes, control characters and
/// lone surrogates.
fn quote(units: &[u16], out: &mut Vec<u16>) {
    out.reserve(units.len() + 2);
    out.push(0x22);
    let mut i = 0;
    while let Some(&c) = units.get(i) {
        i += 1;
        let escape = match c {
            0x08 => Some(b'b'),
            0x09 => Some(b't'),
            0x0A => Some(b'n'),
            0x0C => Some(b'f'),
            0x0D => Some(b'r'),
            0x22 => Some(b'"'),
            0x5C => Some(b'\\'),
            _ => None,
        };
        if let Some(e) = escape {
            out.extend_from_slice(&[0x5C, u16::from(e)]);
            continue;
        }
        let lone = match c {
            0xD800..=0xDBFF => !matches!(units.get(i), Some(0xDC00..=0xDFFF)),
            0xDC00..=0xDFFF => !matches!(i.checked_sub(2).and_then(|p| units.get(p)), Some(0xD800..=0xDBFF)),
            _ => false,
        };
        if c < 0x20 || lone {
            out.extend(format!("\\u{c:04x}").encode_utf16());
        } else {
            out.push(c);
        }
    }
    out.push(0x22);
}
