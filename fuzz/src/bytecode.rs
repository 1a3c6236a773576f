//! What the bytecode targets (`load`, `load_mutated`, `roundtrip`) share:
//! running a loaded script, resealing a file after its bytes were changed,
//! and structure-aware mutations of a module.
//!
//! Bytecode from a file may do things no compiled script does (read a
//! register before writing it, jump into the middle of a loop, make a
//! closure whose environment has fewer slots than its code reads). The
//! verifier proves what it can; what depends on the run (environment depths
//! and slots, the kinds of values in registers) the interpreter checks, and
//! reports as an internal error. So for loaded bytecode any verdict is fine,
//! `RunError::Internal` included; a panic, a hang or a broken heap is not.

use arbitrary::Arbitrary;
use jsvm::{Limits, Script};
use jsvm_vm::isa::encode::Reader;
use jsvm_vm::isa::{Instr, Reg, Target};
use jsvm_vm::module::{Constant, FunctionKind, Handler, Module};

/// The limits of a run of loaded bytecode: gas 10⁵, memory 4 MiB.
pub fn load_limits() -> Limits {
    Limits { gas: 100_000, memory: 4 << 20, stack_depth: 200, output: 64 << 10, timeout: None }
}

/// Runs a loaded script in a fresh sandbox under `load_limits`: any verdict
/// is fine, and after the run one more full collection must leave the heap's
/// invariants intact.
pub fn run_loaded(script: &Script) {
    let mut sandbox = match jsvm::Sandbox::new(crate::engine(), load_limits()) {
        Ok(s) => s,
        Err(e) => panic!("Sandbox::new failed: {e}"),
    };
    sandbox.set_seed(1);
    let result = sandbox.run(script);
    sandbox.vm().collect_garbage();
    if let Err(e) = sandbox.vm().heap.check_invariants() {
        panic!("heap invariant broken after the run ({result:?}): {e}");
    }
}

/// Makes a changed file's header true again (its length and checksum), so
/// that the decoder and verifier see the change rather than a checksum
/// mismatch. Files shorter than the header stay as they are.
pub fn reseal(file: &mut [u8]) {
    const HEADER: usize = 20;
    let Some(body) = file.get(HEADER..) else { return };
    let length = u32::try_from(body.len()).unwrap_or(u32::MAX).to_le_bytes();
    let checksum = crc32fast::hash(body).to_le_bytes();
    file[12..16].copy_from_slice(&length);
    file[16..20].copy_from_slice(&checksum);
}

/// One change to a compiled module or to its encoding. Indices wrap around
/// the lengths they index, and new values stay near the valid ones, so most
/// mutations land somewhere meaningful.
#[derive(Arbitrary, Debug)]
pub enum Mutation {
    /// The `which`-th register operand of an instruction.
    Register {
        function: u8,
        pc: u16,
        which: u8,
        value: u16,
    },
    /// The `which`-th jump target of an instruction.
    Target {
        function: u8,
        pc: u16,
        which: u8,
        value: u16,
    },
    /// An instruction replaced by one decoded from `bytes`.
    Replace {
        function: u8,
        pc: u16,
        bytes: [u8; 8],
    },
    /// An instruction decoded from `bytes` inserted before `pc`.
    Insert {
        function: u8,
        pc: u16,
        bytes: [u8; 8],
    },
    Remove {
        function: u8,
        pc: u16,
    },
    RegisterCount {
        function: u8,
        value: u16,
    },
    ParamCount {
        function: u8,
        value: u16,
    },
    Kind {
        function: u8,
        kind: u8,
    },
    KeepsArguments {
        function: u8,
    },
    /// A number constant becomes a string, a string a number.
    FlipConstant {
        index: u16,
    },
    /// A handler's start, end, target or environment depth.
    Handler {
        function: u8,
        which: u8,
        field: u8,
        value: u16,
    },
    AddHandler {
        function: u8,
        start: u16,
        end: u16,
        target: u16,
        env_depth: u8,
    },
    SwapFunctions {
        a: u8,
        b: u8,
    },
    RemoveFunction {
        function: u8,
    },
    /// A byte of the encoded file (a count, a section length, an operand).
    Byte {
        offset: u32,
        value: u8,
    },
    /// The encoded file cut short.
    Truncate {
        length: u32,
    },
}

/// A compiled program and the mutations to apply to it (first, so that the
/// mutations get bytes before the program takes the rest).
#[derive(Arbitrary, Debug)]
pub struct MutatedProgram {
    pub mutations: Vec<Mutation>,
    pub program: crate::Program,
}

fn function_kind(byte: u8) -> FunctionKind {
    match byte % 7 {
        0 => FunctionKind::Script,
        1 => FunctionKind::Normal,
        2 => FunctionKind::Arrow,
        3 => FunctionKind::Method,
        4 => FunctionKind::Generator,
        5 => FunctionKind::ClassConstructor,
        _ => FunctionKind::DerivedConstructor,
    }
}

fn decode_instr(bytes: &[u8]) -> Option<Instr> {
    Instr::decode(&mut Reader::new(bytes)).ok()
}

fn near(value: u16, valid: usize) -> u16 {
    (usize::from(value) % (valid + 3)).min(usize::from(u16::MAX)) as u16
}

/// Applies the module-level mutations to `module`.
pub fn mutate_module(module: &mut Module, mutations: &[Mutation]) {
    for m in mutations {
        let count = module.functions.len();
        let pick = |f: u8| if count == 0 { None } else { Some(usize::from(f) % count) };
        match *m {
            Mutation::Register { function, pc, which, value } => {
                let Some(f) = pick(function).and_then(|i| module.functions.get_mut(i)) else { continue };
                let registers = usize::from(f.register_count);
                let len = f.code.len().max(1);
                if let Some(instr) = f.code.get_mut(usize::from(pc) % len) {
                    let mut n = 0;
                    instr.for_each_reg_mut(|r: &mut Reg| {
                        if n == which {
                            r.0 = near(value, registers);
                        }
                        n = n.wrapping_add(1);
                    });
                }
            }
            Mutation::Target { function, pc, which, value } => {
                let Some(f) = pick(function).and_then(|i| module.functions.get_mut(i)) else { continue };
                let len = f.code.len();
                if let Some(instr) = f.code.get_mut(usize::from(pc) % len.max(1)) {
                    let mut n = 0;
                    instr.for_each_target_mut(|t: &mut Target| {
                        if n == which {
                            t.0 = u32::from(near(value, len));
                        }
                        n = n.wrapping_add(1);
                    });
                }
            }
            Mutation::Replace { function, pc, bytes } => {
                let Some(f) = pick(function).and_then(|i| module.functions.get_mut(i)) else { continue };
                let len = f.code.len().max(1);
                if let (Some(slot), Some(instr)) = (f.code.get_mut(usize::from(pc) % len), decode_instr(&bytes)) {
                    *slot = instr;
                }
            }
            Mutation::Insert { function, pc, bytes } => {
                let Some(f) = pick(function).and_then(|i| module.functions.get_mut(i)) else { continue };
                if let Some(instr) = decode_instr(&bytes) {
                    let at = usize::from(pc) % (f.code.len() + 1);
                    f.code.insert(at, instr);
                }
            }
            Mutation::Remove { function, pc } => {
                let Some(f) = pick(function).and_then(|i| module.functions.get_mut(i)) else { continue };
                if !f.code.is_empty() {
                    let at = usize::from(pc) % f.code.len();
                    f.code.remove(at);
                }
            }
            Mutation::RegisterCount { function, value } => {
                let Some(f) = pick(function).and_then(|i| module.functions.get_mut(i)) else { continue };
                f.register_count = near(value, usize::from(f.register_count));
            }
            Mutation::ParamCount { function, value } => {
                let Some(f) = pick(function).and_then(|i| module.functions.get_mut(i)) else { continue };
                f.param_count = near(value, usize::from(f.register_count));
            }
            Mutation::Kind { function, kind } => {
                let Some(f) = pick(function).and_then(|i| module.functions.get_mut(i)) else { continue };
                f.kind = function_kind(kind);
            }
            Mutation::KeepsArguments { function } => {
                let Some(f) = pick(function).and_then(|i| module.functions.get_mut(i)) else { continue };
                f.keeps_arguments = !f.keeps_arguments;
            }
            Mutation::FlipConstant { index } => {
                let len = module.constants.len().max(1);
                if let Some(c) = module.constants.get_mut(usize::from(index) % len) {
                    *c = match c {
                        Constant::Number(n) => Constant::String(n.to_string().encode_utf16().collect()),
                        Constant::String(units) => Constant::Number(units.len() as f64),
                    };
                }
            }
            Mutation::Handler { function, which, field, value } => {
                let Some(f) = pick(function).and_then(|i| module.functions.get_mut(i)) else { continue };
                let len = f.code.len();
                let handlers = f.handlers.len().max(1);
                if let Some(h) = f.handlers.get_mut(usize::from(which) % handlers) {
                    let target = Target(u32::from(near(value, len)));
                    match field % 4 {
                        0 => h.start = target,
                        1 => h.end = target,
                        2 => h.target = target,
                        _ => h.env_depth = value % 8,
                    }
                }
            }
            Mutation::AddHandler { function, start, end, target, env_depth } => {
                let Some(f) = pick(function).and_then(|i| module.functions.get_mut(i)) else { continue };
                let len = f.code.len();
                let at = |v: u16| Target(u32::from(near(v, len)));
                let handler =
                    Handler { start: at(start), end: at(end), target: at(target), env_depth: u16::from(env_depth) };
                f.handlers.insert(0, handler);
            }
            Mutation::SwapFunctions { a, b } => {
                if let (Some(a), Some(b)) = (pick(a), pick(b)) {
                    module.functions.swap(a, b);
                }
            }
            Mutation::RemoveFunction { function } => {
                if let Some(i) = pick(function) {
                    module.functions.remove(i);
                }
            }
            Mutation::Byte { .. } | Mutation::Truncate { .. } => {}
        }
    }
}

/// Applies the byte-level mutations to an encoded file, then reseals it.
pub fn mutate_bytes(file: &mut Vec<u8>, mutations: &[Mutation]) {
    for m in mutations {
        match *m {
            Mutation::Byte { offset, value } if !file.is_empty() => {
                let at = offset as usize % file.len();
                file[at] = value;
            }
            Mutation::Truncate { length } if !file.is_empty() => file.truncate(length as usize % file.len()),
            _ => {}
        }
    }
    reseal(file);
}
