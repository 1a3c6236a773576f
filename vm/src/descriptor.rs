//! Property descriptors and [[DefineOwnProperty]]: ToPropertyDescriptor,
//! FromPropertyDescriptor, ValidateAndApplyPropertyDescriptor (with the
//! array exotic cases of ArrayDefineOwnProperty and ArraySetLength), and the
//! integrity levels behind `Object.freeze`/`seal`/`preventExtensions`.

use crate::error::{ErrorKind, JsResult};
use crate::heap::object::{CONFIGURABLE, ENUMERABLE, ObjectKind, Property, PropertyKey, Slot, WRITABLE};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A Property Descriptor: every field may be absent.
#[derive(Clone, Copy, Debug, Default)]
pub struct PropertyDescriptor {
    pub value: Option<Value>,
    pub writable: Option<bool>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl PropertyDescriptor {
    /// A data descriptor with every field present.
    pub fn data(value: Value, flags: u8) -> PropertyDescriptor {
        PropertyDescriptor {
            value: Some(value),
            writable: Some(flags & WRITABLE != 0),
            enumerable: Some(flags & ENUMERABLE != 0),
            configurable: Some(flags & CONFIGURABLE != 0),
            ..PropertyDescriptor::default()
        }
    }

    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }

    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }

    pub fn is_empty(&self) -> bool {
        !self.is_accessor() && !self.is_data() && self.enumerable.is_none() && self.configurable.is_none()
    }
}

fn accessor_part(v: Option<Value>) -> Option<ObjRef> {
    v.and_then(Value::as_object)
}

impl Vm {
    /// ToPropertyDescriptor(Obj).
    pub fn to_property_descriptor(&mut self, v: Value) -> JsResult<PropertyDescriptor> {
        let Value::Object(o) = v else {
            return Err(self.error(ErrorKind::TypeError, "Property description must be an object"));
        };
        let mut desc = PropertyDescriptor::default();
        for name in ["enumerable", "configurable", "value", "writable", "get", "set"] {
            let key = self.key(name);
            if !self.has_property(o, key)? {
                continue;
            }
            let field = self.get(o, key, v)?;
            match name {
                "enumerable" => desc.enumerable = Some(self.to_boolean(field)),
                "configurable" => desc.configurable = Some(self.to_boolean(field)),
                "value" => desc.value = Some(field),
                "writable" => desc.writable = Some(self.to_boolean(field)),
                _ => {
                    if !matches!(field, Value::Undefined) && !self.is_callable(field) {
                        let msg = format!("Getter and setter must be functions: {name}");
                        return Err(self.error(ErrorKind::TypeError, &msg));
                    }
                    if name == "get" {
                        desc.get = Some(field);
                    } else {
                        desc.set = Some(field);
                    }
                }
            }
        }
        if desc.is_accessor() && desc.is_data() {
            let msg = "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute";
            return Err(self.error(ErrorKind::TypeError, msg));
        }
        Ok(desc)
    }

    /// FromPropertyDescriptor(Desc) for an existing own property.
    pub fn from_property(&mut self, prop: Property) -> JsResult<Value> {
        let o = self.new_object()?;
        let define = |vm: &mut Vm, name: &str, v: Value| -> JsResult<()> {
            let key = vm.key(name);
            vm.create_data_property(o, key, v).map(|_| ())
        };
        match prop.slot {
            Slot::Data(v) => {
                define(self, "value", v)?;
                define(self, "writable", Value::Bool(prop.writable()))?;
            }
            Slot::Accessor { get, set } => {
                define(self, "get", get.map_or(Value::Undefined, Value::Object))?;
                define(self, "set", set.map_or(Value::Undefined, Value::Object))?;
            }
        }
        define(self, "enumerable", Value::Bool(prop.enumerable()))?;
        define(self, "configurable", Value::Bool(prop.configurable()))?;
        Ok(Value::Object(o))
    }

    /// [[GetOwnProperty]] with the real value of String-object indices.
    pub fn own_property_with_value(&mut self, obj: ObjRef, key: PropertyKey) -> JsResult<Option<Property>> {
        let Some(mut prop) = self.get_own_property(obj, key) else { return Ok(None) };
        if let (ObjectKind::String(_), PropertyKey::Index(_)) = (&self.heap.object(obj).kind, key) {
            prop.slot = Slot::Data(self.get(obj, key, Value::Object(obj))?);
        }
        Ok(Some(prop))
    }

    /// [[DefineOwnProperty]](P, Desc): false when the definition is refused.
    pub fn define_own_property(&mut self, obj: ObjRef, key: PropertyKey, desc: PropertyDescriptor) -> JsResult<bool> {
        if let ObjectKind::Array(a) = &self.heap.object(obj).kind {
            if key == PropertyKey::Atom(self.realm.names.length) {
                return self.array_define_length(obj, desc);
            }
            if let PropertyKey::Index(i) = key
                && i >= a.length
                && !a.length_writable
            {
                return Ok(false);
            }
        }
        if let (ObjectKind::String(s), PropertyKey::Index(i)) = (&self.heap.object(obj).kind, key)
            && i < s.len()
        {
            // String indices are read-only, enumerable, non-configurable.
            let current = self.own_property_with_value(obj, key)?;
            return Ok(current.is_some_and(|c| compatible(self, c, &desc)));
        }
        let current = self.own_property_with_value(obj, key)?;
        let Some(current) = current else {
            if !self.heap.object(obj).extensible {
                return Ok(false);
            }
            let prop = if desc.is_accessor() {
                let flags = flag(desc.enumerable, ENUMERABLE) | flag(desc.configurable, CONFIGURABLE);
                Property { slot: Slot::Accessor { get: accessor_part(desc.get), set: accessor_part(desc.set) }, flags }
            } else {
                let flags = flag(desc.writable, WRITABLE)
                    | flag(desc.enumerable, ENUMERABLE)
                    | flag(desc.configurable, CONFIGURABLE);
                Property::data(desc.value.unwrap_or(Value::Undefined), flags)
            };
            return self.store_property(obj, key, prop).map(|_| true);
        };
        if desc.is_empty() {
            return Ok(true);
        }
        if !compatible(self, current, &desc) {
            return Ok(false);
        }
        let enumerable = desc.enumerable.unwrap_or(current.enumerable());
        let configurable = desc.configurable.unwrap_or(current.configurable());
        let base = flag(Some(enumerable), ENUMERABLE) | flag(Some(configurable), CONFIGURABLE);
        let prop = match (current.slot, desc.is_accessor(), desc.is_data()) {
            (Slot::Data(_), true, _) => Property {
                slot: Slot::Accessor { get: accessor_part(desc.get), set: accessor_part(desc.set) },
                flags: base,
            },
            (Slot::Accessor { .. }, _, true) => {
                Property::data(desc.value.unwrap_or(Value::Undefined), base | flag(desc.writable, WRITABLE))
            }
            (Slot::Data(v), _, _) => {
                let writable = desc.writable.unwrap_or(current.writable());
                Property::data(desc.value.unwrap_or(v), base | flag(Some(writable), WRITABLE))
            }
            (Slot::Accessor { get, set }, _, _) => {
                let get = if desc.get.is_some() { accessor_part(desc.get) } else { get };
                let set = if desc.set.is_some() { accessor_part(desc.set) } else { set };
                Property { slot: Slot::Accessor { get, set }, flags: base }
            }
        };
        self.store_property(obj, key, prop).map(|_| true)
    }

    /// Writes an own property, keeping array elements in their dense prefix
    /// when their attributes are the prefix's.
    fn store_property(&mut self, obj: ObjRef, key: PropertyKey, prop: Property) -> JsResult<()> {
        if let (ObjectKind::Array(a), PropertyKey::Index(i)) = (&self.heap.object(obj).kind, key) {
            let in_dense = (i as usize) < a.dense.len();
            if let Slot::Data(v) = prop.slot
                && prop.flags == a.dense_flags
                && (in_dense || a.dense.len() as u32 == a.length)
            {
                if in_dense {
                    if let Some(slot) =
                        self.heap.object_mut(obj).and_then(|o| o.array_mut()).and_then(|a| a.dense.get_mut(i as usize))
                    {
                        *slot = v;
                    }
                    return Ok(());
                }
                return self.set_array_element(obj, i, v).map(|_| ());
            }
            if in_dense {
                self.move_dense_to_properties(obj, i)?;
            }
            self.define_property_raw(obj, key, prop)?;
            if let Some(a) = self.heap.object_mut(obj).and_then(|o| o.array_mut()) {
                a.length = a.length.max(i.saturating_add(1));
            }
            return Ok(());
        }
        self.define_property_raw(obj, key, prop)
    }

    /// ArraySetLength through [[DefineOwnProperty]]("length", Desc).
    fn array_define_length(&mut self, obj: ObjRef, desc: PropertyDescriptor) -> JsResult<bool> {
        // The value is converted (ToUint32, then ToNumber again, each
        // observable) and checked before the descriptor is validated.
        let new_len = match desc.value {
            Some(v) => {
                let new_len = crate::number::to_uint32(self.to_number(v)?);
                let number_len = self.to_number(v)?;
                if f64::from(new_len) != number_len {
                    return Err(self.error(ErrorKind::RangeError, "Invalid array length"));
                }
                Some(new_len)
            }
            None => None,
        };
        if desc.is_accessor() || desc.configurable == Some(true) || desc.enumerable == Some(true) {
            return Ok(false);
        }
        let Some(a) = self.heap.object(obj).array() else { return Ok(false) };
        let writable = a.length_writable;
        if let Some(new_len) = new_len {
            let old = self.heap.object(obj).array().map_or(0, |a| a.length);
            if new_len != old {
                if !writable {
                    return Ok(false);
                }
                if !self.set_array_length(obj, Value::Number(new_len as f64))? {
                    // An element could not be deleted: the length stays past
                    // it, and a requested `writable: false` still applies.
                    if desc.writable == Some(false)
                        && let Some(a) = self.heap.object_mut(obj).and_then(|o| o.array_mut())
                    {
                        a.length_writable = false;
                    }
                    return Ok(false);
                }
            }
        }
        if desc.writable == Some(true) && !writable {
            return Ok(false);
        }
        if desc.writable == Some(false)
            && let Some(a) = self.heap.object_mut(obj).and_then(|o| o.array_mut())
        {
            a.length_writable = false;
        }
        Ok(true)
    }

    /// [[PreventExtensions]].
    pub fn prevent_extensions(&mut self, obj: ObjRef) {
        if let Some(o) = self.heap.object_mut(obj) {
            o.extensible = false;
        }
    }

    /// SetIntegrityLevel(O, sealed or frozen).
    pub fn set_integrity_level(&mut self, obj: ObjRef, frozen: bool) -> JsResult<()> {
        self.prevent_extensions(obj);
        if let Some(a) = self.heap.object_mut(obj).and_then(|o| o.array_mut()) {
            a.dense_flags &= !CONFIGURABLE;
            if frozen {
                a.dense_flags &= !WRITABLE;
                a.length_writable = false;
            }
        }
        let keys = self.own_keys(obj)?;
        for key in keys {
            let Some(current) = self.get_own_property(obj, key) else { continue };
            let mut desc = PropertyDescriptor { configurable: Some(false), ..PropertyDescriptor::default() };
            if frozen && matches!(current.slot, Slot::Data(_)) {
                desc.writable = Some(false);
            }
            self.define_own_property(obj, key, desc)?;
        }
        Ok(())
    }

    /// TestIntegrityLevel(O, sealed or frozen).
    pub fn test_integrity_level(&mut self, obj: ObjRef, frozen: bool) -> JsResult<bool> {
        if self.heap.object(obj).extensible {
            return Ok(false);
        }
        for key in self.own_keys(obj)? {
            let Some(p) = self.get_own_property(obj, key) else { continue };
            if p.configurable() || (frozen && matches!(p.slot, Slot::Data(_)) && p.writable()) {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// The bit for a descriptor field (absent counts as false).
fn flag(field: Option<bool>, bit: u8) -> u8 {
    if field == Some(true) { bit } else { 0 }
}

/// The checks ValidateAndApplyPropertyDescriptor makes against a
/// non-configurable current property (all pass when it is configurable).
fn compatible(vm: &Vm, current: Property, desc: &PropertyDescriptor) -> bool {
    if current.configurable() {
        return true;
    }
    if desc.configurable == Some(true) {
        return false;
    }
    if desc.enumerable.is_some_and(|e| e != current.enumerable()) {
        return false;
    }
    let generic = !desc.is_accessor() && !desc.is_data();
    match current.slot {
        Slot::Accessor { get, set } => {
            if !generic && !desc.is_accessor() {
                return false;
            }
            let same = |d: Option<Value>, c: Option<ObjRef>| {
                d.is_none_or(|d| vm.same_value(d, c.map_or(Value::Undefined, Value::Object)))
            };
            same(desc.get, get) && same(desc.set, set)
        }
        Slot::Data(v) => {
            if !generic && desc.is_accessor() {
                return false;
            }
            if !current.writable() {
                if desc.writable == Some(true) {
                    return false;
                }
                if desc.value.is_some_and(|d| !vm.same_value(d, v)) {
                    return false;
                }
            }
            true
        }
    }
}
