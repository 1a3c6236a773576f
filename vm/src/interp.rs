//! The dispatch loop: fetch, charge gas, execute. Fast paths for numbers
//! and plain property reads live here; everything with real semantics calls
//! into `ops` (operators), `property` (property access), `env` (closure
//! environments and globals), `call` (calls, arguments), `class` and `iter`.
//!
//! A script-to-script call pushes a frame and continues in this same loop, so
//! script recursion never grows the Rust stack. A `throw` leaves the loop
//! with `Err`, and `run` finds the handler and re-enters it. A termination
//! leaves `run` altogether: no handler sees it.

use std::sync::Arc;

use crate::call::{ArgSource, CallOutcome};
use crate::error::{Abrupt, ErrorKind, JsResult};
use crate::heap::object::{CONFIGURABLE, ENUMERABLE, ObjectKind, Property, PropertyKey, WRITABLE};
use crate::isa::{Instr, MethodKind, Name, Reg, RegSpan};
use crate::module::Module;
use crate::number::{to_int32, to_uint32};
use crate::ops::{exponentiate, remainder};
use crate::value::Value;
use crate::vm::{Frame, Vm};

impl Vm {
    /// Runs the top level of loaded module `id`.
    pub fn run_module(&mut self, id: u32) -> JsResult<Value> {
        let Some(m) = self.modules.get(id as usize) else { return Err(self.internal("no such module")) };
        let Some(top) = m.module.functions.first() else { return Err(self.internal("module without code")) };
        let registers = top.register_count as usize;
        self.check_depth()?;
        if let Some(frame) = self.frames.last_mut() {
            frame.pc = self.cur_pc;
        }
        let base = self.stack.len();
        self.reserve_stack(base + registers)?;
        self.enter_native()?;
        self.stack.resize(base + registers, Value::Undefined);
        self.frames.push(Frame {
            module: id,
            function: 0,
            callee: None,
            pc: 0,
            base: base as u32,
            env: None,
            env_depth: 0,
            this: Value::Object(self.realm.global),
            dst: Reg(0),
            construct: false,
            entry: true,
            args: Vec::new(),
            generator: None,
            new_target: Value::Undefined,
        });
        self.cur_pc = 0;
        let result = self.run();
        self.leave_native();
        result
    }

    /// Runs until the entry frame on top of the frame stack returns.
    pub(crate) fn run(&mut self) -> JsResult<Value> {
        let temp_base = self.temp_mark();
        loop {
            match self.dispatch(temp_base) {
                Ok(v) => {
                    self.temp_reset(temp_base);
                    return Ok(v);
                }
                Err(Abrupt::Throw(value)) => {
                    self.temp_reset(temp_base);
                    if !self.unwind_to_handler(value) {
                        self.root(value);
                        return Err(Abrupt::Throw(value));
                    }
                }
                Err(t) => {
                    self.temp_reset(temp_base);
                    self.unwind_entry();
                    return Err(t);
                }
            }
        }
    }

    fn key_of_const(&self, module: u32, k: Name) -> Option<PropertyKey> {
        self.modules.get(module as usize).and_then(|m| m.keys.get(k.0 as usize).copied().flatten())
    }

    fn const_name(&self, module: u32, k: Name) -> String {
        match self.modules.get(module as usize).and_then(|m| m.constants.get(k.0 as usize)) {
            Some(Value::String(s)) => self.heap.to_rust_string(*s),
            _ => String::new(),
        }
    }

    /// The values of a register span of the frame at `base`, copied out
    /// (the constructor call they go to may grow the register stack).
    fn span_values(&self, base: usize, span: RegSpan) -> JsResult<Vec<Value>> {
        let start = base + span.first.0 as usize;
        match self.stack.get(start..start + span.count as usize) {
            Some(values) => Ok(values.to_vec()),
            None => Err(self.internal("argument span outside the frame")),
        }
    }

    fn dispatch(&mut self, temp_base: usize) -> JsResult<Value> {
        // The running module, kept across calls within it (no reference
        // count traffic per call).
        let mut current: Option<(u32, Arc<Module>)> = None;
        'frame: loop {
            let (module_id, function, base, mut pc) = match self.frames.last() {
                Some(f) => (f.module, f.function, f.base as usize, f.pc),
                None => return Err(self.internal("no frame to run")),
            };
            if current.as_ref().map(|(id, _)| *id) != Some(module_id) {
                match self.modules.get(module_id as usize) {
                    Some(m) => current = Some((module_id, m.module.clone())),
                    None => return Err(self.internal("frame of a missing module")),
                }
            }
            let Some((_, module)) = &current else { return Err(self.internal("no module")) };
            let Some(proto) = module.functions.get(function as usize) else {
                return Err(self.internal("frame of a missing function"));
            };
            let code = &proto.code[..];
            macro_rules! r {
                ($reg:expr) => {
                    self.stack[base + $reg.0 as usize]
                };
            }
            // A register's number, read as its tag and payload rather than
            // a copy of the whole value: a 16-byte load of a value written
            // as two separate stores would stall on store forwarding.
            macro_rules! num {
                ($reg:expr) => {
                    match self.stack[base + $reg.0 as usize] {
                        Value::Number(n) => Some(n),
                        _ => None,
                    }
                };
            }
            // A numeric binary operator: numbers directly, anything else
            // through `Vm::arith` (ToNumeric).
            macro_rules! arith {
                ($dst:expr, $a:expr, $b:expr, $op:expr) => {{
                    r!($dst) = match (num!($a), num!($b)) {
                        (Some(x), Some(y)) => Value::Number($op(x, y)),
                        _ => self.arith(r!($a), r!($b), $op)?,
                    };
                }};
            }
            // `a === b`: numbers compared directly.
            macro_rules! strict_equals {
                ($a:expr, $b:expr) => {
                    match (num!($a), num!($b)) {
                        (Some(x), Some(y)) => x == y,
                        _ => {
                            let (x, y) = (r!($a), r!($b));
                            self.charge_compare(x, y)?;
                            self.strict_equals(x, y)
                        }
                    }
                };
            }
            // A relational jump: numbers compared directly.
            macro_rules! compare {
                ($a:expr, $b:expr, $op:tt, $slow:ident) => {
                    match (num!($a), num!($b)) {
                        (Some(x), Some(y)) => x $op y,
                        _ => self.$slow(r!($a), r!($b))?,
                    }
                };
            }
            macro_rules! key {
                ($k:expr) => {
                    match self.key_of_const(module_id, $k) {
                        Some(key) => key,
                        None => return Err(self.internal("property name is not a string constant")),
                    }
                };
            }
            // Temporary roots are dropped at every jump, call and return: a
            // straight run of instructions between them is bounded by the
            // code's length, so they cannot pile up.
            macro_rules! jump {
                ($t:expr) => {{
                    pc = $t.0;
                    self.temp_reset(temp_base);
                }};
            }
            loop {
                let Some(&instr) = code.get(pc as usize) else {
                    return Err(self.internal("pc out of range"));
                };
                pc += 1;
                self.cur_pc = pc;
                if cfg!(not(feature = "unmetered")) {
                    let used = self.gas_used_mut();
                    *used += instr.gas();
                    if *used > self.gas_checkpoint() {
                        self.check_budgets()?;
                    }
                }
                match instr {
                    Instr::LoadUndefined { dst } => r!(dst) = Value::Undefined,
                    Instr::LoadNull { dst } => r!(dst) = Value::Null,
                    Instr::LoadTrue { dst } => r!(dst) = Value::Bool(true),
                    Instr::LoadFalse { dst } => r!(dst) = Value::Bool(false),
                    Instr::LoadInt { dst, value } => r!(dst) = Value::Number(value.0 as f64),
                    Instr::LoadConst { dst, k } => {
                        let v = self
                            .modules
                            .get(module_id as usize)
                            .and_then(|m| m.constants.get(k.0 as usize).copied())
                            .unwrap_or(Value::Undefined);
                        r!(dst) = v;
                    }
                    Instr::LoadEmpty { dst } => r!(dst) = Value::Empty,
                    Instr::Move { dst, src } => r!(dst) = r!(src),
                    Instr::LoadNewTarget { dst } => {
                        r!(dst) = self.frames.last().map_or(Value::Undefined, |f| f.new_target);
                    }
                    Instr::LoadThis { dst } => {
                        let this = self.frames.last().map_or(Value::Undefined, |f| f.this);
                        if matches!(this, Value::Empty) {
                            let msg = "Must call super constructor in derived class before accessing 'this'";
                            return Err(self.error(ErrorKind::ReferenceError, msg));
                        }
                        r!(dst) = this;
                    }
                    Instr::CheckInit { src, name } => {
                        if matches!(r!(src), Value::Empty) {
                            let n = self.const_name(module_id, name);
                            let msg = format!("Cannot access '{n}' before initialization");
                            return Err(self.error(ErrorKind::ReferenceError, &msg));
                        }
                    }
                    Instr::ThrowConstAssign { .. } => {
                        return Err(self.error(ErrorKind::TypeError, "Assignment to constant variable."));
                    }
                    Instr::ThrowSuperDelete {} => {
                        return Err(self.error(ErrorKind::ReferenceError, "Unsupported reference to 'super'"));
                    }

                    Instr::PushEnv { slots } => {
                        let parent = self.frames.last().and_then(|f| f.env);
                        let env = self.alloc_env(parent, slots.0 as usize)?;
                        if let Some(f) = self.frames.last_mut() {
                            f.env = Some(env);
                            f.env_depth = f.env_depth.saturating_add(1);
                        }
                    }
                    Instr::PopEnv {} => {
                        let env = self.frames.last().and_then(|f| f.env);
                        let parent = env.and_then(|e| self.heap.env(e)).and_then(|e| e.parent);
                        if let Some(f) = self.frames.last_mut() {
                            f.env = parent;
                            f.env_depth = f.env_depth.saturating_sub(1);
                        }
                    }
                    Instr::CopyEnv {} => {
                        let Some(env) = self.frames.last().and_then(|f| f.env) else {
                            return Err(self.internal("CopyEnv without an environment"));
                        };
                        let new = self.copy_env(env)?;
                        if let Some(f) = self.frames.last_mut() {
                            f.env = Some(new);
                        }
                    }
                    Instr::GetEnv { dst, depth, slot } => {
                        self.charge_env_walk(depth.0)?;
                        let v = self.env_slot(depth.0, slot.0)?;
                        r!(dst) = v;
                    }
                    Instr::SetEnv { depth, slot, src } => {
                        let v = r!(src);
                        self.charge_env_walk(depth.0)?;
                        let env = self.env_at(depth.0)?;
                        match self.heap.env_mut(env).and_then(|e| e.slots.get_mut(slot.0 as usize)) {
                            Some(s) => *s = v,
                            None => return Err(self.internal("environment slot out of range")),
                        }
                    }

                    Instr::GetGlobal { dst, name } => {
                        let v = match self.global_cached(module_id, name) {
                            Some(v) => v,
                            None => {
                                let key = key!(name);
                                self.get_global(key, true)?
                            }
                        };
                        r!(dst) = v;
                    }
                    Instr::GetGlobalOrUndefined { dst, name } => {
                        let key = key!(name);
                        let v = self.get_global(key, false)?;
                        r!(dst) = v;
                    }
                    Instr::SetGlobal { name, src } => {
                        let key = key!(name);
                        let v = r!(src);
                        self.set_global(key, v)?;
                    }
                    Instr::DeclareGlobalVar { name } => {
                        let key = key!(name);
                        let global = self.realm.global;
                        if self.get_own_property(global, key).is_none() {
                            self.define_property_raw(
                                global,
                                key,
                                Property::data(Value::Undefined, WRITABLE | ENUMERABLE),
                            )?;
                        }
                    }
                    Instr::DeclareGlobalFunction { name, src } => {
                        let key = key!(name);
                        let v = r!(src);
                        let global = self.realm.global;
                        match self.get_own_property(global, key) {
                            Some(p) if !p.configurable() => {
                                self.set(global, key, v, Value::Object(global))?;
                            }
                            _ => self.define_property_raw(global, key, Property::data(v, WRITABLE | ENUMERABLE))?,
                        }
                    }

                    Instr::GetProp { dst, obj, name } => {
                        let key = key!(name);
                        let target = r!(obj);
                        let v = match target {
                            Value::Object(o) => match self.own_data_fast(o, key) {
                                Some(v) => v,
                                None => self.get(o, key, target)?,
                            },
                            _ => self.get_value(target, key)?,
                        };
                        r!(dst) = v;
                    }
                    Instr::SetProp { obj, name, src } => {
                        let key = key!(name);
                        let (target, v) = (r!(obj), r!(src));
                        self.put_value(target, key, v)?;
                    }
                    Instr::GetElem { dst, obj, key } => {
                        let element = match (&r!(obj), num!(key)) {
                            (&Value::Object(o), Some(n)) if f64::from(n as u32) == n => {
                                self.own_data_fast(o, PropertyKey::Index(n as u32))
                            }
                            _ => None,
                        };
                        r!(dst) = match element {
                            Some(v) => v,
                            None => self.get_elem(r!(obj), r!(key))?,
                        };
                    }
                    Instr::SetElem { obj, key, src } => {
                        let (target, k, v) = (r!(obj), r!(key), r!(src));
                        if !self.set_elem_fast(target, k, v) {
                            let pk = self.to_property_key(k)?;
                            self.put_value(target, pk, v)?;
                        }
                    }
                    Instr::DeleteProp { dst, obj, name } => {
                        let key = key!(name);
                        let target = r!(obj);
                        let ok = self.delete_value(target, key)?;
                        r!(dst) = Value::Bool(ok);
                    }
                    Instr::DeleteElem { dst, obj, key } => {
                        let (target, k) = (r!(obj), r!(key));
                        if target.is_nullish() {
                            return Err(self.error(ErrorKind::TypeError, "Cannot convert undefined or null to object"));
                        }
                        let pk = self.to_property_key(k)?;
                        let ok = self.delete_value(target, pk)?;
                        r!(dst) = Value::Bool(ok);
                    }
                    Instr::DefineProp { obj, name, src } => {
                        let key = key!(name);
                        let (target, v) = (r!(obj), r!(src));
                        let Value::Object(o) = target else { return Err(self.internal("DefineProp on a primitive")) };
                        self.create_data_property_or_throw(o, key, v)?;
                    }
                    Instr::DefineElem { obj, key, src } => {
                        let (target, k, v) = (r!(obj), r!(key), r!(src));
                        let pk = self.to_property_key(k)?;
                        let Value::Object(o) = target else { return Err(self.internal("DefineElem on a primitive")) };
                        self.create_data_property_or_throw(o, pk, v)?;
                    }
                    Instr::DefineGetter { obj, key, func } | Instr::DefineSetter { obj, key, func } => {
                        let (target, k, f) = (r!(obj), r!(key), r!(func));
                        let pk = self.to_property_key(k)?;
                        let (Value::Object(o), Value::Object(f)) = (target, f) else {
                            return Err(self.internal("accessor definition on a primitive"));
                        };
                        let getter = matches!(instr, Instr::DefineGetter { .. });
                        let name = self
                            .function_name_for_key(pk, if getter { MethodKind::Getter } else { MethodKind::Setter });
                        let n = self.string_value(&name)?;
                        let name_key = PropertyKey::Atom(self.realm.names.name);
                        self.define_property_raw(f, name_key, Property::data(n, CONFIGURABLE))?;
                        if getter {
                            self.define_accessor(o, pk, Some(f), None)?;
                        } else {
                            self.define_accessor(o, pk, None, Some(f))?;
                        }
                    }
                    Instr::CopyDataProperties { obj, src } => {
                        let (target, source) = (r!(obj), r!(src));
                        let Value::Object(o) = target else { return Err(self.internal("spread into a primitive")) };
                        self.copy_data_properties(o, source)?;
                    }
                    Instr::CopyDataPropertiesExcept { obj, src, excluded } => {
                        let (target, source, list) = (r!(obj), r!(src), r!(excluded));
                        let Value::Object(o) = target else { return Err(self.internal("rest into a primitive")) };
                        let values: Vec<Value> = match list {
                            Value::Object(l) => {
                                self.heap.object(l).array().map(|a| a.dense.clone()).unwrap_or_default()
                            }
                            _ => Vec::new(),
                        };
                        let mut keys = Vec::with_capacity(values.len());
                        for v in values {
                            keys.push(self.to_property_key(v)?);
                        }
                        self.copy_data_properties_except(o, source, &keys)?;
                    }
                    Instr::SetProtoLiteral { obj, src } => {
                        let (target, p) = (r!(obj), r!(src));
                        let proto = match p {
                            Value::Object(p) => Some(Some(p)),
                            Value::Null => Some(None),
                            _ => None,
                        };
                        if let (Value::Object(o), Some(proto)) = (target, proto) {
                            self.set_prototype_of(o, proto)?;
                        }
                    }
                    Instr::NewObject { dst } => {
                        let o = self.new_object()?;
                        r!(dst) = Value::Object(o);
                    }
                    Instr::NewArray { dst } => {
                        let a = self.new_array(Vec::new())?;
                        r!(dst) = Value::Object(a);
                    }
                    Instr::ArrayPush { arr, src } => {
                        let (a, v) = (r!(arr), r!(src));
                        let Value::Object(a) = a else { return Err(self.internal("ArrayPush on a non-array")) };
                        self.array_push(a, v)?;
                    }
                    Instr::ArrayPushHole { arr } => {
                        let Value::Object(a) = r!(arr) else {
                            return Err(self.internal("ArrayPushHole on a non-array"));
                        };
                        let length = self.heap.object(a).array().map_or(0, |d| d.length);
                        self.set_array_length(a, Value::Number(length as f64 + 1.0))?;
                    }
                    Instr::ArraySpread { arr, src } => {
                        let (a, s) = (r!(arr), r!(src));
                        let Value::Object(a) = a else { return Err(self.internal("ArraySpread on a non-array")) };
                        self.spread_into(a, s)?;
                    }

                    Instr::Add { dst, a, b } => {
                        if let (Some(x), Some(y)) = (num!(a), num!(b)) {
                            r!(dst) = Value::Number(x + y);
                        } else {
                            r!(dst) = self.add(r!(a), r!(b))?;
                        }
                    }
                    Instr::AddI { dst, a, value } => {
                        if let Some(x) = num!(a) {
                            r!(dst) = Value::Number(x + value.0 as f64);
                        } else {
                            r!(dst) = self.add(r!(a), Value::Number(value.0 as f64))?;
                        }
                    }
                    Instr::SubI { dst, a, value } => {
                        let x = match num!(a) {
                            Some(x) => x,
                            None => self.to_number(r!(a))?,
                        };
                        r!(dst) = Value::Number(x - value.0 as f64);
                    }
                    Instr::Sub { dst, a, b } => arith!(dst, a, b, |x, y| x - y),
                    Instr::Mul { dst, a, b } => arith!(dst, a, b, |x, y| x * y),
                    Instr::Div { dst, a, b } => arith!(dst, a, b, |x, y| x / y),
                    Instr::Mod { dst, a, b } => arith!(dst, a, b, remainder),
                    Instr::Exp { dst, a, b } => arith!(dst, a, b, exponentiate),
                    Instr::BitAnd { dst, a, b } => arith!(dst, a, b, |x, y| (to_int32(x) & to_int32(y)) as f64),
                    Instr::BitOr { dst, a, b } => arith!(dst, a, b, |x, y| (to_int32(x) | to_int32(y)) as f64),
                    Instr::BitXor { dst, a, b } => arith!(dst, a, b, |x, y| (to_int32(x) ^ to_int32(y)) as f64),
                    Instr::Shl { dst, a, b } => {
                        arith!(dst, a, b, |x, y| to_int32(x).wrapping_shl(to_uint32(y) & 31) as f64)
                    }
                    Instr::Shr { dst, a, b } => arith!(dst, a, b, |x, y| (to_int32(x) >> (to_uint32(y) & 31)) as f64),
                    Instr::UShr { dst, a, b } => {
                        arith!(dst, a, b, |x, y| (to_uint32(x) >> (to_uint32(y) & 31)) as f64)
                    }
                    Instr::Eq { dst, a, b } => {
                        let v = self.loose_equals(r!(a), r!(b))?;
                        r!(dst) = Value::Bool(v);
                    }
                    Instr::NotEq { dst, a, b } => {
                        let v = self.loose_equals(r!(a), r!(b))?;
                        r!(dst) = Value::Bool(!v);
                    }
                    Instr::StrictEq { dst, a, b } => r!(dst) = Value::Bool(strict_equals!(a, b)),
                    Instr::StrictNotEq { dst, a, b } => r!(dst) = Value::Bool(!strict_equals!(a, b)),
                    Instr::Lt { dst, a, b } => {
                        let v = self.op_lt(r!(a), r!(b))?;
                        r!(dst) = Value::Bool(v);
                    }
                    Instr::Le { dst, a, b } => {
                        let v = self.op_le(r!(a), r!(b))?;
                        r!(dst) = Value::Bool(v);
                    }
                    Instr::Gt { dst, a, b } => {
                        let v = self.op_gt(r!(a), r!(b))?;
                        r!(dst) = Value::Bool(v);
                    }
                    Instr::Ge { dst, a, b } => {
                        let v = self.op_ge(r!(a), r!(b))?;
                        r!(dst) = Value::Bool(v);
                    }
                    Instr::InstanceOf { dst, val, ctor } => {
                        let v = self.instance_of(r!(val), r!(ctor))?;
                        r!(dst) = Value::Bool(v);
                    }
                    Instr::In { dst, key, obj } => {
                        let (k, target) = (r!(key), r!(obj));
                        let Value::Object(o) = target else {
                            let d = self.describe(target);
                            let msg = format!("Cannot use 'in' operator to search for a key in {d}");
                            return Err(self.error(ErrorKind::TypeError, &msg));
                        };
                        let pk = self.to_property_key(k)?;
                        let v = self.has_property(o, pk)?;
                        r!(dst) = Value::Bool(v);
                    }
                    Instr::Neg { dst, src } => {
                        let n = self.numeric(r!(src))?;
                        r!(dst) = Value::Number(-n);
                    }
                    Instr::ToNumber { dst, src } | Instr::ToNumeric { dst, src } => {
                        let n = self.numeric(r!(src))?;
                        r!(dst) = Value::Number(n);
                    }
                    Instr::ToStringPiece { dst, src } => {
                        r!(dst) = match r!(src) {
                            n @ Value::Number(_) => n,
                            v => Value::String(self.to_string(v)?),
                        };
                    }
                    Instr::Concat { dst, pieces } => {
                        let s = self.concat_registers(base + pieces.first.0 as usize, pieces.count as usize)?;
                        r!(dst) = Value::String(s);
                    }
                    Instr::RequireObjectCoercible { src } => {
                        let v = r!(src);
                        if v.is_nullish() {
                            let what = if matches!(v, Value::Null) { "null" } else { "undefined" };
                            return Err(self.error(ErrorKind::TypeError, &format!("Cannot read properties of {what}")));
                        }
                    }
                    Instr::ToPropertyKey { dst, src } => {
                        let v = r!(src);
                        let v = match v {
                            Value::Number(_) | Value::String(_) | Value::Symbol(_) => v,
                            _ => {
                                let k = self.to_property_key(v)?;
                                self.key_to_value(k)?
                            }
                        };
                        r!(dst) = v;
                    }
                    Instr::BitNot { dst, src } => {
                        let n = self.numeric(r!(src))?;
                        r!(dst) = Value::Number(!to_int32(n) as f64);
                    }
                    Instr::Not { dst, src } => {
                        let b = self.to_boolean(r!(src));
                        r!(dst) = Value::Bool(!b);
                    }
                    Instr::TypeOf { dst, src } => {
                        let t = self.type_of(r!(src));
                        let s = self.string_value(t)?;
                        r!(dst) = s;
                    }
                    Instr::Inc { dst, src } => {
                        let n = match num!(src) {
                            Some(n) => n,
                            None => self.numeric(r!(src))?,
                        };
                        r!(dst) = Value::Number(n + 1.0);
                    }
                    Instr::Dec { dst, src } => {
                        let n = match num!(src) {
                            Some(n) => n,
                            None => self.numeric(r!(src))?,
                        };
                        r!(dst) = Value::Number(n - 1.0);
                    }

                    Instr::Jump { target } => jump!(target),
                    Instr::JumpIfTrue { cond, target } => {
                        let c = r!(cond);
                        let t = match c {
                            Value::Bool(b) => b,
                            _ => self.to_boolean(c),
                        };
                        if t {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfFalse { cond, target } => {
                        let c = r!(cond);
                        let t = match c {
                            Value::Bool(b) => b,
                            _ => self.to_boolean(c),
                        };
                        if !t {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfNullish { src, target } => {
                        if r!(src).is_nullish() {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfNotNullish { src, target } => {
                        if !r!(src).is_nullish() {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfUndefined { src, target } => {
                        if matches!(r!(src), Value::Undefined) {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfNotLt { a, b, target } => {
                        if !compare!(a, b, <, op_lt) {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfNotLe { a, b, target } => {
                        if !compare!(a, b, <=, op_le) {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfNotGt { a, b, target } => {
                        if !compare!(a, b, >, op_gt) {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfNotGe { a, b, target } => {
                        if !compare!(a, b, >=, op_ge) {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfLt { a, b, target } => {
                        if compare!(a, b, <, op_lt) {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfLe { a, b, target } => {
                        if compare!(a, b, <=, op_le) {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfGt { a, b, target } => {
                        if compare!(a, b, >, op_gt) {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfGe { a, b, target } => {
                        if compare!(a, b, >=, op_ge) {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfStrictEq { a, b, target } => {
                        if strict_equals!(a, b) {
                            jump!(target);
                        }
                    }
                    Instr::JumpIfStrictNotEq { a, b, target } => {
                        if !strict_equals!(a, b) {
                            jump!(target);
                        }
                    }
                    Instr::Return { src } => {
                        self.temp_reset(temp_base);
                        let v = Value::read(&r!(src));
                        self.check_derived_return(v)?;
                        let (result, entry, dst) = self.pop_frame(v);
                        if let Some(done) = self.hand_to_caller(result, entry, dst)? {
                            return Ok(done);
                        }
                        continue 'frame;
                    }
                    Instr::Throw { src } => return Err(Abrupt::Throw(r!(src))),
                    Instr::Catch { dst } => {
                        r!(dst) = std::mem::take(&mut self.exception);
                    }

                    Instr::Call { dst, callee, this, args } => {
                        self.temp_reset(temp_base);
                        let f = Value::read(&r!(callee));
                        let this = Value::read(&r!(this));
                        let args = ArgSource::Stack { start: base + args.first.0 as usize, count: args.count as usize };
                        if let Some(frame) = self.frames.last_mut() {
                            frame.pc = pc;
                        }
                        match self.start_call(f, this, args, None, dst, false)? {
                            CallOutcome::Pushed => continue 'frame,
                            CallOutcome::Done(v) => r!(dst) = v,
                        }
                    }
                    Instr::CallSpread { dst, callee, this, array } => {
                        self.temp_reset(temp_base);
                        let f = r!(callee);
                        let this = r!(this);
                        let args = ArgSource::List(self.spread_args(r!(array))?);
                        if let Some(frame) = self.frames.last_mut() {
                            frame.pc = pc;
                        }
                        match self.start_call(f, this, args, None, dst, false)? {
                            CallOutcome::Pushed => continue 'frame,
                            CallOutcome::Done(v) => r!(dst) = v,
                        }
                    }
                    Instr::New { dst, callee, args } => {
                        self.temp_reset(temp_base);
                        let f = r!(callee);
                        let args = ArgSource::Stack { start: base + args.first.0 as usize, count: args.count as usize };
                        match self.start_construct(f, args, dst, pc)? {
                            CallOutcome::Pushed => continue 'frame,
                            CallOutcome::Done(v) => r!(dst) = v,
                        }
                    }
                    Instr::NewSpread { dst, callee, array } => {
                        self.temp_reset(temp_base);
                        let f = r!(callee);
                        let args = ArgSource::List(self.spread_args(r!(array))?);
                        match self.start_construct(f, args, dst, pc)? {
                            CallOutcome::Pushed => continue 'frame,
                            CallOutcome::Done(v) => r!(dst) = v,
                        }
                    }
                    Instr::Closure { dst, func } => {
                        let env = self.frames.last().and_then(|f| f.env);
                        let f = self.make_closure(module_id, func.0, env)?;
                        r!(dst) = Value::Object(f);
                    }
                    Instr::CreateArguments { dst } => {
                        let a = self.create_arguments()?;
                        r!(dst) = Value::Object(a);
                    }
                    Instr::CreateRestArray { dst, from } => {
                        let rest: Vec<Value> = self
                            .frames
                            .last()
                            .map(|f| f.args.iter().skip(from.0 as usize).copied().collect())
                            .unwrap_or_default();
                        self.charge(rest.len() as u64)?;
                        let a = self.new_array(rest)?;
                        r!(dst) = Value::Object(a);
                    }
                    Instr::NewRegExp { dst, pattern, flags } => {
                        let constants = self.modules.get(module_id as usize).map(|m| &m.constants);
                        let text = |k: Name| constants.and_then(|c| c.get(k.0 as usize)).copied();
                        let (Some(Value::String(p)), Some(Value::String(f))) = (text(pattern), text(flags)) else {
                            return Err(self.internal("regular expression constants are not strings"));
                        };
                        let Some(proto) = self.realm.regexp_prototype else {
                            return Err(self.internal("RegExp is not installed"));
                        };
                        let rx = self.regexp_create(p, f, proto, true)?;
                        r!(dst) = Value::Object(rx);
                    }
                    Instr::TemplateObject { dst, cooked, raw } => {
                        let site = (function, pc - 1);
                        let cached = self
                            .modules
                            .get(module_id as usize)
                            .and_then(|m| m.templates.iter().find(|(s, _)| *s == site).map(|(_, o)| *o));
                        let object = match cached {
                            Some(o) => o,
                            None => {
                                let (Value::Object(strings), Value::Object(raws)) = (r!(cooked), r!(raw)) else {
                                    return Err(self.internal("template strings are not arrays"));
                                };
                                self.set_integrity_level(raws, true)?;
                                let key = self.key("raw");
                                self.define_property_raw(strings, key, Property::data(Value::Object(raws), 0))?;
                                self.set_integrity_level(strings, true)?;
                                if let Some(m) = self.modules.get_mut(module_id as usize) {
                                    m.templates.push((site, strings));
                                }
                                strings
                            }
                        };
                        r!(dst) = Value::Object(object);
                    }
                    Instr::SetFunctionName { func, name } => {
                        let (f, n) = (r!(func), r!(name));
                        self.set_function_name(f, n)?;
                    }

                    Instr::ForInStart { dst, obj } => {
                        let it = self.for_in_start(r!(obj))?;
                        r!(dst) = Value::Object(it);
                    }
                    Instr::ForInNext { dst, iter, done } => {
                        let Value::Object(it) = r!(iter) else {
                            return Err(self.internal("ForInNext on a non-iterator"));
                        };
                        match self.for_in_next(it)? {
                            Some(k) => r!(dst) = k,
                            None => jump!(done),
                        }
                    }
                    Instr::GetIterator { dst, src } => {
                        let it = self.iterator_open(r!(src))?;
                        r!(dst) = Value::Object(it);
                    }
                    Instr::IteratorNext { dst, iter, done } => {
                        let Value::Object(it) = r!(iter) else {
                            return Err(self.internal("IteratorNext on a non-iterator"));
                        };
                        match self.iterator_step(it)? {
                            Some(v) => r!(dst) = v,
                            None => jump!(done),
                        }
                    }
                    Instr::IteratorClose { iter } => {
                        if let Value::Object(it) = r!(iter) {
                            self.iterator_close(it)?;
                        }
                    }
                    Instr::IteratorCloseOnThrow { iter } => {
                        if let Value::Object(it) = r!(iter) {
                            match self.iterator_close(it) {
                                Ok(()) | Err(Abrupt::Throw(_)) => {}
                                Err(terminate) => return Err(terminate),
                            }
                        }
                    }
                    Instr::InitialYield {} => {
                        let (entry, dst) = match self.frames.last() {
                            Some(f) => (f.entry, f.dst),
                            None => return Err(self.internal("no generator frame")),
                        };
                        let generator = self.create_generator(pc)?;
                        if let Some(done) = self.hand_to_caller(generator, entry, dst)? {
                            return Ok(done);
                        }
                        continue 'frame;
                    }
                    Instr::Yield { value, resume } | Instr::YieldDelegate { value, resume } => {
                        let v = r!(value);
                        self.suspend_generator(pc, resume, matches!(instr, Instr::YieldDelegate { .. }))?;
                        return Ok(v);
                    }
                    Instr::GetIteratorProtocol { dst, src } => {
                        let it = self.iterator_open_protocol(r!(src))?;
                        r!(dst) = Value::Object(it);
                    }
                    Instr::DelegateStep { dst, iter, resume, done } => {
                        let Value::Object(it) = r!(iter) else {
                            return Err(self.internal("DelegateStep on a non-iterator"));
                        };
                        let sent = r!(Reg(resume.0));
                        let mode = r!(resume.second());
                        match self.delegate_step(it, sent, mode)? {
                            (v, true) => {
                                r!(dst) = v;
                                jump!(done);
                            }
                            (v, false) => r!(dst) = v,
                        }
                    }
                    Instr::MakeClass { ctor, parent, proto } => {
                        let p = self.make_class(r!(ctor), r!(parent))?;
                        r!(proto) = Value::Object(p);
                    }
                    Instr::DefineMethod { obj, key, func, kind } => {
                        let (o, k, f) = (r!(obj), r!(key), r!(func));
                        self.define_method(o, k, f, kind)?;
                    }
                    Instr::SetHomeObject { func, home } => {
                        if let (Value::Object(f), Value::Object(h)) = (r!(func), r!(home))
                            && let Some(ObjectKind::Closure { home, .. }) = self.heap.object_mut(f).map(|o| &mut o.kind)
                        {
                            *home = Some(h);
                        }
                    }
                    Instr::SetClassFields { ctor, init } => {
                        let (c, i) = (r!(ctor), r!(init));
                        if let (Value::Object(c), Value::Object(i)) = (c, i)
                            && let Some(ObjectKind::Closure { fields, .. }) =
                                self.heap.object_mut(c).map(|o| &mut o.kind)
                        {
                            *fields = Some(i);
                        }
                    }
                    Instr::InitFields {} => self.init_fields()?,
                    Instr::SuperCall { dst, args } => {
                        let args = self.span_values(base, args)?;
                        let this = self.super_call(&args)?;
                        r!(dst) = this;
                    }
                    Instr::SuperCallSpread { dst, array } => {
                        let args = self.spread_args(r!(array))?;
                        let this = self.super_call(&args)?;
                        r!(dst) = this;
                    }
                    Instr::GetSuper { dst, key, this } => {
                        let v = self.get_super(r!(key), r!(this))?;
                        r!(dst) = v;
                    }
                    Instr::SetSuper { key, this, src } => self.set_super(r!(key), r!(this), r!(src))?,
                    Instr::NewPrivateName { dst, name } => {
                        let description =
                            match self.modules.get(module_id as usize).and_then(|m| m.constants.get(name.0 as usize)) {
                                Some(Value::String(s)) => *s,
                                _ => self.heap.empty_string(),
                            };
                        self.reserve(crate::heap::SYMBOL_BYTES)?;
                        let s = self.heap.alloc_private_name(description);
                        r!(dst) = Value::Symbol(s);
                    }
                    Instr::GetPrivate { dst, obj, key } => {
                        let v = self.get_private(r!(obj), r!(key))?;
                        r!(dst) = v;
                    }
                    Instr::SetPrivate { obj, key, src } => {
                        let (o, k, v) = (r!(obj), r!(key), r!(src));
                        self.set_private(o, k, v)?;
                    }
                    Instr::DefinePrivate { obj, key, src, kind } => {
                        let (o, k, v) = (r!(obj), r!(key), r!(src));
                        self.define_private(o, k, v, kind)?;
                    }
                    Instr::HasPrivate { dst, key, obj } => {
                        let (k, o) = (r!(key), r!(obj));
                        let Value::Object(o) = o else {
                            return Err(self.error(
                                ErrorKind::TypeError,
                                "Cannot use 'in' operator to search for a private field in a non-object",
                            ));
                        };
                        let has = match k {
                            Value::Symbol(s) => self.heap.object(o).properties.get(PropertyKey::Symbol(s)).is_some(),
                            _ => false,
                        };
                        r!(dst) = Value::Bool(has);
                    }
                    Instr::Nop {} => {}
                    Instr::AddDisposable { scope, value } => {
                        let list = match r!(scope) {
                            Value::Object(list) => list,
                            _ => {
                                let list = self.new_dispose_capability(None)?;
                                r!(scope) = Value::Object(list);
                                list
                            }
                        };
                        self.add_disposable(list, r!(value))?;
                    }
                    Instr::LoadFunction { dst } => {
                        let callee = self.frames.last().and_then(|f| f.callee);
                        r!(dst) = callee.map_or(Value::Undefined, Value::Object);
                    }
                    Instr::SuperConstruct { dst, ctor, new_target, args } => {
                        let args = self.span_values(base, args)?;
                        let this = self.super_construct(r!(ctor), r!(new_target), &args)?;
                        r!(dst) = this;
                    }
                    Instr::SuperConstructSpread { dst, ctor, new_target, array } => {
                        let args = self.spread_args(r!(array))?;
                        let this = self.super_construct(r!(ctor), r!(new_target), &args)?;
                        r!(dst) = this;
                    }
                    Instr::CheckThisUnbound { src } => {
                        if !matches!(r!(src), Value::Empty) {
                            return Err(self.super_called_twice());
                        }
                    }
                    Instr::InitFieldsOf { ctor, this } => {
                        let (ctor, this) = (r!(ctor), r!(this));
                        self.init_fields_of(ctor, this)?;
                    }
                    Instr::DisposeResources { scope, kind, value } => {
                        if let Value::Object(list) = r!(scope) {
                            let thrown = matches!(r!(kind), Value::Number(k) if k == 1.0);
                            let completion = if thrown { Err(r!(value)) } else { Ok(()) };
                            match self.dispose_resources(list, completion) {
                                Ok(()) => {}
                                Err(Abrupt::Throw(error)) => {
                                    r!(kind) = Value::Number(1.0);
                                    r!(value) = error;
                                }
                                Err(terminate) => return Err(terminate),
                            }
                        }
                    }
                }
            }
        }
    }
}
