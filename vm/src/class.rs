//! Classes at run time: ClassDefinitionEvaluation's wiring of constructor
//! and prototype, class members (non-enumerable, with home objects for
//! `super`), instance-field initialization, `super(...)` in derived
//! constructors and `super.x` lookups; SetFunctionName for computed keys.

use crate::descriptor::PropertyDescriptor;
use crate::error::{ErrorKind, JsResult};
use crate::heap::object::{CONFIGURABLE, ObjectKind, Property, PropertyKey, Slot, WRITABLE};
use crate::isa::{MethodKind, PrivateKind};
use crate::module::FunctionKind;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// Wires a class: returns its new prototype object.
    pub(crate) fn make_class(&mut self, ctor: Value, parent: Value) -> JsResult<ObjRef> {
        let Value::Object(ctor) = ctor else { return Err(self.internal("class constructor is not an object")) };
        let names = self.realm.names;
        let (proto_parent, ctor_parent) = match parent {
            Value::Empty => (Some(self.realm.object_prototype), self.realm.function_prototype),
            Value::Null => (None, self.realm.function_prototype),
            Value::Object(p) if self.is_constructor(parent) => {
                let pp = self.get(p, PropertyKey::Atom(names.prototype), parent)?;
                match pp {
                    Value::Object(o) => (Some(o), p),
                    Value::Null => (None, p),
                    _ => {
                        let msg = "Class extends value does not have valid prototype property";
                        return Err(self.error(ErrorKind::TypeError, msg));
                    }
                }
            }
            other => {
                let d = self.describe(other);
                let msg = format!("Class extends value {d} is not a constructor or null");
                return Err(self.error(ErrorKind::TypeError, &msg));
            }
        };
        let proto = self.alloc_object(proto_parent, ObjectKind::Ordinary)?;
        if let Some(o) = self.heap.object_mut(ctor) {
            o.proto = Some(ctor_parent);
            if let ObjectKind::Closure { home, .. } = &mut o.kind {
                *home = Some(proto);
            }
        }
        self.define_property_raw(ctor, PropertyKey::Atom(names.prototype), Property::data(Value::Object(proto), 0))?;
        self.define_hidden(proto, PropertyKey::Atom(names.constructor), Value::Object(ctor))?;
        Ok(proto)
    }

    /// DefineMethodProperty / the accessor cases of ClassElementEvaluation.
    pub(crate) fn define_method(&mut self, obj: Value, key: Value, func: Value, kind: MethodKind) -> JsResult<()> {
        let (Value::Object(o), Value::Object(f)) = (obj, func) else {
            return Err(self.internal("class member on a primitive"));
        };
        let key = self.to_property_key(key)?;
        if let Some(ObjectKind::Closure { home, .. }) = self.heap.object_mut(f).map(|o| &mut o.kind) {
            *home = Some(o);
        }
        let name = self.function_name_for_key(key, kind);
        let n = self.string_value(&name)?;
        self.define_property_raw(f, PropertyKey::Atom(self.realm.names.name), Property::data(n, CONFIGURABLE))?;
        // DefinePropertyOrThrow: a class cannot redefine, say, its own
        // non-configurable `prototype`. An accessor's descriptor has only
        // its half, so an existing other half stays.
        let hidden = PropertyDescriptor { enumerable: Some(false), configurable: Some(true), ..Default::default() };
        let desc = match kind {
            MethodKind::Method => PropertyDescriptor { value: Some(func), writable: Some(true), ..hidden },
            MethodKind::Getter => PropertyDescriptor { get: Some(func), ..hidden },
            MethodKind::Setter => PropertyDescriptor { set: Some(func), ..hidden },
        };
        if !self.define_own_property(o, key, desc)? {
            let name = self.key_display(key);
            return Err(self.error(ErrorKind::TypeError, &format!("Cannot redefine property: {name}")));
        }
        Ok(())
    }

    /// SetFunctionName's name for a member under `key`: `[description]` for
    /// symbols, with `get `/`set ` for accessors.
    pub(crate) fn function_name_for_key(&self, key: PropertyKey, kind: MethodKind) -> String {
        let base = match key {
            PropertyKey::Symbol(sym) => match self.heap.symbol_description(sym) {
                Some(d) => format!("[{}]", self.heap.to_rust_string(d)),
                None => String::new(),
            },
            _ => self.key_display(key),
        };
        match kind {
            MethodKind::Getter => format!("get {base}"),
            MethodKind::Setter => format!("set {base}"),
            MethodKind::Method => base,
        }
    }

    /// InitializeInstanceElements: runs the running constructor's field
    /// initializer with `this`.
    pub(crate) fn init_fields(&mut self) -> JsResult<()> {
        let Some(frame) = self.frames.last() else { return Ok(()) };
        let this = frame.this;
        let Some(callee) = frame.callee else { return Ok(()) };
        self.init_fields_of(Value::Object(callee), this)
    }

    /// InitializeInstanceElements(this, ctor): runs the field initializer
    /// of the class constructor `ctor`, if it has one.
    pub(crate) fn init_fields_of(&mut self, ctor: Value, this: Value) -> JsResult<()> {
        let Value::Object(ctor) = ctor else { return Ok(()) };
        let ObjectKind::Closure { fields: Some(init), .. } = self.heap.object(ctor).kind else { return Ok(()) };
        self.call(Value::Object(init), this, &[]).map(|_| ())
    }

    /// SuperCall: constructs the running derived constructor's parent with
    /// its `new.target`, binds `this`, and initializes the fields.
    pub(crate) fn super_call(&mut self, args: &[Value]) -> JsResult<Value> {
        let Some(frame) = self.frames.last() else { return Err(self.internal("super call without a frame")) };
        let (callee, new_target) = (frame.callee, frame.new_target);
        let Some(callee) = callee else { return Err(self.internal("super call without a callee")) };
        let this = self.super_construct(Value::Object(callee), new_target, args)?;
        let Some(frame) = self.frames.last_mut() else { return Err(self.internal("super call without a frame")) };
        if !matches!(frame.this, Value::Empty) {
            return Err(self.super_called_twice());
        }
        frame.this = this;
        self.init_fields()?;
        Ok(this)
    }

    /// The construction half of SuperCall: Construct(ctor's prototype,
    /// args, new_target), `ctor` being the derived constructor whose
    /// `super()` runs.
    pub(crate) fn super_construct(&mut self, ctor: Value, new_target: Value, args: &[Value]) -> JsResult<Value> {
        let Value::Object(ctor) = ctor else { return Err(self.internal("super() without a constructor")) };
        let parent = self.heap.object(ctor).proto.map_or(Value::Null, Value::Object);
        if !self.is_constructor(parent) {
            return Err(self.error(ErrorKind::TypeError, "Super constructor is not a constructor"));
        }
        let Value::Object(new_target) = new_target else {
            return Err(self.error(ErrorKind::SyntaxError, "'super' keyword unexpected here"));
        };
        self.construct_with_target(parent, args, new_target)
    }

    /// BindThisValue's error: `this` is already bound.
    pub(crate) fn super_called_twice(&mut self) -> crate::Abrupt {
        self.error(ErrorKind::ReferenceError, "Super constructor may only be called once")
    }

    /// `super[key]` in a method: looked up from the home object's prototype
    /// with the running `this` as receiver.
    pub(crate) fn get_super(&mut self, key: Value, this: Value) -> JsResult<Value> {
        let (base, key) = self.super_base(key, ("read", "reading"))?;
        self.get(base, key, this)
    }

    /// `super[key] = value` in a method: [[Set]] on the home object's
    /// prototype with the running `this` as receiver.
    pub(crate) fn set_super(&mut self, key: Value, this: Value, value: Value) -> JsResult<()> {
        let (base, key) = self.super_base(key, ("set", "setting"))?;
        if self.set(base, key, value, this)? {
            return Ok(());
        }
        let name = self.key_display(key);
        Err(self.error(ErrorKind::TypeError, &format!("Cannot assign to read only property '{name}'")))
    }

    /// GetSuperBase (the home object's prototype), then the key of a super
    /// property reference, in that order (GetValue and PutValue convert a
    /// reference's name after its base); a TypeError when the base is null.
    fn super_base(&mut self, key: Value, (verb, gerund): (&str, &str)) -> JsResult<(ObjRef, PropertyKey)> {
        let Some(frame) = self.frames.last() else { return Err(self.internal("super without a frame")) };
        let home = match frame.callee.map(|c| &self.heap.object(c).kind) {
            Some(ObjectKind::Closure { home: Some(h), .. }) => *h,
            _ => return Err(self.error(ErrorKind::SyntaxError, "'super' keyword unexpected here")),
        };
        let Some(base) = self.heap.object(home).proto else {
            let name = match key {
                Value::String(s) => self.heap.to_rust_string_cut(s, crate::ops::MESSAGE_CHARS),
                other => self.describe(other),
            };
            let msg = format!("Cannot {verb} properties of null ({gerund} '{name}')");
            return Err(self.error(ErrorKind::TypeError, &msg));
        };
        Ok((base, self.to_property_key(key)?))
    }

    /// The own private member `key` of `obj`, or a TypeError naming it.
    fn private_member(&mut self, obj: Value, key: Value, verb: &str) -> JsResult<(ObjRef, PropertyKey, Property)> {
        let Value::Symbol(s) = key else { return Err(self.internal("private name is not a symbol")) };
        let key = PropertyKey::Symbol(s);
        let found = match obj {
            Value::Object(o) => self.heap.object(o).properties.get(key).copied().map(|p| (o, p)),
            _ => None,
        };
        match found {
            Some((o, p)) => Ok((o, key, p)),
            None => {
                let name = self.heap.symbol_description(s).map(|d| self.heap.to_rust_string(d)).unwrap_or_default();
                let msg = format!("Cannot {verb} private member {name} from an object whose class did not declare it");
                Err(self.error(ErrorKind::TypeError, &msg))
            }
        }
    }

    /// PrivateGet.
    pub(crate) fn get_private(&mut self, obj: Value, key: Value) -> JsResult<Value> {
        let (_, _, p) = self.private_member(obj, key, "read")?;
        match p.slot {
            Slot::Data(v) => Ok(v),
            Slot::Accessor { get: Some(g), .. } => self.call(Value::Object(g), obj, &[]),
            Slot::Accessor { get: None, .. } => Err(self.error(ErrorKind::TypeError, "'#' accessor has no getter")),
        }
    }

    /// PrivateSet.
    pub(crate) fn set_private(&mut self, obj: Value, key: Value, value: Value) -> JsResult<()> {
        let (o, k, p) = self.private_member(obj, key, "write")?;
        match p.slot {
            Slot::Data(_) if p.writable() => {
                if let Some(prop) = self.heap.object_mut(o).and_then(|o| o.properties.get_mut(k)) {
                    prop.slot = Slot::Data(value);
                }
                Ok(())
            }
            Slot::Data(_) => Err(self.error(ErrorKind::TypeError, "Private method is not writable")),
            Slot::Accessor { set: Some(s), .. } => self.call(Value::Object(s), obj, &[value]).map(|_| ()),
            Slot::Accessor { set: None, .. } => Err(self.error(ErrorKind::TypeError, "'#' accessor has no setter")),
        }
    }

    /// PrivateFieldAdd / PrivateMethodOrAccessorAdd.
    pub(crate) fn define_private(&mut self, obj: Value, key: Value, value: Value, kind: PrivateKind) -> JsResult<()> {
        let (Value::Object(o), Value::Symbol(s)) = (obj, key) else {
            return Err(self.internal("private member on a primitive"));
        };
        let key = PropertyKey::Symbol(s);
        let existing = self.heap.object(o).properties.get(key).copied();
        // A private accessor is added getter first, then setter: the setter
        // completes the accessor its getter just added. Anything else
        // already there (from an earlier initialization of the same object,
        // say) is PrivateElementFind finding an entry.
        let completes_getter = kind == PrivateKind::Setter
            && existing.is_some_and(|p| matches!(p.slot, Slot::Accessor { get: Some(_), set: None }));
        if existing.is_some() && !completes_getter {
            return Err(self.error(ErrorKind::TypeError, "Cannot initialize private member twice on the same object"));
        }
        let f = value.as_object();
        let prop = match kind {
            PrivateKind::Field => Property::data(value, WRITABLE),
            PrivateKind::Method => Property::data(value, 0),
            PrivateKind::Getter | PrivateKind::Setter => {
                let (mut get, mut set) = match existing.map(|p| p.slot) {
                    Some(Slot::Accessor { get, set }) => (get, set),
                    _ => (None, None),
                };
                if kind == PrivateKind::Getter {
                    get = f;
                } else {
                    set = f;
                }
                Property { slot: Slot::Accessor { get, set }, flags: 0 }
            }
        };
        self.define_property_raw(o, key, prop)
    }

    /// A derived constructor's `return`: an object, or undefined with
    /// `this` bound; anything else is a TypeError.
    pub(crate) fn check_derived_return(&mut self, value: Value) -> JsResult<()> {
        let Some(frame) = self.frames.last() else { return Ok(()) };
        if !frame.construct || matches!(value, Value::Object(_)) {
            return Ok(());
        }
        let derived = self
            .modules
            .get(frame.module as usize)
            .and_then(|m| m.module.functions.get(frame.function as usize))
            .is_some_and(|f| f.kind == FunctionKind::DerivedConstructor);
        if !derived {
            return Ok(());
        }
        if !matches!(value, Value::Undefined) {
            let msg = "Derived constructors may only return object or undefined";
            return Err(self.error(ErrorKind::TypeError, msg));
        }
        if matches!(frame.this, Value::Empty) {
            let msg = "Must call super constructor in derived class before accessing 'this' or returning from derived constructor";
            return Err(self.error(ErrorKind::ReferenceError, msg));
        }
        Ok(())
    }
}

impl Vm {
    /// SetFunctionName for a computed key, when the function has no name.
    pub(crate) fn set_function_name(&mut self, f: Value, name: Value) -> JsResult<()> {
        let Value::Object(f) = f else { return Ok(()) };
        let name_key = PropertyKey::Atom(self.realm.names.name);
        let current = self.get_own_property(f, name_key);
        let is_empty = matches!(current, Some(Property { slot: Slot::Data(Value::String(s)), .. }) if s.is_empty());
        if !is_empty {
            return Ok(());
        }
        let text = match name {
            Value::Symbol(s) => match self.heap.symbol_description(s) {
                Some(d) => format!("[{}]", self.heap.to_rust_string(d)),
                None => String::new(),
            },
            v => self.to_rust_string(v)?,
        };
        let s = self.string_value(&text)?;
        self.define_property_raw(f, name_key, Property::data(s, CONFIGURABLE))
    }
}
