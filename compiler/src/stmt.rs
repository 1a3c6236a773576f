//! Statements and control flow: declarations, loops, switch, labels,
//! break/continue/return through environments, for-of iterators and
//! `finally` blocks, try/catch/finally, and the scopes of `using`
//! declarations (a finally block that disposes their resources).
//!
//! The control stack (`Ctl`) records, innermost last, everything a jump may
//! have to undo on its way out: environments to pop, iterators to close,
//! catch regions to leave (their ranges get a hole so that an exception
//! thrown while leaving is not caught by what was left) and `finally` blocks
//! to run. A `finally` body is compiled once; exits through it store a
//! completion kind (0 normal, 1 throw, 2 return, 3+n jump n) and a value in
//! two registers, and the code after the body dispatches on the kind.

use jsvm_vm::isa::{Imm, Instr, Reg, Target};
use oxc_ast::ast::{
    BindingPattern, CatchClause, Expression, ForStatement, ForStatementInit, ForStatementLeft, Statement,
    SwitchStatement, TryStatement, VariableDeclaration, VariableDeclarationKind,
};
use oxc_span::GetSpan;
use oxc_syntax::scope::ScopeId;

use crate::CompileError;
use crate::builder::Label;
use crate::function::{Compiler, Result, not_in_jsvm};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BreakKind {
    Loop,
    Switch,
    Labeled,
}

/// One entry of the control stack.
pub(crate) enum Ctl {
    /// An environment pushed by a scope of this function.
    Env,
    /// A statement that `break` (and for loops `continue`) can target.
    Breakable { labels: Vec<String>, kind: BreakKind, break_l: Label, cont_l: Option<Label> },
    /// A for-of loop's iterator: closed by exits that leave the loop.
    Iter { iter: Reg, holes: Vec<(u32, u32)> },
    /// The protected block of a try/catch.
    Protected { holes: Vec<(u32, u32)> },
    /// A try block (and its catch) guarded by a finally.
    Finally { kind: Reg, value: Reg, entry: Label, jumps: Vec<Exit>, has_return: bool },
}

/// Where a jump goes: the control-stack index of its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Exit {
    Break(usize),
    Continue(usize),
    Return,
}

const KIND_NORMAL: i32 = 0;
const KIND_THROW: i32 = 1;
const KIND_RETURN: i32 = 2;
const KIND_JUMP: i32 = 3;

impl<'s, 'a> Compiler<'s, 'a> {
    pub fn statement(&mut self, s: &Statement<'a>) -> Result<()> {
        self.enter(s.span().start)?;
        let r = self.statement_inner(s, Vec::new());
        self.leave();
        r
    }

    fn statement_inner(&mut self, s: &Statement<'a>, labels: Vec<String>) -> Result<()> {
        let mark = self.f.b.mark();
        match s {
            Statement::BlockStatement(block) => {
                let scope = block.scope_id.get().ok_or_else(|| CompileError::internal("block"))?;
                let pushed = self.enter_scope(scope, &[&block.body])?;
                self.statement_list(&block.body)?;
                self.exit_scope(pushed);
            }
            Statement::EmptyStatement(_) => {}
            Statement::DebuggerStatement(_) => self.emit(Instr::Nop {}),
            Statement::ExpressionStatement(e) => self.effect(&e.expression)?,
            Statement::VariableDeclaration(decl) => self.var_declaration(decl)?,
            Statement::FunctionDeclaration(_) => {} // hoisted
            Statement::ClassDeclaration(c) => {
                let mark = self.f.b.mark();
                let t = self.temp()?;
                self.class(c, t, "")?;
                self.f.b.release(mark);
            }
            Statement::IfStatement(st) => {
                let else_l = self.label();
                self.cond_jump(&st.test, false, else_l)?;
                self.statement(&st.consequent)?;
                match &st.alternate {
                    Some(alt) => {
                        let end = self.label();
                        self.jump(end);
                        self.bind(else_l);
                        self.statement(alt)?;
                        self.bind(end);
                    }
                    None => self.bind(else_l),
                }
            }
            // Loops test at the bottom: one conditional jump per iteration.
            Statement::WhileStatement(st) => {
                let (break_l, cont_l) = self.push_loop(labels);
                let body_l = self.label();
                self.jump(cont_l);
                self.bind(body_l);
                self.statement(&st.body)?;
                self.bind(cont_l);
                self.cond_jump(&st.test, true, body_l)?;
                self.bind(break_l);
                self.f.ctl.pop();
            }
            Statement::DoWhileStatement(st) => {
                let (break_l, cont_l) = self.push_loop(labels);
                let top = self.label();
                self.bind(top);
                self.statement(&st.body)?;
                self.bind(cont_l);
                self.cond_jump(&st.test, true, top)?;
                self.bind(break_l);
                self.f.ctl.pop();
            }
            Statement::ForStatement(st) => {
                let scope = st.scope_id.get().ok_or_else(|| CompileError::internal("for"))?;
                let pushed = self.enter_scope(scope, &[])?;
                match &st.init {
                    Some(ForStatementInit::VariableDeclaration(decl))
                        if decl.kind == VariableDeclarationKind::Using =>
                    {
                        self.disposing_scope(|this| this.for_statement(st, labels, pushed))?;
                    }
                    _ => self.for_statement(st, labels, pushed)?,
                }
                self.exit_scope(pushed);
            }
            Statement::ForInStatement(st) => {
                let scope = st.scope_id.get().ok_or_else(|| CompileError::internal("for-in"))?;
                let obj = self.for_head_value(&st.right, scope)?;
                let iter = self.temp()?;
                self.pos(st.right.span().start);
                self.emit(Instr::ForInStart { dst: iter, obj });
                let key = self.temp()?;
                let (break_l, cont_l) = self.push_loop(labels);
                self.bind(cont_l);
                self.f.b.emit_jump(Instr::ForInNext { dst: key, iter, done: Target(0) }, break_l);
                let inner = self.f.b.mark();
                let pushed = self.enter_scope(scope, &[])?;
                self.assign_for_left(&st.left, key)?;
                self.statement(&st.body)?;
                self.exit_scope(pushed);
                self.f.b.release(inner);
                self.jump(cont_l);
                self.bind(break_l);
                self.f.ctl.pop();
            }
            Statement::ForOfStatement(st) => {
                if st.r#await {
                    return Err(not_in_jsvm("for await loops", st.span.start));
                }
                let scope = st.scope_id.get().ok_or_else(|| CompileError::internal("for-of"))?;
                let src = self.for_head_value(&st.right, scope)?;
                let iter = self.temp()?;
                self.pos(st.right.span().start);
                self.emit(Instr::GetIterator { dst: iter, src });
                let value = self.temp()?;
                let env_depth = self.f.env_count;
                self.f.ctl.push(Ctl::Iter { iter, holes: Vec::new() });
                let (close_l, cont_l) = self.push_loop(labels);
                let done_l = self.label();
                self.bind(cont_l);
                self.pos(st.span.start);
                self.f.b.emit_jump(Instr::IteratorNext { dst: value, iter, done: Target(0) }, done_l);
                let body_start = self.f.b.pc();
                let inner = self.f.b.mark();
                let pushed = self.enter_scope(scope, &[])?;
                let iteration = |this: &mut Self| -> Result<()> {
                    this.assign_for_left(&st.left, value)?;
                    this.statement(&st.body)
                };
                match &st.left {
                    ForStatementLeft::VariableDeclaration(d) if d.kind == VariableDeclarationKind::Using => {
                        self.disposing_scope(iteration)?
                    }
                    _ => iteration(self)?,
                }
                self.exit_scope(pushed);
                self.f.b.release(inner);
                self.jump(cont_l);
                let body_end = self.f.b.pc();
                self.f.ctl.pop();
                let holes = match self.f.ctl.pop() {
                    Some(Ctl::Iter { holes, .. }) => holes,
                    _ => return Err(CompileError::internal("for-of control stack")),
                };
                // `break` lands here: close the iterator.
                self.bind(close_l);
                self.emit(Instr::IteratorClose { iter });
                self.jump(done_l);
                self.close_iterator_on_throw(iter, body_start, body_end, &holes, env_depth)?;
                self.bind(done_l);
            }
            Statement::LabeledStatement(st) => {
                let mut labels = labels;
                labels.push(st.label.name.as_str().to_owned());
                match &st.body {
                    Statement::ForStatement(_)
                    | Statement::ForInStatement(_)
                    | Statement::ForOfStatement(_)
                    | Statement::WhileStatement(_)
                    | Statement::DoWhileStatement(_)
                    | Statement::LabeledStatement(_) => {
                        self.enter(st.span.start)?;
                        let r = self.statement_inner(&st.body, labels);
                        self.leave();
                        r?;
                    }
                    body => {
                        let break_l = self.label();
                        self.f.ctl.push(Ctl::Breakable { labels, kind: BreakKind::Labeled, break_l, cont_l: None });
                        self.statement(body)?;
                        self.f.ctl.pop();
                        self.bind(break_l);
                    }
                }
            }
            Statement::BreakStatement(st) => {
                let target = self.find_target(st.label.as_ref().map(|l| l.name.as_str()), false);
                let target = target.ok_or_else(|| CompileError::at("Illegal break statement".into(), st.span.start))?;
                self.emit_exit(Exit::Break(target), None, self.f.ctl.len())?;
            }
            Statement::ContinueStatement(st) => {
                let target = self.find_target(st.label.as_ref().map(|l| l.name.as_str()), true);
                let target =
                    target.ok_or_else(|| CompileError::at("Illegal continue statement".into(), st.span.start))?;
                self.emit_exit(Exit::Continue(target), None, self.f.ctl.len())?;
            }
            Statement::ReturnStatement(st) => {
                let r = self.temp()?;
                match &st.argument {
                    Some(e) => self.expr(e, r)?,
                    None => self.emit(Instr::LoadUndefined { dst: r }),
                }
                self.emit_exit(Exit::Return, Some(r), self.f.ctl.len())?;
            }
            Statement::ThrowStatement(st) => {
                let r = self.expr_any(&st.argument)?;
                self.pos(st.span.start);
                self.emit(Instr::Throw { src: r });
            }
            Statement::TryStatement(st) => self.try_statement(st)?,
            Statement::SwitchStatement(st) => self.switch_statement(st, labels)?,
            Statement::WithStatement(st) => return Err(not_in_jsvm("with statements", st.span.start)),
            other => {
                let start = other.span().start;
                return Err(match other {
                    Statement::ImportDeclaration(_)
                    | Statement::ExportAllDeclaration(_)
                    | Statement::ExportDefaultDeclaration(_)
                    | Statement::ExportNamedDeclaration(_) => {
                        CompileError::at("import and export are not supported by jsvm".into(), start)
                    }
                    _ => CompileError::at("TypeScript syntax is not supported by jsvm".into(), start),
                });
            }
        }
        self.f.b.release(mark);
        Ok(())
    }

    /// A `for (init; test; update)` loop inside its head's scope (`pushed`:
    /// whether that scope has an environment, copied per iteration).
    fn for_statement(&mut self, st: &ForStatement<'a>, labels: Vec<String>, pushed: bool) -> Result<()> {
        match &st.init {
            Some(ForStatementInit::VariableDeclaration(decl)) => self.var_declaration(decl)?,
            Some(init) => {
                if let Some(e) = init.as_expression() {
                    self.effect(e)?;
                }
            }
            None => {}
        }
        if pushed {
            self.emit(Instr::CopyEnv {});
        }
        let (break_l, cont_l) = self.push_loop(labels);
        let body_l = self.label();
        let test_l = self.label();
        if st.test.is_some() {
            self.jump(test_l);
        }
        self.bind(body_l);
        self.statement(&st.body)?;
        self.bind(cont_l);
        if pushed {
            self.emit(Instr::CopyEnv {});
        }
        if let Some(update) = &st.update {
            self.effect(update)?;
        }
        self.bind(test_l);
        match &st.test {
            Some(test) => self.cond_jump(test, true, body_l)?,
            None => self.jump(body_l),
        }
        self.bind(break_l);
        self.f.ctl.pop();
        Ok(())
    }

    /// Emits a handler for `[start, end)` minus `holes` that closes `iter`
    /// (keeping the original exception) and rethrows: what an exception
    /// leaving a for-of body or an array pattern does.
    pub(crate) fn close_iterator_on_throw(
        &mut self,
        iter: Reg,
        start: u32,
        end: u32,
        holes: &[(u32, u32)],
        env_depth: u16,
    ) -> Result<()> {
        let handler = self.label();
        self.bind(handler);
        let e = self.temp()?;
        self.emit(Instr::Catch { dst: e });
        self.emit(Instr::IteratorCloseOnThrow { iter });
        self.emit(Instr::Throw { src: e });
        self.f.b.add_handler(start, end, holes, handler, env_depth);
        Ok(())
    }

    /// Evaluates the object of a for-in/for-of head. The loop's own
    /// `let`/`const` bindings are in their TDZ meanwhile (ForIn/OfHeadEvaluation
    /// with a TDZ scope), so `for (const x of [x])` throws a ReferenceError.
    fn for_head_value(&mut self, right: &Expression<'a>, scope: ScopeId) -> Result<Reg> {
        let value = self.temp()?;
        let mark = self.f.b.mark();
        let pushed = self.enter_scope(scope, &[])?;
        self.expr(right, value)?;
        self.exit_scope(pushed);
        self.f.b.release(mark);
        Ok(value)
    }

    fn push_loop(&mut self, labels: Vec<String>) -> (Label, Label) {
        let break_l = self.label();
        let cont_l = self.label();
        self.f.ctl.push(Ctl::Breakable { labels, kind: BreakKind::Loop, break_l, cont_l: Some(cont_l) });
        (break_l, cont_l)
    }

    fn find_target(&self, label: Option<&str>, is_continue: bool) -> Option<usize> {
        self.f.ctl.iter().enumerate().rev().find_map(|(i, c)| match c {
            Ctl::Breakable { labels, kind, .. } => {
                let kind_ok = match (is_continue, label.is_some()) {
                    (true, _) => *kind == BreakKind::Loop,
                    (false, true) => true,
                    (false, false) => *kind != BreakKind::Labeled,
                };
                let label_ok = label.is_none_or(|l| labels.iter().any(|x| x == l));
                (kind_ok && label_ok).then_some(i)
            }
            _ => None,
        })
    }

    /// Emits the code that leaves the control-stack entries `[target, from)`
    /// towards `exit`, carrying `value` for a return.
    pub fn emit_exit(&mut self, exit: Exit, value: Option<Reg>, from: usize) -> Result<()> {
        let crosses_finally =
            self.f.ctl.get(..from).is_some_and(|c| c.iter().any(|c| matches!(c, Ctl::Finally { .. })));
        let pop_envs = exit != Exit::Return || crosses_finally;
        let mut open_holes: Vec<(usize, u32)> = Vec::new();
        let mut i = from;
        let mut done = false;
        while i > 0 {
            i -= 1;
            let pc = self.f.b.pc();
            enum Step {
                PopEnv,
                Jump(Label),
                Close(Reg),
                Hole,
                Finally(Reg, Reg, Label),
                Nothing,
            }
            let step = match self.f.ctl.get(i) {
                Some(Ctl::Env) => Step::PopEnv,
                Some(Ctl::Breakable { break_l, cont_l, .. }) => match exit {
                    Exit::Break(t) if t == i => Step::Jump(*break_l),
                    Exit::Continue(t) if t == i => match cont_l {
                        Some(c) => Step::Jump(*c),
                        None => return Err(CompileError::internal("continue to a non-loop")),
                    },
                    _ => Step::Nothing,
                },
                Some(Ctl::Iter { iter, .. }) => Step::Close(*iter),
                Some(Ctl::Protected { .. }) => Step::Hole,
                Some(Ctl::Finally { kind, value, entry, .. }) => Step::Finally(*kind, *value, *entry),
                None => Step::Nothing,
            };
            match step {
                Step::PopEnv => {
                    if pop_envs {
                        self.emit(Instr::PopEnv {});
                    }
                }
                Step::Jump(l) => {
                    self.jump(l);
                    done = true;
                }
                Step::Close(iter) => {
                    open_holes.push((i, pc));
                    self.emit(Instr::IteratorClose { iter });
                }
                Step::Hole => open_holes.push((i, pc)),
                Step::Finally(kind_reg, value_reg, entry) => {
                    let kind = match exit {
                        Exit::Return => {
                            match value {
                                Some(v) => self.emit(Instr::Move { dst: value_reg, src: v }),
                                None => self.emit(Instr::LoadUndefined { dst: value_reg }),
                            }
                            if let Some(Ctl::Finally { has_return, .. }) = self.f.ctl.get_mut(i) {
                                *has_return = true;
                            }
                            KIND_RETURN
                        }
                        jump => {
                            let Some(Ctl::Finally { jumps, .. }) = self.f.ctl.get_mut(i) else {
                                return Err(CompileError::internal("finally control stack"));
                            };
                            let n = match jumps.iter().position(|j| *j == jump) {
                                Some(n) => n,
                                None => {
                                    jumps.push(jump);
                                    jumps.len() - 1
                                }
                            };
                            KIND_JUMP.saturating_add(i32::try_from(n).unwrap_or(i32::MAX - 3))
                        }
                    };
                    self.emit(Instr::LoadInt { dst: kind_reg, value: Imm(kind) });
                    self.jump(entry);
                    done = true;
                }
                Step::Nothing => {}
            }
            if done {
                break;
            }
        }
        if !done {
            match (exit, value) {
                (Exit::Return, Some(v)) => self.emit_return(v)?,
                (Exit::Return, None) => {
                    let t = self.temp()?;
                    self.emit(Instr::LoadUndefined { dst: t });
                    self.emit_return(t)?;
                }
                _ => return Err(CompileError::internal("jump target not found")),
            }
        }
        let end = self.f.b.pc();
        for (index, start) in open_holes {
            match self.f.ctl.get_mut(index) {
                Some(Ctl::Iter { holes, .. }) | Some(Ctl::Protected { holes }) => {
                    holes.push((start, end));
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Returns R[value] from the function. A derived constructor whose
    /// `this` lives in an environment slot (its arrows call `super()`)
    /// returns that `this` in place of undefined, since its frame never
    /// binds one.
    pub(crate) fn emit_return(&mut self, value: Reg) -> Result<()> {
        let this_slot = match (self.f.is_arrow, self.f.function_env, self.f.this_env) {
            (false, Some(_), Some(this_slot)) => this_slot,
            _ => {
                self.emit(Instr::Return { src: value });
                return Ok(());
            }
        };
        let use_this = self.label();
        self.f.b.emit_jump(Instr::JumpIfUndefined { src: value, target: Target(0) }, use_this);
        self.emit(Instr::Return { src: value });
        self.bind(use_this);
        let t = self.temp()?;
        self.read_storage(this_slot, t)?;
        let name = self.kstr("this")?;
        self.emit(Instr::CheckInit { src: t, name });
        self.emit(Instr::Return { src: t });
        Ok(())
    }

    fn try_statement(&mut self, st: &TryStatement<'a>) -> Result<()> {
        match &st.finalizer {
            Some(finalizer) => {
                self.with_finally(|this| this.try_catch(st), |this, _, _| this.block_statement(finalizer))
            }
            None => self.try_catch(st),
        }
    }

    /// The try block and its catch clause, if any.
    fn try_catch(&mut self, st: &TryStatement<'a>) -> Result<()> {
        let Some(handler) = &st.handler else {
            return self.block_statement(&st.block);
        };
        let env_depth = self.f.env_count;
        let try_start = self.f.b.pc();
        self.f.ctl.push(Ctl::Protected { holes: Vec::new() });
        self.block_statement(&st.block)?;
        let holes = match self.f.ctl.pop() {
            Some(Ctl::Protected { holes }) => holes,
            _ => return Err(CompileError::internal("try control stack")),
        };
        let try_end = self.f.b.pc();
        let after = self.label();
        self.jump(after);
        let catch_l = self.label();
        self.bind(catch_l);
        self.f.b.add_handler(try_start, try_end, &holes, catch_l, env_depth);
        self.catch_clause(handler)?;
        self.bind(after);
        Ok(())
    }

    /// Compiles `body` guarded by a finally block: however the body is left
    /// (falling through, throwing, returning, breaking), the code
    /// `finalizer` emits runs first, given the registers of the completion's
    /// kind and value, and then the exit goes on where it was going.
    fn with_finally(
        &mut self,
        body: impl FnOnce(&mut Self) -> Result<()>,
        finalizer: impl FnOnce(&mut Self, Reg, Reg) -> Result<()>,
    ) -> Result<()> {
        let env_depth = self.f.env_count;
        let kind = self.temp()?;
        let value = self.temp()?;
        let entry = self.label();
        self.f.ctl.push(Ctl::Finally { kind, value, entry, jumps: Vec::new(), has_return: false });
        let index = self.f.ctl.len() - 1;
        let start = self.f.b.pc();
        body(self)?;
        let region_end = self.f.b.pc();
        let (jumps, has_return) = match self.f.ctl.pop() {
            Some(Ctl::Finally { jumps, has_return, .. }) => (jumps, has_return),
            _ => return Err(CompileError::internal("finally control stack")),
        };
        self.emit(Instr::LoadInt { dst: kind, value: Imm(KIND_NORMAL) });
        self.jump(entry);
        let handler = self.label();
        self.bind(handler);
        self.emit(Instr::Catch { dst: value });
        self.emit(Instr::LoadInt { dst: kind, value: Imm(KIND_THROW) });
        self.f.b.add_handler(start, region_end, &[], handler, env_depth);
        self.bind(entry);
        finalizer(self, kind, value)?;
        // Dispatch on how the finally block was entered.
        let t = self.temp()?;
        let dispatch = |this: &mut Self, code: i32| -> Label {
            let skip = this.label();
            this.emit(Instr::LoadInt { dst: t, value: Imm(code) });
            this.emit(Instr::StrictEq { dst: t, a: kind, b: t });
            this.f.b.emit_jump(Instr::JumpIfFalse { cond: t, target: Target(0) }, skip);
            skip
        };
        let skip = dispatch(self, KIND_THROW);
        self.emit(Instr::Throw { src: value });
        self.bind(skip);
        if has_return {
            let skip = dispatch(self, KIND_RETURN);
            self.emit_exit(Exit::Return, Some(value), index)?;
            self.bind(skip);
        }
        for (n, jump) in jumps.into_iter().enumerate() {
            let code = KIND_JUMP.saturating_add(i32::try_from(n).unwrap_or(i32::MAX - 3));
            let skip = dispatch(self, code);
            self.emit_exit(jump, None, index)?;
            self.bind(skip);
        }
        Ok(())
    }

    /// Compiles a statement list: a block's, a function body's, a static
    /// block's. A list that declares `using` bindings runs inside a finally
    /// block that disposes their resources however the list is left
    /// (DisposeResources at the end of the scope).
    pub(crate) fn statement_list(&mut self, list: &[Statement<'a>]) -> Result<()> {
        let declares_using = list
            .iter()
            .any(|s| matches!(s, Statement::VariableDeclaration(d) if d.kind == VariableDeclarationKind::Using));
        if declares_using {
            self.disposing_scope(|this| list.iter().try_for_each(|s| this.statement(s)))
        } else {
            list.iter().try_for_each(|s| self.statement(s))
        }
    }

    /// Compiles `body` as a scope whose `using` bindings are disposed when
    /// it is left: their resources go to a list in a register of their own,
    /// which the finally block hands to `DisposeResources`.
    fn disposing_scope(&mut self, body: impl FnOnce(&mut Self) -> Result<()>) -> Result<()> {
        let scope = self.temp()?;
        self.emit(Instr::LoadUndefined { dst: scope });
        self.f.using_scopes.push(scope);
        let compiled = self.with_finally(body, |this, kind, value| {
            this.emit(Instr::DisposeResources { scope, kind, value });
            Ok(())
        });
        self.f.using_scopes.pop();
        compiled
    }

    fn block_statement(&mut self, block: &oxc_ast::ast::BlockStatement<'a>) -> Result<()> {
        let scope = block.scope_id.get().ok_or_else(|| CompileError::internal("block"))?;
        let mark = self.f.b.mark();
        let pushed = self.enter_scope(scope, &[&block.body])?;
        self.statement_list(&block.body)?;
        self.exit_scope(pushed);
        self.f.b.release(mark);
        Ok(())
    }

    fn catch_clause(&mut self, clause: &CatchClause<'a>) -> Result<()> {
        let mark = self.f.b.mark();
        let e = self.temp()?;
        self.emit(Instr::Catch { dst: e });
        // oxc moves the parameter's binding into the body's scope.
        let body = &clause.body;
        let scope = body.scope_id.get().ok_or_else(|| CompileError::internal("catch"))?;
        let pushed = self.enter_scope(scope, &[&body.body])?;
        if let Some(param) = &clause.param {
            match &param.pattern {
                BindingPattern::BindingIdentifier(id) => {
                    let symbol = self.symbol_of(id)?;
                    self.init_symbol(symbol, id.name.as_str(), e)?;
                }
                pattern => self.bind_pattern(pattern, e)?,
            }
        }
        self.statement_list(&body.body)?;
        self.exit_scope(pushed);
        self.f.b.release(mark);
        Ok(())
    }

    fn switch_statement(&mut self, st: &SwitchStatement<'a>, labels: Vec<String>) -> Result<()> {
        let d = self.temp()?;
        self.expr(&st.discriminant, d)?;
        let break_l = self.label();
        self.f.ctl.push(Ctl::Breakable { labels, kind: BreakKind::Switch, break_l, cont_l: None });
        let scope = st.scope_id.get().ok_or_else(|| CompileError::internal("switch"))?;
        let bodies: Vec<&[Statement<'a>]> = st.cases.iter().map(|c| c.consequent.as_slice()).collect();
        let pushed = self.enter_scope(scope, &bodies)?;
        let case_labels: Vec<Label> = st.cases.iter().map(|_| self.label()).collect();
        let end = self.label();
        let mut default = None;
        for (case, &l) in st.cases.iter().zip(&case_labels) {
            match &case.test {
                Some(test) => {
                    let mark = self.f.b.mark();
                    let t = self.temp()?;
                    self.expr(test, t)?;
                    self.emit(Instr::StrictEq { dst: t, a: d, b: t });
                    self.f.b.emit_jump(Instr::JumpIfTrue { cond: t, target: Target(0) }, l);
                    self.f.b.release(mark);
                }
                None => default = Some(l),
            }
        }
        self.jump(default.unwrap_or(end));
        for (case, &l) in st.cases.iter().zip(&case_labels) {
            self.bind(l);
            for s in &case.consequent {
                self.statement(s)?;
            }
        }
        self.bind(end);
        self.exit_scope(pushed);
        self.f.ctl.pop();
        self.bind(break_l);
        Ok(())
    }

    pub fn var_declaration(&mut self, decl: &VariableDeclaration<'a>) -> Result<()> {
        match decl.kind {
            VariableDeclarationKind::AwaitUsing => {
                return Err(not_in_jsvm("await using declarations", decl.span.start));
            }
            VariableDeclarationKind::Using => return self.using_declaration(decl),
            _ => {}
        }
        let lexical = decl.kind != VariableDeclarationKind::Var;
        for d in &decl.declarations {
            let BindingPattern::BindingIdentifier(id) = &d.id else {
                // A pattern always has an initialiser (oxc checks).
                let init = d.init.as_ref().ok_or_else(|| CompileError::internal("pattern without initialiser"))?;
                let mark = self.f.b.mark();
                let t = self.temp()?;
                self.expr(init, t)?;
                self.bind_pattern(&d.id, t)?;
                self.f.b.release(mark);
                continue;
            };
            let symbol = self.symbol_of(id)?;
            let name = id.name.as_str();
            match &d.init {
                Some(init) => {
                    let mark = self.f.b.mark();
                    // Compile straight into the binding's register when the
                    // initialiser cannot observe it.
                    let direct = match self.storage.get(&symbol) {
                        Some(crate::function::Storage::Reg(r)) if !self.referenced_within(symbol, init.span()) => {
                            Some(*r)
                        }
                        _ => None,
                    };
                    match direct {
                        Some(r) => {
                            self.expr_named(init, r, name)?;
                            self.initialized.insert(symbol);
                        }
                        None => {
                            let t = self.temp()?;
                            self.expr_named(init, t, name)?;
                            self.pos(id.span.start);
                            self.init_symbol(symbol, name, t)?;
                        }
                    }
                    self.f.b.release(mark);
                }
                None if lexical => {
                    let mark = self.f.b.mark();
                    let t = self.temp()?;
                    self.emit(Instr::LoadUndefined { dst: t });
                    self.init_symbol(symbol, name, t)?;
                    self.f.b.release(mark);
                }
                None => {}
            }
        }
        Ok(())
    }

    /// `using x = v, …`: each value joins the scope's resources
    /// (AddDisposableResource) before its binding is initialised.
    fn using_declaration(&mut self, decl: &VariableDeclaration<'a>) -> Result<()> {
        for d in &decl.declarations {
            // oxc allows only identifiers with initialisers here.
            let (BindingPattern::BindingIdentifier(id), Some(init)) = (&d.id, &d.init) else {
                return Err(CompileError::internal("using declaration without an identifier and initialiser"));
            };
            let symbol = self.symbol_of(id)?;
            let name = id.name.as_str();
            let mark = self.f.b.mark();
            let t = self.temp()?;
            self.expr_named(init, t, name)?;
            self.pos(id.span.start);
            self.add_disposable(t)?;
            self.init_symbol(symbol, name, t)?;
            self.f.b.release(mark);
        }
        Ok(())
    }

    fn add_disposable(&mut self, value: Reg) -> Result<()> {
        let scope = *self.f.using_scopes.last().ok_or_else(|| CompileError::internal("using outside a scope"))?;
        self.emit(Instr::AddDisposable { scope, value });
        Ok(())
    }

    /// Stores the loop value of a for-in/of into its left-hand side.
    fn assign_for_left(&mut self, left: &ForStatementLeft<'a>, value: Reg) -> Result<()> {
        match left {
            ForStatementLeft::VariableDeclaration(decl) => {
                let Some(d) = decl.declarations.first() else {
                    return Err(CompileError::internal("empty for declaration"));
                };
                if decl.kind == VariableDeclarationKind::AwaitUsing {
                    return Err(not_in_jsvm("await using declarations", decl.span.start));
                }
                let BindingPattern::BindingIdentifier(id) = &d.id else {
                    return self.bind_pattern(&d.id, value);
                };
                if decl.kind == VariableDeclarationKind::Using {
                    self.add_disposable(value)?;
                }
                let symbol = self.symbol_of(id)?;
                self.init_symbol(symbol, id.name.as_str(), value)
            }
            target => {
                let target = target.as_assignment_target().ok_or_else(|| CompileError::internal("for-in/of target"))?;
                self.store_to_target(target, value)
            }
        }
    }
}
