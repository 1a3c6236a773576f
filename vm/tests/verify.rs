//! The verifier, one rule at a time: each test breaks exactly one rule of a
//! module the verifier accepts and checks that the verifier names that rule,
//! the function and the instruction.

#![allow(clippy::expect_used, clippy::panic)]

use jsvm_vm::isa::verify::{VerifyError, VerifyRule, verify};
use jsvm_vm::isa::{Const, Func, Instr, Name, Reg, RegPair, RegSpan, Target};
use jsvm_vm::module::{Constant, FunctionKind, FunctionProto, Handler, Module, Position};

const START: Position = Position { line: 1, column: 1 };

fn proto(name: &str, kind: FunctionKind, code: Vec<Instr>) -> FunctionProto {
    FunctionProto {
        name: name.into(),
        kind,
        param_count: 0,
        length: 0,
        register_count: 4,
        keeps_arguments: false,
        code,
        handlers: Vec::new(),
        positions: vec![(0, START)],
        start: START,
    }
}

/// A script whose top level makes a closure of function 1 and calls it
/// inside a try, and a generator function 2 that yields once.
fn valid() -> Module {
    let top = FunctionProto {
        handlers: vec![Handler { start: Target(1), end: Target(3), target: Target(4), env_depth: 0 }],
        ..proto(
            "",
            FunctionKind::Script,
            vec![
                Instr::GetGlobal { dst: Reg(2), name: Name(1) },
                Instr::Closure { dst: Reg(0), func: Func(1) },
                Instr::Call { dst: Reg(0), callee: Reg(0), this: Reg(1), args: RegSpan { first: Reg(2), count: 2 } },
                Instr::Return { src: Reg(0) },
                Instr::Catch { dst: Reg(0) },
                Instr::Return { src: Reg(0) },
            ],
        )
    };
    let f = proto(
        "f",
        FunctionKind::Normal,
        vec![Instr::LoadConst { dst: Reg(0), k: Const(0) }, Instr::Return { src: Reg(0) }],
    );
    let g = proto(
        "g",
        FunctionKind::Generator,
        vec![Instr::InitialYield {}, Instr::Yield { value: Reg(0), resume: RegPair(2) }, Instr::Return { src: Reg(0) }],
    );
    Module {
        source_name: "t.js".into(),
        constants: vec![Constant::Number(1.0), Constant::String("x".encode_utf16().collect())],
        functions: vec![top, f, g],
    }
}

#[track_caller]
fn refused(module: Module) -> VerifyError {
    match verify(module) {
        Ok(_) => panic!("the verifier accepted a module that breaks a rule"),
        Err(e) => e,
    }
}

#[track_caller]
fn assert_refused(module: Module, rule: VerifyRule, function: Option<u32>, pc: Option<u32>) {
    let e = refused(module);
    assert_eq!((&e.rule, e.function.as_ref().map(|(i, _)| *i), e.pc), (&rule, function, pc), "{e}");
}

#[test]
fn the_valid_module_is_accepted() {
    assert!(verify(valid()).is_ok());
}

#[test]
fn no_functions() {
    let m = Module { functions: Vec::new(), ..valid() };
    assert_refused(m, VerifyRule::NoFunctions, None, None);
}

#[test]
fn entry_not_script() {
    let mut m = valid();
    m.functions[0].kind = FunctionKind::Normal;
    assert_refused(m, VerifyRule::EntryNotScript, Some(0), None);
}

#[test]
fn entry_has_parameters() {
    let mut m = valid();
    m.functions[0].param_count = 1;
    assert_refused(m, VerifyRule::EntryHasParameters, Some(0), None);
}

#[test]
fn script_not_entry() {
    let mut m = valid();
    m.functions[1].kind = FunctionKind::Script;
    assert_refused(m, VerifyRule::ScriptNotEntry, Some(1), None);
}

#[test]
fn parameters_exceed_registers() {
    let mut m = valid();
    m.functions[1].param_count = 5;
    assert_refused(m, VerifyRule::ParametersExceedRegisters, Some(1), None);
}

#[test]
fn empty_code() {
    let mut m = valid();
    m.functions[1].code.clear();
    m.functions[1].positions.clear();
    assert_refused(m, VerifyRule::EmptyCode, Some(1), None);
}

#[test]
fn falls_off_end() {
    let mut m = valid();
    m.functions[1].code.pop();
    assert_refused(m, VerifyRule::FallsOffEnd, Some(1), Some(0));
    // A conditional jump falls through when its condition is false.
    let mut m = valid();
    m.functions[1].code[1] = Instr::JumpIfTrue { cond: Reg(0), target: Target(0) };
    assert_refused(m, VerifyRule::FallsOffEnd, Some(1), Some(1));
}

#[test]
fn register() {
    let mut m = valid();
    m.functions[1].code[0] = Instr::LoadConst { dst: Reg(4), k: Const(0) };
    assert_refused(m, VerifyRule::Register { operand: "dst", register: 4 }, Some(1), Some(0));
}

#[test]
fn span() {
    let mut m = valid();
    m.functions[0].code[2] =
        Instr::Call { dst: Reg(0), callee: Reg(0), this: Reg(1), args: RegSpan { first: Reg(2), count: 3 } };
    assert_refused(m, VerifyRule::Span { operand: "args", end: 5 }, Some(0), Some(2));
    // A pair's second register counts too.
    let mut m = valid();
    m.functions[2].code[1] = Instr::Yield { value: Reg(0), resume: RegPair(3) };
    assert_refused(m, VerifyRule::Span { operand: "resume", end: 5 }, Some(2), Some(1));
    // The highest first register cannot wrap around.
    let mut m = valid();
    m.functions[2].code[1] = Instr::Yield { value: Reg(0), resume: RegPair(u16::MAX) };
    assert!(matches!(refused(m).rule, VerifyRule::Span { .. }));
}

#[test]
fn constant() {
    let mut m = valid();
    m.functions[1].code[0] = Instr::LoadConst { dst: Reg(0), k: Const(2) };
    assert_refused(m, VerifyRule::Constant { operand: "k", index: 2 }, Some(1), Some(0));
}

#[test]
fn not_a_string() {
    let mut m = valid();
    m.functions[0].code[0] = Instr::GetGlobal { dst: Reg(2), name: Name(0) };
    assert_refused(m, VerifyRule::NotAString { operand: "name", index: 0 }, Some(0), Some(0));
}

#[test]
fn function_index() {
    let mut m = valid();
    m.functions[0].code[1] = Instr::Closure { dst: Reg(0), func: Func(3) };
    assert_refused(m.clone(), VerifyRule::Function { operand: "func", index: 3 }, Some(0), Some(1));
    // The top level is never a closure.
    m.functions[0].code[1] = Instr::Closure { dst: Reg(0), func: Func(0) };
    assert_refused(m, VerifyRule::Function { operand: "func", index: 0 }, Some(0), Some(1));
}

#[test]
fn target() {
    let mut m = valid();
    m.functions[1].code[1] = Instr::Jump { target: Target(2) };
    assert_refused(m, VerifyRule::Target { operand: "target", target: 2 }, Some(1), Some(1));
}

#[test]
fn generator_only() {
    let mut m = valid();
    m.functions[2].kind = FunctionKind::Normal;
    assert_refused(m, VerifyRule::GeneratorOnly, Some(2), Some(0));
}

#[test]
fn handler_range() {
    let mut m = valid();
    m.functions[0].handlers[0].end = Target(1);
    assert_refused(m.clone(), VerifyRule::HandlerRange { handler: 0 }, Some(0), None);
    m.functions[0].handlers[0].end = Target(7);
    assert_refused(m, VerifyRule::HandlerRange { handler: 0 }, Some(0), None);
}

#[test]
fn handler_target() {
    let mut m = valid();
    m.functions[0].handlers[0].target = Target(3);
    assert_refused(m.clone(), VerifyRule::HandlerTarget { handler: 0 }, Some(0), None);
    m.functions[0].handlers[0].target = Target(6);
    assert_refused(m, VerifyRule::HandlerTarget { handler: 0 }, Some(0), None);
}

#[test]
fn positions() {
    let mut m = valid();
    m.functions[0].positions = vec![(2, START), (1, START)];
    assert_refused(m.clone(), VerifyRule::Positions, Some(0), None);
    m.functions[0].positions = vec![(6, START)];
    assert_refused(m, VerifyRule::Positions, Some(0), None);
}

#[test]
fn errors_name_the_function_and_the_instruction() {
    let mut m = valid();
    m.functions[1].code[0] = Instr::LoadConst { dst: Reg(9), k: Const(0) };
    assert_eq!(refused(m).to_string(), "register r9 (dst) out of range (function f, pc 0)");
    let mut m = valid();
    m.functions[0].code[1] = Instr::Closure { dst: Reg(0), func: Func(3) };
    assert_eq!(refused(m).to_string(), "function fn3 (func) out of range (function #0, pc 1)");
}
