//! The language's abstract operations on values: type conversions
//! (ToPrimitive, ToNumber, ToString, ToObject, ToPropertyKey), equality
//! (IsStrictlyEqual, IsLooselyEqual, SameValue), relational comparison
//! (IsLessThan), `+`, `typeof` and `instanceof`; the numeric operators'
//! fast paths, Number::remainder and Number::exponentiate.

use crate::error::{ErrorKind, JsResult};
use crate::heap::object::{ObjectKind, PropertyKey};
use crate::number;
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::Vm;

/// The most characters of script data quoted in an error message.
pub const MESSAGE_CHARS: usize = 64;

/// The hint of ToPrimitive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    Default,
    Number,
    String,
}

impl Vm {
    /// ToBoolean.
    pub fn to_boolean(&self, v: Value) -> bool {
        match v {
            Value::Undefined | Value::Null | Value::Empty => false,
            Value::Bool(b) => b,
            Value::Number(n) => !(n == 0.0 || n.is_nan()),
            Value::String(s) => !s.is_empty(),
            Value::Symbol(_) | Value::Object(_) => true,
        }
    }

    /// ToPrimitive(input, hint).
    pub fn to_primitive(&mut self, v: Value, hint: Hint) -> JsResult<Value> {
        let Value::Object(obj) = v else { return Ok(v) };
        let key = PropertyKey::Symbol(self.realm.symbols.to_primitive);
        let exotic = self.get(obj, key, v)?;
        if !exotic.is_nullish() {
            if !self.is_callable(exotic) {
                return Err(self.error(ErrorKind::TypeError, "Symbol.toPrimitive is not a function"));
            }
            let hint_text = match hint {
                Hint::Default => "default",
                Hint::Number => "number",
                Hint::String => "string",
            };
            let h = self.string_value(hint_text)?;
            let result = self.call(exotic, v, &[h])?;
            if matches!(result, Value::Object(_)) {
                return Err(self.error(ErrorKind::TypeError, "Cannot convert object to primitive value"));
            }
            return Ok(result);
        }
        self.ordinary_to_primitive(obj, hint)
    }

    /// OrdinaryToPrimitive(O, hint).
    fn ordinary_to_primitive(&mut self, obj: ObjRef, hint: Hint) -> JsResult<Value> {
        let names = self.realm.names;
        let order =
            if hint == Hint::String { [names.to_string, names.value_of] } else { [names.value_of, names.to_string] };
        for name in order {
            let method = self.get(obj, PropertyKey::Atom(name), Value::Object(obj))?;
            if self.is_callable(method) {
                let result = self.call(method, Value::Object(obj), &[])?;
                if !matches!(result, Value::Object(_)) {
                    return Ok(result);
                }
            }
        }
        Err(self.error(ErrorKind::TypeError, "Cannot convert object to primitive value"))
    }

    /// ToNumber.
    pub fn to_number(&mut self, v: Value) -> JsResult<f64> {
        match v {
            Value::Number(n) => Ok(n),
            Value::Undefined | Value::Empty => Ok(f64::NAN),
            Value::Null => Ok(0.0),
            Value::Bool(b) => Ok(if b { 1.0 } else { 0.0 }),
            Value::String(s) => {
                self.charge_units(s.len() as usize)?;
                Ok(number::string_to_number(self.heap.units(s)))
            }
            Value::Symbol(_) => Err(self.error(ErrorKind::TypeError, "Cannot convert a Symbol value to a number")),
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::Number)?;
                self.to_number(p)
            }
        }
    }

    /// ToString.
    pub fn to_string(&mut self, v: Value) -> JsResult<JsStr> {
        let text = match v {
            Value::String(s) => return Ok(s),
            Value::Undefined | Value::Empty => "undefined",
            Value::Null => "null",
            Value::Bool(true) => "true",
            Value::Bool(false) => "false",
            Value::Number(n) => return self.number_to_jsstr(n),
            Value::Symbol(_) => {
                return Err(self.error(ErrorKind::TypeError, "Cannot convert a Symbol value to a string"));
            }
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::String)?;
                return self.to_string(p);
            }
        };
        self.alloc_string(text)
    }

    /// Number::toString(n) as a heap string.
    pub fn number_to_jsstr(&mut self, n: f64) -> JsResult<JsStr> {
        self.alloc_string_units(number::number_to_units(n))
    }

    /// ToString, as Rust text.
    pub fn to_rust_string(&mut self, v: Value) -> JsResult<String> {
        let s = self.to_string(v)?;
        Ok(self.heap.to_rust_string(s))
    }

    /// ToObject: wraps primitives, TypeError for undefined and null.
    pub fn to_object(&mut self, v: Value) -> JsResult<ObjRef> {
        let (proto, kind) = match v {
            Value::Object(o) => return Ok(o),
            Value::Undefined | Value::Null | Value::Empty => {
                return Err(self.error(ErrorKind::TypeError, "Cannot convert undefined or null to object"));
            }
            Value::Bool(b) => (self.realm.boolean_prototype, ObjectKind::Boolean(b)),
            Value::Number(n) => (self.realm.number_prototype, ObjectKind::Number(n)),
            Value::String(s) => (self.realm.string_prototype, ObjectKind::String(s)),
            Value::Symbol(s) => (self.realm.symbol_prototype, ObjectKind::Symbol(s)),
        };
        self.alloc_object(Some(proto), kind)
    }

    /// ToPropertyKey.
    pub fn to_property_key(&mut self, v: Value) -> JsResult<PropertyKey> {
        match v {
            Value::Number(n) if (0.0..4294967295.0).contains(&n) && f64::from(n as u32) == n => {
                Ok(PropertyKey::Index(n as u32))
            }
            Value::String(s) => self.key_of_string(s),
            Value::Symbol(s) => Ok(PropertyKey::Symbol(s)),
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::String)?;
                self.to_property_key(p)
            }
            _ => {
                let s = self.to_string(v)?;
                self.key_of_string(s)
            }
        }
    }

    /// `typeof v`.
    pub fn type_of(&self, v: Value) -> &'static str {
        match v {
            Value::Undefined | Value::Empty => "undefined",
            Value::Null => "object",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Symbol(_) => "symbol",
            Value::Object(o) => {
                if self.heap.object(o).is_callable() {
                    "function"
                } else {
                    "object"
                }
            }
        }
    }

    /// IsCallable.
    pub fn is_callable(&self, v: Value) -> bool {
        match v {
            Value::Object(o) => self.heap.object(o).is_callable(),
            _ => false,
        }
    }

    /// IsConstructor.
    pub fn is_constructor(&self, v: Value) -> bool {
        let Value::Object(o) = v else { return false };
        match &self.heap.object(o).kind {
            ObjectKind::Closure { module, function, .. } => self
                .modules
                .get(*module as usize)
                .and_then(|m| m.module.functions.get(*function as usize))
                .is_some_and(|f| f.kind.is_constructor()),
            ObjectKind::Native { constructor, .. } => *constructor,
            ObjectKind::Bound { target, .. } => self.is_constructor(Value::Object(*target)),
            _ => false,
        }
    }

    /// IsStrictlyEqual.
    pub fn strict_equals(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => x == y,
            (Value::String(x), Value::String(y)) => self.heap.str_eq(x, y),
            (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            (Value::Symbol(x), Value::Symbol(y)) => x == y,
            (Value::Object(x), Value::Object(y)) => x == y,
            _ => false,
        }
    }

    /// SameValue.
    pub fn same_value(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => {
                (x.is_nan() && y.is_nan()) || (x == y && x.is_sign_negative() == y.is_sign_negative())
            }
            _ => self.strict_equals(a, b),
        }
    }

    /// SameValueZero.
    pub fn same_value_zero(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => (x.is_nan() && y.is_nan()) || x == y,
            _ => self.strict_equals(a, b),
        }
    }

    /// IsLooselyEqual.
    pub fn loose_equals(&mut self, a: Value, b: Value) -> JsResult<bool> {
        self.charge_compare(a, b)?;
        let mut a = a;
        let mut b = b;
        // Each round converts one side, so this ends within a few rounds.
        for _ in 0..4 {
            match (a, b) {
                (Value::Undefined | Value::Null, Value::Undefined | Value::Null) => return Ok(true),
                (Value::Undefined | Value::Null, _) | (_, Value::Undefined | Value::Null) => return Ok(false),
                (Value::Number(_), Value::Number(_))
                | (Value::String(_), Value::String(_))
                | (Value::Bool(_), Value::Bool(_))
                | (Value::Symbol(_), Value::Symbol(_))
                | (Value::Object(_), Value::Object(_)) => return Ok(self.strict_equals(a, b)),
                (Value::Number(x), Value::String(_)) => return Ok(x == self.to_number(b)?),
                (Value::String(_), Value::Number(y)) => return Ok(self.to_number(a)? == y),
                (Value::Bool(x), _) => a = Value::Number(if x { 1.0 } else { 0.0 }),
                (_, Value::Bool(y)) => b = Value::Number(if y { 1.0 } else { 0.0 }),
                (Value::Object(_), Value::Number(_) | Value::String(_) | Value::Symbol(_)) => {
                    a = self.to_primitive(a, Hint::Default)?;
                }
                (Value::Number(_) | Value::String(_) | Value::Symbol(_), Value::Object(_)) => {
                    b = self.to_primitive(b, Hint::Default)?;
                }
                _ => return Ok(false),
            }
        }
        Ok(false)
    }

    /// The `+` operator (ApplyStringOrNumericBinaryOperator for `+`).
    pub fn add(&mut self, a: Value, b: Value) -> JsResult<Value> {
        if let (Value::Number(x), Value::Number(y)) = (a, b) {
            return Ok(Value::Number(x + y));
        }
        match (a, b) {
            (Value::String(x), Value::String(y)) => return Ok(Value::String(self.concat(x, y)?)),
            (Value::String(x), Value::Number(n)) => {
                return Ok(Value::String(self.concat_units(x, &number::number_to_units(n))?));
            }
            _ => {}
        }
        let pa = self.to_primitive(a, Hint::Default)?;
        let pb = self.to_primitive(b, Hint::Default)?;
        if matches!(pa, Value::String(_)) || matches!(pb, Value::String(_)) {
            let sa = self.to_string(pa)?;
            let sb = self.to_string(pb)?;
            return Ok(Value::String(self.concat(sa, sb)?));
        }
        let x = self.to_number(pa)?;
        let y = self.to_number(pb)?;
        Ok(Value::Number(x + y))
    }

    /// IsLessThan(a, b, leftFirst): `None` when either side is NaN.
    pub fn less_than(&mut self, a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
        if let (Value::Number(x), Value::Number(y)) = (a, b) {
            return Ok(if x.is_nan() || y.is_nan() { None } else { Some(x < y) });
        }
        let (pa, pb) = if left_first {
            let pa = self.to_primitive(a, Hint::Number)?;
            (pa, self.to_primitive(b, Hint::Number)?)
        } else {
            let pb = self.to_primitive(b, Hint::Number)?;
            (self.to_primitive(a, Hint::Number)?, pb)
        };
        if let (Value::String(x), Value::String(y)) = (pa, pb) {
            self.charge_compare(pa, pb)?;
            return Ok(Some(self.heap.str_cmp(x, y) == std::cmp::Ordering::Less));
        }
        let x = self.to_number(pa)?;
        let y = self.to_number(pb)?;
        Ok(if x.is_nan() || y.is_nan() { None } else { Some(x < y) })
    }

    /// InstanceofOperator(V, target).
    pub fn instance_of(&mut self, v: Value, target: Value) -> JsResult<bool> {
        let Value::Object(t) = target else {
            return Err(self.error(ErrorKind::TypeError, "Right-hand side of 'instanceof' is not an object"));
        };
        let key = PropertyKey::Symbol(self.realm.symbols.has_instance);
        let handler = self.get(t, key, target)?;
        if !handler.is_nullish() {
            let r = self.call(handler, target, &[v])?;
            return Ok(self.to_boolean(r));
        }
        if !self.is_callable(target) {
            return Err(self.error(ErrorKind::TypeError, "Right-hand side of 'instanceof' is not callable"));
        }
        self.ordinary_has_instance(target, v)
    }

    /// OrdinaryHasInstance(C, O).
    pub fn ordinary_has_instance(&mut self, c: Value, o: Value) -> JsResult<bool> {
        let Value::Object(cobj) = c else { return Ok(false) };
        if !self.is_callable(c) {
            return Ok(false);
        }
        if let ObjectKind::Bound { target, .. } = self.heap.object(cobj).kind {
            return self.instance_of(o, Value::Object(target));
        }
        let Value::Object(mut obj) = o else { return Ok(false) };
        let proto = self.get(cobj, PropertyKey::Atom(self.realm.names.prototype), c)?;
        let Value::Object(proto) = proto else {
            return Err(self.error(ErrorKind::TypeError, "Function has non-object prototype in instanceof check"));
        };
        loop {
            self.charge(1)?;
            match self.heap.object(obj).proto {
                Some(p) if p == proto => return Ok(true),
                Some(p) => obj = p,
                None => return Ok(false),
            }
        }
    }

    /// A short description of a value for error messages (long strings are
    /// cut, so a message never copies a script's data wholesale).
    pub fn describe(&mut self, v: Value) -> String {
        match v {
            Value::String(s) => format!("\"{}\"", self.heap.to_rust_string_cut(s, MESSAGE_CHARS)),
            Value::Object(o) if self.heap.object(o).is_callable() => "function".to_string(),
            Value::Object(_) => "object".to_string(),
            Value::Symbol(_) => "symbol".to_string(),
            Value::Number(n) => number::number_to_string(n),
            Value::Bool(b) => b.to_string(),
            Value::Null => "null".to_string(),
            Value::Undefined | Value::Empty => "undefined".to_string(),
        }
    }
}

impl Vm {
    /// A binary numeric operator: the number fast path, else ToNumeric of
    /// both sides in order.
    #[inline(always)]
    pub(crate) fn arith(&mut self, a: Value, b: Value, op: impl Fn(f64, f64) -> f64) -> JsResult<Value> {
        if let (Value::Number(x), Value::Number(y)) = (a, b) {
            return Ok(Value::Number(op(x, y)));
        }
        let x = self.to_number(a)?;
        let y = self.to_number(b)?;
        Ok(Value::Number(op(x, y)))
    }

    /// `a < b`: IsLessThan(a, b, LeftFirst = true), undefined counting as false.
    #[inline(always)]
    pub(crate) fn op_lt(&mut self, a: Value, b: Value) -> JsResult<bool> {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => Ok(x < y),
            _ => Ok(self.less_than(a, b, true)? == Some(true)),
        }
    }

    /// `a <= b`: IsLessThan(b, a, LeftFirst = false) is false.
    #[inline(always)]
    pub(crate) fn op_le(&mut self, a: Value, b: Value) -> JsResult<bool> {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => Ok(x <= y),
            _ => Ok(self.less_than(b, a, false)? == Some(false)),
        }
    }

    /// `a > b`: IsLessThan(b, a, LeftFirst = false) is true.
    #[inline(always)]
    pub(crate) fn op_gt(&mut self, a: Value, b: Value) -> JsResult<bool> {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => Ok(x > y),
            _ => Ok(self.less_than(b, a, false)? == Some(true)),
        }
    }

    /// `a >= b`: IsLessThan(a, b, LeftFirst = true) is false.
    #[inline(always)]
    pub(crate) fn op_ge(&mut self, a: Value, b: Value) -> JsResult<bool> {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => Ok(x >= y),
            _ => Ok(self.less_than(a, b, true)? == Some(false)),
        }
    }

    #[inline(always)]
    pub(crate) fn numeric(&mut self, v: Value) -> JsResult<f64> {
        match v {
            Value::Number(n) => Ok(n),
            _ => self.to_number(v),
        }
    }
}

/// Number::remainder. Integers take an integer path: Rust's `%` on f64 is a
/// software fmod, many times slower than the hardware's integer division,
/// and 32-bit division is itself much faster than 64-bit. (Integrality is
/// checked by a round trip through the integer type: `fract` is a software
/// `trunc` on baseline x86-64.) The result takes the dividend's sign, -0
/// included.
#[inline(always)]
pub(crate) fn remainder(n: f64, d: f64) -> f64 {
    let (ni, di) = (n as i32, d as i32);
    if f64::from(ni) == n && f64::from(di) == d && di != 0 {
        let r = ni.wrapping_rem(di);
        return if r == 0 && n.is_sign_negative() { -0.0 } else { f64::from(r) };
    }
    const LIMIT: f64 = 9007199254740992.0;
    let (nl, dl) = (n as i64, d as i64);
    if nl as f64 == n && dl as f64 == d && n.abs() < LIMIT && d.abs() < LIMIT && dl != 0 {
        let r = nl % dl;
        return if r == 0 && n.is_sign_negative() { -0.0 } else { r as f64 };
    }
    n % d
}

/// Number::exponentiate, which differs from `powf` for |base| = 1 with an
/// infinite exponent and for a NaN exponent.
pub(crate) fn exponentiate(base: f64, exponent: f64) -> f64 {
    if exponent.is_nan() || (base.abs() == 1.0 && exponent.is_infinite()) {
        return f64::NAN;
    }
    base.powf(exponent)
}

#[cfg(test)]
mod tests {
    use super::remainder;

    #[test]
    fn remainder_matches_fmod() {
        let cases = [
            (5.0, 3.0),
            (-5.0, 3.0),
            (5.0, -3.0),
            (-6.0, 3.0),
            (0.0, 5.0),
            (-0.0, 5.0),
            (5.5, 2.0),
            (1e300, 7.0),
            (9007199254740991.0, 2.0),
            (7.0, 0.0),
            (f64::INFINITY, 2.0),
            (2.0, f64::INFINITY),
            (-2147483648.0, -1.0),
            (-2147483648.0, 7.0),
            (2147483647.0, -2147483648.0),
            (4294967296.0, 3.0),
            (-4294967297.0, 4294967296.0),
            (f64::NAN, 3.0),
            (3.0, f64::NAN),
            (-7.0, -0.0),
            (0.5, 0.25),
        ];
        for (n, d) in cases {
            let expected: f64 = n % d;
            let got = remainder(n, d);
            assert!(
                (got.is_nan() && expected.is_nan())
                    || (got == expected && got.is_sign_negative() == expected.is_sign_negative()),
                "{n} % {d}: {got} vs {expected}"
            );
        }
    }
}
