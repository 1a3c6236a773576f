//! The low-level emitter of one function's code: the instruction vector,
//! register allocation (a stack: locals and temporaries are released by
//! restoring a mark), labels with jump patching, exception-handler ranges,
//! source positions, and the module-wide constant pool with deduplication.
//!
//! Invariant owned here: every register the code names is below
//! `register_count`, every jump target is bound, and nothing panics on
//! oversized input — overflows become `CompileError`s.

use jsvm_vm::isa::{Const, Instr, Name, Reg, Target};
use jsvm_vm::module::{Constant, Handler, Position};
use rustc_hash::FxHashMap;

use crate::CompileError;

/// A forward or backward jump destination inside one function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(usize);

/// The constant pool shared by every function of the module.
#[derive(Default)]
pub(crate) struct ConstPool {
    pub list: Vec<Constant>,
    numbers: FxHashMap<u64, u32>,
    strings: FxHashMap<Vec<u16>, u32>,
}

impl ConstPool {
    pub fn number(&mut self, n: f64) -> Result<Const, CompileError> {
        if let Some(&k) = self.numbers.get(&n.to_bits()) {
            return Ok(Const(k));
        }
        let k = self.next_index()?;
        self.list.push(Constant::Number(n));
        self.numbers.insert(n.to_bits(), k);
        Ok(Const(k))
    }

    pub fn string_units(&mut self, units: Vec<u16>) -> Result<Name, CompileError> {
        if let Some(&k) = self.strings.get(&units) {
            return Ok(Name(k));
        }
        let k = self.next_index()?;
        self.list.push(Constant::String(units.clone()));
        self.strings.insert(units, k);
        Ok(Name(k))
    }

    pub fn string(&mut self, s: &str) -> Result<Name, CompileError> {
        self.string_units(s.encode_utf16().collect())
    }

    fn next_index(&self) -> Result<u32, CompileError> {
        u32::try_from(self.list.len()).map_err(|_| CompileError::internal("too many constants"))
    }
}

/// What a constant register holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ConstLoad {
    Int(i32),
    Const(Const),
}

/// Constant registers are numbered from here while the function is built,
/// then renumbered after its last ordinary register.
const CONST_REG_BASE: u32 = 0xC000;
/// The most constant registers one function gets.
const MAX_CONST_REGS: usize = 256;

/// A handler range waiting for its target label to be bound.
struct PendingHandler {
    start: u32,
    end: u32,
    target: Label,
    env_depth: u16,
}

/// One function's code under construction.
pub(crate) struct Builder {
    pub code: Vec<Instr>,
    positions: Vec<(u32, Position)>,
    handlers: Vec<PendingHandler>,
    labels: Vec<Option<u32>>,
    fixups: Vec<(usize, Label)>,
    next_reg: u32,
    max_reg: u32,
    /// Constants loaded once at function entry into registers of their own
    /// (literals used inside loops), in order of first use.
    const_regs: Vec<ConstLoad>,
    const_index: FxHashMap<ConstLoad, u32>,
}

impl Builder {
    pub fn new(first_free_register: u16) -> Builder {
        Builder {
            code: Vec::new(),
            positions: Vec::new(),
            handlers: Vec::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            next_reg: u32::from(first_free_register),
            max_reg: u32::from(first_free_register),
            const_regs: Vec::new(),
            const_index: FxHashMap::default(),
        }
    }

    pub fn pc(&self) -> u32 {
        // Code longer than u32::MAX instructions cannot come from a source
        // that fits in memory; saturate rather than panic.
        u32::try_from(self.code.len()).unwrap_or(u32::MAX)
    }

    pub fn emit(&mut self, instr: Instr) {
        self.code.push(instr);
    }

    // ----- registers -----

    /// The current top of the register stack, to restore with `release`.
    pub fn mark(&self) -> u32 {
        self.next_reg
    }

    pub fn release(&mut self, mark: u32) {
        self.next_reg = mark;
    }

    /// Allocates `n` consecutive fresh registers and returns the first.
    pub fn alloc(&mut self, n: u32) -> Result<Reg, CompileError> {
        let first = self.next_reg;
        let end = first.saturating_add(n);
        if end > CONST_REG_BASE {
            return Err(CompileError::internal("function too large"));
        }
        self.next_reg = end;
        self.max_reg = self.max_reg.max(end);
        Ok(Reg(u16::try_from(first).unwrap_or(u16::MAX)))
    }

    pub fn temp(&mut self) -> Result<Reg, CompileError> {
        self.alloc(1)
    }

    /// A register that holds `load` for the whole call, loaded once at entry;
    /// `None` when the function has used up its constant registers.
    pub fn const_reg(&mut self, load: ConstLoad) -> Option<Reg> {
        let index = match self.const_index.get(&load) {
            Some(&i) => i,
            None => {
                if self.const_regs.len() >= MAX_CONST_REGS {
                    return None;
                }
                self.const_regs.push(load);
                let i = (self.const_regs.len() - 1) as u32;
                self.const_index.insert(load, i);
                i
            }
        };
        u16::try_from(CONST_REG_BASE + index).ok().map(Reg)
    }

    // ----- labels and jumps -----

    pub fn label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    pub fn bind(&mut self, label: Label) {
        let pc = self.pc();
        if let Some(slot) = self.labels.get_mut(label.0) {
            *slot = Some(pc);
        }
    }

    /// Emits a jump-like instruction whose target is `label` (patched later).
    pub fn emit_jump(&mut self, instr: Instr, label: Label) {
        self.fixups.push((self.code.len(), label));
        self.code.push(instr);
    }

    // ----- handlers -----

    /// Protects `[start, end)` minus `holes` with the handler at `target`.
    pub fn add_handler(&mut self, start: u32, end: u32, holes: &[(u32, u32)], target: Label, env_depth: u16) {
        let mut holes: Vec<(u32, u32)> = holes.to_vec();
        holes.sort_unstable();
        let mut from = start;
        for (hs, he) in holes {
            if hs > from {
                self.push_handler(from, hs.min(end), target, env_depth);
            }
            from = from.max(he);
        }
        if from < end {
            self.push_handler(from, end, target, env_depth);
        }
    }

    fn push_handler(&mut self, start: u32, end: u32, target: Label, env_depth: u16) {
        if start < end {
            self.handlers.push(PendingHandler { start, end, target, env_depth });
        }
    }

    // ----- positions -----

    pub fn set_position(&mut self, position: Position) {
        let pc = self.pc();
        match self.positions.last_mut() {
            Some((_, last)) if *last == position => {}
            Some((last_pc, last)) if *last_pc == pc => *last = position,
            _ => self.positions.push((pc, position)),
        }
    }

    /// Resolves labels and returns (code, handlers, positions, register_count).
    pub fn finish(mut self) -> Result<Finished, CompileError> {
        for (index, label) in std::mem::take(&mut self.fixups) {
            let target =
                self.labels.get(label.0).copied().flatten().ok_or_else(|| CompileError::internal("unbound label"))?;
            if let Some(instr) = self.code.get_mut(index) {
                patch_target(instr, Target(target));
            }
        }
        let mut handlers = Vec::with_capacity(self.handlers.len());
        for h in &self.handlers {
            let target = self
                .labels
                .get(h.target.0)
                .copied()
                .flatten()
                .ok_or_else(|| CompileError::internal("unbound handler label"))?;
            handlers.push(Handler {
                start: Target(h.start),
                end: Target(h.end),
                target: Target(target),
                env_depth: h.env_depth,
            });
        }
        let total = self.max_reg as usize + self.const_regs.len();
        let register_count = u16::try_from(total).map_err(|_| CompileError::internal("function too large"))?;
        let mut code = self.code;
        let mut positions = self.positions;
        if !self.const_regs.is_empty() {
            // Give the constant registers their final numbers after the
            // ordinary ones, and put their loads in front of the code.
            let first = self.max_reg;
            for instr in &mut code {
                instr.for_each_reg_mut(|r| {
                    if u32::from(r.0) >= CONST_REG_BASE {
                        *r = Reg((u32::from(r.0) - CONST_REG_BASE + first) as u16);
                    }
                });
            }
            let shift = self.const_regs.len() as u32;
            for instr in &mut code {
                instr.for_each_target_mut(|t| t.0 += shift);
            }
            for h in &mut handlers {
                for t in [&mut h.start, &mut h.end, &mut h.target] {
                    t.0 += shift;
                }
            }
            for (pc, _) in &mut positions {
                *pc += shift;
            }
            let preamble = self.const_regs.iter().enumerate().map(|(i, load)| {
                let dst = Reg((first as usize + i) as u16);
                match *load {
                    ConstLoad::Int(value) => Instr::LoadInt { dst, value: jsvm_vm::isa::Imm(value) },
                    ConstLoad::Const(k) => Instr::LoadConst { dst, k },
                }
            });
            code.splice(0..0, preamble);
        }
        Ok(Finished { code, handlers, positions, register_count })
    }
}

/// The resolved output of a `Builder`.
pub(crate) struct Finished {
    pub code: Vec<Instr>,
    pub handlers: Vec<Handler>,
    pub positions: Vec<(u32, Position)>,
    pub register_count: u16,
}

fn patch_target(instr: &mut Instr, t: Target) {
    match instr {
        Instr::Jump { target }
        | Instr::JumpIfTrue { target, .. }
        | Instr::JumpIfFalse { target, .. }
        | Instr::JumpIfNullish { target, .. }
        | Instr::JumpIfNotNullish { target, .. }
        | Instr::JumpIfUndefined { target, .. }
        | Instr::JumpIfNotLt { target, .. }
        | Instr::JumpIfNotLe { target, .. }
        | Instr::JumpIfNotGt { target, .. }
        | Instr::JumpIfNotGe { target, .. }
        | Instr::JumpIfLt { target, .. }
        | Instr::JumpIfLe { target, .. }
        | Instr::JumpIfGt { target, .. }
        | Instr::JumpIfGe { target, .. }
        | Instr::JumpIfStrictEq { target, .. }
        | Instr::JumpIfStrictNotEq { target, .. } => *target = t,
        Instr::ForInNext { done, .. } | Instr::IteratorNext { done, .. } | Instr::DelegateStep { done, .. } => {
            *done = t
        }
        _ => {}
    }
}

/// Maps byte offsets of the source to 1-based line and column (in chars).
/// Lookups cost O(log lines + 64) whatever the line length: `chars_before`
/// holds the number of chars before every 64th byte, and chars are counted
/// as the bytes that are not UTF-8 continuation bytes.
pub(crate) struct LineIndex {
    line_starts: Vec<u32>,
    chars_before: Vec<u32>,
    source: Vec<u8>,
}

const CHUNK: usize = 64;

fn is_char_start(b: u8) -> bool {
    b & 0xC0 != 0x80
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0u32];
        let mut i = 0usize;
        while i < bytes.len() {
            let b = bytes.get(i).copied().unwrap_or(0);
            let next = match b {
                b'\n' => Some(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        Some(i + 2)
                    } else {
                        Some(i + 1)
                    }
                }
                // U+2028 / U+2029: E2 80 A8 / E2 80 A9
                0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8) | Some(0xA9)) => {
                    Some(i + 3)
                }
                _ => None,
            };
            match next {
                Some(n) => {
                    line_starts.push(u32::try_from(n).unwrap_or(u32::MAX));
                    i = n;
                }
                None => i += 1,
            }
        }
        let mut chars_before = Vec::with_capacity(bytes.len() / CHUNK + 1);
        let mut count = 0u32;
        for chunk in bytes.chunks(CHUNK) {
            chars_before.push(count);
            count =
                count.saturating_add(u32::try_from(chunk.iter().filter(|b| is_char_start(**b)).count()).unwrap_or(0));
        }
        chars_before.push(count);
        LineIndex { line_starts, chars_before, source: bytes.to_vec() }
    }

    /// The number of chars before byte `offset`.
    fn chars_at(&self, offset: usize) -> u32 {
        let offset = offset.min(self.source.len());
        let chunk = offset / CHUNK;
        let base = self.chars_before.get(chunk).copied().unwrap_or(0);
        let rest = self.source.get(chunk * CHUNK..offset).map(|s| s.iter().filter(|b| is_char_start(**b)).count());
        base.saturating_add(u32::try_from(rest.unwrap_or(0)).unwrap_or(0))
    }

    pub fn position(&self, offset: u32) -> Position {
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let column = self.chars_at(offset as usize).saturating_sub(self.chars_at(start as usize));
        Position { line: u32::try_from(line).unwrap_or(u32::MAX), column: column.saturating_add(1) }
    }
}
