//! Host functions: Rust closures a script calls as global functions.
//!
//! A typed function (`|x: f64, y: f64| x + y`) gets its arguments converted
//! with [`FromJs`] (a wrong type is a `TypeError` in the script, naming
//! the function and the argument) and its result with [`IntoValue`]; it may
//! return `Result<T, HostError>` to throw or stop the run. A raw function
//! receives a [`HostContext`] (charge gas, read the budgets, print) and the
//! arguments as [`Value`]s.
//!
//! Every call into the host costs `HOST_CALL` gas, plus the copy of its
//! arguments and result (per node and per 16 code units). Host functions
//! cannot call back into the script: nothing in their reach can, so a call
//! into the host never re-enters the interpreter.

use std::sync::Arc;

use jsvm_vm::native::{Args, HostFn};
use jsvm_vm::{Abrupt, ErrorKind, JsResult, Limits, Termination, Vm};

use crate::marshal::{self, FromJs, OutError};
use crate::value::{IntoValue, Value, ValueError};

/// What a host function can do besides computing its result.
pub struct HostContext<'a> {
    vm: &'a mut Vm,
}

impl HostContext<'_> {
    /// Charges `gas` for work the host function is about to do; an error
    /// (out of gas) should be returned with `?`.
    pub fn charge(&mut self, gas: u64) -> Result<(), HostError> {
        self.vm.charge(gas).map_err(HostError::from_abrupt)
    }

    /// Gas used so far by the running entry (`run` or `call`).
    pub fn gas_used(&self) -> u64 {
        self.vm.gas_used()
    }

    /// Gas left to the running entry.
    pub fn gas_left(&self) -> u64 {
        self.vm.gas_limit().saturating_sub(self.vm.gas_used())
    }

    /// Live heap bytes of the sandbox.
    pub fn memory_used(&self) -> usize {
        self.vm.heap.bytes()
    }

    /// The limits of the running entry.
    pub fn limits(&self) -> Limits {
        self.vm.limits()
    }

    /// Writes `text` to the sandbox's output, against its output budget.
    pub fn print(&mut self, text: &str) -> Result<(), HostError> {
        self.vm.print(text).map_err(HostError::from_abrupt)
    }
}

/// A host function's failure: an exception thrown into the script, or the
/// end of the run.
#[derive(Debug)]
pub struct HostError(Failure);

#[derive(Debug)]
enum Failure {
    Throw(ErrorKind, String),
    Stop(String),
    Abrupt(Abrupt),
}

impl HostError {
    /// Throws a new error of `kind` with `message` (catchable by the script).
    pub fn throw(kind: ErrorKind, message: impl Into<String>) -> HostError {
        HostError(Failure::Throw(kind, message.into()))
    }

    /// Throws a `TypeError`.
    pub fn type_error(message: impl Into<String>) -> HostError {
        HostError::throw(ErrorKind::TypeError, message)
    }

    /// Throws a `RangeError`.
    pub fn range_error(message: impl Into<String>) -> HostError {
        HostError::throw(ErrorKind::RangeError, message)
    }

    /// Throws an `Error`.
    pub fn error(message: impl Into<String>) -> HostError {
        HostError::throw(ErrorKind::Error, message)
    }

    /// Ends the run: no script code runs after it, and the host sees
    /// [`RunError::Stopped`](crate::RunError::Stopped) with `reason`.
    pub fn terminate(reason: impl Into<String>) -> HostError {
        HostError(Failure::Stop(reason.into()))
    }

    fn from_abrupt(a: Abrupt) -> HostError {
        HostError(Failure::Abrupt(a))
    }

    fn into_abrupt(self, vm: &mut Vm) -> Abrupt {
        match self.0 {
            Failure::Throw(kind, message) => vm.error(kind, &message),
            Failure::Stop(reason) => Abrupt::Terminate(Termination::Host(reason)),
            Failure::Abrupt(a) => a,
        }
    }
}

impl From<ValueError> for HostError {
    fn from(e: ValueError) -> HostError {
        HostError::type_error(e.message())
    }
}

impl std::fmt::Display for HostError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Failure::Throw(kind, message) => write!(f, "{}: {message}", kind.name()),
            Failure::Stop(reason) => write!(f, "stopped: {reason}"),
            Failure::Abrupt(a) => write!(f, "{a:?}"),
        }
    }
}

impl std::error::Error for HostError {}

/// A typed host function's result: any [`IntoValue`] type, or a `Result`
/// of one with a [`HostError`].
pub trait IntoResult {
    #[doc(hidden)]
    fn into_result(self) -> Result<Value, HostError>;
}

impl<T: IntoValue> IntoResult for T {
    fn into_result(self) -> Result<Value, HostError> {
        Ok(self.into_value()?)
    }
}

impl<T: IntoValue> IntoResult for Result<T, HostError> {
    fn into_result(self) -> Result<Value, HostError> {
        Ok(self?.into_value()?)
    }
}

/// A closure that can be registered as a host function: `Fn(A, B, …) -> R`
/// with up to six [`FromJs`] parameters (any [`FromValue`](crate::FromValue)
/// type, or a [`Handle`](crate::Handle)) and an [`IntoResult`] result.
/// `Marker` tells the arities apart; it is inferred.
pub trait HostFunction<Marker>: Send + Sync + 'static {
    #[doc(hidden)]
    fn into_host_fn(self, name: &str) -> (u32, HostFn);
}

/// Hands a host function's result to the script: copied in, or its failure
/// thrown (or the run ended).
fn finish(vm: &mut Vm, result: Result<Value, HostError>) -> JsResult<jsvm_vm::Value> {
    match result {
        Ok(v) => marshal::into_script(vm, &v),
        Err(e) => Err(e.into_abrupt(vm)),
    }
}

macro_rules! host_functions {
    ($($count:literal: ($($a:ident $i:literal),*))*) => {$(
        impl<F, R, $($a,)*> HostFunction<($($a,)*)> for F
        where
            F: Fn($($a),*) -> R + Send + Sync + 'static,
            R: IntoResult,
            $($a: FromJs,)*
        {
            #[allow(non_snake_case, unused_variables)]
            fn into_host_fn(self, name: &str) -> (u32, HostFn) {
                let name = name.to_string();
                let f = move |vm: &mut Vm, args: &Args| -> JsResult<jsvm_vm::Value> {
                    vm.charge(jsvm_vm::gas::HOST_CALL)?;
                    $(
                        let $a = match $a::from_js(vm, args.get($i)) {
                            Ok(v) => v,
                            Err(OutError::Value(e)) => {
                                let message = format!("{name}: argument {}: {e}", $i + 1);
                                return Err(vm.error(ErrorKind::TypeError, &message));
                            }
                            Err(OutError::Abrupt(a)) => return Err(a),
                        };
                    )*
                    let result = self($($a),*).into_result();
                    finish(vm, result)
                };
                ($count, Arc::new(f))
            }
        }
    )*};
}

host_functions! {
    0: ()
    1: (A 0)
    2: (A 0, B 1)
    3: (A 0, B 1, C 2)
    4: (A 0, B 1, C 2, D 3)
    5: (A 0, B 1, C 2, D 3, E 4)
    6: (A 0, B 1, C 2, D 3, E 4, G 5)
}

/// A raw host function: the context and the arguments as values.
pub(crate) fn raw<F>(f: F) -> HostFn
where
    F: Fn(&mut HostContext<'_>, &[Value]) -> Result<Value, HostError> + Send + Sync + 'static,
{
    Arc::new(move |vm: &mut Vm, args: &Args| -> JsResult<jsvm_vm::Value> {
        vm.charge(jsvm_vm::gas::HOST_CALL)?;
        let mut values = Vec::with_capacity(args.len());
        for i in 0..args.len() {
            match Value::from_js(vm, args.get(i)) {
                Ok(v) => values.push(v),
                Err(OutError::Value(e)) => {
                    return Err(vm.error(ErrorKind::TypeError, &format!("argument {}: {e}", i + 1)));
                }
                Err(OutError::Abrupt(a)) => return Err(a),
            }
        }
        let result = f(&mut HostContext { vm }, &values);
        finish(vm, result)
    })
}
