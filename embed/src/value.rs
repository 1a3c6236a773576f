//! Values on the host's side of the boundary. A [`Value`] is an owned copy
//! of a script value (or one the host builds to pass in): no reference into
//! a sandbox's heap ever reaches the host through it. [`IntoValue`] and
//! [`FromValue`] convert Rust types to and from it; any serde type goes
//! through [`to_value`] and [`from_value`], or the [`Serde`] wrapper.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A script value as the host holds it: a copy, independent of the sandbox
/// it came from.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    /// `undefined` (also what a missing argument is).
    #[default]
    Undefined,
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number (every JavaScript number is a double).
    Number(f64),
    /// A string (lone surrogates become U+FFFD on the way out).
    String(String),
    /// An array; holes come out as undefined.
    Array(Vec<Value>),
    /// A plain object: its own enumerable string-keyed properties, in the
    /// order the script would list them (`Object.keys`).
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The value's kind as error messages name it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Undefined => "undefined",
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// The property `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The number, if it is one.
    pub fn as_f64(&self) -> Option<f64> {
        if let Value::Number(n) = self { Some(*n) } else { None }
    }

    /// The string, if it is one.
    pub fn as_str(&self) -> Option<&str> {
        if let Value::String(s) = self { Some(s) } else { None }
    }

    /// The boolean, if it is one.
    pub fn as_bool(&self) -> Option<bool> {
        if let Value::Bool(b) = self { Some(*b) } else { None }
    }

    /// The elements, if it is an array.
    pub fn as_array(&self) -> Option<&[Value]> {
        if let Value::Array(items) = self { Some(items) } else { None }
    }
}

/// Why a value could not be converted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueError {
    message: String,
}

impl ValueError {
    /// An error with `message`.
    pub fn new(message: impl Into<String>) -> ValueError {
        ValueError { message: message.into() }
    }

    /// "expected a number, got a string".
    pub fn expected(what: &str, got: &Value) -> ValueError {
        ValueError::new(format!("expected {what}, got {}", got.type_name()))
    }

    /// What went wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ValueError {}

/// A Rust value that can become a script value.
pub trait IntoValue {
    /// The value, or why it cannot be one (a serde type that is not data).
    fn into_value(self) -> Result<Value, ValueError>;
}

/// A Rust value that can be read from a script value.
pub trait FromValue: Sized {
    /// The Rust value, or why `value` does not fit the type.
    fn from_value(value: Value) -> Result<Self, ValueError>;
}

impl IntoValue for Value {
    fn into_value(self) -> Result<Value, ValueError> {
        Ok(self)
    }
}

impl FromValue for Value {
    fn from_value(value: Value) -> Result<Value, ValueError> {
        Ok(value)
    }
}

/// `()` is undefined going in, and accepts any value coming out.
impl IntoValue for () {
    fn into_value(self) -> Result<Value, ValueError> {
        Ok(Value::Undefined)
    }
}

impl FromValue for () {
    fn from_value(_: Value) -> Result<(), ValueError> {
        Ok(())
    }
}

impl IntoValue for bool {
    fn into_value(self) -> Result<Value, ValueError> {
        Ok(Value::Bool(self))
    }
}

impl FromValue for bool {
    fn from_value(value: Value) -> Result<bool, ValueError> {
        value.as_bool().ok_or_else(|| ValueError::expected("a boolean", &value))
    }
}

impl IntoValue for f64 {
    fn into_value(self) -> Result<Value, ValueError> {
        Ok(Value::Number(self))
    }
}

impl FromValue for f64 {
    fn from_value(value: Value) -> Result<f64, ValueError> {
        value.as_f64().ok_or_else(|| ValueError::expected("a number", &value))
    }
}

impl IntoValue for f32 {
    fn into_value(self) -> Result<Value, ValueError> {
        Ok(Value::Number(f64::from(self)))
    }
}

impl FromValue for f32 {
    fn from_value(value: Value) -> Result<f32, ValueError> {
        f64::from_value(value).map(|n| n as f32)
    }
}

/// Integers go in as numbers (those beyond 2⁵³ rounded, as in JavaScript)
/// and come out only from numbers that are whole and in the type's range.
macro_rules! integers {
    ($($t:ty),*) => {$(
        impl IntoValue for $t {
            fn into_value(self) -> Result<Value, ValueError> {
                Ok(Value::Number(self as f64))
            }
        }

        impl FromValue for $t {
            fn from_value(value: Value) -> Result<$t, ValueError> {
                let n = f64::from_value(value)?;
                if n.fract() != 0.0 || !(<$t>::MIN as f64 <= n && n <= <$t>::MAX as f64) {
                    return Err(ValueError::new(format!("expected an integer {}, got {n}", stringify!($t))));
                }
                Ok(n as $t)
            }
        }
    )*};
}
integers!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl IntoValue for String {
    fn into_value(self) -> Result<Value, ValueError> {
        Ok(Value::String(self))
    }
}

impl IntoValue for &str {
    fn into_value(self) -> Result<Value, ValueError> {
        Ok(Value::String(self.to_string()))
    }
}

impl FromValue for String {
    fn from_value(value: Value) -> Result<String, ValueError> {
        match value {
            Value::String(s) => Ok(s),
            other => Err(ValueError::expected("a string", &other)),
        }
    }
}

/// `None` is undefined going in; undefined and null are `None` coming out.
impl<T: IntoValue> IntoValue for Option<T> {
    fn into_value(self) -> Result<Value, ValueError> {
        self.map_or(Ok(Value::Undefined), T::into_value)
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: Value) -> Result<Option<T>, ValueError> {
        match value {
            Value::Undefined | Value::Null => Ok(None),
            other => T::from_value(other).map(Some),
        }
    }
}

impl<T: IntoValue> IntoValue for Vec<T> {
    fn into_value(self) -> Result<Value, ValueError> {
        self.into_iter().map(T::into_value).collect::<Result<_, _>>().map(Value::Array)
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    fn from_value(value: Value) -> Result<Vec<T>, ValueError> {
        match value {
            Value::Array(items) => items.into_iter().map(T::from_value).collect(),
            other => Err(ValueError::expected("an array", &other)),
        }
    }
}

fn object_members<T: FromValue>(
    value: Value,
) -> Result<impl Iterator<Item = Result<(String, T), ValueError>>, ValueError> {
    match value {
        Value::Object(members) => Ok(members.into_iter().map(|(k, v)| Ok((k, T::from_value(v)?)))),
        other => Err(ValueError::expected("an object", &other)),
    }
}

/// A map goes in as an object with its keys sorted, so that a script sees
/// the same order on every run.
impl<T: IntoValue> IntoValue for HashMap<String, T> {
    fn into_value(self) -> Result<Value, ValueError> {
        let sorted: BTreeMap<String, T> = self.into_iter().collect();
        sorted.into_value()
    }
}

impl<T: FromValue> FromValue for HashMap<String, T> {
    fn from_value(value: Value) -> Result<HashMap<String, T>, ValueError> {
        object_members(value)?.collect()
    }
}

impl<T: IntoValue> IntoValue for BTreeMap<String, T> {
    fn into_value(self) -> Result<Value, ValueError> {
        let members = self.into_iter().map(|(k, v)| Ok((k, v.into_value()?))).collect::<Result<_, ValueError>>()?;
        Ok(Value::Object(members))
    }
}

impl<T: FromValue> FromValue for BTreeMap<String, T> {
    fn from_value(value: Value) -> Result<BTreeMap<String, T>, ValueError> {
        object_members(value)?.collect()
    }
}

/// Tuples are arrays of their length.
macro_rules! tuples {
    ($(($($t:ident $i:tt),+))*) => {$(
        impl<$($t: IntoValue),+> IntoValue for ($($t,)+) {
            fn into_value(self) -> Result<Value, ValueError> {
                Ok(Value::Array(vec![$(self.$i.into_value()?),+]))
            }
        }

        impl<$($t: FromValue),+> FromValue for ($($t,)+) {
            fn from_value(value: Value) -> Result<($($t,)+), ValueError> {
                const LEN: usize = [$($i),+].len();
                match value {
                    Value::Array(items) if items.len() == LEN => {
                        let mut items = items.into_iter();
                        Ok(($($t::from_value(items.next().unwrap_or_default())?,)+))
                    }
                    other => Err(ValueError::new(format!("expected an array of {LEN}, got {}", other.type_name()))),
                }
            }
        }
    )*};
}
tuples! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
}

/// Any serde type, converted as JSON would: structs and maps become
/// objects (fields in declaration order), sequences arrays, unit enum
/// variants strings. Non-finite numbers and undefined are seen as null.
///
/// ```
/// #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
/// struct Point { x: f64, y: f64 }
///
/// let v = jsvm::to_value(&Point { x: 1.0, y: 2.0 }).unwrap();
/// assert_eq!(v.get("y"), Some(&jsvm::Value::Number(2.0)));
/// let back: Point = jsvm::from_value(v).unwrap();
/// assert_eq!(back, Point { x: 1.0, y: 2.0 });
/// ```
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, ValueError> {
    serde_json::to_value(value).map(from_json).map_err(|e| ValueError::new(e.to_string()))
}

/// Reads any serde type from a value (see [`to_value`]).
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, ValueError> {
    serde_json::from_value(to_json(value)).map_err(|e| ValueError::new(e.to_string()))
}

/// A serde type as a parameter or result of a host function or a call:
/// `|p: Serde<Point>| ...`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Serde<T>(pub T);

impl<T: Serialize> IntoValue for Serde<T> {
    fn into_value(self) -> Result<Value, ValueError> {
        to_value(&self.0)
    }
}

impl<T: DeserializeOwned> FromValue for Serde<T> {
    fn from_value(value: Value) -> Result<Serde<T>, ValueError> {
        from_value(value).map(Serde)
    }
}

fn from_json(json: serde_json::Value) -> Value {
    match json {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(b),
        serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => Value::String(s),
        serde_json::Value::Array(items) => Value::Array(items.into_iter().map(from_json).collect()),
        serde_json::Value::Object(members) => {
            Value::Object(members.into_iter().map(|(k, v)| (k, from_json(v))).collect())
        }
    }
}

/// The largest integer a double holds exactly.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

fn to_json(value: Value) -> serde_json::Value {
    match value {
        Value::Undefined | Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(b),
        // Whole numbers as integers, so that they read into integer fields.
        Value::Number(n) if n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER => {
            serde_json::Value::Number(serde_json::Number::from(n as i64))
        }
        Value::Number(n) => serde_json::Number::from_f64(n).map_or(serde_json::Value::Null, serde_json::Value::Number),
        Value::String(s) => serde_json::Value::String(s),
        Value::Array(items) => serde_json::Value::Array(items.into_iter().map(to_json).collect()),
        Value::Object(members) => {
            serde_json::Value::Object(members.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}
