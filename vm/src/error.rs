//! Abrupt completions: a thrown JavaScript value, which scripts may catch,
//! kept apart from a termination, which they never see; and the error
//! objects the VM throws, with their stack traces.

use crate::heap::object::{ObjectKind, PropertyKey};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Why a run was ended from outside the language. Scripts cannot catch these:
/// no `catch` or `finally` runs after one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Termination {
    OutOfGas,
    OutOfMemory,
    Timeout,
    OutputLimit,
    Interrupted,
    /// The host ended the run from a host function, for its own reason.
    Host(String),
    /// A bug in jsvm (an invariant did not hold). Never caused by a script on
    /// purpose; reported as an internal error.
    Internal(String),
}

/// A completion that is not normal.
#[derive(Clone, Debug)]
pub enum Abrupt {
    /// A `throw`: catchable.
    Throw(Value),
    /// A budget ran out or the host stopped the run: not catchable.
    Terminate(Termination),
}

impl From<Termination> for Abrupt {
    fn from(t: Termination) -> Abrupt {
        Abrupt::Terminate(t)
    }
}

pub type JsResult<T> = Result<T, Abrupt>;

/// The native error constructors, in the order the realm stores their
/// prototypes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    UriError,
    EvalError,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 7] = [
        ErrorKind::Error,
        ErrorKind::TypeError,
        ErrorKind::RangeError,
        ErrorKind::ReferenceError,
        ErrorKind::SyntaxError,
        ErrorKind::UriError,
        ErrorKind::EvalError,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Error => "Error",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::UriError => "URIError",
            ErrorKind::EvalError => "EvalError",
        }
    }
}

impl Vm {
    /// A new error object of `kind` with `message` and a stack trace, as a
    /// thrown completion (or the termination that stopped its creation).
    pub fn error(&mut self, kind: ErrorKind, message: &str) -> Abrupt {
        match self.make_error(kind, message) {
            Ok(v) => Abrupt::Throw(v),
            Err(e) => e,
        }
    }

    /// A new error object of `kind` with `message` and a stack trace.
    pub fn make_error(&mut self, kind: ErrorKind, message: &str) -> JsResult<Value> {
        let proto = self.realm.error_prototype(kind);
        let obj = self.alloc_object(Some(proto), ObjectKind::Error)?;
        if !message.is_empty() {
            let m = self.alloc_string(message)?;
            self.define_hidden(obj, PropertyKey::Atom(self.realm.names.message), Value::String(m))?;
        }
        self.attach_stack(obj, kind.name(), message)?;
        Ok(Value::Object(obj))
    }

    /// Defines `stack` on a new error object: its header line then one line
    /// per active frame.
    pub fn attach_stack(&mut self, obj: ObjRef, name: &str, message: &str) -> JsResult<()> {
        let mut text = if message.is_empty() { name.to_string() } else { format!("{name}: {message}") };
        let lines = self.stack_trace();
        self.charge(crate::gas::ERROR_CREATE + crate::gas::STACK_FRAME * lines.len() as u64)?;
        for line in lines {
            text.push_str("\n    at ");
            text.push_str(&line);
        }
        let s = self.alloc_string(&text)?;
        self.define_hidden(obj, PropertyKey::Atom(self.realm.names.stack), Value::String(s))
    }

    /// One line per active frame, innermost first: `f (main.js:3:7)`.
    pub fn stack_trace(&self) -> Vec<String> {
        let top = self.frames.len();
        let mut lines = Vec::new();
        for (i, frame) in self.frames.iter().enumerate().rev() {
            let pc = if i + 1 == top { self.cur_pc } else { frame.pc };
            let Some(m) = self.modules.get(frame.module as usize) else { continue };
            let Some(f) = m.module.functions.get(frame.function as usize) else { continue };
            let pos = f.position_at(pc.saturating_sub(1));
            let place = format!("{}:{}:{}", m.module.source_name, pos.line, pos.column);
            lines.push(match (f.kind, f.name.as_str()) {
                (crate::module::FunctionKind::Script, _) => place,
                (_, "") => format!("<anonymous> ({place})"),
                (_, name) => format!("{name} ({place})"),
            });
            if lines.len() >= 32 {
                break;
            }
        }
        lines
    }

    /// A stable description of a failed internal invariant.
    pub(crate) fn internal(&self, what: &str) -> Abrupt {
        Abrupt::Terminate(Termination::Internal(what.to_string()))
    }
}
