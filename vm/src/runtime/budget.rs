//! The budgets of a run and where they are enforced: gas (charged before
//! the work it pays for, with a checkpoint every `CHECK_INTERVAL` gas where
//! the clock and the interrupt flag are read too), call depth (frames plus
//! native re-entries), and output.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::error::{Abrupt, ErrorKind, JsResult, Termination};
use crate::value::{JsStr, Value};
use crate::vm::{OutputSink, Vm};

/// The budgets of a run. Every limit has a default and can be changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Gas units; each instruction costs at least one.
    pub gas: u64,
    /// Bytes of live heap.
    pub memory: usize,
    /// JavaScript frames plus native re-entries.
    pub stack_depth: usize,
    /// Bytes printed.
    pub output: usize,
    /// Wall-clock time, if limited.
    pub timeout: Option<Duration>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { gas: 1_000_000_000, memory: 64 * 1024 * 1024, stack_depth: 10_000, output: 1024 * 1024, timeout: None }
    }
}

/// How deep natives may re-enter the interpreter on the Rust stack.
const MAX_NATIVE_REENTRY: usize = 256;
/// Gas between two checks of the clock and the interrupt flag.
const CHECK_INTERVAL: u64 = 10_000;

impl Vm {
    pub fn gas_used(&self) -> u64 {
        self.gas_used
    }

    pub fn gas_limit(&self) -> u64 {
        self.gas_limit
    }

    /// The limits in force now.
    pub fn limits(&self) -> Limits {
        Limits {
            gas: self.gas_limit,
            memory: self.heap.limit(),
            stack_depth: self.stack_limit,
            output: self.output_limit,
            timeout: self.timeout,
        }
    }

    /// Starts an entry from the host (a run or a call) under `limits`: a
    /// fresh gas budget, the output count from zero, the interrupt flag
    /// cleared (an interrupt stops the entry in progress only), the memory
    /// and depth limits set, and the clock started.
    pub fn begin_entry(&mut self, limits: &Limits) {
        self.gas_limit = limits.gas;
        self.gas_used = 0;
        self.output_used = 0;
        self.output_limit = limits.output;
        self.stack_limit = limits.stack_depth;
        self.timeout = limits.timeout;
        self.heap.set_limit(limits.memory);
        self.interrupt.store(false, Ordering::Relaxed);
        self.reset_checkpoint();
        self.start_clock();
    }

    /// The handle another thread can use to stop the run.
    pub fn interrupt_handle(&self) -> Arc<AtomicBool> {
        self.interrupt.clone()
    }

    pub fn set_output(&mut self, sink: OutputSink) {
        self.output = sink;
    }

    pub fn output_used(&self) -> usize {
        self.output_used
    }

    /// Starts the wall clock for an entry. A timeout too long to represent
    /// as an instant is no deadline at all.
    fn start_clock(&mut self) {
        self.deadline = self.timeout.and_then(|t| Instant::now().checked_add(t));
    }

    pub(crate) fn reset_checkpoint(&mut self) {
        self.gas_checkpoint = self.gas_limit.min(self.gas_used.saturating_add(CHECK_INTERVAL));
    }

    /// Runs `work` on a separate allowance of `gas` that the run's count
    /// does not see, with printing refused (a print ends `work` with the
    /// output limit): for the host's own use of script code after a run,
    /// such as formatting an uncaught exception.
    pub fn with_allowance<T>(&mut self, gas: u64, work: impl FnOnce(&mut Vm) -> JsResult<T>) -> JsResult<T> {
        let (used, limit, output_limit) = (self.gas_used, self.gas_limit, self.output_limit);
        self.gas_limit = used.saturating_add(gas);
        self.output_limit = self.output_used;
        self.reset_checkpoint();
        let result = work(self);
        (self.gas_used, self.gas_limit, self.output_limit) = (used, limit, output_limit);
        self.reset_checkpoint();
        result
    }

    /// Charges `amount` gas for work about to be done.
    pub fn charge(&mut self, amount: u64) -> JsResult<()> {
        self.gas_used = self.gas_used.saturating_add(amount);
        if self.gas_used > self.gas_checkpoint { self.check_budgets() } else { Ok(()) }
    }

    /// Charges for scanning or copying `units` string code units (one gas
    /// per 16): conversions, comparisons, concatenation and interning are
    /// linear in the string's length, so they pay for it.
    #[inline]
    pub fn charge_units(&mut self, units: usize) -> JsResult<()> {
        if units < 16 { Ok(()) } else { self.charge((units >> 4) as u64) }
    }

    /// Charges for a bulk copy of `units` code units into a string made in
    /// one allocation (one gas per 64): a straight copy of whole pieces runs
    /// at memory speed, a quarter of what scanning them costs (the
    /// template-pieces gas probe measured 0.20–0.37× the plain loop at one
    /// per 32).
    #[inline]
    pub fn charge_copied_units(&mut self, units: usize) -> JsResult<()> {
        if units < 64 { Ok(()) } else { self.charge((units >> 6) as u64) }
    }

    /// Charges for testing two values for equality when both are strings:
    /// only strings of equal length are compared unit by unit.
    #[inline]
    pub fn charge_equality(&mut self, a: Value, b: Value) -> JsResult<()> {
        match (a, b) {
            (Value::String(x), Value::String(y)) if x.len() == y.len() => self.charge_units(x.len() as usize),
            _ => Ok(()),
        }
    }

    /// Charges for comparing two values when both are strings.
    #[inline]
    pub fn charge_compare(&mut self, a: Value, b: Value) -> JsResult<()> {
        match (a, b) {
            (Value::String(x), Value::String(y)) => self.charge_units(x.len().min(y.len()) as usize),
            _ => Ok(()),
        }
    }

    /// Called when gas passes the checkpoint: out of gas, or time to look at
    /// the clock and the interrupt flag.
    #[cold]
    pub(crate) fn check_budgets(&mut self) -> JsResult<()> {
        if !self.metering {
            self.gas_used = 0;
        }
        if self.gas_used > self.gas_limit {
            self.gas_used = self.gas_limit;
            return Err(Termination::OutOfGas.into());
        }
        if self.interrupt.load(Ordering::Relaxed) {
            return Err(Termination::Interrupted.into());
        }
        if let Some(deadline) = self.deadline
            && Instant::now() >= deadline
        {
            return Err(Termination::Timeout.into());
        }
        self.reset_checkpoint();
        Ok(())
    }

    #[inline(always)]
    pub(crate) fn gas_checkpoint(&self) -> u64 {
        self.gas_checkpoint
    }

    #[inline(always)]
    pub(crate) fn gas_used_mut(&mut self) -> &mut u64 {
        &mut self.gas_used
    }

    /// Writes printed text, within the output budget.
    pub fn print(&mut self, text: &str) -> JsResult<()> {
        let total = self.output_used.saturating_add(text.len());
        if total > self.output_limit {
            let room = self.output_limit - self.output_used;
            let mut cut = room;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            (self.output)(&text[..cut]);
            self.output_used = self.output_limit;
            return Err(Termination::OutputLimit.into());
        }
        self.output_used = total;
        (self.output)(text);
        Ok(())
    }

    /// Prints a string piece by piece (no copy of the whole text is made),
    /// one gas per byte, within the output budget.
    pub fn print_string(&mut self, s: JsStr) -> JsResult<()> {
        const PIECE: usize = 16 * 1024;
        let mut from = 0;
        let len = s.len() as usize;
        while from < len {
            let units = self.heap.units(s);
            let mut to = (from + PIECE).min(len);
            // Keep a surrogate pair in one piece.
            if to < len && units.get(to - 1).is_some_and(|u| (0xD800..0xDC00).contains(u)) {
                to -= 1;
            }
            let text = String::from_utf16_lossy(units.get(from..to).unwrap_or(&[]));
            self.charge(text.len() as u64)?;
            self.print(&text)?;
            from = to;
        }
        Ok(())
    }

    /// The current call depth (frames plus native re-entries).
    pub fn depth(&self) -> usize {
        self.frames.len() + self.native_depth
    }

    pub(crate) fn check_depth(&mut self) -> JsResult<()> {
        if self.frames.len() + self.native_depth >= self.stack_limit {
            return Err(self.range_error_stack());
        }
        Ok(())
    }

    fn range_error_stack(&mut self) -> Abrupt {
        self.error(ErrorKind::RangeError, "Maximum call stack size exceeded")
    }

    /// Enters a native re-entry into the interpreter (bounded on the Rust stack).
    pub(crate) fn enter_native(&mut self) -> JsResult<()> {
        if self.native_depth >= MAX_NATIVE_REENTRY || self.frames.len() + self.native_depth >= self.stack_limit {
            return Err(self.range_error_stack());
        }
        self.native_depth += 1;
        Ok(())
    }

    pub(crate) fn leave_native(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
    }
}
