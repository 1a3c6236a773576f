//! Copying values across the boundary, paid for by the sandbox. Going in,
//! every node and code unit is charged gas and every allocation is held
//! against the memory budget before it is made, so a value too big for the
//! sandbox ends the run out of memory instead of growing the host. Coming
//! out, the copy is charged the same way and may not grow past the
//! sandbox's memory limit on the host's side either (a graph that shares
//! objects is copied once per path, so that bound is what keeps a small
//! graph from becoming a huge tree); cycles, functions, symbols and objects
//! that are not plain are refused with a [`ValueError`] naming the path.

use jsvm_vm::heap::object::{ObjectKind, PropertyKey, Slot};
use jsvm_vm::{Abrupt, ErrorKind, JsResult, ObjRef, Vm};

use crate::handle::Handle;
use crate::value::{FromValue, IntoValue, Value, ValueError};

/// How deep a value may nest, in either direction.
pub const MAX_DEPTH: usize = 256;

/// Host bytes one node of a copied value counts for.
const NODE_BYTES: usize = std::mem::size_of::<Value>();

/// A copy of `value` in the sandbox's heap. The result is on the VM's
/// temporary roots; the caller decides how long it stays rooted.
pub fn into_script(vm: &mut Vm, value: &Value) -> JsResult<jsvm_vm::Value> {
    into_script_at(vm, value, 0)
}

fn into_script_at(vm: &mut Vm, value: &Value, depth: usize) -> JsResult<jsvm_vm::Value> {
    use jsvm_vm::Value as V;
    if depth > MAX_DEPTH {
        return Err(vm.error(ErrorKind::TypeError, &format!("a value passed in nests deeper than {MAX_DEPTH}")));
    }
    vm.charge(1)?;
    Ok(match value {
        Value::Undefined => V::Undefined,
        Value::Null => V::Null,
        Value::Bool(b) => V::Bool(*b),
        Value::Number(n) => V::Number(*n),
        // (Allocating the string charges for its units.)
        Value::String(s) => vm.string_value(s)?,
        Value::Array(items) => {
            vm.reserve(items.len().saturating_mul(16))?;
            let mut values = Vec::with_capacity(items.len());
            for item in items {
                values.push(into_script_at(vm, item, depth + 1)?);
            }
            V::Object(vm.new_array(values)?)
        }
        Value::Object(members) => {
            let object = vm.new_object()?;
            for (key, member) in members {
                let key = key_of(vm, key)?;
                let v = into_script_at(vm, member, depth + 1)?;
                vm.create_data_property_or_throw(object, key, v)?;
            }
            V::Object(object)
        }
    })
}

/// The property key of a name the host gave (charged as interning it).
pub fn key_of(vm: &mut Vm, name: &str) -> JsResult<PropertyKey> {
    let units: Vec<u16> = name.encode_utf16().collect();
    vm.key_of_units(&units)
}

/// Why a value could not be copied out: a value the host cannot hold, or
/// the sandbox's budget running out while copying.
#[derive(Debug)]
pub enum OutError {
    Value(ValueError),
    Abrupt(Abrupt),
}

impl From<Abrupt> for OutError {
    fn from(a: Abrupt) -> OutError {
        OutError::Abrupt(a)
    }
}

/// A host copy of the script value `value`, at most `limit` host bytes.
/// `name` starts the path an error names (`args[0].items[3] is a function`).
pub fn from_script(vm: &mut Vm, value: jsvm_vm::Value, limit: usize, name: &str) -> Result<Value, OutError> {
    let mut copy = Outward { bytes_left: limit, limit, path: Vec::new() };
    copy.value(vm, value).map_err(|e| match e {
        Refused::Value { what, mut path } => {
            path.reverse();
            OutError::Value(ValueError::new(format!("{name}{} {what}", path.concat())))
        }
        Refused::Abrupt(a) => OutError::Abrupt(a),
    })
}

/// A refusal on its way up: the path is gathered innermost segment first,
/// only when there is an error to report.
enum Refused {
    Value { what: String, path: Vec<String> },
    Abrupt(Abrupt),
}

impl From<Abrupt> for Refused {
    fn from(a: Abrupt) -> Refused {
        Refused::Abrupt(a)
    }
}

fn refuse(what: impl Into<String>) -> Refused {
    Refused::Value { what: what.into(), path: Vec::new() }
}

/// Adds `segment` to the path of a refusal coming up from below it.
fn under<T>(result: Result<T, Refused>, segment: impl FnOnce() -> String) -> Result<T, Refused> {
    result.map_err(|e| match e {
        Refused::Value { what, mut path } => {
            path.push(segment());
            Refused::Value { what, path }
        }
        other => other,
    })
}

struct Outward {
    bytes_left: usize,
    limit: usize,
    /// The objects being copied, outermost first (for cycles).
    path: Vec<ObjRef>,
}

impl Outward {
    fn take(&mut self, bytes: usize) -> Result<(), Refused> {
        match self.bytes_left.checked_sub(bytes) {
            Some(left) => {
                self.bytes_left = left;
                Ok(())
            }
            None => Err(refuse(format!("is larger than the {} bytes a copy may take", self.limit))),
        }
    }

    fn value(&mut self, vm: &mut Vm, value: jsvm_vm::Value) -> Result<Value, Refused> {
        use jsvm_vm::Value as V;
        vm.charge(1)?;
        self.take(NODE_BYTES)?;
        Ok(match value {
            V::Undefined | V::Empty => Value::Undefined,
            V::Null => Value::Null,
            V::Bool(b) => Value::Bool(b),
            V::Number(n) => Value::Number(n),
            V::String(s) => {
                vm.charge_units(s.len() as usize)?;
                self.take(s.len() as usize * 3)?;
                Value::String(vm.heap.to_rust_string(s))
            }
            V::Symbol(_) => return Err(refuse("is a symbol")),
            V::Object(o) => {
                if self.path.contains(&o) {
                    return Err(refuse("refers back to an object that contains it"));
                }
                if self.path.len() >= MAX_DEPTH {
                    return Err(refuse(format!("nests deeper than {MAX_DEPTH}")));
                }
                self.path.push(o);
                let copied = self.object(vm, o);
                self.path.pop();
                copied?
            }
        })
    }

    fn object(&mut self, vm: &mut Vm, o: ObjRef) -> Result<Value, Refused> {
        let what = match &vm.heap.object(o).kind {
            ObjectKind::Ordinary => return self.members(vm, o),
            ObjectKind::Array(_) => return self.elements(vm, o),
            ObjectKind::Closure { .. } | ObjectKind::Native { .. } | ObjectKind::Host { .. } => "a function",
            ObjectKind::Bound { .. } => "a function",
            ObjectKind::Error => "an Error object",
            ObjectKind::Boolean(_) | ObjectKind::Number(_) | ObjectKind::String(_) | ObjectKind::Symbol(_) => {
                "a wrapper object"
            }
            ObjectKind::Arguments => "an arguments object",
            ObjectKind::Iterator(_) => "an iterator",
            ObjectKind::Generator(_) => "a generator",
            ObjectKind::Collection(_) => "a Map or Set",
            ObjectKind::Weak(_) => "a WeakMap or WeakSet",
            ObjectKind::Disposable(_) => "a DisposableStack",
            ObjectKind::RawJson => "a JSON.rawJSON object",
            ObjectKind::RegExp(_) => "a RegExp",
            ObjectKind::Free => "a collected object",
        };
        Err(refuse(format!("is {what}, not a plain object or array")))
    }

    fn elements(&mut self, vm: &mut Vm, o: ObjRef) -> Result<Value, Refused> {
        let length = vm.heap.object(o).array().map_or(0, |a| a.length) as usize;
        self.take(length.saturating_mul(NODE_BYTES))?;
        vm.charge(length as u64)?;
        let mut items = Vec::with_capacity(length);
        for i in 0..length {
            let dense = vm.heap.object(o).array().and_then(|a| a.dense.get(i).copied());
            let element = match dense {
                Some(v) if !matches!(v, jsvm_vm::Value::Empty) => v,
                _ => under(own_data(vm, o, PropertyKey::Index(i as u32)), || format!("[{i}]"))?,
            };
            items.push(under(self.value(vm, element), || format!("[{i}]"))?);
        }
        Ok(Value::Array(items))
    }

    fn members(&mut self, vm: &mut Vm, o: ObjRef) -> Result<Value, Refused> {
        let keys = vm.own_keys(o)?;
        let mut members = Vec::new();
        for key in keys {
            let name = match key {
                PropertyKey::Symbol(_) => continue,
                PropertyKey::Index(i) => i.to_string(),
                PropertyKey::Atom(a) => {
                    let s = vm.heap.atom_string(a);
                    vm.heap.to_rust_string(s)
                }
            };
            let Some(p) = vm.get_own_property(o, key) else { continue };
            if !p.enumerable() {
                continue;
            }
            let Slot::Data(v) = p.slot else {
                return under(Err(refuse("is a getter or setter")), || format!(".{name}"));
            };
            self.take(name.len())?;
            let copied = under(self.value(vm, v), || format!(".{name}"))?;
            members.push((name, copied));
        }
        Ok(Value::Object(members))
    }
}

/// The value of an own element that is not in the dense part: undefined for
/// a hole, refused for an accessor.
fn own_data(vm: &Vm, o: ObjRef, key: PropertyKey) -> Result<jsvm_vm::Value, Refused> {
    match vm.get_own_property(o, key).map(|p| p.slot) {
        None => Ok(jsvm_vm::Value::Undefined),
        Some(Slot::Data(v)) => Ok(v),
        Some(_) => Err(refuse("is a getter or setter")),
    }
}

/// A type a script value converts to: any [`FromValue`] type (through a
/// copy), or a [`Handle`] that keeps a script function or object alive.
pub trait FromJs: Sized {
    #[doc(hidden)]
    fn from_js(vm: &mut Vm, value: jsvm_vm::Value) -> Result<Self, OutError>;
}

impl<T: FromValue> FromJs for T {
    fn from_js(vm: &mut Vm, value: jsvm_vm::Value) -> Result<T, OutError> {
        let limit = vm.heap.limit();
        T::from_value(from_script(vm, value, limit, "the value")?).map_err(OutError::Value)
    }
}

impl FromJs for Handle {
    fn from_js(vm: &mut Vm, value: jsvm_vm::Value) -> Result<Handle, OutError> {
        if !matches!(value, jsvm_vm::Value::Object(_)) {
            return Err(OutError::Value(ValueError::new("expected a function or an object")));
        }
        Ok(Handle::new(vm.pin(value)?))
    }
}

/// A value the host passes to a script: any [`IntoValue`] type (copied in),
/// or a [`Handle`] (the object itself).
pub trait IntoJs {
    #[doc(hidden)]
    fn into_js(self, vm: &mut Vm) -> Result<jsvm_vm::Value, OutError>;
}

impl<T: IntoValue> IntoJs for T {
    fn into_js(self, vm: &mut Vm) -> Result<jsvm_vm::Value, OutError> {
        let value = self.into_value().map_err(OutError::Value)?;
        Ok(into_script(vm, &value)?)
    }
}

impl IntoJs for &Handle {
    fn into_js(self, vm: &mut Vm) -> Result<jsvm_vm::Value, OutError> {
        match vm.pinned(self.pin()) {
            Some(v) => Ok(v),
            None => Err(vm.error(ErrorKind::TypeError, "a handle from another sandbox").into()),
        }
    }
}

/// The arguments of a call from the host: `()`, a tuple of up to six
/// [`IntoJs`] values, or a `Vec<Value>`.
pub trait IntoArgs {
    #[doc(hidden)]
    fn into_args(self, vm: &mut Vm) -> Result<Vec<jsvm_vm::Value>, OutError>;
}

impl IntoArgs for Vec<Value> {
    fn into_args(self, vm: &mut Vm) -> Result<Vec<jsvm_vm::Value>, OutError> {
        self.into_iter().map(|v| v.into_js(vm)).collect()
    }
}

macro_rules! argument_tuples {
    ($(($($t:ident $i:tt),*))*) => {$(
        impl<$($t: IntoJs),*> IntoArgs for ($($t,)*) {
            #[allow(unused_variables)]
            fn into_args(self, vm: &mut Vm) -> Result<Vec<jsvm_vm::Value>, OutError> {
                Ok(vec![$(self.$i.into_js(vm)?),*])
            }
        }
    )*};
}
argument_tuples! {
    ()
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
}
