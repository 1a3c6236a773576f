//! The compiler's shared state and everything about functions and scopes:
//! where each binding lives (register, environment slot or global), entering
//! and leaving scopes (PushEnv/PopEnv, TDZ markers, hoisted function
//! declarations), function prologues (parameters, defaults, rest, `this` and
//! `arguments` slots for inner arrows) and closure creation.
//!
//! Invariant owned here: `level` is the length of the environment chain at
//! the instruction being emitted, across function boundaries, so that the
//! depth of a slot access is `level - binding level`. A callee starts with
//! the chain that was current when its `Closure` ran.

use jsvm_vm::isa::{Count, Depth, Func, Instr, Name, Reg, Slot};
use jsvm_vm::module::{FunctionKind, FunctionProto, Position};
use oxc_ast::ast::{
    ArrowFunctionBody, ArrowFunctionExpression, BindingPattern, FormalParameters, Function, FunctionBody, Statement,
};
use oxc_semantic::{Scoping, Semantic};
use oxc_span::{GetSpan, Span};
use oxc_syntax::scope::ScopeId;
use oxc_syntax::symbol::{SymbolFlags, SymbolId};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::CompileError;
use crate::builder::{Builder, ConstPool, Label, LineIndex};
use crate::parse::PREFIX_LEN;
use crate::scope::Analysis;
use crate::stmt::Ctl;

/// How deep our own recursive code generation may go.
const MAX_DEPTH: u32 = 4000;

pub(crate) type Result<T> = std::result::Result<T, CompileError>;

/// Where a (non-global) binding lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Storage {
    Reg(Reg),
    Env { level: u32, slot: u16 },
}

/// Where a class's private name and its method or accessors live.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PrivateSlots {
    pub name: Option<Storage>,
    pub method: Option<Storage>,
    pub getter: Option<Storage>,
    pub setter: Option<Storage>,
    pub is_static: bool,
}

/// What an identifier reference resolves to.
#[derive(Clone, Copy)]
pub(crate) enum Binding<'n> {
    /// A global object property (script `var`/function or an unresolved name).
    Global(&'n str),
    /// The global `undefined`, which cannot be changed.
    Undefined,
    Local {
        storage: Storage,
        check_tdz: bool,
        immutable: bool,
    },
    /// The function's `arguments` object.
    Arguments(Storage),
}

/// The per-function part of the compiler state.
pub(crate) struct FnState {
    pub b: Builder,
    pub ctl: Vec<Ctl>,
    /// Environments pushed by this function at the current instruction.
    pub env_count: u16,
    /// Where `this` lives for arrows (an environment slot), when needed.
    pub this_env: Option<Storage>,
    /// Where `new.target` lives for arrows (an environment slot), when
    /// needed; none in class field initializers and static blocks, where
    /// it is undefined.
    pub new_target_env: Option<Storage>,
    /// Where a derived constructor whose arrows call `super()` keeps itself
    /// (an environment slot). Such a constructor, and its arrows, read and
    /// bind `this` only through `this_env`.
    pub function_env: Option<Storage>,
    pub is_arrow: bool,
    pub arguments: Option<Storage>,
    /// Where an optional chain short-circuits to, inside a chain.
    pub chain_exit: Option<Label>,
    /// While a parameter's default is compiled: that parameter and the ones
    /// after it, still in their TDZ, and a register holding <empty> that
    /// reads of them resolve to (so `CheckInit` throws).
    pub pending_params: Vec<SymbolId>,
    pub empty_reg: Option<Reg>,
    /// A derived class constructor: `this` is bound by `super(...)`.
    pub derived: bool,
    /// The registers holding the resource lists of the enclosing scopes
    /// with `using` declarations, innermost last.
    pub using_scopes: Vec<Reg>,
}

impl FnState {
    fn new(first_free_register: u16) -> FnState {
        FnState {
            b: Builder::new(first_free_register),
            ctl: Vec::new(),
            env_count: 0,
            this_env: None,
            new_target_env: None,
            function_env: None,
            is_arrow: false,
            arguments: None,
            chain_exit: None,
            pending_params: Vec::new(),
            empty_reg: None,
            derived: false,
            using_scopes: Vec::new(),
        }
    }
}

pub(crate) struct Compiler<'s, 'a> {
    pub scoping: &'s Scoping,
    pub analysis: Analysis,
    lines: &'s LineIndex,
    pub consts: ConstPool,
    pub functions: Vec<Option<FunctionProto>>,
    /// The private names of the classes being compiled, innermost last:
    /// each `#name` maps to the environment slot holding it (and, for a
    /// private method or accessor, the slots of its functions).
    pub private_scopes: Vec<FxHashMap<String, PrivateSlots>>,
    /// For the classes being compiled: the slot holding each computed field
    /// key (evaluated once, at class definition), by the field's offset.
    pub field_key_slots: Vec<FxHashMap<u32, Storage>>,
    pub storage: FxHashMap<SymbolId, Storage>,
    /// let/const bindings whose declaration has been compiled.
    pub initialized: FxHashSet<SymbolId>,
    pub level: u32,
    pub f: FnState,
    depth: u32,
    root_scope: ScopeId,
    semantic: &'s Semantic<'a>,
}

/// A function-like node.
#[derive(Clone, Copy)]
pub(crate) enum FnNode<'x, 'a> {
    Function(&'x Function<'a>),
    Arrow(&'x ArrowFunctionExpression<'a>),
}

pub(crate) fn unsupported(what: &str, offset: u32) -> CompileError {
    CompileError::at(format!("{what} are not supported yet"), offset)
}

pub(crate) fn not_in_jsvm(what: &str, offset: u32) -> CompileError {
    CompileError::at(format!("{what} are not supported by jsvm"), offset)
}

impl<'s, 'a> Compiler<'s, 'a> {
    pub fn new(semantic: &'s Semantic<'a>, lines: &'s LineIndex) -> Compiler<'s, 'a> {
        let scoping = semantic.scoping();
        Compiler {
            scoping,
            analysis: Analysis::new(semantic),
            lines,
            consts: ConstPool::default(),
            functions: Vec::new(),
            private_scopes: Vec::new(),
            field_key_slots: Vec::new(),
            storage: FxHashMap::default(),
            initialized: FxHashSet::default(),
            level: 0,
            f: FnState::new(0),
            depth: 0,
            root_scope: scoping.root_scope_id(),
            semantic,
        }
    }

    // ----- small helpers used everywhere -----

    pub fn emit(&mut self, i: Instr) {
        self.f.b.emit(i);
    }

    pub fn temp(&mut self) -> Result<Reg> {
        self.f.b.temp()
    }

    pub fn label(&mut self) -> Label {
        self.f.b.label()
    }

    pub fn bind(&mut self, l: Label) {
        self.f.b.bind(l);
    }

    pub fn jump(&mut self, l: Label) {
        self.f.b.emit_jump(Instr::Jump { target: jsvm_vm::isa::Target(0) }, l);
    }

    pub fn kstr(&mut self, s: &str) -> Result<Name> {
        self.consts.string(s)
    }

    pub fn position_of(&self, offset: u32) -> Position {
        self.lines.position(offset.saturating_sub(PREFIX_LEN))
    }

    /// Records that code emitted from here on comes from `offset`.
    pub fn pos(&mut self, offset: u32) {
        let p = self.position_of(offset);
        self.f.b.set_position(p);
    }

    pub fn load_int_or_const(&mut self, dst: Reg, n: f64) -> Result<()> {
        if let Some(value) = crate::expr::small_int(n) {
            self.emit(Instr::LoadInt { dst, value: jsvm_vm::isa::Imm(value) });
        } else {
            let k = self.consts.number(n)?;
            self.emit(Instr::LoadConst { dst, k });
        }
        Ok(())
    }

    /// Guards our own recursion; pair with `leave`.
    pub fn enter(&mut self, offset: u32) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::at("nesting too deep".to_string(), offset));
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ----- bindings -----

    fn symbol_is_global(&self, symbol: SymbolId) -> bool {
        self.scoping.symbol_scope_id(symbol) == self.root_scope
            && self.scoping.symbol_flags(symbol).intersects(SymbolFlags::FunctionScopedVariable | SymbolFlags::Function)
    }

    fn is_lexical(&self, symbol: SymbolId) -> bool {
        let flags = self.scoping.symbol_flags(symbol);
        flags.intersects(SymbolFlags::BlockScopedVariable | SymbolFlags::ConstVariable | SymbolFlags::Class)
            && !flags.contains(SymbolFlags::Function)
    }

    pub fn binding_of_symbol<'n>(&self, symbol: SymbolId, name: &'n str) -> Result<Binding<'n>> {
        if self.symbol_is_global(symbol) {
            return Ok(Binding::Global(name));
        }
        let storage = self
            .storage
            .get(&symbol)
            .copied()
            .ok_or_else(|| CompileError::internal(&format!("binding without storage: {name}")))?;
        if let Some(empty) = self.f.empty_reg
            && self.f.pending_params.contains(&symbol)
        {
            return Ok(Binding::Local { storage: Storage::Reg(empty), check_tdz: true, immutable: false });
        }
        let flags = self.scoping.symbol_flags(symbol);
        let check_tdz = self.is_lexical(symbol)
            && (!self.initialized.contains(&symbol)
                || self.analysis.is_switch_scope(self.scoping.symbol_scope_id(symbol)));
        let immutable = flags.contains(SymbolFlags::ConstVariable) || flags.contains(SymbolFlags::FunctionExpression);
        Ok(Binding::Local { storage, check_tdz, immutable })
    }

    pub fn resolve<'n>(&self, ident: &'n oxc_ast::ast::IdentifierReference<'a>) -> Result<Binding<'n>> {
        let name = ident.name.as_str();
        let symbol = ident.reference_id.get().and_then(|r| self.scoping.get_reference(r).symbol_id());
        match symbol {
            Some(symbol) => {
                let binding = self.binding_of_symbol(symbol, name)?;
                // Inside its own body a class's name is immutable.
                if let Binding::Local { storage, check_tdz, immutable: false } = binding
                    && self.scoping.symbol_flags(symbol).contains(SymbolFlags::Class)
                {
                    let declaration = self.semantic.nodes().get_node(self.scoping.symbol_declaration(symbol)).span();
                    let inside = ident.span.start >= declaration.start && ident.span.end <= declaration.end;
                    return Ok(Binding::Local { storage, check_tdz, immutable: inside });
                }
                Ok(binding)
            }
            None => {
                if name == "arguments"
                    && let Some(storage) = self.f.arguments
                {
                    return Ok(Binding::Arguments(storage));
                }
                if name == "undefined" {
                    return Ok(Binding::Undefined);
                }
                Ok(Binding::Global(name))
            }
        }
    }

    pub fn depth_of(&self, level: u32) -> Result<Depth> {
        let d =
            self.level.checked_sub(level).ok_or_else(|| CompileError::internal("environment below the current one"))?;
        u16::try_from(d).map(Depth).map_err(|_| CompileError::internal("environment too deep"))
    }

    pub fn read_storage(&mut self, storage: Storage, dst: Reg) -> Result<()> {
        match storage {
            Storage::Reg(r) => {
                if r != dst {
                    self.emit(Instr::Move { dst, src: r });
                }
            }
            Storage::Env { level, slot } => {
                let depth = self.depth_of(level)?;
                self.emit(Instr::GetEnv { dst, depth, slot: Slot(slot) });
            }
        }
        Ok(())
    }

    pub fn write_storage(&mut self, storage: Storage, src: Reg) -> Result<()> {
        match storage {
            Storage::Reg(r) => {
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
            }
            Storage::Env { level, slot } => {
                let depth = self.depth_of(level)?;
                self.emit(Instr::SetEnv { depth, slot: Slot(slot), src });
            }
        }
        Ok(())
    }

    /// Initialises a declared binding (no TDZ or const checks).
    pub fn init_symbol(&mut self, symbol: SymbolId, name: &str, src: Reg) -> Result<()> {
        if self.symbol_is_global(symbol) {
            let k = self.kstr(name)?;
            self.emit(Instr::SetGlobal { name: k, src });
            return Ok(());
        }
        let storage = self
            .storage
            .get(&symbol)
            .copied()
            .ok_or_else(|| CompileError::internal(&format!("binding without storage: {name}")))?;
        self.write_storage(storage, src)?;
        self.initialized.insert(symbol);
        Ok(())
    }

    pub fn symbol_of(&self, id: &oxc_ast::ast::BindingIdentifier<'a>) -> Result<SymbolId> {
        id.symbol_id.get().ok_or_else(|| CompileError::internal("unbound binding identifier"))
    }

    /// Whether any reference to `symbol` lies inside `span`.
    pub fn referenced_within(&self, symbol: SymbolId, span: Span) -> bool {
        self.scoping.get_resolved_references(symbol).any(|r| {
            let s = self.semantic.nodes().get_node(r.node_id()).span();
            s.start >= span.start && s.end <= span.end
        })
    }

    // ----- scopes -----

    fn sorted_bindings(&self, scope: ScopeId) -> Vec<SymbolId> {
        let mut v: Vec<SymbolId> = self.scoping.get_bindings(scope).values().copied().collect();
        v.sort_unstable();
        v
    }

    pub(crate) fn push_env(&mut self, slots: u16) {
        self.emit(Instr::PushEnv { slots: Count(slots) });
        self.level += 1;
        self.f.env_count = self.f.env_count.saturating_add(1);
    }

    fn pop_env(&mut self) {
        self.emit(Instr::PopEnv {});
        self.level = self.level.saturating_sub(1);
        self.f.env_count = self.f.env_count.saturating_sub(1);
    }

    /// Enters a block-like scope: pushes an environment when a binding is
    /// captured, gives every binding its storage, marks lexical registers
    /// uninitialised and creates the block's function declarations.
    /// Returns whether an environment was pushed (pass it to `exit_scope`).
    pub fn enter_scope(&mut self, scope: ScopeId, hoist_from: &[&[Statement<'a>]]) -> Result<bool> {
        let symbols = self.sorted_bindings(scope);
        let captured: Vec<SymbolId> = symbols.iter().copied().filter(|s| self.analysis.is_captured(*s)).collect();
        let pushed = !captured.is_empty();
        if pushed {
            let n =
                u16::try_from(captured.len()).map_err(|_| CompileError::internal("too many bindings in one scope"))?;
            self.push_env(n);
            self.f.ctl.push(Ctl::Env);
        }
        self.place_bindings(&symbols)?;
        for &symbol in &symbols {
            self.initialized.remove(&symbol);
        }
        for statements in hoist_from {
            self.hoist_functions(statements)?;
        }
        Ok(pushed)
    }

    /// Gives each binding its storage: captured ones the next slots of the
    /// environment just pushed, the others a register (marked uninitialised
    /// when lexical). Returns the number of slots used.
    fn place_bindings(&mut self, symbols: &[SymbolId]) -> Result<u16> {
        let mut slot = 0u16;
        for &symbol in symbols {
            if self.analysis.is_captured(symbol) {
                self.storage.insert(symbol, Storage::Env { level: self.level, slot });
                slot += 1;
            } else {
                let r = self.temp()?;
                self.storage.insert(symbol, Storage::Reg(r));
                if self.is_lexical(symbol) {
                    self.emit(Instr::LoadEmpty { dst: r });
                }
            }
        }
        Ok(slot)
    }

    pub fn exit_scope(&mut self, pushed: bool) {
        if pushed {
            self.pop_env();
            self.f.ctl.pop();
        }
    }

    /// Creates the closures of the function declarations directly in
    /// `statements` and initialises their bindings (hoisting).
    fn hoist_functions(&mut self, statements: &[Statement<'a>]) -> Result<()> {
        for statement in statements {
            if let Statement::FunctionDeclaration(func) = statement {
                let Some(id) = &func.id else { continue };
                let symbol = self.symbol_of(id)?;
                let mark = self.f.b.mark();
                let r = self.temp()?;
                let index = self.compile_function(FnNode::Function(func), id.name.as_str())?;
                self.emit(Instr::Closure { dst: r, func: Func(index) });
                if self.symbol_is_global(symbol) {
                    let k = self.kstr(id.name.as_str())?;
                    self.emit(Instr::DeclareGlobalFunction { name: k, src: r });
                } else {
                    self.init_symbol(symbol, id.name.as_str(), r)?;
                }
                self.f.b.release(mark);
            }
        }
        Ok(())
    }

    // ----- functions -----

    /// Compiles the script's top level as function 0.
    pub fn compile_script(
        mut self,
        program: &oxc_ast::ast::Program<'a>,
        source_name: &str,
    ) -> Result<jsvm_vm::module::Module> {
        self.functions.push(None);
        let root = self.root_scope;
        let needs = self.analysis.needs(root);
        // Declare the script's global vars first, then its functions.
        for symbol in self.sorted_bindings(root) {
            let flags = self.scoping.symbol_flags(symbol);
            if flags.contains(SymbolFlags::FunctionScopedVariable) && !flags.contains(SymbolFlags::Function) {
                let k = self.kstr(self.scoping.symbol_name(symbol))?;
                self.emit(Instr::DeclareGlobalVar { name: k });
            }
        }
        // Lexical bindings: everything in the root scope that is not global.
        let lexical: Vec<SymbolId> =
            self.sorted_bindings(root).into_iter().filter(|s| !self.symbol_is_global(*s)).collect();
        let captured: Vec<SymbolId> = lexical.iter().copied().filter(|s| self.analysis.is_captured(*s)).collect();
        let slots = captured.len() + usize::from(needs.this_captured);
        if slots > 0 {
            let n = u16::try_from(slots).map_err(|_| CompileError::internal("too many top-level bindings"))?;
            self.push_env(n);
        }
        let slot = self.place_bindings(&lexical)?;
        if needs.this_captured {
            let storage = Storage::Env { level: self.level, slot };
            let t = self.temp()?;
            self.emit(Instr::LoadThis { dst: t });
            self.write_storage(storage, t)?;
            self.f.this_env = Some(storage);
        }
        self.hoist_functions(&program.body)?;
        // The script returns its completion value when its last statement
        // is an expression (`1 + 2`, `({ ok: true })`): what `eval` would
        // give for it. Any other script returns undefined.
        let (last_expression, statements) = match program.body.split_last() {
            Some((Statement::ExpressionStatement(e), before)) => (Some(e), before),
            _ => (None, &program.body[..]),
        };
        for statement in statements {
            self.statement(statement)?;
        }
        let r = self.temp()?;
        match last_expression {
            Some(e) => {
                self.enter(e.span.start)?;
                let compiled = self.expr(&e.expression, r);
                self.leave();
                compiled?;
            }
            None => self.emit(Instr::LoadUndefined { dst: r }),
        }
        self.emit(Instr::Return { src: r });

        let start = self.position_of(program.span.start.max(PREFIX_LEN));
        let state = std::mem::replace(&mut self.f, FnState::new(0));
        let finished = state.b.finish()?;
        let proto = FunctionProto {
            name: String::new(),
            kind: FunctionKind::Script,
            param_count: 0,
            length: 0,
            register_count: finished.register_count,
            keeps_arguments: false,
            code: finished.code,
            handlers: finished.handlers,
            positions: finished.positions,
            start,
        };
        if let Some(slot) = self.functions.get_mut(0) {
            *slot = Some(proto);
        }
        let functions = self
            .functions
            .into_iter()
            .map(|f| f.ok_or_else(|| CompileError::internal("function left uncompiled")))
            .collect::<Result<Vec<_>>>()?;
        Ok(jsvm_vm::module::Module { source_name: source_name.to_owned(), constants: self.consts.list, functions })
    }

    /// Emits `Closure` for a function expression or arrow into `dst`,
    /// binding a named function expression's own name when it is used.
    pub fn closure(&mut self, node: FnNode<'_, 'a>, name: &str, dst: Reg) -> Result<()> {
        let self_symbol = match node {
            FnNode::Function(func) => match &func.id {
                Some(id) => {
                    let symbol = self.symbol_of(id)?;
                    (!self.scoping.get_resolved_reference_ids(symbol).is_empty()).then_some(symbol)
                }
                None => None,
            },
            FnNode::Arrow(_) => None,
        };
        match self_symbol {
            Some(symbol) => {
                self.push_env(1);
                self.storage.insert(symbol, Storage::Env { level: self.level, slot: 0 });
                let index = self.compile_function(node, name)?;
                self.emit(Instr::Closure { dst, func: Func(index) });
                self.emit(Instr::SetEnv { depth: Depth(0), slot: Slot(0), src: dst });
                self.pop_env();
            }
            None => {
                let index = self.compile_function(node, name)?;
                self.emit(Instr::Closure { dst, func: Func(index) });
            }
        }
        Ok(())
    }

    /// Compiles a method of an object literal (FunctionKind::Method).
    /// Loads the private name `#name` (without the `#`) into `dst`.
    pub fn load_private_name(&mut self, name: &str, dst: Reg, offset: u32) -> Result<()> {
        let slot = self.private_scopes.iter().rev().find_map(|scope| scope.get(name).and_then(|p| p.name));
        match slot {
            Some(storage) => self.read_storage(storage, dst),
            None => {
                Err(CompileError::at(format!("Private field '#{name}' must be declared in an enclosing class"), offset))
            }
        }
    }

    /// Compiles a function that has no AST of its own (a default class
    /// constructor, a class's field and static initializers): `body` emits
    /// its code after an empty prologue; the function returns undefined.
    pub(crate) fn compile_synthetic(
        &mut self,
        name: &str,
        kind: FunctionKind,
        offset: u32,
        keeps_arguments: bool,
        body: &mut dyn FnMut(&mut Self) -> Result<()>,
    ) -> Result<u32> {
        self.enter(offset)?;
        let index = u32::try_from(self.functions.len()).map_err(|_| CompileError::internal("too many functions"))?;
        self.functions.push(None);
        let outer = std::mem::replace(&mut self.f, FnState::new(0));
        let outer_level = self.level;
        let result = body(self);
        let state = std::mem::replace(&mut self.f, outer);
        self.level = outer_level;
        result?;
        let mut b = state.b;
        let r = b.temp()?;
        b.emit(Instr::LoadUndefined { dst: r });
        b.emit(Instr::Return { src: r });
        let finished = b.finish()?;
        let proto = FunctionProto {
            name: name.to_owned(),
            kind,
            param_count: 0,
            length: 0,
            register_count: finished.register_count,
            keeps_arguments,
            code: finished.code,
            handlers: finished.handlers,
            positions: finished.positions,
            start: self.position_of(offset),
        };
        if let Some(slot) = self.functions.get_mut(index as usize) {
            *slot = Some(proto);
        }
        self.leave();
        Ok(index)
    }

    pub fn method_closure(&mut self, func: &Function<'a>, name: &str, dst: Reg) -> Result<()> {
        let index = self.compile_function_kind(FnNode::Function(func), name, FunctionKind::Method)?;
        self.emit(Instr::Closure { dst, func: Func(index) });
        Ok(())
    }

    pub fn compile_function(&mut self, node: FnNode<'_, 'a>, name: &str) -> Result<u32> {
        let kind = match node {
            FnNode::Function(_) => FunctionKind::Normal,
            FnNode::Arrow(_) => FunctionKind::Arrow,
        };
        self.compile_function_kind(node, name, kind)
    }

    pub(crate) fn compile_function_kind(
        &mut self,
        node: FnNode<'_, 'a>,
        name: &str,
        kind: FunctionKind,
    ) -> Result<u32> {
        let (span, params, is_async, is_generator, scope) = match node {
            FnNode::Function(f) => (f.span, &*f.params, f.r#async, f.generator, f.scope_id.get()),
            FnNode::Arrow(a) => (a.span, &*a.params, a.r#async, false, a.scope_id.get()),
        };
        if is_async {
            return Err(not_in_jsvm("async functions", span.start));
        }
        let kind = if is_generator { FunctionKind::Generator } else { kind };
        let scope = scope.ok_or_else(|| CompileError::internal("function without scope"))?;
        self.enter(span.start)?;
        let index = u32::try_from(self.functions.len()).map_err(|_| CompileError::internal("too many functions"))?;
        self.functions.push(None);

        let param_count = u16::try_from(params.items.len())
            .map_err(|_| CompileError::at("too many parameters".into(), span.start))?;
        let is_arrow = matches!(node, FnNode::Arrow(_));
        let mut state = FnState::new(param_count);
        state.is_arrow = is_arrow;
        state.derived = kind == FunctionKind::DerivedConstructor;
        if is_arrow {
            state.this_env = self.f.this_env;
            state.new_target_env = self.f.new_target_env;
            state.function_env = self.f.function_env;
            state.arguments = self.f.arguments;
        }
        let outer = std::mem::replace(&mut self.f, state);
        let outer_level = self.level;

        let length = params.items.iter().position(|p| p.initializer.is_some()).unwrap_or(params.items.len());
        let length = u16::try_from(length).unwrap_or(u16::MAX);
        let needs = if is_arrow { Default::default() } else { self.analysis.needs(scope) };
        let keeps_arguments = needs.uses_arguments || params.rest.is_some();

        self.prologue(node, params, scope, needs)?;
        if kind == FunctionKind::Generator {
            // Parameters are bound at the call; the body waits for `next()`.
            self.emit(Instr::InitialYield {});
        }
        if kind == FunctionKind::ClassConstructor {
            // A base class's fields are defined before its constructor body.
            self.emit(Instr::InitFields {});
        }
        match node {
            FnNode::Function(f) => {
                let body: &FunctionBody<'a> =
                    f.body.as_deref().ok_or_else(|| CompileError::internal("function without body"))?;
                self.statement_list(&body.statements)?;
                let r = self.temp()?;
                self.emit(Instr::LoadUndefined { dst: r });
                self.emit_return(r)?;
            }
            FnNode::Arrow(a) => match &a.body {
                ArrowFunctionBody::FunctionBody(body) => {
                    self.statement_list(&body.statements)?;
                    let r = self.temp()?;
                    self.emit(Instr::LoadUndefined { dst: r });
                    self.emit(Instr::Return { src: r });
                }
                body => {
                    let e = body
                        .as_expression()
                        .ok_or_else(|| CompileError::internal("arrow body is neither block nor expression"))?;
                    let r = self.temp()?;
                    self.expr(e, r)?;
                    self.emit(Instr::Return { src: r });
                }
            },
        }

        let state = std::mem::replace(&mut self.f, outer);
        self.level = outer_level;
        let finished = state.b.finish()?;
        let proto = FunctionProto {
            name: name.to_owned(),
            kind,
            param_count,
            length,
            register_count: finished.register_count,
            keeps_arguments,
            code: finished.code,
            handlers: finished.handlers,
            positions: finished.positions,
            start: self.position_of(span.start),
        };
        if let Some(slot) = self.functions.get_mut(index as usize) {
            *slot = Some(proto);
        }
        self.leave();
        Ok(index)
    }

    /// Binds a destructuring parameter from its register (plain parameters
    /// already live there).
    fn bind_param_pattern(&mut self, pattern: &BindingPattern<'a>, index: usize) -> Result<()> {
        if matches!(pattern, BindingPattern::BindingIdentifier(_)) {
            return Ok(());
        }
        let r = Reg(u16::try_from(index).map_err(|_| CompileError::internal("too many parameters"))?);
        self.bind_pattern(pattern, r)
    }

    fn prologue(
        &mut self,
        node: FnNode<'_, 'a>,
        params: &FormalParameters<'a>,
        scope: ScopeId,
        needs: crate::scope::FunctionNeeds,
    ) -> Result<()> {
        // Plain parameters are their registers; destructuring ones (`None`
        // here) bind their names from their register in the prologue.
        let mut param_symbols: Vec<Option<SymbolId>> = Vec::with_capacity(params.items.len());
        for p in &params.items {
            param_symbols.push(match &p.pattern {
                BindingPattern::BindingIdentifier(id) => Some(self.symbol_of(id)?),
                _ => None,
            });
        }
        let rest_symbol = match &params.rest {
            Some(rest) => match &rest.rest.argument {
                BindingPattern::BindingIdentifier(id) => Some(self.symbol_of(id)?),
                _ => None,
            },
            None => None,
        };
        let self_symbol = match node {
            FnNode::Function(f) if f.is_expression() => f.id.as_ref().map(|id| self.symbol_of(id)).transpose()?,
            _ => None,
        };
        let symbols: Vec<SymbolId> =
            self.sorted_bindings(scope).into_iter().filter(|s| Some(*s) != self_symbol).collect();
        let captured_count = symbols.iter().filter(|s| self.analysis.is_captured(**s)).count()
            + usize::from(needs.this_captured)
            + usize::from(needs.new_target_captured)
            + usize::from(needs.super_call_captured && self.f.derived)
            + usize::from(needs.arguments_captured);
        if captured_count > 0 {
            let n = u16::try_from(captured_count)
                .map_err(|_| CompileError::internal("too many bindings in one function"))?;
            self.push_env(n);
        }
        let mut slot = 0u16;
        let mut next_slot = || {
            let s = slot;
            slot += 1;
            s
        };
        // `this` and `arguments` for inner arrows.
        if needs.this_captured {
            let storage = Storage::Env { level: self.level, slot: next_slot() };
            // A derived constructor's `this` reaches the slot after `super()`.
            if !self.f.derived {
                let t = self.temp()?;
                self.emit(Instr::LoadThis { dst: t });
                self.write_storage(storage, t)?;
            }
            self.f.this_env = Some(storage);
        }
        if needs.new_target_captured {
            let storage = Storage::Env { level: self.level, slot: next_slot() };
            let t = self.temp()?;
            self.emit(Instr::LoadNewTarget { dst: t });
            self.write_storage(storage, t)?;
            self.f.new_target_env = Some(storage);
        }
        if needs.super_call_captured && self.f.derived {
            let storage = Storage::Env { level: self.level, slot: next_slot() };
            let t = self.temp()?;
            self.emit(Instr::LoadFunction { dst: t });
            self.write_storage(storage, t)?;
            self.f.function_env = Some(storage);
        }
        if needs.uses_arguments {
            let storage = if needs.arguments_captured {
                Storage::Env { level: self.level, slot: next_slot() }
            } else {
                Storage::Reg(self.temp()?)
            };
            let t = self.temp()?;
            self.emit(Instr::CreateArguments { dst: t });
            self.write_storage(storage, t)?;
            self.f.arguments = Some(storage);
        }
        // Parameters: registers 0..n, or copied into their slots.
        for (i, symbol) in param_symbols.iter().enumerate() {
            let Some(symbol) = *symbol else { continue };
            let r = Reg(u16::try_from(i).unwrap_or(u16::MAX));
            if self.analysis.is_captured(symbol) {
                let storage = Storage::Env { level: self.level, slot: next_slot() };
                self.storage.insert(symbol, storage);
                self.write_storage(storage, r)?;
            } else {
                self.storage.insert(symbol, Storage::Reg(r));
            }
        }
        // Everything else declared in the function scope.
        for &symbol in &symbols {
            if param_symbols.contains(&Some(symbol)) {
                continue;
            }
            let storage = if self.analysis.is_captured(symbol) {
                Storage::Env { level: self.level, slot: next_slot() }
            } else {
                Storage::Reg(self.temp()?)
            };
            self.storage.insert(symbol, storage);
            self.initialized.remove(&symbol);
            let flags = self.scoping.symbol_flags(symbol);
            if self.is_lexical(symbol) {
                if let Storage::Reg(r) = storage {
                    self.emit(Instr::LoadEmpty { dst: r });
                }
            } else if flags.contains(SymbolFlags::FunctionScopedVariable) && Some(symbol) != rest_symbol {
                let t = match storage {
                    Storage::Reg(r) => r,
                    Storage::Env { .. } => self.temp()?,
                };
                self.emit(Instr::LoadUndefined { dst: t });
                self.write_storage(storage, t)?;
            }
        }
        // Default values, in order. While one is evaluated, its parameter
        // and the later ones are in their TDZ.
        if params.items.iter().any(|p| p.initializer.is_some()) {
            let empty = self.temp()?;
            self.emit(Instr::LoadEmpty { dst: empty });
            self.f.empty_reg = Some(empty);
        }
        for (i, p) in params.items.iter().enumerate() {
            let Some(init) = &p.initializer else {
                self.bind_param_pattern(&p.pattern, i)?;
                continue;
            };
            self.f.pending_params = param_symbols.get(i..).unwrap_or(&[]).iter().flatten().copied().collect();
            let r = Reg(u16::try_from(i).unwrap_or(u16::MAX));
            let use_default = self.label();
            let done = self.label();
            self.f.b.emit_jump(Instr::JumpIfUndefined { src: r, target: jsvm_vm::isa::Target(0) }, use_default);
            self.jump(done);
            self.bind(use_default);
            let name = match &p.pattern {
                BindingPattern::BindingIdentifier(id) => id.name.as_str(),
                _ => "",
            };
            // A default can only read earlier parameters (later ones are in
            // their TDZ), so it may be built in the parameter's register.
            self.expr_named(init, r, name)?;
            if let Some(&Some(symbol)) = param_symbols.get(i)
                && let Some(storage @ Storage::Env { .. }) = self.storage.get(&symbol).copied()
            {
                self.write_storage(storage, r)?;
            }
            self.bind(done);
            self.f.pending_params.clear();
            self.bind_param_pattern(&p.pattern, i)?;
        }
        self.f.pending_params.clear();
        self.f.empty_reg = None;
        if let Some(symbol) = rest_symbol {
            let storage = self
                .storage
                .get(&symbol)
                .copied()
                .ok_or_else(|| CompileError::internal("rest parameter without storage"))?;
            let from = Count(u16::try_from(params.items.len()).unwrap_or(u16::MAX));
            let t = match storage {
                Storage::Reg(r) => r,
                Storage::Env { .. } => self.temp()?,
            };
            self.emit(Instr::CreateRestArray { dst: t, from });
            self.write_storage(storage, t)?;
        } else if let Some(rest) = &params.rest {
            let from = Count(u16::try_from(params.items.len()).unwrap_or(u16::MAX));
            let t = self.temp()?;
            self.emit(Instr::CreateRestArray { dst: t, from });
            self.bind_pattern(&rest.rest.argument, t)?;
        }
        // Hoisted function declarations of the body.
        if let FnNode::Function(f) = node
            && let Some(body) = &f.body
        {
            self.hoist_functions(&body.statements)?;
        }
        if let FnNode::Arrow(a) = node
            && let ArrowFunctionBody::FunctionBody(body) = &a.body
        {
            self.hoist_functions(&body.statements)?;
        }
        Ok(())
    }
}
