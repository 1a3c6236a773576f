//! Abrupt completions: a thrown JavaScript value, which scripts may catch,
//! kept apart from a termination, which they never see.

use crate::value::Value;

/// Why a run was ended from outside the language. Scripts cannot catch these:
/// no `catch` or `finally` runs after one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Termination {
    OutOfGas,
    OutOfMemory,
    Timeout,
    OutputLimit,
    Interrupted,
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
