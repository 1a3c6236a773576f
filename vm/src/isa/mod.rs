//! The instruction set: the one table from which the `Instr` enum, its
//! opcode numbers (stable: they are the bytecode format's), mnemonics,
//! operand lists (for the disassembler and the verifier) and gas costs are
//! all generated. A new instruction takes the next free number; a number is
//! never given to another instruction.
//!
//! jsvm is a register machine. Each function has a fixed window of registers
//! `R[0..register_count]`; the first `param_count` hold the arguments on entry.
//! Operands are newtypes that say what they index, so that a register can
//! never be confused with a constant index or a jump target, and so that the
//! verifier (`verify.rs`) can check each operand on its own:
//!
//! - `Reg`: a register of the current frame, `R[r]`.
//! - `RegPair`: two registers, `R[r]` and `R[r+1]` (a generator's resumption
//!   value and mode).
//! - `RegSpan`: `count` consecutive registers from `R[first]` (arguments, a
//!   template's pieces).
//! - `Const`: an entry of the module's constant pool, `K[k]` (a number or a
//!   string).
//! - `Name`: a constant that must be a string: a property or binding name,
//!   a regular expression's source or flags, a description.
//! - `Func`: an entry of the module's function table (never the top level).
//! - `Target`: an absolute instruction index in the current function.
//! - `Slot`/`Depth`: an environment slot, and how many environments up the
//!   chain it lives (`E(d)[s]`, with `E(0)` the current environment). They
//!   depend on the closure chain, so the interpreter checks them.
//! - `Count`, `Imm`: a small unsigned count and an integer immediate.
//! - `MethodKind`, `PrivateKind`: which kind of class member is defined.
//!
//! Every instruction costs at least one unit of gas, charged before it runs.
//! Notes that concern several opcodes:
//! - Operators follow the spec exactly, calling user code through
//!   `valueOf`/`toString`/`Symbol.toPrimitive` where the spec does.
//! - `Empty` is the internal "uninitialised binding" marker (TDZ); it never
//!   escapes to script code, `CheckInit` turns it into a ReferenceError.
//! - A call passes `this` in its own register and the arguments in a span.

use std::fmt;

pub mod disasm;
pub mod encode;
pub mod file;
pub mod verify;

/// A register of the current frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reg(pub u16);
/// Two consecutive registers, `R[r]` and `R[r+1]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RegPair(pub u16);
/// `count` consecutive registers from `first`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RegSpan {
    pub first: Reg,
    pub count: u16,
}
/// An index into the module's constant pool (a number or a string).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Const(pub u32);
/// An index into the module's constant pool that holds a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Name(pub u32);
/// An index into the module's function table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Func(pub u32);
/// An absolute instruction index inside the current function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Target(pub u32);
/// A slot of an environment record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Slot(pub u16);
/// How many `parent` links to follow from the current environment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Depth(pub u16);
/// A small unsigned count (slots, a start index).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Count(pub u16);
/// An immediate integer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Imm(pub i32);

impl From<Name> for Const {
    fn from(name: Name) -> Const {
        Const(name.0)
    }
}

impl RegSpan {
    /// The `count` registers after `r` (a call's arguments after its `this`).
    pub fn after(r: Reg, count: u16) -> RegSpan {
        RegSpan { first: Reg(r.0.saturating_add(1)), count }
    }
}

impl RegPair {
    /// The second register of the pair.
    pub fn second(self) -> Reg {
        Reg(self.0.wrapping_add(1))
    }
}

/// Declares a small operand enum with its byte encoding (`TryFrom<u8>`
/// refuses every other byte).
macro_rules! operand_enum {
    ($(#[doc = $doc:literal])* $name:ident { $($(#[doc = $vdoc:literal])* $variant:ident = $value:literal,)* }) => {
        $(#[doc = $doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[doc = $vdoc])* $variant = $value,)*
        }

        impl TryFrom<u8> for $name {
            type Error = u8;
            fn try_from(byte: u8) -> Result<$name, u8> {
                match byte {
                    $($value => Ok($name::$variant),)*
                    _ => Err(byte),
                }
            }
        }
    };
}

operand_enum! {
    /// What `DefineMethod` defines.
    MethodKind {
        Method = 0,
        Getter = 1,
        Setter = 2,
    }
}

operand_enum! {
    /// What `DefinePrivate` adds.
    PrivateKind {
        /// A writable field.
        Field = 0,
        Method = 1,
        Getter = 2,
        Setter = 3,
    }
}

/// One operand, as the disassembler and verifier see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    Reg(Reg),
    RegPair(RegPair),
    RegSpan(RegSpan),
    Const(Const),
    Name(Name),
    Func(Func),
    Target(Target),
    Slot(Slot),
    Depth(Depth),
    Count(Count),
    Imm(Imm),
    MethodKind(MethodKind),
    PrivateKind(PrivateKind),
}

macro_rules! into_operand {
    ($($t:ident),*) => {$(
        impl From<$t> for Operand {
            fn from(v: $t) -> Operand { Operand::$t(v) }
        }
    )*};
}
into_operand!(Reg, RegPair, RegSpan, Const, Name, Func, Target, Slot, Depth, Count, Imm, MethodKind, PrivateKind);

/// Mutable access to the register and target operands of an instruction,
/// for passes that renumber registers or move code.
pub trait OperandVisit {
    fn visit_reg(&mut self, _f: &mut dyn FnMut(&mut Reg)) {}
    fn visit_target(&mut self, _f: &mut dyn FnMut(&mut Target)) {}
}

impl OperandVisit for Reg {
    fn visit_reg(&mut self, f: &mut dyn FnMut(&mut Reg)) {
        f(self)
    }
}

impl OperandVisit for RegPair {
    fn visit_reg(&mut self, f: &mut dyn FnMut(&mut Reg)) {
        let mut first = Reg(self.0);
        f(&mut first);
        self.0 = first.0;
    }
}

impl OperandVisit for RegSpan {
    fn visit_reg(&mut self, f: &mut dyn FnMut(&mut Reg)) {
        f(&mut self.first)
    }
}

impl OperandVisit for Target {
    fn visit_target(&mut self, f: &mut dyn FnMut(&mut Target)) {
        f(self)
    }
}

impl OperandVisit for Const {}
impl OperandVisit for Name {}
impl OperandVisit for Func {}
impl OperandVisit for Slot {}
impl OperandVisit for Depth {}
impl OperandVisit for Count {}
impl OperandVisit for Imm {}
impl OperandVisit for MethodKind {}
impl OperandVisit for PrivateKind {}

impl fmt::Display for Operand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operand::Reg(r) => write!(f, "r{}", r.0),
            Operand::RegPair(r) => write!(f, "r{}:r{}", r.0, u32::from(r.0) + 1),
            Operand::RegSpan(s) => write!(f, "r{}..+{}", s.first.0, s.count),
            Operand::Const(k) => write!(f, "k{}", k.0),
            Operand::Name(k) => write!(f, "k{}", k.0),
            Operand::Func(x) => write!(f, "fn{}", x.0),
            Operand::Target(t) => write!(f, "@{}", t.0),
            Operand::Slot(s) => write!(f, "s{}", s.0),
            Operand::Depth(d) => write!(f, "d{}", d.0),
            Operand::Count(c) => write!(f, "#{}", c.0),
            Operand::Imm(i) => write!(f, "{}", i.0),
            Operand::MethodKind(k) => write!(f, "{k:?}"),
            Operand::PrivateKind(k) => write!(f, "{k:?}"),
        }
    }
}

macro_rules! instructions {
    ($(
        $(#[doc = $doc:literal])*
        $opcode:literal $name:ident { $($field:ident : $ty:ident),* } = $gas:literal
            $(throws $($throw:ident)|+)? $(, $rule:ident)*;
    )*) => {
        /// One bytecode instruction. See the module documentation for the
        /// operand conventions; each variant's doc gives its semantics.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Instr {
            $(
                $(#[doc = $doc])*
                $name { $($field: $ty),* },
            )*
        }

        impl Instr {
            /// The mnemonic used by the disassembler and the docs.
            pub fn mnemonic(&self) -> &'static str {
                match self { $(Instr::$name { .. } => stringify!($name),)* }
            }

            /// The instruction's number in the bytecode format (stable:
            /// `docs/isa.md` lists them, and a test keeps that list equal).
            pub fn opcode(&self) -> u8 {
                match self { $(Instr::$name { .. } => $opcode,)* }
            }

            /// The gas charged before the instruction runs.
            #[inline(always)]
            pub fn gas(&self) -> u64 {
                match self { $(Instr::$name { .. } => $gas,)* }
            }

            /// The verifier's rules for this instruction beyond its operands.
            pub fn rules(&self) -> &'static [Rule] {
                match self { $(Instr::$name { .. } => &[$(Rule::$rule),*],)* }
            }

            /// Calls `f` on every register operand.
            pub fn for_each_reg_mut(&mut self, mut f: impl FnMut(&mut Reg)) {
                match self {
                    $(Instr::$name { $($field),* } => { $(OperandVisit::visit_reg($field, &mut f);)* })*
                }
            }

            /// Calls `f` on every jump-target operand.
            pub fn for_each_target_mut(&mut self, mut f: impl FnMut(&mut Target)) {
                match self {
                    $(Instr::$name { $($field),* } => { $(OperandVisit::visit_target($field, &mut f);)* })*
                }
            }

            /// Calls `f` on every operand in declaration order, with its
            /// field name.
            pub fn for_each_operand(&self, mut f: impl FnMut(&'static str, Operand)) {
                match *self {
                    $(Instr::$name { $($field),* } => { $(f(stringify!($field), Operand::from($field));)* })*
                }
            }

            /// The operands in declaration order, each with its field name.
            pub fn operands(&self) -> Vec<(&'static str, Operand)> {
                let mut out = Vec::new();
                self.for_each_operand(|name, op| out.push((name, op)));
                out
            }

            /// Appends the instruction's encoding: its opcode, then each
            /// operand (`encode.rs`).
            pub fn encode(&self, out: &mut Vec<u8>) {
                match self {
                    $(Instr::$name { $($field),* } => {
                        out.push($opcode);
                        $(encode::Encoding::encode($field, out);)*
                    })*
                }
            }

            /// Reads one instruction from `input`.
            pub fn decode(input: &mut encode::Reader<'_>) -> Result<Instr, encode::DecodeError> {
                let opcode = input.byte()?;
                match opcode {
                    $($opcode => Ok(Instr::$name { $($field: <$ty as encode::Encoding>::decode(input)?),* }),)*
                    other => Err(encode::DecodeError::UnknownOpcode(other)),
                }
            }
        }

        /// Every instruction with its opcode, mnemonic, gas cost,
        /// operands (`name: kind`), verifier rules and documentation, in
        /// table order.
        pub const OPCODE_TABLE: &[OpcodeInfo] = &[
            $(OpcodeInfo {
                number: $opcode,
                name: stringify!($name),
                gas: $gas,
                operands: &[$((stringify!($field), stringify!($ty))),*],
                rules: &[$(Rule::$rule),*],
                throws: &[$($(Throws::$throw),+)?],
                doc: concat!($($doc, "\n"),*),
            },)*
        ];
    };
}

/// One row of the opcode table, for the docs and tests.
#[derive(Clone, Copy, Debug)]
pub struct OpcodeInfo {
    pub number: u8,
    pub name: &'static str,
    pub gas: u64,
    /// `(field, operand type)` pairs.
    pub operands: &'static [(&'static str, &'static str)],
    pub rules: &'static [Rule],
    /// The exceptions a script can catch from it (none if empty).
    pub throws: &'static [Throws],
    pub doc: &'static str,
}

/// What the verifier checks about an instruction beyond its operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Execution never continues at the next instruction, so it may end
    /// the code.
    NoFallThrough,
    /// Only a generator function's code may hold it.
    GeneratorOnly,
    /// Every exception handler starts with it.
    HandlerEntry,
}

impl Rule {
    /// The rule as `docs/isa.md` states it.
    pub fn describe(self) -> &'static str {
        match self {
            Rule::NoFallThrough => "may end the code",
            Rule::GeneratorOnly => "generators only",
            Rule::HandlerEntry => "starts every handler",
        }
    }
}

/// What an instruction may throw, as a script's `catch` sees it. Every
/// instruction can also end the run (out of gas, memory or time, or an
/// internal error when an operand has a type compiled code never gives it);
/// those are not exceptions and no `catch` sees them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Throws {
    TypeError,
    ReferenceError,
    RangeError,
    /// A regular expression that does not parse (the compiler checks its
    /// own literals; a loaded module's are checked when they run).
    SyntaxError,
    /// Whatever the script code it calls throws: getters and setters,
    /// `valueOf`/`toString`/`Symbol.toPrimitive`, iterators, callees.
    Code,
    /// Its operand: `throw`, or the value a generator's `throw(e)` sends.
    Operand,
}

impl Throws {
    /// The entry as `docs/isa.md` states it.
    pub fn describe(self) -> &'static str {
        match self {
            Throws::TypeError => "TypeError",
            Throws::ReferenceError => "ReferenceError",
            Throws::RangeError => "RangeError",
            Throws::SyntaxError => "SyntaxError",
            Throws::Code => "what code it calls throws",
            Throws::Operand => "its operand",
        }
    }
}

// Each row: `opcode Name { operand: Kind, ... } = gas`, then what it may
// throw (`throws A | B`, nothing if it cannot) and its verifier rules.
instructions! {
    /// R[dst] := undefined
    0x00 LoadUndefined { dst: Reg } = 1;
    /// R[dst] := null
    0x01 LoadNull { dst: Reg } = 1;
    /// R[dst] := true
    0x02 LoadTrue { dst: Reg } = 1;
    /// R[dst] := false
    0x03 LoadFalse { dst: Reg } = 1;
    /// R[dst] := value (an integer immediate, as a Number)
    0x04 LoadInt { dst: Reg, value: Imm } = 1;
    /// R[dst] := K[k]
    0x05 LoadConst { dst: Reg, k: Const } = 1;
    /// R[dst] := <empty>, the uninitialised-binding marker of the TDZ
    0x06 LoadEmpty { dst: Reg } = 1;
    /// R[dst] := R[src]
    0x07 Move { dst: Reg, src: Reg } = 1;
    /// R[dst] := `new.target`: the constructor `new` was applied to, or
    /// undefined in a plain call
    0x08 LoadNewTarget { dst: Reg } = 1;
    /// R[dst] := the frame's `this`
    0x09 LoadThis { dst: Reg } = 1 throws ReferenceError;
    /// Throws ReferenceError "Cannot access 'K[name]' before initialization"
    /// if R[src] is <empty>.
    0x0A CheckInit { src: Reg, name: Name } = 1 throws ReferenceError;
    /// Throws TypeError "Assignment to constant variable."
    0x0B ThrowConstAssign { name: Name } = 1 throws TypeError, NoFallThrough;
    /// Throws ReferenceError: `delete super[key]` is always an error (once
    /// `this` and the key expression are evaluated).
    0x0C ThrowSuperDelete { } = 1 throws ReferenceError, NoFallThrough;

    /// Push a new environment with `slots` slots (all <empty>) whose parent is
    /// the current one.
    0x0D PushEnv { slots: Count } = 2;
    /// Make the current environment's parent current.
    0x0E PopEnv { } = 1;
    /// Replace the current environment by a fresh copy with the same parent
    /// and slot values (CreatePerIterationEnvironment).
    0x0F CopyEnv { } = 2;
    /// R[dst] := E(depth)[slot]
    0x10 GetEnv { dst: Reg, depth: Depth, slot: Slot } = 1;
    /// E(depth)[slot] := R[src]
    0x11 SetEnv { depth: Depth, slot: Slot, src: Reg } = 1;

    /// R[dst] := the global binding named K[name]; ReferenceError if absent.
    0x12 GetGlobal { dst: Reg, name: Name } = 2 throws ReferenceError | Code;
    /// R[dst] := the global binding named K[name], or undefined if absent
    /// (for `typeof name`).
    0x13 GetGlobalOrUndefined { dst: Reg, name: Name } = 2 throws Code;
    /// Set the existing global binding K[name] to R[src]; ReferenceError if
    /// absent, TypeError if read-only (strict-mode PutValue).
    0x14 SetGlobal { name: Name, src: Reg } = 2 throws ReferenceError | TypeError | Code;
    /// Script `var K[name]`: create the global property (undefined) if absent.
    0x15 DeclareGlobalVar { name: Name } = 2;
    /// Script-level function declaration: define global K[name] := R[src].
    0x16 DeclareGlobalFunction { name: Name, src: Reg } = 2 throws TypeError | Code;

    /// R[dst] := R[obj][K[name]]
    0x17 GetProp { dst: Reg, obj: Reg, name: Name } = 2 throws TypeError | Code;
    /// R[obj][K[name]] := R[src] (TypeError when the assignment fails)
    0x18 SetProp { obj: Reg, name: Name, src: Reg } = 2 throws TypeError | Code;
    /// R[dst] := R[obj][ToPropertyKey(R[key])]
    0x19 GetElem { dst: Reg, obj: Reg, key: Reg } = 2 throws TypeError | Code;
    /// R[obj][ToPropertyKey(R[key])] := R[src]
    0x1A SetElem { obj: Reg, key: Reg, src: Reg } = 2 throws TypeError | Code;
    /// R[dst] := delete R[obj][K[name]] (TypeError if non-configurable)
    0x1B DeleteProp { dst: Reg, obj: Reg, name: Name } = 2 throws TypeError;
    /// R[dst] := delete R[obj][R[key]]
    0x1C DeleteElem { dst: Reg, obj: Reg, key: Reg } = 2 throws TypeError | Code;
    /// CreateDataPropertyOrThrow(R[obj], K[name], R[src]) (object literals)
    0x1D DefineProp { obj: Reg, name: Name, src: Reg } = 2 throws TypeError;
    /// CreateDataPropertyOrThrow(R[obj], ToPropertyKey(R[key]), R[src])
    0x1E DefineElem { obj: Reg, key: Reg, src: Reg } = 2 throws TypeError | Code;
    /// Define (or update) an enumerable, configurable getter R[func] for
    /// key R[key] on R[obj].
    0x1F DefineGetter { obj: Reg, key: Reg, func: Reg } = 2 throws TypeError | Code;
    /// Define (or update) an enumerable, configurable setter R[func] for
    /// key R[key] on R[obj].
    0x20 DefineSetter { obj: Reg, key: Reg, func: Reg } = 2 throws TypeError | Code;
    /// CopyDataProperties(R[obj], R[src]) (object spread `{...x}`)
    0x21 CopyDataProperties { obj: Reg, src: Reg } = 4 throws TypeError | Code;
    /// CopyDataProperties(R[obj], R[src], excluded) with the excluded keys
    /// in the array R[excluded] (object rest `{a, ...rest} = x`).
    0x22 CopyDataPropertiesExcept { obj: Reg, src: Reg, excluded: Reg } = 4 throws TypeError | Code;
    /// `__proto__: R[src]` in an object literal: if R[src] is an object or
    /// null, make it R[obj]'s prototype; otherwise do nothing.
    0x23 SetProtoLiteral { obj: Reg, src: Reg } = 2;
    /// R[dst] := a new ordinary object whose prototype is Object.prototype
    0x24 NewObject { dst: Reg } = 2;
    /// R[dst] := a new empty array
    0x25 NewArray { dst: Reg } = 2;
    /// Append R[src] to the array R[arr]
    0x26 ArrayPush { arr: Reg, src: Reg } = 1 throws TypeError | RangeError;
    /// Append a hole to the array R[arr] (elision `[,]`)
    0x27 ArrayPushHole { arr: Reg } = 1 throws TypeError | RangeError;
    /// Append every value R[src] iterates to the array R[arr] (spread)
    0x28 ArraySpread { arr: Reg, src: Reg } = 2 throws TypeError | RangeError | Code;

    /// R[dst] := R[a] + R[b]
    0x29 Add { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] - R[b]
    0x2A Sub { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] + value (`x + 1` with a small integer literal)
    0x2B AddI { dst: Reg, a: Reg, value: Imm } = 1 throws TypeError | Code;
    /// R[dst] := R[a] - value
    0x2C SubI { dst: Reg, a: Reg, value: Imm } = 1 throws TypeError | Code;
    /// R[dst] := R[a] * R[b]
    0x2D Mul { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] / R[b]
    0x2E Div { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] % R[b]
    0x2F Mod { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] ** R[b]
    0x30 Exp { dst: Reg, a: Reg, b: Reg } = 2 throws TypeError | Code;
    /// R[dst] := R[a] & R[b]
    0x31 BitAnd { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] | R[b]
    0x32 BitOr { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] ^ R[b]
    0x33 BitXor { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] << R[b]
    0x34 Shl { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] >> R[b]
    0x35 Shr { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] >>> R[b]
    0x36 UShr { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] == R[b] (IsLooselyEqual)
    0x37 Eq { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] != R[b]
    0x38 NotEq { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] === R[b] (IsStrictlyEqual)
    0x39 StrictEq { dst: Reg, a: Reg, b: Reg } = 1;
    /// R[dst] := R[a] !== R[b]
    0x3A StrictNotEq { dst: Reg, a: Reg, b: Reg } = 1;
    /// R[dst] := R[a] < R[b] (IsLessThan)
    0x3B Lt { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] <= R[b]
    0x3C Le { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] > R[b]
    0x3D Gt { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[a] >= R[b]
    0x3E Ge { dst: Reg, a: Reg, b: Reg } = 1 throws TypeError | Code;
    /// R[dst] := R[val] instanceof R[ctor] (InstanceofOperator)
    0x3F InstanceOf { dst: Reg, val: Reg, ctor: Reg } = 2 throws TypeError | Code;
    /// R[dst] := R[key] in R[obj] (TypeError if R[obj] is not an object)
    0x40 In { dst: Reg, key: Reg, obj: Reg } = 2 throws TypeError | Code;
    /// R[dst] := -R[src]
    0x41 Neg { dst: Reg, src: Reg } = 1 throws TypeError | Code;
    /// R[dst] := ToNumber(R[src]) (unary `+`)
    0x42 ToNumber { dst: Reg, src: Reg } = 1 throws TypeError | Code;
    /// R[dst] := ToNumeric(R[src]) (the old value of `x++`)
    0x43 ToNumeric { dst: Reg, src: Reg } = 1 throws TypeError | Code;
    /// R[dst] := ToString(R[src]), except that a number stays a number:
    /// Concat and Add write its digits without a string of its own
    /// (template literal substitutions)
    0x44 ToStringPiece { dst: Reg, src: Reg } = 1 throws TypeError | Code;
    /// R[dst] := the strings and numbers of the span R[pieces] joined, built
    /// in one allocation (a template literal's pieces)
    0x45 Concat { dst: Reg, pieces: RegSpan } = 1;
    /// Throws TypeError if R[src] is undefined or null (a reference's base is
    /// checked before its computed key is converted).
    0x46 RequireObjectCoercible { src: Reg } = 1 throws TypeError;
    /// R[dst] := ToPropertyKey(R[src]) (computed keys evaluated once)
    0x47 ToPropertyKey { dst: Reg, src: Reg } = 1 throws TypeError | Code;
    /// R[dst] := ~R[src]
    0x48 BitNot { dst: Reg, src: Reg } = 1 throws TypeError | Code;
    /// R[dst] := !R[src]
    0x49 Not { dst: Reg, src: Reg } = 1;
    /// R[dst] := typeof R[src]
    0x4A TypeOf { dst: Reg, src: Reg } = 1;
    /// R[dst] := ToNumeric(R[src]) + 1
    0x4B Inc { dst: Reg, src: Reg } = 1 throws TypeError | Code;
    /// R[dst] := ToNumeric(R[src]) - 1
    0x4C Dec { dst: Reg, src: Reg } = 1 throws TypeError | Code;

    /// pc := target
    0x4D Jump { target: Target } = 1, NoFallThrough;
    /// if ToBoolean(R[cond]) then pc := target
    0x4E JumpIfTrue { cond: Reg, target: Target } = 1;
    /// if !ToBoolean(R[cond]) then pc := target
    0x4F JumpIfFalse { cond: Reg, target: Target } = 1;
    /// if R[src] is undefined or null then pc := target
    0x50 JumpIfNullish { src: Reg, target: Target } = 1;
    /// if R[src] is not undefined and not null then pc := target
    0x51 JumpIfNotNullish { src: Reg, target: Target } = 1;
    /// if R[src] is undefined then pc := target
    0x52 JumpIfUndefined { src: Reg, target: Target } = 1;
    /// if !(R[a] < R[b]) then pc := target (a fused `Lt` + `JumpIfFalse`)
    0x53 JumpIfNotLt { a: Reg, b: Reg, target: Target } = 1 throws TypeError | Code;
    /// if !(R[a] <= R[b]) then pc := target
    0x54 JumpIfNotLe { a: Reg, b: Reg, target: Target } = 1 throws TypeError | Code;
    /// if !(R[a] > R[b]) then pc := target
    0x55 JumpIfNotGt { a: Reg, b: Reg, target: Target } = 1 throws TypeError | Code;
    /// if !(R[a] >= R[b]) then pc := target
    0x56 JumpIfNotGe { a: Reg, b: Reg, target: Target } = 1 throws TypeError | Code;
    /// if R[a] < R[b] then pc := target (loop conditions at the bottom)
    0x57 JumpIfLt { a: Reg, b: Reg, target: Target } = 1 throws TypeError | Code;
    /// if R[a] <= R[b] then pc := target
    0x58 JumpIfLe { a: Reg, b: Reg, target: Target } = 1 throws TypeError | Code;
    /// if R[a] > R[b] then pc := target
    0x59 JumpIfGt { a: Reg, b: Reg, target: Target } = 1 throws TypeError | Code;
    /// if R[a] >= R[b] then pc := target
    0x5A JumpIfGe { a: Reg, b: Reg, target: Target } = 1 throws TypeError | Code;
    /// if R[a] === R[b] then pc := target
    0x5B JumpIfStrictEq { a: Reg, b: Reg, target: Target } = 1;
    /// if R[a] !== R[b] then pc := target
    0x5C JumpIfStrictNotEq { a: Reg, b: Reg, target: Target } = 1;
    /// Return R[src] to the caller.
    0x5D Return { src: Reg } = 1 throws ReferenceError | TypeError, NoFallThrough;
    /// Throw R[src].
    0x5E Throw { src: Reg } = 1 throws Operand, NoFallThrough;
    /// First instruction of an exception handler: R[dst] := the thrown value.
    0x5F Catch { dst: Reg } = 1, HandlerEntry;

    /// R[dst] := R[callee](this = R[this], the span R[args])
    0x60 Call { dst: Reg, callee: Reg, this: Reg, args: RegSpan } = 5 throws TypeError | RangeError | Code;
    /// R[dst] := R[callee](this = R[this], ...R[array]) with R[array] an array
    0x61 CallSpread { dst: Reg, callee: Reg, this: Reg, array: Reg } = 5 throws TypeError | RangeError | Code;
    /// R[dst] := new R[callee](the span R[args])
    0x62 New { dst: Reg, callee: Reg, args: RegSpan } = 5 throws TypeError | RangeError | Code;
    /// R[dst] := new R[callee](...R[array]) with R[array] an array
    0x63 NewSpread { dst: Reg, callee: Reg, array: Reg } = 5 throws TypeError | RangeError | Code;
    /// R[dst] := a closure of function `func` over the current environment
    0x64 Closure { dst: Reg, func: Func } = 3;
    /// R[dst] := an unmapped arguments object of the current call
    0x65 CreateArguments { dst: Reg } = 3;
    /// R[dst] := an array of the arguments from index `from` on (rest parameter)
    0x66 CreateRestArray { dst: Reg, from: Count } = 3;
    /// R[dst] := the template object of this call site (GetTemplateObject):
    /// made once per site from the strings array R[cooked] and the raw
    /// strings array R[raw] (both frozen, `raw` hung on the first), then the
    /// same object at every evaluation.
    0x67 TemplateObject { dst: Reg, cooked: Reg, raw: Reg } = 3;
    /// R[dst] := a new RegExp object for the pattern K[pattern] with the
    /// flags K[flags] (a regular expression literal; checked at compile time)
    0x68 NewRegExp { dst: Reg, pattern: Name, flags: Name } = 3 throws SyntaxError;
    /// Set R[func].name to ToString(R[name]) when the function has no own
    /// name yet (NamedEvaluation of anonymous functions with computed keys).
    0x69 SetFunctionName { func: Reg, name: Reg } = 1;

    /// R[dst] := an iterator over the enumerable string keys of R[obj] and
    /// its prototypes (for-in); null and undefined give an empty one.
    0x6A ForInStart { dst: Reg, obj: Reg } = 3;
    /// R[dst] := the next key of the for-in iterator R[iter], or pc := done
    /// when there is none. Keys deleted meanwhile are skipped.
    0x6B ForInNext { dst: Reg, iter: Reg, done: Target } = 2;
    /// R[dst] := GetIterator(R[src], sync) (TypeError if not iterable)
    0x6C GetIterator { dst: Reg, src: Reg } = 3 throws TypeError | Code;
    /// R[dst] := IteratorStepValue(R[iter]), or pc := done when finished
    0x6D IteratorNext { dst: Reg, iter: Reg, done: Target } = 2 throws TypeError | Code;
    /// IteratorClose(R[iter]) for an early exit from for-of
    0x6E IteratorClose { iter: Reg } = 2 throws TypeError | Code;
    /// IteratorClose(R[iter]) with a throw completion, while an exception
    /// from the loop body propagates: an error from `return` (or its
    /// non-object result) is dropped so the original exception wins.
    0x6F IteratorCloseOnThrow { iter: Reg } = 2;
    /// End of a generator function's prologue: the call returns a new
    /// generator object holding this frame; its body starts at the next
    /// instruction on the first `next()`.
    0x70 InitialYield { } = 3, GeneratorOnly;
    /// `yield R[value]`: suspends the running generator, producing R[value].
    /// Resumed by next(v): R[resume] := (v, 0); by return(v):
    /// R[resume] := (v, 2) (the code then returns); by
    /// throw(e): e is thrown at this instruction.
    0x71 Yield { value: Reg, resume: RegPair } = 2 throws Operand, GeneratorOnly;
    /// R[dst] := an iterator record over R[src] that always uses the
    /// iterator protocol (for `yield*`, which forwards `throw`/`return`).
    0x72 GetIteratorProtocol { dst: Reg, src: Reg } = 3 throws TypeError | Code;
    /// One step of `yield*`: calls the inner iterator R[iter]'s `next`,
    /// `throw` or `return` (by the mode in R[resume+1]: 0, 1, 2) with
    /// R[resume]. When the inner result is done, R[dst] := its value and
    /// pc := done (a `return` without a `return` method finishes the same way
    /// with R[dst] := R[resume]); else R[dst] := the inner result object.
    /// A `throw` into an iterator without `throw` closes it, then throws a
    /// TypeError.
    0x73 DelegateStep { dst: Reg, iter: Reg, resume: RegPair, done: Target } = 3 throws TypeError | Code, GeneratorOnly;
    /// `yield*`'s suspension: the generator produces the inner result object
    /// R[value] as it is. Every resumption (next, throw or return) writes the
    /// sent value to R[resume] and the mode (0, 1, 2) to R[resume+1].
    0x74 YieldDelegate { value: Reg, resume: RegPair } = 2, GeneratorOnly;
    /// ClassDefinitionEvaluation's wiring: R[parent] is the superclass, or
    /// <empty> without `extends`. Makes R[proto] := the new prototype object
    /// (inheriting from the superclass's prototype), links it with the
    /// constructor R[ctor] (`prototype`, `constructor`), and sets the
    /// constructor's own prototype to the superclass. TypeError when the
    /// superclass is not a constructor or null.
    0x75 MakeClass { ctor: Reg, parent: Reg, proto: Reg } = 4 throws TypeError | Code;
    /// Defines the class member R[func] under key R[key] on R[obj], not
    /// enumerable: a method, a getter or a setter by `kind`. The function's
    /// home object becomes R[obj] and its name the key.
    0x76 DefineMethod { obj: Reg, key: Reg, func: Reg, kind: MethodKind } = 3 throws TypeError;
    /// Makes R[home] the home object of the method R[func] (object-literal
    /// methods, for `super.x`).
    0x77 SetHomeObject { func: Reg, home: Reg } = 1;
    /// Gives the class constructor R[ctor] its instance-field initializer R[init].
    0x78 SetClassFields { ctor: Reg, init: Reg } = 1;
    /// Runs the running constructor's field initializer on `this`, if it has one.
    0x79 InitFields { } = 2 throws TypeError | RangeError | Code;
    /// `super(the span R[args])` in a derived constructor: constructs
    /// the parent class with this `new.target` and binds `this`
    /// (ReferenceError if already bound); R[dst] := this.
    0x7A SuperCall { dst: Reg, args: RegSpan } = 5 throws ReferenceError | TypeError | RangeError | Code;
    /// `super(...R[array])`, R[array] an array.
    0x7B SuperCallSpread { dst: Reg, array: Reg } = 5 throws ReferenceError | TypeError | RangeError | Code;
    /// R[dst] := `super[R[key]]`: the property of the running method's home
    /// object's prototype, read with R[this] as receiver.
    0x7C GetSuper { dst: Reg, key: Reg, this: Reg } = 2 throws ReferenceError | TypeError | Code;
    /// `super[R[key]] = R[src]`: [[Set]] on the running method's home
    /// object's prototype with R[this] as receiver (a TypeError when it
    /// fails, as in strict code).
    0x7D SetSuper { key: Reg, this: Reg, src: Reg } = 2 throws ReferenceError | TypeError | Code;
    /// R[dst] := a new private name (a class's `#x`) described by K[name].
    0x7E NewPrivateName { dst: Reg, name: Name } = 2;
    /// R[dst] := R[obj].#name with the private name in R[key]; TypeError
    /// when the object has no such private member.
    0x7F GetPrivate { dst: Reg, obj: Reg, key: Reg } = 2 throws TypeError | Code;
    /// R[obj].#name := R[src]; TypeError when the member is missing, a
    /// method, or an accessor without a setter.
    0x80 SetPrivate { obj: Reg, key: Reg, src: Reg } = 2 throws TypeError | Code;
    /// Adds the private member R[key] to R[obj] (PrivateFieldAdd and
    /// PrivateMethodOrAccessorAdd): a field, method, getter or setter R[src]
    /// by `kind`. TypeError if the object already has it.
    0x81 DefinePrivate { obj: Reg, key: Reg, src: Reg, kind: PrivateKind } = 2 throws TypeError;
    /// R[dst] := `#name in R[obj]` with the private name in R[key]
    /// (TypeError if R[obj] is not an object).
    0x82 HasPrivate { dst: Reg, key: Reg, obj: Reg } = 2 throws TypeError;
    /// Does nothing (`debugger`).
    0x83 Nop { } = 1;
    /// A `using` binding's AddDisposableResource(sync-dispose): adds R[value]
    /// to the resources of the scope whose list is R[scope] (made here when
    /// R[scope] is undefined). null and undefined add nothing; anything else
    /// must be an object with a callable `[Symbol.dispose]`.
    0x84 AddDisposable { scope: Reg, value: Reg } = 2 throws TypeError | Code;
    /// The finally block of a scope with `using` declarations: runs
    /// DisposeResources over the list R[scope] (none when undefined) from the
    /// completion R[kind] (1: a throw of R[value]). When a disposer throws,
    /// R[kind] := 1 and R[value] := its error, or a SuppressedError of it
    /// over the error before.
    0x85 DisposeResources { scope: Reg, kind: Reg, value: Reg } = 2 throws Code;
    /// R[dst] := the running function object (a derived constructor keeps
    /// itself in an environment slot for `super()` in its arrows).
    0x86 LoadFunction { dst: Reg } = 1;
    /// `super(the span R[args])` where the derived constructor R[ctor] and
    /// its `new.target` R[new_target] come from registers (an arrow's, or
    /// a constructor's that shares `this` with its arrows): R[dst] :=
    /// Construct(R[ctor]'s prototype, args, R[new_target]). Binds nothing:
    /// `CheckThisUnbound`, the `this` slot and `InitFieldsOf` follow.
    0x87 SuperConstruct { dst: Reg, ctor: Reg, new_target: Reg, args: RegSpan } = 5 throws TypeError | RangeError | Code;
    /// `SuperConstruct` with the arguments in the array R[array] (spread).
    0x88 SuperConstructSpread { dst: Reg, ctor: Reg, new_target: Reg, array: Reg } = 5 throws TypeError | RangeError | Code;
    /// Throws ReferenceError "Super constructor may only be called once"
    /// unless R[src] (the `this` slot just read) is <empty> (BindThisValue).
    0x89 CheckThisUnbound { src: Reg } = 1 throws ReferenceError;
    /// InitializeInstanceElements(R[this], R[ctor]): runs the field
    /// initializer of the class constructor R[ctor], if it has one.
    0x8A InitFieldsOf { ctor: Reg, this: Reg } = 2 throws TypeError | RangeError | Code;
}

impl fmt::Display for Instr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.mnemonic())?;
        for (i, (_, op)) in self.operands().iter().enumerate() {
            write!(f, "{}{}", if i == 0 { " " } else { ", " }, op)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_stay_small() {
        assert!(std::mem::size_of::<Instr>() <= 12);
    }

    #[test]
    fn display_lists_operands_in_order() {
        let i = Instr::GetProp { dst: Reg(1), obj: Reg(2), name: Name(3) };
        assert_eq!(i.to_string(), "GetProp r1, r2, k3");
    }
}
