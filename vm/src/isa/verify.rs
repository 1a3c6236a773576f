//! The verifier: the one way into the VM. `verify` proves of a module what
//! the interpreter relies on without checking it again, and wraps it in a
//! `VerifiedModule`, the only thing `Vm::load_module` accepts. The compiler's
//! output and decoded files go through the same check.
//!
//! Proved here, per function: every register operand and register span lies
//! below the function's register count; every constant index is in the pool,
//! and a `Name` operand's constant is a string; every function index names a
//! function other than the top level; every jump target and handler lies
//! inside the code, and every handler starts with `Catch`; the code is not
//! empty and its last instruction does not fall through; generator-only
//! instructions appear only in generators; positions are in order. For the
//! module: function 0, and only it, is the top level, with no parameters.
//!
//! Not provable statically, and checked by the interpreter instead (an
//! internal error, never a panic): environment depths and slots, which
//! depend on the closure chain at run time, and the kinds of values in
//! registers.

use std::fmt;
use std::sync::Arc;

use super::{Instr, Operand, Rule};
use crate::module::{Constant, FunctionKind, FunctionProto, Module};

/// A module the verifier accepted.
#[derive(Clone, Debug)]
pub struct VerifiedModule(Arc<Module>);

impl VerifiedModule {
    pub fn module(&self) -> &Arc<Module> {
        &self.0
    }
}

/// What the verifier found wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifyRule {
    /// The module has no functions.
    NoFunctions,
    /// Function 0 is not the top level of a script.
    EntryNotScript,
    /// The top level declares parameters.
    EntryHasParameters,
    /// A function other than function 0 claims to be the top level.
    ScriptNotEntry,
    /// More parameters than registers.
    ParametersExceedRegisters,
    /// A function without instructions.
    EmptyCode,
    /// The last instruction can continue at the next one, past the end.
    FallsOffEnd,
    /// A register operand at or past the register count.
    Register { operand: &'static str, register: u32 },
    /// A register span or pair reaching past the register count.
    Span { operand: &'static str, end: u32 },
    /// A constant index outside the pool.
    Constant { operand: &'static str, index: u32 },
    /// A `Name` operand whose constant is not a string.
    NotAString { operand: &'static str, index: u32 },
    /// A function index outside the table, or the top level's.
    Function { operand: &'static str, index: u32 },
    /// A jump target outside the code.
    Target { operand: &'static str, target: u32 },
    /// A generator-only instruction outside a generator.
    GeneratorOnly,
    /// A handler whose protected range is empty or leaves the code.
    HandlerRange { handler: u32 },
    /// A handler whose target is outside the code or not a `Catch`.
    HandlerTarget { handler: u32 },
    /// Positions not in increasing pc order, or past the code.
    Positions,
}

impl fmt::Display for VerifyRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VerifyRule::NoFunctions => write!(f, "the module has no functions"),
            VerifyRule::EntryNotScript => write!(f, "function 0 is not a script's top level"),
            VerifyRule::EntryHasParameters => write!(f, "the top level has parameters"),
            VerifyRule::ScriptNotEntry => write!(f, "only function 0 may be a script's top level"),
            VerifyRule::ParametersExceedRegisters => write!(f, "more parameters than registers"),
            VerifyRule::EmptyCode => write!(f, "the function has no code"),
            VerifyRule::FallsOffEnd => write!(f, "execution can run past the last instruction"),
            VerifyRule::Register { operand, register } => write!(f, "register r{register} ({operand}) out of range"),
            VerifyRule::Span { operand, end } => {
                write!(f, "registers of {operand} reach r{} out of range", end.saturating_sub(1))
            }
            VerifyRule::Constant { operand, index } => write!(f, "constant k{index} ({operand}) out of range"),
            VerifyRule::NotAString { operand, index } => write!(f, "constant k{index} ({operand}) is not a string"),
            VerifyRule::Function { operand, index } => write!(f, "function fn{index} ({operand}) out of range"),
            VerifyRule::Target { operand, target } => write!(f, "jump target @{target} ({operand}) out of range"),
            VerifyRule::GeneratorOnly => write!(f, "a generator instruction outside a generator"),
            VerifyRule::HandlerRange { handler } => write!(f, "handler {handler} protects an invalid range"),
            VerifyRule::HandlerTarget { handler } => write!(f, "handler {handler} does not start at a Catch"),
            VerifyRule::Positions => write!(f, "source positions out of order"),
        }
    }
}

/// A rule broken, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    pub rule: VerifyRule,
    /// The function's index and name, when the rule concerns one.
    pub function: Option<(u32, String)>,
    /// The instruction's index, when the rule concerns one.
    pub pc: Option<u32>,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.rule)?;
        write_location(f, self.function.as_ref().map(|(i, n)| (*i, n.as_str())), self.pc)
    }
}

impl std::error::Error for VerifyError {}

/// ` (function NAME, pc N)`, naming an anonymous function by its index.
pub(crate) fn write_location(
    f: &mut fmt::Formatter<'_>,
    function: Option<(u32, &str)>,
    pc: Option<u32>,
) -> fmt::Result {
    match (function, pc) {
        (Some((index, name)), pc) => {
            if name.is_empty() {
                write!(f, " (function #{index}")?;
            } else {
                write!(f, " (function {name}")?;
            }
            match pc {
                Some(pc) => write!(f, ", pc {pc})"),
                None => write!(f, ")"),
            }
        }
        (None, Some(pc)) => write!(f, " (pc {pc})"),
        (None, None) => Ok(()),
    }
}

/// Checks `module` against every rule; the first broken one is the error.
pub fn verify(module: Module) -> Result<VerifiedModule, VerifyError> {
    check_module(&module)?;
    Ok(VerifiedModule(Arc::new(module)))
}

fn check_module(module: &Module) -> Result<(), VerifyError> {
    let fail = |rule| VerifyError { rule, function: None, pc: None };
    let Some(entry) = module.functions.first() else { return Err(fail(VerifyRule::NoFunctions)) };
    let at_entry = |rule| VerifyError { rule, function: Some((0, entry.name.clone())), pc: None };
    if entry.kind != FunctionKind::Script {
        return Err(at_entry(VerifyRule::EntryNotScript));
    }
    if entry.param_count != 0 {
        return Err(at_entry(VerifyRule::EntryHasParameters));
    }
    for (index, function) in module.functions.iter().enumerate() {
        FunctionCheck { module, function, index: index as u32 }.run()?;
    }
    Ok(())
}

struct FunctionCheck<'a> {
    module: &'a Module,
    function: &'a FunctionProto,
    index: u32,
}

impl FunctionCheck<'_> {
    fn error(&self, rule: VerifyRule, pc: Option<usize>) -> VerifyError {
        VerifyError { rule, function: Some((self.index, self.function.name.clone())), pc: pc.map(|pc| pc as u32) }
    }

    fn run(&self) -> Result<(), VerifyError> {
        let f = self.function;
        if self.index != 0 && f.kind == FunctionKind::Script {
            return Err(self.error(VerifyRule::ScriptNotEntry, None));
        }
        if f.param_count > f.register_count {
            return Err(self.error(VerifyRule::ParametersExceedRegisters, None));
        }
        let Some(last) = f.code.last() else { return Err(self.error(VerifyRule::EmptyCode, None)) };
        if !last.rules().contains(&Rule::NoFallThrough) {
            return Err(self.error(VerifyRule::FallsOffEnd, Some(f.code.len() - 1)));
        }
        let is_generator = f.kind == FunctionKind::Generator;
        for (pc, instr) in f.code.iter().enumerate() {
            if !is_generator && instr.rules().contains(&Rule::GeneratorOnly) {
                return Err(self.error(VerifyRule::GeneratorOnly, Some(pc)));
            }
            let mut result = Ok(());
            instr.for_each_operand(|name, operand| {
                if result.is_ok() {
                    result = self.operand(name, operand);
                }
            });
            result.map_err(|rule| self.error(rule, Some(pc)))?;
        }
        let len = f.code.len() as u32;
        for (i, h) in f.handlers.iter().enumerate() {
            let handler = i as u32;
            if h.start.0 >= h.end.0 || h.end.0 > len {
                return Err(self.error(VerifyRule::HandlerRange { handler }, None));
            }
            if !matches!(f.code.get(h.target.0 as usize), Some(Instr::Catch { .. })) {
                return Err(self.error(VerifyRule::HandlerTarget { handler }, None));
            }
        }
        let ordered = f.positions.windows(2).all(|w| w[0].0 < w[1].0);
        if !ordered || f.positions.last().is_some_and(|(pc, _)| *pc >= len) {
            return Err(self.error(VerifyRule::Positions, None));
        }
        Ok(())
    }

    /// The check of one operand on its own.
    fn operand(&self, operand: &'static str, value: Operand) -> Result<(), VerifyRule> {
        let registers = u32::from(self.function.register_count);
        let span = |first: u16, count: u32| {
            let end = u32::from(first) + count;
            if end <= registers { Ok(()) } else { Err(VerifyRule::Span { operand, end }) }
        };
        match value {
            Operand::Reg(r) if u32::from(r.0) >= registers => {
                Err(VerifyRule::Register { operand, register: u32::from(r.0) })
            }
            Operand::RegPair(r) => span(r.0, 2),
            Operand::RegSpan(s) => span(s.first.0, u32::from(s.count)),
            Operand::Const(k) if k.0 as usize >= self.module.constants.len() => {
                Err(VerifyRule::Constant { operand, index: k.0 })
            }
            Operand::Name(k) => match self.module.constants.get(k.0 as usize) {
                None => Err(VerifyRule::Constant { operand, index: k.0 }),
                Some(Constant::Number(_)) => Err(VerifyRule::NotAString { operand, index: k.0 }),
                Some(Constant::String(_)) => Ok(()),
            },
            Operand::Func(x) if x.0 == 0 || x.0 as usize >= self.module.functions.len() => {
                Err(VerifyRule::Function { operand, index: x.0 })
            }
            Operand::Target(t) if t.0 as usize >= self.function.code.len() => {
                Err(VerifyRule::Target { operand, target: t.0 })
            }
            _ => Ok(()),
        }
    }
}
