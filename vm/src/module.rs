//! A compiled module: plain data with no heap handles and no pointers, so one
//! `Arc<Module>` can be shared by every sandbox and thread that runs it, and a
//! later step can write it to a file. Function 0 is the script's top level.

use crate::isa::{Instr, Target};

/// An entry of the constant pool.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    Number(f64),
    /// A string as UTF-16 code units (lone surrogates allowed).
    String(Vec<u16>),
}

/// How a function may be called, which decides `this` and `new`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// The script's top level: `this` is the global object.
    Script,
    /// A `function` declaration or expression: callable and constructible.
    Normal,
    /// An arrow function: not constructible, no own `this` or `arguments`.
    Arrow,
    /// A method or accessor of an object literal: not constructible.
    Method,
    /// A generator function or method: calling it makes a generator object
    /// whose `next` runs the body.
    Generator,
    /// A class constructor: only `new` may call it.
    ClassConstructor,
    /// A derived class's constructor: `this` is bound by `super(...)`.
    DerivedConstructor,
}

impl FunctionKind {
    /// Whether `new` may be applied to functions of this kind.
    pub fn is_constructor(self) -> bool {
        matches!(self, FunctionKind::Normal | FunctionKind::ClassConstructor | FunctionKind::DerivedConstructor)
    }
}

/// A protected range of instructions and where to go when one throws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    /// First protected instruction.
    pub start: Target,
    /// One past the last protected instruction.
    pub end: Target,
    /// The handler's first instruction (a `Catch`).
    pub target: Target,
    /// How many environments the function has pushed at the `try`; the
    /// unwinder pops back to this depth.
    pub env_depth: u16,
}

/// A source position, 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

/// One function's code and metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionProto {
    /// The function's own name ("" when anonymous).
    pub name: String,
    pub kind: FunctionKind,
    /// Arguments copied into `R[0..param_count]` on entry.
    pub param_count: u16,
    /// The `length` property: parameters before the first default or rest.
    pub length: u16,
    pub register_count: u16,
    /// Whether the frame must keep every argument (for `arguments` or a
    /// rest parameter).
    pub keeps_arguments: bool,
    pub code: Vec<Instr>,
    pub handlers: Vec<Handler>,
    /// `(pc, position)` pairs sorted by pc: the position of every instruction
    /// from that pc on.
    pub positions: Vec<(u32, Position)>,
    /// Where the function starts in the source.
    pub start: Position,
}

impl FunctionProto {
    /// The source position of the instruction at `pc`.
    pub fn position_at(&self, pc: u32) -> Position {
        let i = self.positions.partition_point(|(p, _)| *p <= pc);
        match i.checked_sub(1).and_then(|i| self.positions.get(i)) {
            Some((_, pos)) => *pos,
            None => self.start,
        }
    }
}

/// A compiled script.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The file name used in stack traces.
    pub source_name: String,
    pub constants: Vec<Constant>,
    pub functions: Vec<FunctionProto>,
}

impl Module {
    /// Bytes of host memory the module holds (what a sandbox that loads it
    /// counts against its budget).
    pub fn heap_size(&self) -> usize {
        use std::mem::size_of;
        let constants: usize = self
            .constants
            .iter()
            .map(|c| size_of::<Constant>() + if let Constant::String(units) = c { units.len() * 2 } else { 0 })
            .sum();
        let functions: usize = self
            .functions
            .iter()
            .map(|f| {
                size_of::<FunctionProto>()
                    + f.name.len()
                    + f.code.len() * size_of::<Instr>()
                    + f.handlers.len() * size_of::<Handler>()
                    + f.positions.len() * size_of::<(u32, Position)>()
            })
            .sum();
        size_of::<Module>() + self.source_name.len() + constants + functions
    }
}
