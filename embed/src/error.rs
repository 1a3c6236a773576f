//! How an entry into a sandbox ends other than normally: the verdicts a
//! host sees ([`RunError`]), and an uncaught exception as structured data
//! ([`Exception`], [`StackFrame`]).

use std::fmt;

use crate::value::{Value, ValueError};

/// How a run or call ended other than normally. Every variant but
/// `Uncaught` and `Convert` is a termination: no script code saw it.
#[derive(Clone, Debug, PartialEq)]
pub enum RunError {
    /// The script threw and nothing caught it.
    Uncaught(Box<Exception>),
    /// The entry used all its gas.
    OutOfGas {
        /// The entry's gas budget.
        limit: u64,
    },
    /// The live heap would have passed the memory budget.
    OutOfMemory {
        /// The budget in bytes.
        limit: usize,
    },
    /// The entry ran past its time budget.
    Timeout {
        /// The budget in seconds.
        seconds: f64,
    },
    /// The entry printed more than its output budget.
    OutputLimit {
        /// The budget in bytes.
        limit: usize,
    },
    /// An [`InterruptHandle`](crate::InterruptHandle) stopped the run.
    Interrupted,
    /// A host function ended the run ([`HostError::terminate`](crate::HostError::terminate)),
    /// with its reason.
    Stopped(String),
    /// The script's result could not be converted to the type the host asked
    /// for (a function where a number was expected, a cycle, …).
    Convert(ValueError),
    /// A bug in jsvm.
    Internal(String),
}

impl RunError {
    /// The verdict's name, as `jsvm exec --json` reports it.
    pub fn verdict(&self) -> &'static str {
        match self {
            RunError::Uncaught(_) => "uncaught_exception",
            RunError::OutOfGas { .. } => "out_of_gas",
            RunError::OutOfMemory { .. } => "out_of_memory",
            RunError::Timeout { .. } => "timeout",
            RunError::OutputLimit { .. } => "output_limit",
            RunError::Interrupted => "interrupted",
            RunError::Stopped(_) => "stopped",
            RunError::Convert(_) => "conversion_error",
            RunError::Internal(_) => "internal_error",
        }
    }
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Uncaught(e) => write!(f, "Uncaught {}", e.text),
            RunError::OutOfGas { limit } => write!(f, "jsvm: out of gas (limit {limit})"),
            RunError::OutOfMemory { limit } => write!(f, "jsvm: out of memory (limit {limit} bytes)"),
            RunError::Timeout { seconds } => write!(f, "jsvm: timeout after {seconds}s"),
            RunError::OutputLimit { limit } => write!(f, "jsvm: output limit reached ({limit} bytes)"),
            RunError::Interrupted => write!(f, "jsvm: interrupted"),
            RunError::Stopped(reason) => write!(f, "jsvm: stopped by the host: {reason}"),
            RunError::Convert(e) => write!(f, "jsvm: the result could not be converted: {e}"),
            RunError::Internal(what) => write!(f, "jsvm: internal error: {what}"),
        }
    }
}

impl std::error::Error for RunError {}

/// An exception no script code caught.
///
/// ```
/// use jsvm::{Engine, Limits, RunError, Sandbox, Value};
///
/// let engine = Engine::new();
/// let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
/// let script = engine.compile("function check(n) {\n  if (n < 0) throw new RangeError('negative: ' + n)\n}\ncheck(-1)", "check.js").unwrap();
/// let Err(RunError::Uncaught(e)) = sandbox.run(&script) else { panic!() };
/// assert_eq!((e.name.as_str(), e.message.as_str()), ("RangeError", "negative: -1"));
/// assert_eq!((e.frames[0].function.as_str(), e.frames[0].line, e.frames[1].line), ("check", 2, 4));
/// assert!(e.text.starts_with("RangeError: negative: -1\n    at check (check.js:2:"));
///
/// let thrown = engine.compile("throw { code: 42 }", "t.js").unwrap();
/// let Err(RunError::Uncaught(e)) = sandbox.run(&thrown) else { panic!() };
/// assert_eq!(e.value.unwrap().get("code"), Some(&Value::Number(42.0)));
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Exception {
    /// The error's `name` (`"TypeError"`), or empty when the thrown value is
    /// not an object with a string `name`.
    pub name: String,
    /// The error's `message`; for a thrown primitive, its text.
    pub message: String,
    /// Where the error was made, innermost call first (read from its
    /// `stack`; empty for a value that is not an error).
    pub frames: Vec<StackFrame>,
    /// The exception as the CLI prints it after `Uncaught `: the error's
    /// stack, or the value's text (cut at the sandbox's output limit).
    pub text: String,
    /// A copy of the thrown value when it is plain data (`throw {code: 42}`).
    pub value: Option<Value>,
}

/// One line of a stack trace.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StackFrame {
    /// The function's name; empty for the top level or an anonymous function.
    pub function: String,
    /// The script's file name, as given to `compile`.
    pub file: String,
    /// 1-based.
    pub line: u32,
    /// 1-based, in characters.
    pub column: u32,
}

impl StackFrame {
    /// Reads one `    at …` line of a jsvm stack trace: `f (main.js:3:7)`,
    /// `<anonymous> (main.js:3:7)` or `main.js:3:7`.
    pub(crate) fn parse(line: &str) -> Option<StackFrame> {
        let line = line.trim_start().strip_prefix("at ")?;
        let (function, place) = match line.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
            Some((name, place)) => (if name == "<anonymous>" { "" } else { name }, place),
            None => ("", line),
        };
        let (rest, column) = place.rsplit_once(':')?;
        let (file, line) = rest.rsplit_once(':')?;
        Some(StackFrame {
            function: function.to_string(),
            file: file.to_string(),
            line: line.parse().ok()?,
            column: column.parse().ok()?,
        })
    }
}

impl fmt::Display for StackFrame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.function.as_str() {
            "" => write!(f, "{}:{}:{}", self.file, self.line, self.column),
            name => write!(f, "{name} ({}:{}:{})", self.file, self.line, self.column),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stack_lines_parse_into_frames() {
        let f = StackFrame::parse("    at inner (lib/a b.js:3:7)").unwrap();
        assert_eq!((f.function.as_str(), f.file.as_str(), f.line, f.column), ("inner", "lib/a b.js", 3, 7));
        let top = StackFrame::parse("    at main.js:10:1").unwrap();
        assert_eq!((top.function.as_str(), top.file.as_str(), top.line), ("", "main.js", 10));
        let anonymous = StackFrame::parse("    at <anonymous> (x.js:1:2)").unwrap();
        assert_eq!(anonymous.function, "");
        assert_eq!(StackFrame::parse("TypeError: x"), None);
    }
}
