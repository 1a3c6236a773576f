//! Property access with the spec's semantics: [[GetOwnProperty]] (with the
//! array and string exotic cases), [[Get]], [[Set]] (OrdinarySet, strict),
//! [[DefineOwnProperty]] for data properties, [[Delete]], [[HasProperty]]
//! and [[OwnPropertyKeys]]. Every prototype walk charges gas per step.
//! Also the element fast paths the interpreter takes before them, and
//! CopyDataProperties.

use crate::error::{ErrorKind, JsResult};
use crate::heap::object::{
    CONFIGURABLE, DEFAULT_FLAGS, ENUMERABLE, HIDDEN_FLAGS, ObjectKind, PROPERTY_BYTES, Property, PropertyKey, Slot,
    WRITABLE,
};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// How many dense holes an array write may open before it goes to the
/// property map instead.
const MAX_DENSE_GAP: u32 = 1024;

impl Vm {
    /// [[GetOwnProperty]](key), including array elements and `length` and
    /// string wrapper indices and `length`.
    pub fn get_own_property(&self, obj: ObjRef, key: PropertyKey) -> Option<Property> {
        let object = self.heap.object(obj);
        match (&object.kind, key) {
            (ObjectKind::Array(a), PropertyKey::Index(i)) => {
                if let Some(v) = a.dense.get(i as usize) {
                    return match v {
                        Value::Empty => None,
                        v => Some(Property::data(*v, a.dense_flags)),
                    };
                }
            }
            (ObjectKind::Array(a), PropertyKey::Atom(atom)) if atom == self.realm.names.length => {
                let flags = if a.length_writable { WRITABLE } else { 0 };
                return Some(Property::data(Value::Number(a.length as f64), flags));
            }
            // A String object's index properties: the value here is a
            // placeholder (this lookup cannot allocate); `get` produces the
            // one-unit string.
            (ObjectKind::String(s), PropertyKey::Index(i)) if i < s.len() => {
                return Some(Property::data(Value::Undefined, ENUMERABLE));
            }
            (ObjectKind::String(s), PropertyKey::Atom(atom)) if atom == self.realm.names.length => {
                return Some(Property::data(Value::Number(s.len() as f64), 0));
            }
            _ => {}
        }
        object.properties.get(key).copied()
    }

    /// [[Get]](key, receiver).
    pub fn get(&mut self, obj: ObjRef, key: PropertyKey, receiver: Value) -> JsResult<Value> {
        let mut current = obj;
        loop {
            if let Some(prop) = self.get_own_property(current, key) {
                return match prop.slot {
                    Slot::Data(Value::Empty) => Ok(Value::Undefined),
                    Slot::Data(v) => {
                        if let (ObjectKind::String(_), PropertyKey::Index(i)) = (&self.heap.object(current).kind, key) {
                            return self.string_char_at(current, i);
                        }
                        Ok(v)
                    }
                    Slot::Accessor { get: Some(g), .. } => self.call(Value::Object(g), receiver, &[]),
                    Slot::Accessor { get: None, .. } => Ok(Value::Undefined),
                };
            }
            match self.heap.object(current).proto {
                Some(p) => {
                    self.charge(1)?;
                    current = p;
                }
                None => return Ok(Value::Undefined),
            }
        }
    }

    fn string_char_at(&mut self, obj: ObjRef, i: u32) -> JsResult<Value> {
        let ObjectKind::String(s) = self.heap.object(obj).kind else { return Ok(Value::Undefined) };
        let unit = self.heap.units(s).get(i as usize).copied();
        match unit {
            Some(u) => Ok(Value::String(self.alloc_string_units(vec![u])?)),
            None => Ok(Value::Undefined),
        }
    }

    /// GetV(v, key): property read on any value (primitives read through their
    /// prototype). TypeError on undefined and null.
    pub fn get_value(&mut self, v: Value, key: PropertyKey) -> JsResult<Value> {
        let proto = match v {
            Value::Object(o) => return self.get(o, key, v),
            Value::String(s) => {
                match key {
                    PropertyKey::Index(i) => {
                        let unit = self.heap.units(s).get(i as usize).copied();
                        if let Some(u) = unit {
                            return Ok(Value::String(self.alloc_string_units(vec![u])?));
                        }
                    }
                    PropertyKey::Atom(a) if a == self.realm.names.length => {
                        return Ok(Value::Number(s.len() as f64));
                    }
                    _ => {}
                }
                self.realm.string_prototype
            }
            Value::Number(_) => self.realm.number_prototype,
            Value::Bool(_) => self.realm.boolean_prototype,
            Value::Symbol(_) => self.realm.symbol_prototype,
            Value::Undefined | Value::Null | Value::Empty => {
                let what = if matches!(v, Value::Null) { "null" } else { "undefined" };
                let name = self.key_display(key);
                let msg = format!("Cannot read properties of {what} (reading '{name}')");
                return Err(self.error(ErrorKind::TypeError, &msg));
            }
        };
        self.get(proto, key, v)
    }

    /// A property key as text for messages.
    pub fn key_display(&self, key: PropertyKey) -> String {
        match key {
            PropertyKey::Index(i) => i.to_string(),
            PropertyKey::Atom(a) => self.heap.to_rust_string_cut(self.heap.atom_string(a), crate::ops::MESSAGE_CHARS),
            PropertyKey::Symbol(s) => match self.heap.symbol_description(s) {
                Some(d) => format!("Symbol({})", self.heap.to_rust_string_cut(d, crate::ops::MESSAGE_CHARS)),
                None => "Symbol()".to_string(),
            },
        }
    }

    /// PutValue on a property reference in strict code: [[Set]] and a
    /// TypeError when it fails.
    pub fn put_value(&mut self, target: Value, key: PropertyKey, value: Value) -> JsResult<()> {
        let ok = match target {
            Value::Object(o) => self.set(o, key, value, target)?,
            Value::Undefined | Value::Null | Value::Empty => {
                let what = if matches!(target, Value::Null) { "null" } else { "undefined" };
                let name = self.key_display(key);
                let msg = format!("Cannot set properties of {what} (setting '{name}')");
                return Err(self.error(ErrorKind::TypeError, &msg));
            }
            _ => {
                let proto = self.to_object(target)?;
                self.set(proto, key, value, target)?
            }
        };
        if !ok {
            let name = self.key_display(key);
            let msg = format!("Cannot assign to read only property '{name}' of {}", self.describe_receiver(target));
            return Err(self.error(ErrorKind::TypeError, &msg));
        }
        Ok(())
    }

    fn describe_receiver(&self, v: Value) -> &'static str {
        match v {
            Value::Object(o) if self.heap.object(o).is_callable() => "function",
            Value::Object(_) => "object",
            _ => "primitive value",
        }
    }

    /// [[Set]](key, value, receiver) (OrdinarySet). Returns false when the
    /// assignment is not allowed.
    pub fn set(&mut self, obj: ObjRef, key: PropertyKey, value: Value, receiver: Value) -> JsResult<bool> {
        // Fast path: an own writable data property of the receiver itself.
        if receiver.as_object() == Some(obj)
            && let Some(done) = self.set_own_fast(obj, key, value)?
        {
            return Ok(done);
        }
        let mut current = obj;
        loop {
            if let Some(prop) = self.get_own_property(current, key) {
                match prop.slot {
                    Slot::Accessor { set: Some(setter), .. } => {
                        self.call(Value::Object(setter), receiver, &[value])?;
                        return Ok(true);
                    }
                    Slot::Accessor { set: None, .. } => return Ok(false),
                    Slot::Data(_) if !prop.writable() => return Ok(false),
                    Slot::Data(_) => break,
                }
            }
            match self.heap.object(current).proto {
                Some(p) => {
                    self.charge(1)?;
                    current = p;
                }
                None => break,
            }
        }
        let Value::Object(target) = receiver else { return Ok(false) };
        if let Some(existing) = self.get_own_property(target, key) {
            return match existing.slot {
                Slot::Accessor { .. } => Ok(false),
                Slot::Data(_) if !existing.writable() => Ok(false),
                Slot::Data(_) => self.write_own_data(target, key, value),
            };
        }
        self.create_data_property(target, key, value)
    }

    /// Writes an own writable data property in place if there is one.
    /// `None` means the slow path must decide.
    fn set_own_fast(&mut self, obj: ObjRef, key: PropertyKey, value: Value) -> JsResult<Option<bool>> {
        let length_atom = self.realm.names.length;
        let Some(object) = self.heap.object_mut(obj) else { return Ok(None) };
        if let (ObjectKind::Array(a), PropertyKey::Index(i)) = (&mut object.kind, key) {
            if let Some(slot) = a.dense.get_mut(i as usize)
                && !matches!(slot, Value::Empty)
                && object.extensible
            {
                *slot = value;
                return Ok(Some(true));
            }
            return Ok(None);
        }
        if matches!(object.kind, ObjectKind::Array(_) | ObjectKind::String(_)) && key == PropertyKey::Atom(length_atom)
        {
            return Ok(None);
        }
        if let Some(prop) = object.properties.get_mut(key)
            && let Slot::Data(_) = prop.slot
            && prop.writable()
        {
            prop.slot = Slot::Data(value);
            return Ok(Some(true));
        }
        Ok(None)
    }

    /// Replaces the value of an existing own writable data property.
    fn write_own_data(&mut self, obj: ObjRef, key: PropertyKey, value: Value) -> JsResult<bool> {
        let length_atom = self.realm.names.length;
        if matches!(self.heap.object(obj).kind, ObjectKind::Array(_)) {
            if key == PropertyKey::Atom(length_atom) {
                return self.set_array_length(obj, value);
            }
            // An element with attributes of its own lives in the property
            // map, and keeps them (only the value changes).
            if let PropertyKey::Index(i) = key
                && self.heap.object(obj).properties.get(key).is_none()
            {
                return self.set_array_element(obj, i, value);
            }
        }
        if let Some(prop) = self.heap.object_mut(obj).and_then(|o| o.properties.get_mut(key)) {
            prop.slot = Slot::Data(value);
        }
        Ok(true)
    }

    /// CreateDataProperty(O, P, V): defines an own enumerable, writable,
    /// configurable data property. False if the object is not extensible or
    /// an existing property is not configurable.
    pub fn create_data_property(&mut self, obj: ObjRef, key: PropertyKey, value: Value) -> JsResult<bool> {
        let existing = self.get_own_property(obj, key);
        if let Some(p) = existing {
            // ValidateAndApplyPropertyDescriptor: a configurable descriptor
            // never applies over a non-configurable property.
            if !p.configurable() {
                return Ok(false);
            }
        } else if !self.heap.object(obj).extensible {
            return Ok(false);
        }
        if matches!(self.heap.object(obj).kind, ObjectKind::Array(_)) {
            if let PropertyKey::Index(i) = key {
                return self.set_array_element(obj, i, value);
            }
            if key == PropertyKey::Atom(self.realm.names.length) {
                return self.set_array_length(obj, value);
            }
        }
        self.define_property_raw(obj, key, Property::data(value, DEFAULT_FLAGS))?;
        Ok(true)
    }

    /// CreateDataPropertyOrThrow.
    pub fn create_data_property_or_throw(&mut self, obj: ObjRef, key: PropertyKey, value: Value) -> JsResult<()> {
        if self.create_data_property(obj, key, value)? {
            Ok(())
        } else {
            let name = self.key_display(key);
            Err(self.error(ErrorKind::TypeError, &format!("Cannot define property {name}")))
        }
    }

    /// Stores element `i` of an array (a new or existing plain element).
    pub(crate) fn set_array_element(&mut self, obj: ObjRef, i: u32, value: Value) -> JsResult<bool> {
        let Some(a) = self.heap.object(obj).array() else { return Ok(false) };
        let dense_len = a.dense.len() as u32;
        let length = a.length;
        let length_writable = a.length_writable;
        if i >= length && !length_writable {
            return Ok(false);
        }
        // Dense when overwriting, or when appending within a small gap to an
        // array that has no elements outside its dense prefix (`new
        // Array(n)` filled in order stays dense: its unwritten tail is holes,
        // not properties).
        let no_sparse_elements = dense_len == length || !self.heap.object(obj).properties.has_index_keys();
        if i < dense_len || (no_sparse_elements && i - dense_len <= MAX_DENSE_GAP) {
            let needed = (i as usize + 1).saturating_sub(dense_len as usize);
            let capacity = a.dense.capacity();
            if a.dense.len() + needed > capacity {
                let extra = (capacity.max(4)) * 16;
                self.reserve(extra)?;
            }
            let Some(a) = self.heap.object_mut(obj).and_then(|o| o.array_mut()) else { return Ok(false) };
            if (i as usize) < a.dense.len() {
                a.dense[i as usize] = value;
            } else {
                a.dense.resize(i as usize, Value::Empty);
                a.dense.push(value);
            }
            a.length = a.length.max(i + 1);
            let grown = a.dense.capacity().saturating_sub(capacity);
            self.heap.grow(grown * 16);
            return Ok(true);
        }
        self.define_property_raw(obj, PropertyKey::Index(i), Property::data(value, DEFAULT_FLAGS))?;
        if let Some(a) = self.heap.object_mut(obj).and_then(|o| o.array_mut()) {
            a.length = a.length.max(i + 1);
        }
        Ok(true)
    }

    /// ArraySetLength for `arr.length = value`.
    pub fn set_array_length(&mut self, obj: ObjRef, value: Value) -> JsResult<bool> {
        // ToUint32(value), then ToNumber(value) again (both observable).
        let new_len = crate::number::to_uint32(self.to_number(value)?);
        let number = self.to_number(value)?;
        if f64::from(new_len) != number {
            return Err(self.error(ErrorKind::RangeError, "Invalid array length"));
        }
        let Some(a) = self.heap.object(obj).array() else { return Ok(false) };
        if !a.length_writable {
            return Ok(new_len == a.length);
        }
        let old_len = a.length;
        let mut new_len = new_len;
        let mut deleted_all = true;
        if new_len < old_len {
            let map_len = self.heap.object(obj).properties.len();
            self.charge(u64::from(old_len - new_len).min(a.dense.len() as u64).saturating_add(map_len as u64))?;
            // Elements are deleted from the end: one that is not
            // configurable stops the deletion there, and the length stays
            // just past it (ArraySetLength, step 17).
            if let Some(kept) = self.last_undeletable_element(obj, new_len) {
                new_len = kept + 1;
                deleted_all = false;
            }
        }
        let Some(o) = self.heap.object_mut(obj) else { return Ok(false) };
        if new_len < old_len {
            o.properties.remove_indices_from(new_len);
        }
        if let Some(a) = o.array_mut() {
            if (new_len as usize) < a.dense.len() {
                a.dense.truncate(new_len as usize);
            }
            a.length = new_len;
        }
        Ok(deleted_all)
    }

    /// The highest index at or above `from` of an element of array `obj`
    /// that cannot be deleted (not configurable), if any.
    fn last_undeletable_element(&self, obj: ObjRef, from: u32) -> Option<u32> {
        let object = self.heap.object(obj);
        let a = object.array()?;
        let in_map = object
            .properties
            .iter()
            .filter_map(|(k, p)| match k {
                PropertyKey::Index(i) if *i >= from && !p.configurable() => Some(*i),
                _ => None,
            })
            .max();
        let in_dense = if a.dense_flags & CONFIGURABLE == 0 {
            let start = (from as usize).min(a.dense.len());
            a.dense
                .get(start..)
                .unwrap_or(&[])
                .iter()
                .rposition(|v| !matches!(v, Value::Empty))
                .map(|p| (start + p) as u32)
        } else {
            None
        };
        in_map.max(in_dense)
    }

    /// Appends to an array (the `ArrayPush` instruction and natives).
    pub fn array_push(&mut self, obj: ObjRef, value: Value) -> JsResult<()> {
        let Some(a) = self.heap.object(obj).array() else {
            return Err(self.internal("array_push on a non-array"));
        };
        let len = a.length;
        if len == u32::MAX {
            return Err(self.error(ErrorKind::RangeError, "Invalid array length"));
        }
        if !a.length_writable || !self.heap.object(obj).extensible {
            let msg = format!("Cannot add property {len}, object is not extensible");
            return Err(self.error(ErrorKind::TypeError, &msg));
        }
        if a.dense.len() as u32 == len {
            let capacity = a.dense.capacity();
            if a.dense.len() == capacity {
                self.reserve(capacity.max(4) * 16)?;
            }
            if let Some(a) = self.heap.object_mut(obj).and_then(|o| o.array_mut()) {
                a.dense.push(value);
                a.length += 1;
                let grown = a.dense.capacity().saturating_sub(capacity);
                self.heap.grow(grown * 16);
            }
            return Ok(());
        }
        self.set_array_element(obj, len, value).map(|_| ())
    }

    /// [[Delete]](key). False when the property is not configurable.
    pub fn delete(&mut self, obj: ObjRef, key: PropertyKey) -> JsResult<bool> {
        let Some(prop) = self.get_own_property(obj, key) else { return Ok(true) };
        if !prop.configurable() {
            return Ok(false);
        }
        let Some(o) = self.heap.object_mut(obj) else { return Ok(true) };
        if let (ObjectKind::Array(a), PropertyKey::Index(i)) = (&mut o.kind, key)
            && let Some(slot) = a.dense.get_mut(i as usize)
        {
            *slot = Value::Empty;
            if i as usize + 1 == a.dense.len() {
                while matches!(a.dense.last(), Some(Value::Empty)) {
                    a.dense.pop();
                }
            }
            return Ok(true);
        }
        o.properties.remove(key);
        Ok(true)
    }

    /// [[HasProperty]](key).
    pub fn has_property(&mut self, obj: ObjRef, key: PropertyKey) -> JsResult<bool> {
        let mut current = obj;
        loop {
            if self.get_own_property(current, key).is_some() {
                return Ok(true);
            }
            match self.heap.object(current).proto {
                Some(p) => {
                    self.charge(1)?;
                    current = p;
                }
                None => return Ok(false),
            }
        }
    }

    /// [[OwnPropertyKeys]]: integer indices ascending, then strings in
    /// creation order, then symbols in creation order.
    pub fn own_keys(&mut self, obj: ObjRef) -> JsResult<Vec<PropertyKey>> {
        let object = self.heap.object(obj);
        let count = object.properties.len() + object.array().map_or(0, |a| a.dense.len());
        self.charge((count as u64).saturating_mul(crate::gas::OWN_KEY))?;
        let object = self.heap.object(obj);
        let mut indices: Vec<u32> = Vec::new();
        match &object.kind {
            ObjectKind::Array(a) => {
                indices.extend(
                    a.dense.iter().enumerate().filter(|(_, v)| !matches!(v, Value::Empty)).map(|(i, _)| i as u32),
                );
            }
            ObjectKind::String(s) => indices.extend(0..s.len()),
            _ => {}
        }
        let mut sparse: Vec<u32> = Vec::new();
        let mut strings = Vec::new();
        let mut symbols = Vec::new();
        for (key, _) in object.properties.iter() {
            match key {
                PropertyKey::Index(i) => sparse.push(*i),
                PropertyKey::Atom(_) => strings.push(*key),
                PropertyKey::Symbol(s) if !self.heap.is_private(*s) => symbols.push(*key),
                PropertyKey::Symbol(_) => {}
            }
        }
        let is_array = matches!(object.kind, ObjectKind::Array(_));
        let is_string = matches!(object.kind, ObjectKind::String(_));
        sparse.sort_unstable();
        indices.extend(sparse);
        if !is_array {
            indices.sort_unstable();
        }
        let mut keys: Vec<PropertyKey> = indices.into_iter().map(PropertyKey::Index).collect();
        if is_array || is_string {
            keys.push(PropertyKey::Atom(self.realm.names.length));
        }
        keys.extend(strings);
        keys.extend(symbols);
        Ok(keys)
    }

    /// OrdinarySetPrototypeOf: false when the object is not extensible or
    /// the change would make the prototype chain a cycle. `Object.prototype`
    /// is an immutable prototype exotic object (SetImmutablePrototype): its
    /// prototype stays null.
    pub fn set_prototype_of(&mut self, obj: ObjRef, proto: Option<ObjRef>) -> JsResult<bool> {
        let current = self.heap.object(obj).proto;
        if current == proto {
            return Ok(true);
        }
        if !self.heap.object(obj).extensible || obj == self.realm.object_prototype {
            return Ok(false);
        }
        let mut p = proto;
        while let Some(candidate) = p {
            if candidate == obj {
                return Ok(false);
            }
            self.charge(1)?;
            p = self.heap.object(candidate).proto;
        }
        if let Some(o) = self.heap.object_mut(obj) {
            o.proto = proto;
        }
        Ok(true)
    }

    /// Defines an accessor half on an object literal (`get x() {}`).
    pub fn define_accessor(
        &mut self,
        obj: ObjRef,
        key: PropertyKey,
        getter: Option<ObjRef>,
        setter: Option<ObjRef>,
    ) -> JsResult<()> {
        let (mut get, mut set) = (None, None);
        if let Some(Property { slot: Slot::Accessor { get: g, set: s }, .. }) = self.get_own_property(obj, key) {
            get = g;
            set = s;
        }
        if getter.is_some() {
            get = getter;
        }
        if setter.is_some() {
            set = setter;
        }
        if matches!(self.heap.object(obj).kind, ObjectKind::Array(_))
            && let PropertyKey::Index(i) = key
        {
            self.move_dense_to_properties(obj, i)?;
        }
        self.define_property_raw(
            obj,
            key,
            Property { slot: Slot::Accessor { get, set }, flags: ENUMERABLE | CONFIGURABLE },
        )
    }

    /// Moves array element `i` out of the dense prefix (when it becomes an
    /// accessor or gets non-default attributes).
    pub(crate) fn move_dense_to_properties(&mut self, obj: ObjRef, i: u32) -> JsResult<()> {
        let Some(a) = self.heap.object_mut(obj).and_then(|o| o.array_mut()) else { return Ok(()) };
        if (i as usize) >= a.dense.len() {
            return Ok(());
        }
        let flags = a.dense_flags;
        let tail: Vec<Value> = a.dense.split_off(i as usize);
        self.reserve(tail.len() * PROPERTY_BYTES)?;
        for (offset, v) in tail.into_iter().enumerate() {
            if !matches!(v, Value::Empty) {
                let key = PropertyKey::Index(i + offset as u32);
                self.define_property_raw(obj, key, Property::data(v, flags))?;
            }
        }
        Ok(())
    }
}

impl Vm {
    /// Defines a writable, configurable, non-enumerable data property.
    pub fn define_hidden(&mut self, obj: ObjRef, key: PropertyKey, value: Value) -> JsResult<()> {
        self.define_property_raw(obj, key, Property::data(value, HIDDEN_FLAGS))
    }

    /// Defines or replaces an own property without any checks (for building
    /// built-ins and fresh objects), accounting for growth.
    pub fn define_property_raw(&mut self, obj: ObjRef, key: PropertyKey, prop: Property) -> JsResult<()> {
        let capacity = self.heap.object(obj).properties.capacity();
        if self.heap.object(obj).properties.is_full() {
            let extra = (capacity.max(4)) * crate::heap::object::PROPERTY_BYTES;
            self.reserve(extra)?;
        }
        if let Some(o) = self.heap.object_mut(obj) {
            o.properties.insert(key, prop);
            let grown = o.properties.capacity().saturating_sub(capacity);
            self.heap.grow(grown * crate::heap::object::PROPERTY_BYTES);
        }
        Ok(())
    }
}

impl Vm {
    /// An own data property of an object (an array's elements and length
    /// included), without side effects.
    #[inline]
    pub(crate) fn own_data_fast(&self, o: ObjRef, key: PropertyKey) -> Option<Value> {
        let object = self.heap.object(o);
        if let ObjectKind::Array(a) = &object.kind {
            match key {
                PropertyKey::Index(i) => {
                    return match a.dense.get(i as usize) {
                        Some(Value::Empty) | None => None,
                        Some(v) => Some(*v),
                    };
                }
                PropertyKey::Atom(name) if name == self.realm.names.length => {
                    return Some(Value::Number(f64::from(a.length)));
                }
                _ => {}
            }
        }
        match object.properties.get(key) {
            Some(Property { slot: Slot::Data(v), .. }) => Some(*v),
            _ => None,
        }
    }

    /// `obj[key]` with fast paths for array indices.
    pub(crate) fn get_elem(&mut self, target: Value, k: Value) -> JsResult<Value> {
        if let (Value::Object(o), Value::Number(n)) = (target, k) {
            let i = n as u32;
            if i as f64 == n
                && let Some(v) = self.own_data_fast(o, PropertyKey::Index(i))
            {
                return Ok(v);
            }
        }
        if let (Value::String(s), Value::Number(n)) = (target, k) {
            let i = n as u32;
            if i as f64 == n && i < s.len() {
                return self.get_value(target, PropertyKey::Index(i));
            }
        }
        let pk = self.to_property_key(k)?;
        self.get_value(target, pk)
    }

    /// `obj[i] = v` on an existing dense element of an extensible array.
    #[inline]
    pub(crate) fn set_elem_fast(&mut self, target: Value, k: Value, v: Value) -> bool {
        let (Value::Object(o), Value::Number(n)) = (target, k) else { return false };
        let i = n as u32;
        if i as f64 != n {
            return false;
        }
        let Some(object) = self.heap.object_mut(o) else { return false };
        if let ObjectKind::Array(a) = &mut object.kind
            && a.dense_flags & WRITABLE != 0
            && let Some(slot) = a.dense.get_mut(i as usize)
            && !matches!(slot, Value::Empty)
        {
            *slot = v;
            return true;
        }
        false
    }

    pub(crate) fn delete_value(&mut self, target: Value, key: PropertyKey) -> JsResult<bool> {
        let o = self.to_object(target)?;
        if !self.delete(o, key)? {
            let name = self.key_display(key);
            return Err(self.error(ErrorKind::TypeError, &format!("Cannot delete property '{name}' of object")));
        }
        Ok(true)
    }

    /// CopyDataProperties(target, source, excluded = []).
    pub fn copy_data_properties(&mut self, target: ObjRef, source: Value) -> JsResult<()> {
        self.copy_data_properties_except(target, source, &[])
    }

    /// CopyDataProperties(target, source, excluded).
    pub fn copy_data_properties_except(
        &mut self,
        target: ObjRef,
        source: Value,
        excluded: &[PropertyKey],
    ) -> JsResult<()> {
        if source.is_nullish() {
            return Ok(());
        }
        let from = self.to_object(source)?;
        for key in self.own_keys(from)? {
            self.charge(excluded.len() as u64 / 8)?;
            if excluded.contains(&key) {
                continue;
            }
            if let Some(p) = self.get_own_property(from, key)
                && p.enumerable()
            {
                let v = self.get(from, key, Value::Object(from))?;
                self.create_data_property_or_throw(target, key, v)?;
            }
        }
        Ok(())
    }
}
