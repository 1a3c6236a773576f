//! The operators on values: `+`, `typeof`, `instanceof`
//! (OrdinaryHasInstance), the numeric operators' fast paths,
//! Number::remainder and Number::exponentiate, IsCallable and
//! IsConstructor, and how a value is described in an error message.
//! Conversions are in `convert.rs`, equality and comparison in
//! `compare.rs`.

use crate::convert::Hint;
use crate::error::{ErrorKind, JsResult};
use crate::heap::object::{ObjectKind, PropertyKey};
use crate::number;
use crate::value::Value;
use crate::vm::Vm;

/// The most characters of script data quoted in an error message.
pub const MESSAGE_CHARS: usize = 64;

impl Vm {
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
