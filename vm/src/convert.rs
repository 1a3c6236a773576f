//! The type conversions: ToBoolean, ToPrimitive (with
//! OrdinaryToPrimitive), ToNumber, ToString, ToObject and ToPropertyKey.

use crate::error::{ErrorKind, JsResult};
use crate::heap::object::{ObjectKind, PropertyKey};
use crate::number;
use crate::value::{JsStr, ObjRef, Value};
use crate::vm::Vm;

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
}
