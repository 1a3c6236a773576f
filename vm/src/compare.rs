//! Equality and comparison: IsStrictlyEqual, SameValue, SameValueZero,
//! IsLooselyEqual, IsLessThan, and the relational operators built on it.

use crate::convert::Hint;
use crate::error::JsResult;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
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
}
