//! Gas metering on hand-assembled modules: every instruction is charged,
//! running out is a termination that no handler sees, and the count is
//! deterministic.

#![allow(clippy::expect_used)]

use jsvm_vm::isa::verify::{VerifiedModule, verify};
use jsvm_vm::isa::{Instr, Reg, Target};
use jsvm_vm::module::{FunctionKind, FunctionProto, Handler, Module, Position};
use jsvm_vm::{Abrupt, Limits, Termination, Vm};

fn module(code: Vec<Instr>, handlers: Vec<Handler>) -> VerifiedModule {
    let start = Position { line: 1, column: 1 };
    verify(Module {
        source_name: "test.js".to_string(),
        constants: Vec::new(),
        functions: vec![FunctionProto {
            name: String::new(),
            kind: FunctionKind::Script,
            param_count: 0,
            length: 0,
            register_count: 2,
            keeps_arguments: false,
            code,
            handlers,
            positions: Vec::new(),
            start,
        }],
    })
    .expect("verifies")
}

fn run(m: VerifiedModule, gas: u64) -> (Result<jsvm_vm::Value, Abrupt>, u64) {
    let mut vm = Vm::new(&Limits { gas, ..Limits::default() });
    let id = vm.load_module(&m).expect("load");
    let r = vm.run_module(id);
    (r, vm.gas_used())
}

#[test]
fn an_endless_loop_runs_out_of_gas() {
    let (r, used) = run(module(vec![Instr::Jump { target: Target(0) }], Vec::new()), 1_000_000);
    assert!(matches!(r, Err(Abrupt::Terminate(Termination::OutOfGas))));
    assert_eq!(used, 1_000_000);
}

#[test]
fn out_of_gas_cannot_be_caught() {
    // 0: Jump 0 (protected)   1: Catch r0   2: Return r0
    let code = vec![Instr::Jump { target: Target(0) }, Instr::Catch { dst: Reg(0) }, Instr::Return { src: Reg(0) }];
    let handlers = vec![Handler { start: Target(0), end: Target(1), target: Target(1), env_depth: 0 }];
    let (r, _) = run(module(code, handlers), 10_000);
    assert!(matches!(r, Err(Abrupt::Terminate(Termination::OutOfGas))));
}

#[test]
fn gas_use_is_deterministic() {
    let code = vec![Instr::LoadInt { dst: Reg(0), value: jsvm_vm::isa::Imm(1) }, Instr::Return { src: Reg(0) }];
    let (_, a) = run(module(code.clone(), Vec::new()), 1000);
    let (_, b) = run(module(code, Vec::new()), 1000);
    assert_eq!(a, b);
    assert_eq!(a, 2);
}

#[test]
fn a_throw_is_caught_by_its_handler() {
    // 0: LoadInt r0, 7   1: Throw r0 (protected)   2: Catch r1   3: Return r1
    let code = vec![
        Instr::LoadInt { dst: Reg(0), value: jsvm_vm::isa::Imm(7) },
        Instr::Throw { src: Reg(0) },
        Instr::Catch { dst: Reg(1) },
        Instr::Return { src: Reg(1) },
    ];
    let handlers = vec![Handler { start: Target(1), end: Target(2), target: Target(2), env_depth: 0 }];
    let (r, _) = run(module(code, handlers), 1000);
    assert!(matches!(r, Ok(jsvm_vm::Value::Number(n)) if n == 7.0));
}

/// Reaching an environment `d` links up the chain costs gas in proportion to
/// `d`: hand-made bytecode can name any depth, and a deep chain walked for
/// one unit per instruction would buy far more time than a unit.
#[test]
fn a_deep_environment_read_pays_for_its_walk() {
    use jsvm_vm::isa::{Count, Depth, Slot};
    let pushes = 2000;
    let gas_reading_at = |depth: u16| {
        let mut code = vec![Instr::PushEnv { slots: Count(1) }; pushes];
        code.push(Instr::GetEnv { dst: Reg(0), depth: Depth(depth), slot: Slot(0) });
        code.push(Instr::Return { src: Reg(0) });
        let (r, used) = run(module(code, Vec::new()), 1_000_000);
        assert!(r.is_ok(), "{r:?}");
        used
    };
    let walk = gas_reading_at(pushes as u16 - 1) - gas_reading_at(0);
    assert!(walk >= pushes as u64 / 2, "a walk of {} links cost {walk} gas", pushes - 1);
}

/// A depth past the end of the chain is an internal error, found without
/// walking the rest of the depth.
#[test]
fn a_depth_past_the_chain_is_an_error() {
    use jsvm_vm::isa::{Count, Depth, Slot};
    let code = vec![
        Instr::PushEnv { slots: Count(1) },
        Instr::GetEnv { dst: Reg(0), depth: Depth(u16::MAX), slot: Slot(0) },
        Instr::Return { src: Reg(0) },
    ];
    let (r, _) = run(module(code, Vec::new()), 1_000_000);
    assert!(matches!(r, Err(Abrupt::Terminate(Termination::Internal(_)))), "{r:?}");
}
