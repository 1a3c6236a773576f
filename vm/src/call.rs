//! Calling and constructing functions: pushing script frames (the
//! interpreter never recurses on the Rust stack for a script-to-script call),
//! invoking natives, host functions and bound functions, and entering the
//! interpreter from Rust (a native re-entry, counted against the call depth);
//! spread argument lists and arguments objects.

use smallvec::SmallVec;

use crate::error::{Abrupt, ErrorKind, JsResult};
use crate::heap::object::{DEFAULT_FLAGS, ObjectKind, Property, PropertyKey, Slot, WRITABLE};
use crate::isa::Reg;
use crate::module::FunctionKind;
use crate::native::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{Frame, Vm};

/// Arguments gathered for a call.
pub(crate) type ArgList = SmallVec<[Value; 8]>;

/// Where a call's arguments are: still in the caller's registers (copied
/// straight into the callee's window), in a caller's slice, or gathered in a
/// list (spread and bound arguments).
pub(crate) enum ArgSource<'a> {
    Stack { start: usize, count: usize },
    Slice(&'a [Value]),
    List(Vec<Value>),
}

impl ArgSource<'_> {
    /// The arguments as a slice: registers are copied into `scratch` first.
    fn as_slice<'s>(&'s self, stack: &[Value], scratch: &'s mut ArgList) -> &'s [Value] {
        match self {
            ArgSource::Stack { start, count } => {
                scratch.extend(stack.get(*start..*start + *count).unwrap_or(&[]).iter().copied());
                scratch
            }
            ArgSource::Slice(s) => s,
            ArgSource::List(v) => v,
        }
    }
}

/// What a call did.
pub(crate) enum CallOutcome {
    /// A script frame was pushed; the interpreter continues in it.
    Pushed,
    /// The callee ran to completion (a native) with this result.
    Done(Value),
}

impl Vm {
    /// Calls `f` with `this` and `args` from Rust, running the interpreter
    /// until it returns.
    pub fn call(&mut self, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        self.invoke_from_rust(f, this, args, None)
    }

    /// `new f(...args)` from Rust.
    pub fn construct(&mut self, f: Value, args: &[Value]) -> JsResult<Value> {
        if !self.is_constructor(f) {
            let d = self.describe(f);
            return Err(self.error(ErrorKind::TypeError, &format!("{d} is not a constructor")));
        }
        self.invoke_from_rust(f, Value::Undefined, args, f.as_object())
    }

    /// `new f(...args)` with an explicit `new.target` (for `super(...)`).
    pub fn construct_with_target(&mut self, f: Value, args: &[Value], new_target: ObjRef) -> JsResult<Value> {
        if !self.is_constructor(f) {
            let d = self.describe(f);
            return Err(self.error(ErrorKind::TypeError, &format!("{d} is not a constructor")));
        }
        self.invoke_from_rust(f, Value::Undefined, args, Some(new_target))
    }

    fn invoke_from_rust(
        &mut self,
        f: Value,
        this: Value,
        args: &[Value],
        new_target: Option<ObjRef>,
    ) -> JsResult<Value> {
        self.charge(crate::gas::CALL_FROM_NATIVE)?;
        self.enter_native()?;
        let saved_pc = self.cur_pc;
        if let Some(frame) = self.frames.last_mut() {
            frame.pc = self.cur_pc;
        }
        let result = match self.start_call(f, this, ArgSource::Slice(args), new_target, Reg(0), true) {
            Ok(CallOutcome::Pushed) => self.run(),
            Ok(CallOutcome::Done(v)) => Ok(v),
            Err(e) => Err(e),
        };
        self.cur_pc = saved_pc;
        self.leave_native();
        if let Ok(v) = result {
            self.root(v);
        }
        result
    }

    /// Starts a call or construction: pushes a frame for a script function,
    /// or runs a native to completion. `dst` is the caller's result register
    /// and `entry` marks a frame pushed from Rust.
    pub(crate) fn start_call(
        &mut self,
        f: Value,
        this: Value,
        mut args: ArgSource<'_>,
        new_target: Option<ObjRef>,
        dst: Reg,
        entry: bool,
    ) -> JsResult<CallOutcome> {
        let Value::Object(mut callee) = f else {
            let d = self.describe(f);
            return Err(self.error(ErrorKind::TypeError, &format!("{d} is not a function")));
        };
        let mut this = this;
        let mut new_target = new_target;
        // Unwrap bound functions (iteratively: chains can be long).
        while let ObjectKind::Bound { target, this: bound_this, args: bound_args } = &self.heap.object(callee).kind {
            let (target, bound_this) = (*target, *bound_this);
            let mut all: Vec<Value> = bound_args.clone();
            self.charge(all.len() as u64 + 1)?;
            let mut scratch = ArgList::new();
            all.extend_from_slice(args.as_slice(&self.stack, &mut scratch));
            args = ArgSource::List(all);
            if new_target == Some(callee) {
                new_target = Some(target);
            }
            this = bound_this;
            callee = target;
        }
        match self.heap.object(callee).kind {
            ObjectKind::Closure { module, function, env, .. } => {
                self.check_depth()?;
                let Some(proto) =
                    self.modules.get(module as usize).and_then(|m| m.module.functions.get(function as usize))
                else {
                    return Err(self.internal("closure of a missing function"));
                };
                let kind = proto.kind;
                let param_count = proto.param_count as usize;
                let register_count = proto.register_count as usize;
                let keeps_arguments = proto.keeps_arguments;
                let construct = new_target.is_some();
                if construct && !kind.is_constructor() {
                    let name = if proto.name.is_empty() { "anonymous".to_string() } else { proto.name.clone() };
                    let msg = format!("{name} is not a constructor");
                    return Err(self.error(ErrorKind::TypeError, &msg));
                }
                if !construct && matches!(kind, FunctionKind::ClassConstructor | FunctionKind::DerivedConstructor) {
                    let msg = format!("Class constructor {} cannot be invoked without 'new'", proto.name);
                    return Err(self.error(ErrorKind::TypeError, &msg));
                }
                if construct && kind == FunctionKind::DerivedConstructor {
                    // `this` stays unbound until `super(...)` returns.
                    this = Value::Empty;
                } else if construct {
                    let nt = new_target.unwrap_or(callee);
                    let proto_value = self.get(nt, PropertyKey::Atom(self.realm.names.prototype), Value::Object(nt))?;
                    let proto = proto_value.as_object().unwrap_or(self.realm.object_prototype);
                    this = Value::Object(self.alloc_object(Some(proto), ObjectKind::Ordinary)?);
                }
                let base = self.stack.len();
                self.reserve_stack(base + register_count.max(param_count))?;
                let kept = match &args {
                    ArgSource::Stack { start, count } => {
                        let range = *start..*start + (*count).min(param_count);
                        if range.end > base {
                            return Err(self.internal("arguments outside the caller's registers"));
                        }
                        self.stack.extend_from_within(range);
                        if keeps_arguments {
                            self.stack.get(*start..*start + *count).map(<[Value]>::to_vec)
                        } else {
                            None
                        }
                    }
                    ArgSource::Slice(list) => {
                        self.stack.extend(list.iter().take(param_count).copied());
                        if keeps_arguments { Some(list.to_vec()) } else { None }
                    }
                    ArgSource::List(list) => {
                        self.stack.extend(list.iter().take(param_count).copied());
                        if keeps_arguments { Some(list.clone()) } else { None }
                    }
                };
                self.stack.resize(base + register_count.max(param_count), Value::Undefined);
                self.frames.push(Frame::EMPTY);
                if let Some(frame) = self.frames.last_mut() {
                    frame.module = module;
                    frame.function = function;
                    frame.callee = Some(callee);
                    frame.base = base as u32;
                    frame.env = env;
                    frame.this = this;
                    frame.dst = dst;
                    frame.construct = construct;
                    frame.entry = entry;
                    if let Some(kept) = kept {
                        frame.args = kept;
                    }
                    if construct {
                        frame.new_target = Value::Object(new_target.unwrap_or(callee));
                    }
                }
                self.cur_pc = 0;
                Ok(CallOutcome::Pushed)
            }
            ObjectKind::Native { function, constructor, magic } => {
                if new_target.is_some() && !constructor {
                    let d = self.describe(f);
                    return Err(self.error(ErrorKind::TypeError, &format!("{d} is not a constructor")));
                }
                let mut scratch = ArgList::new();
                let list = args.as_slice(&self.stack, &mut scratch);
                let call = Args { this, args: list, new_target, callee, magic };
                function(self, &call).map(CallOutcome::Done)
            }
            ObjectKind::Host { index } => {
                let Some(host) = self.host_functions.get(index as usize).cloned() else {
                    return Err(self.internal("missing host function"));
                };
                if new_target.is_some() {
                    return Err(self.error(ErrorKind::TypeError, "host functions are not constructors"));
                }
                let mut scratch = ArgList::new();
                let list = args.as_slice(&self.stack, &mut scratch);
                let call = Args { this, args: list, new_target, callee, magic: 0 };
                host(self, &call).map(CallOutcome::Done)
            }
            _ => {
                let d = self.describe(f);
                Err(self.error(ErrorKind::TypeError, &format!("{d} is not a function")))
            }
        }
    }

    /// Pops the top frame after `return value`, applying the constructor
    /// rule. Returns the frame's result and whether it was an entry frame.
    pub(crate) fn pop_frame(&mut self, value: Value) -> (Value, bool, Reg) {
        let Some(frame) = self.frames.pop() else { return (value, true, Reg(0)) };
        self.stack.truncate(frame.base as usize);
        // (A derived constructor's result was checked by `Return`.)
        let result = if frame.construct && !matches!(value, Value::Object(_)) { frame.this } else { value };
        if let Some(caller) = self.frames.last() {
            self.cur_pc = caller.pc;
        }
        (result, frame.entry, frame.dst)
    }

    /// Unwinds after a throw: finds the innermost handler of the running
    /// `run` invocation. Returns false (with the entry frame popped) when the
    /// exception escapes it.
    pub(crate) fn unwind_to_handler(&mut self, value: Value) -> bool {
        loop {
            let Some(frame) = self.frames.last() else { return false };
            let throw_pc = self.cur_pc.saturating_sub(1);
            let handler = self
                .modules
                .get(frame.module as usize)
                .and_then(|m| m.module.functions.get(frame.function as usize))
                .and_then(|f| f.handlers.iter().find(|h| h.start.0 <= throw_pc && throw_pc < h.end.0).copied());
            if let Some(h) = handler {
                let mut env = frame.env;
                let mut depth = frame.env_depth;
                while depth > h.env_depth {
                    env = env.and_then(|e| self.heap.env(e)).and_then(|e| e.parent);
                    depth -= 1;
                }
                if let Some(frame) = self.frames.last_mut() {
                    frame.env = env;
                    frame.env_depth = depth;
                    frame.pc = h.target.0;
                }
                self.cur_pc = h.target.0;
                self.exception = value;
                return true;
            }
            let (_, entry, _) = self.pop_frame(Value::Undefined);
            if entry {
                return false;
            }
        }
    }

    /// Pops every frame up to and including the current `run`'s entry frame
    /// (after a termination).
    pub(crate) fn unwind_entry(&mut self) {
        while let Some(frame) = self.frames.last() {
            let entry = frame.entry;
            self.pop_frame(Value::Undefined);
            if entry {
                break;
            }
        }
    }

    /// Creates a closure of `function` in module `module` over `env`, with
    /// `name`, `length` and, for constructors, a `prototype` object.
    pub(crate) fn make_closure(
        &mut self,
        module: u32,
        function: u32,
        env: Option<crate::value::EnvRef>,
    ) -> JsResult<ObjRef> {
        let Some(proto) = self.modules.get(module as usize).and_then(|m| m.module.functions.get(function as usize))
        else {
            return Err(self.internal("closure of a missing function"));
        };
        let name = proto.name.clone();
        let length = u32::from(proto.length);
        let kind = proto.kind;
        // Arrows see the `super` of the function they are written in.
        let home = match kind {
            FunctionKind::Arrow => match self.frames.last().and_then(|f| f.callee).map(|c| &self.heap.object(c).kind) {
                Some(ObjectKind::Closure { home, .. }) => *home,
                _ => None,
            },
            _ => None,
        };
        let kind_of = ObjectKind::Closure { module, function, env, home, fields: None };
        let f = self.make_function_object(kind_of, &name, length)?;
        if kind == FunctionKind::Normal {
            let p = self.new_object()?;
            let names = self.realm.names;
            self.define_hidden(p, PropertyKey::Atom(names.constructor), Value::Object(f))?;
            self.define_property_raw(
                f,
                PropertyKey::Atom(names.prototype),
                Property::data(Value::Object(p), WRITABLE),
            )?;
        } else if kind == FunctionKind::Generator {
            // A generator function inherits from %GeneratorFunction.prototype%;
            // its own `prototype` is that of the generators it makes (no
            // `constructor`).
            if let Some(o) = self.heap.object_mut(f) {
                o.proto = Some(self.realm.generator_function_prototype);
            }
            let p = self.alloc_object(Some(self.realm.generator_prototype), ObjectKind::Ordinary)?;
            let key = PropertyKey::Atom(self.realm.names.prototype);
            self.define_property_raw(f, key, Property::data(Value::Object(p), WRITABLE))?;
        }
        Ok(f)
    }

    /// The thrown value of a completion, if it is a throw.
    pub fn thrown(e: &Abrupt) -> Option<Value> {
        match e {
            Abrupt::Throw(v) => Some(*v),
            Abrupt::Terminate(_) => None,
        }
    }
}

impl Vm {
    pub(crate) fn spread_args(&mut self, array: Value) -> JsResult<Vec<Value>> {
        let Value::Object(a) = array else { return Err(self.internal("spread arguments are not an array")) };
        let Some(data) = self.heap.object(a).array() else {
            return Err(self.internal("spread arguments are not an array"));
        };
        let len = data.dense.len();
        // The copy lives until the callee's registers take it over (they
        // are counted then): it must fit the budget too.
        self.charge(len as u64)?;
        self.reserve(len.saturating_mul(std::mem::size_of::<Value>()))?;
        let Some(data) = self.heap.object(a).array() else {
            return Err(self.internal("spread arguments are not an array"));
        };
        Ok(data.dense.iter().map(|v| if matches!(v, Value::Empty) { Value::Undefined } else { *v }).collect())
    }

    pub(crate) fn start_construct(
        &mut self,
        f: Value,
        args: ArgSource<'_>,
        dst: Reg,
        pc: u32,
    ) -> JsResult<CallOutcome> {
        if !self.is_constructor(f) {
            let d = self.describe(f);
            return Err(self.error(ErrorKind::TypeError, &format!("{d} is not a constructor")));
        }
        if let Some(frame) = self.frames.last_mut() {
            frame.pc = pc;
        }
        self.start_call(f, Value::Undefined, args, f.as_object(), dst, false)
    }

    /// CreateUnmappedArgumentsObject for the current frame.
    pub(crate) fn create_arguments(&mut self) -> JsResult<ObjRef> {
        let args: Vec<Value> = self.frames.last().map(|f| f.args.clone()).unwrap_or_default();
        self.charge(args.len() as u64)?;
        let o = self.alloc_object(Some(self.realm.object_prototype), ObjectKind::Arguments)?;
        for (i, v) in args.iter().enumerate() {
            self.define_property_raw(o, PropertyKey::Index(i as u32), Property::data(*v, DEFAULT_FLAGS))?;
        }
        let names = self.realm.names;
        self.define_hidden(o, PropertyKey::Atom(names.length), Value::Number(args.len() as f64))?;
        if let Some(values) = self.realm.array_values {
            let key = PropertyKey::Symbol(self.realm.symbols.iterator);
            self.define_hidden(o, key, Value::Object(values))?;
        }
        if let Some(thrower) = self.realm.throw_type_error {
            let slot = Slot::Accessor { get: Some(thrower), set: Some(thrower) };
            self.define_property_raw(o, PropertyKey::Atom(names.callee), Property { slot, flags: 0 })?;
        }
        Ok(o)
    }

    /// Hands the completion value of a frame just left (by `Return`, or by
    /// `InitialYield` with the new generator) to its caller: `run` returns
    /// it when the frame was entered from Rust (`entry`, or no caller is
    /// left), else it goes to the caller's `dst` register.
    #[inline(always)]
    pub(crate) fn hand_to_caller(&mut self, result: Value, entry: bool, dst: Reg) -> JsResult<Option<Value>> {
        if entry {
            return Ok(Some(result));
        }
        let Some(caller) = self.frames.last() else { return Ok(Some(result)) };
        let slot = caller.base as usize + dst.0 as usize;
        match self.stack.get_mut(slot) {
            Some(s) => *s = result,
            None => return Err(self.internal("return register out of range")),
        }
        Ok(None)
    }
}
