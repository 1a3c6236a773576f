//! Generators: a suspended generator is a heap object holding its frame
//! (registers, environment, `this`, pc), so it costs no Rust stack and counts
//! against the memory budget like any object. `next`/`return`/`throw` resume
//! it by pushing that frame back as an entry frame and running until it
//! yields (the `Yield` instruction saves the frame again) or completes.

use crate::error::{Abrupt, ErrorKind, JsResult};
use crate::heap::object::{GeneratorState, ObjectKind, PropertyKey, SavedFrame};
use crate::isa::{Reg, RegPair};
use crate::value::{ObjRef, Value};
use crate::vm::{Frame, Vm};

/// What a resumed generator produced.
#[derive(Clone, Copy, Debug)]
pub enum Step {
    /// `yield v`: the caller wraps `v` in an iterator result.
    Yielded(Value),
    /// `yield*`: the inner iterator's result object, passed on as it is.
    Delegated(Value),
    /// The generator finished with this value.
    Done(Value),
}

/// How a generator is resumed (GeneratorResume / GeneratorResumeAbrupt).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resume {
    Next,
    Throw,
    Return,
}

impl Resume {
    /// The code a resumed `Yield` finds beside the sent value.
    fn code(self) -> f64 {
        match self {
            Resume::Next => 0.0,
            Resume::Throw => 1.0,
            Resume::Return => 2.0,
        }
    }
}

impl Vm {
    /// `InitialYield`: turns the running frame (a generator function's call,
    /// its parameters bound) into a suspended generator object, pops it, and
    /// returns the object, which the call then produces.
    pub(crate) fn create_generator(&mut self, pc: u32) -> JsResult<Value> {
        let Some(callee) = self.frames.last().and_then(|f| f.callee) else {
            return Err(self.internal("generator frame without callee"));
        };
        let proto_key = PropertyKey::Atom(self.realm.names.prototype);
        let proto = match self.get(callee, proto_key, Value::Object(callee))? {
            Value::Object(p) => p,
            _ => self.realm.generator_prototype,
        };
        let generator = self.alloc_object(Some(proto), ObjectKind::Generator(GeneratorState::Running))?;
        self.save_frame(generator, None, pc, false)?;
        Ok(Value::Object(generator))
    }

    /// `Yield`/`YieldDelegate`: saves the running generator's frame (to
    /// resume after `pc`, with the sent value going to `resume`) and pops it.
    pub(crate) fn suspend_generator(&mut self, pc: u32, resume: RegPair, delegating: bool) -> JsResult<()> {
        let Some(generator) = self.frames.last().and_then(|f| f.generator) else {
            return Err(self.internal("yield outside a generator"));
        };
        self.save_frame(generator, Some(resume), pc, delegating)?;
        self.yielded = Some(delegating);
        Ok(())
    }

    /// Moves the top frame into `generator` as its suspended state.
    fn save_frame(&mut self, generator: ObjRef, resume: Option<RegPair>, pc: u32, delegating: bool) -> JsResult<()> {
        let (base, registers) = match self.frames.last() {
            Some(f) => (f.base as usize, self.stack.len().saturating_sub(f.base as usize)),
            None => return Err(self.internal("no frame to save")),
        };
        // Count the registers as heap before they move there (the frame is
        // still on the stack, so a collection here sees everything).
        self.reserve((registers + 8) * std::mem::size_of::<Value>())?;
        let Some(frame) = self.frames.pop() else { return Err(self.internal("no frame to save")) };
        let registers = self.stack.split_off(base);
        let Some(callee) = frame.callee else { return Err(self.internal("generator frame without callee")) };
        let saved = SavedFrame {
            module: frame.module,
            function: frame.function,
            callee,
            pc,
            env: frame.env,
            env_depth: frame.env_depth,
            this: frame.this,
            args: frame.args,
            registers,
            resume,
            delegating,
        };
        let size = std::mem::size_of::<SavedFrame>() + (saved.registers.capacity() + saved.args.capacity()) * 16;
        self.set_generator_state(generator, GeneratorState::Suspended(Box::new(saved)));
        self.heap.grow(size);
        if let Some(caller) = self.frames.last() {
            self.cur_pc = caller.pc;
        }
        Ok(())
    }

    fn set_generator_state(&mut self, generator: ObjRef, state: GeneratorState) {
        if let Some(o) = self.heap.object_mut(generator) {
            o.kind = ObjectKind::Generator(state);
        }
    }

    /// GeneratorResume / GeneratorResumeAbrupt: runs `generator` until it
    /// yields or completes. Returns the value and whether it is done.
    pub fn generator_resume(&mut self, generator: ObjRef, value: Value, mode: Resume) -> JsResult<Step> {
        self.charge(crate::gas::GENERATOR_RESUME)?;
        let state = match self.heap.object_mut(generator).map(|o| &mut o.kind) {
            Some(ObjectKind::Generator(state)) => std::mem::replace(state, GeneratorState::Running),
            _ => return Err(self.error(ErrorKind::TypeError, "next method called on an incompatible receiver")),
        };
        let saved = match state {
            GeneratorState::Running => {
                return Err(self.error(ErrorKind::TypeError, "Generator is already running"));
            }
            GeneratorState::Completed => {
                self.set_generator_state(generator, GeneratorState::Completed);
                return finished(value, mode);
            }
            GeneratorState::Suspended(saved) if saved.resume.is_none() && mode != Resume::Next => {
                self.set_generator_state(generator, GeneratorState::Completed);
                return finished(value, mode);
            }
            GeneratorState::Suspended(saved) => saved,
        };
        if let Err(e) = self.enter_native() {
            self.set_generator_state(generator, GeneratorState::Suspended(saved));
            return Err(e);
        }
        let saved_pc = self.cur_pc;
        if let Some(frame) = self.frames.last_mut() {
            frame.pc = self.cur_pc;
        }
        let result = self.run_resumed(generator, *saved, value, mode);
        let yielded = std::mem::take(&mut self.yielded);
        self.cur_pc = saved_pc;
        self.leave_native();
        match result {
            Ok(v) => {
                self.root(v);
                Ok(match yielded {
                    Some(false) => Step::Yielded(v),
                    Some(true) => Step::Delegated(v),
                    None => {
                        self.set_generator_state(generator, GeneratorState::Completed);
                        Step::Done(v)
                    }
                })
            }
            Err(e) => {
                self.set_generator_state(generator, GeneratorState::Completed);
                Err(e)
            }
        }
    }

    /// Pushes a saved frame back and runs it. The frame and its registers
    /// go onto the stacks before anything can allocate, so they are rooted.
    fn run_resumed(&mut self, generator: ObjRef, saved: SavedFrame, value: Value, mode: Resume) -> JsResult<Value> {
        let base = self.stack.len();
        self.stack.extend_from_slice(&saved.registers);
        if let Some(pair) = saved.resume {
            let r = base + pair.0 as usize;
            if let Some(slot) = self.stack.get_mut(r) {
                *slot = value;
            }
            if let Some(slot) = self.stack.get_mut(r + 1) {
                *slot = Value::Number(mode.code());
            }
        }
        self.frames.push(Frame {
            module: saved.module,
            function: saved.function,
            callee: Some(saved.callee),
            pc: saved.pc,
            base: base as u32,
            env: saved.env,
            env_depth: saved.env_depth,
            this: saved.this,
            dst: Reg(0),
            construct: false,
            entry: true,
            args: saved.args,
            generator: Some(generator),
            new_target: Value::Undefined,
        });
        self.cur_pc = saved.pc;
        self.yielded = None;
        if let Err(e) = self.reserve_stack(self.stack.len()) {
            self.unwind_entry();
            return Err(e);
        }
        if mode == Resume::Throw && !saved.delegating {
            // The exception is thrown at the `yield` (the instruction before
            // the saved pc).
            self.root(value);
            if !self.unwind_to_handler(value) {
                return Err(Abrupt::Throw(value));
            }
        }
        self.run()
    }
}

/// The result of resuming a generator that will not run again.
fn finished(value: Value, mode: Resume) -> JsResult<Step> {
    match mode {
        Resume::Next => Ok(Step::Done(Value::Undefined)),
        Resume::Return => Ok(Step::Done(value)),
        Resume::Throw => Err(Abrupt::Throw(value)),
    }
}
