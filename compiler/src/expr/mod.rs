//! Expressions: the dispatcher, identifiers, `this`, operators, conditions,
//! and the "evaluate into a register" entry points used by statements.
//! Member access, calls and optional chains live in `call`, assignments and
//! updates in `assign`, object/array/template literals in `literal`.
//!
//! Register discipline: `expr(e, dst)` leaves the value in `dst` and frees
//! every temporary it took; `expr_any(e)` may return a local's own register
//! instead of copying it, so callers only use it when nothing evaluated
//! afterwards can assign that local (see `is_simple`).

mod assign;
mod call;
pub(crate) use call::Key;
mod literal;

use jsvm_vm::isa::{Imm, Instr, Reg, RegPair, Target};
use oxc_ast::ast::{BinaryExpression, Expression, LogicalOperator, UnaryOperator};
use oxc_span::GetSpan;
use oxc_syntax::operator::BinaryOperator;

use crate::CompileError;
use crate::builder::{ConstLoad, Label};
use crate::function::{Binding, Compiler, FnNode, Result, Storage, not_in_jsvm, unsupported};
use crate::stmt::{BreakKind, Ctl, Exit};

impl<'s, 'a> Compiler<'s, 'a> {
    /// Evaluates `e` into `dst`.
    pub fn expr(&mut self, e: &Expression<'a>, dst: Reg) -> Result<()> {
        self.enter(e.span().start)?;
        let mark = self.f.b.mark();
        let r = self.expr_inner(e, dst);
        self.f.b.release(mark);
        self.leave();
        r
    }

    /// Evaluates `e` into some register: a local's own register when `e`
    /// is that local, else a fresh temporary (not released).
    pub fn expr_any(&mut self, e: &Expression<'a>) -> Result<Reg> {
        if let Some(r) = self.loop_constant(e)? {
            return Ok(r);
        }
        if let Expression::Identifier(id) = e {
            match self.resolve(id)? {
                Binding::Local { storage: Storage::Reg(r), check_tdz, .. } => {
                    if check_tdz {
                        self.pos(id.span.start);
                        let name = self.kstr(id.name.as_str())?;
                        self.emit(Instr::CheckInit { src: r, name });
                    }
                    return Ok(r);
                }
                Binding::Arguments(Storage::Reg(r)) => return Ok(r),
                _ => {}
            }
        }
        let t = self.temp()?;
        self.expr(e, t)?;
        Ok(t)
    }

    /// A literal read inside a loop gets a constant register, loaded once at
    /// function entry instead of at every iteration.
    fn loop_constant(&mut self, e: &Expression<'a>) -> Result<Option<Reg>> {
        let in_loop = self.f.ctl.iter().any(|c| matches!(c, Ctl::Breakable { kind: BreakKind::Loop, .. }));
        if !in_loop {
            return Ok(None);
        }
        let load = match e {
            Expression::NumericLiteral(n) => match small_int(n.value) {
                Some(i) => ConstLoad::Int(i),
                None => ConstLoad::Const(self.consts.number(n.value)?),
            },
            Expression::StringLiteral(s) => ConstLoad::Const(
                self.consts.string_units(literal::string_units(s.value.as_str(), s.lone_surrogates))?.into(),
            ),
            _ => return Ok(None),
        };
        Ok(self.f.b.const_reg(load))
    }

    /// Evaluates `e` into `dst`, naming it `name` if it is an anonymous
    /// function (NamedEvaluation).
    pub fn expr_named(&mut self, e: &Expression<'a>, dst: Reg, name: &str) -> Result<()> {
        match e {
            Expression::FunctionExpression(f) if f.id.is_none() => self.closure(FnNode::Function(f), name, dst),
            Expression::ArrowFunctionExpression(a) => self.closure(FnNode::Arrow(a), name, dst),
            Expression::ClassExpression(c) if c.id.is_none() => self.class(c, dst, name),
            _ => self.expr(e, dst),
        }
    }

    /// Evaluates `e` for its side effects only.
    pub fn effect(&mut self, e: &Expression<'a>) -> Result<()> {
        self.enter(e.span().start)?;
        let mark = self.f.b.mark();
        let r = match e {
            Expression::AssignmentExpression(a) => self.assign(a, None),
            Expression::UpdateExpression(u) => self.update(u, None),
            Expression::SequenceExpression(s) => s.expressions.iter().try_for_each(|e| self.effect(e)),
            _ => {
                let t = self.temp()?;
                self.expr_inner(e, t)
            }
        };
        self.f.b.release(mark);
        self.leave();
        r
    }

    /// `yield value`: suspends; the expression's value is what `next(v)`
    /// sends. A `return(v)` resumption returns from the generator here
    /// (through any `finally`); a `throw(e)` one throws at the `Yield`.
    fn yield_expression(&mut self, y: &oxc_ast::ast::YieldExpression<'a>, dst: Reg) -> Result<()> {
        if y.delegate {
            return self.yield_delegate(y, dst);
        }
        let value = self.temp()?;
        match &y.argument {
            Some(arg) => self.expr(arg, value)?,
            None => self.emit(Instr::LoadUndefined { dst: value }),
        }
        let resume = self.f.b.alloc(2)?;
        let mode = Reg(resume.0.saturating_add(1));
        self.pos(y.span.start);
        self.emit(Instr::Yield { value, resume: RegPair(resume.0) });
        self.return_if_resumed_by_return(mode, resume)?;
        self.emit(Instr::Move { dst, src: resume });
        Ok(())
    }

    /// After a resumption point: when the mode register says `return(v)`,
    /// return `value` from the generator (through any `finally`).
    fn return_if_resumed_by_return(&mut self, mode: Reg, value: Reg) -> Result<()> {
        let resumed = self.label();
        let two = self.temp()?;
        self.emit(Instr::LoadInt { dst: two, value: Imm(2) });
        self.f.b.emit_jump(Instr::JumpIfStrictNotEq { a: mode, b: two, target: Target(0) }, resumed);
        self.emit_exit(Exit::Return, Some(value), self.f.ctl.len())?;
        self.bind(resumed);
        Ok(())
    }

    /// `yield* iterable`: forwards every `next`/`throw`/`return` to the
    /// inner iterator and passes its results on unchanged; the expression's
    /// value is the inner iterator's return value.
    fn yield_delegate(&mut self, y: &oxc_ast::ast::YieldExpression<'a>, dst: Reg) -> Result<()> {
        let source = self.temp()?;
        match &y.argument {
            Some(arg) => self.expr(arg, source)?,
            None => return Err(CompileError::internal("yield* without an operand")),
        }
        let iter = self.temp()?;
        self.pos(y.span.start);
        self.emit(Instr::GetIteratorProtocol { dst: iter, src: source });
        let resume = self.f.b.alloc(2)?;
        let mode = Reg(resume.0.saturating_add(1));
        self.emit(Instr::LoadUndefined { dst: resume });
        self.emit(Instr::LoadInt { dst: mode, value: Imm(0) });
        let step = self.label();
        let finished = self.label();
        let result = self.temp()?;
        self.bind(step);
        self.f
            .b
            .emit_jump(Instr::DelegateStep { dst: result, iter, resume: RegPair(resume.0), done: Target(0) }, finished);
        self.emit(Instr::YieldDelegate { value: result, resume: RegPair(resume.0) });
        self.jump(step);
        self.bind(finished);
        // A `return` that reached the end of the inner iterator returns.
        self.return_if_resumed_by_return(mode, result)?;
        self.emit(Instr::Move { dst, src: result });
        Ok(())
    }

    /// Evaluates both operands of a binary expression in order, keeping the
    /// left one in a temporary when the right one might assign it.
    fn binary_operands(&mut self, b: &BinaryExpression<'a>) -> Result<(Reg, Reg)> {
        let left = if is_simple(&b.right, 3) {
            self.expr_any(&b.left)?
        } else {
            let t = self.temp()?;
            self.expr(&b.left, t)?;
            t
        };
        let right = self.expr_any(&b.right)?;
        Ok((left, right))
    }

    /// Jumps to `target` when ToBoolean(e) equals `when`.
    pub fn cond_jump(&mut self, e: &Expression<'a>, when: bool, target: Label) -> Result<()> {
        self.enter(e.span().start)?;
        let mark = self.f.b.mark();
        let r = self.cond_jump_inner(e, when, target);
        self.f.b.release(mark);
        self.leave();
        r
    }

    fn cond_jump_inner(&mut self, e: &Expression<'a>, when: bool, target: Label) -> Result<()> {
        match e {
            Expression::UnaryExpression(u) if u.operator == UnaryOperator::LogicalNot => {
                self.cond_jump(&u.argument, !when, target)
            }
            Expression::LogicalExpression(l) if matches!(l.operator, LogicalOperator::And | LogicalOperator::Or) => {
                let is_and = l.operator == LogicalOperator::And;
                if is_and != when {
                    // and/false or or/true: either side decides alone.
                    self.cond_jump(&l.left, when, target)?;
                    self.cond_jump(&l.right, when, target)
                } else {
                    let skip = self.label();
                    self.cond_jump(&l.left, !when, skip)?;
                    self.cond_jump(&l.right, when, target)?;
                    self.bind(skip);
                    Ok(())
                }
            }
            Expression::BooleanLiteral(b) => {
                if b.value == when {
                    self.jump(target);
                }
                Ok(())
            }
            Expression::BinaryExpression(b) if fused_jump(b.operator, when).is_some() => {
                let (left, right) = self.binary_operands(b)?;
                self.pos(b.span.start);
                if let Some(make) = fused_jump(b.operator, when) {
                    self.f.b.emit_jump(make(left, right), target);
                }
                Ok(())
            }
            _ => {
                let r = self.expr_any(e)?;
                let instr = if when {
                    Instr::JumpIfTrue { cond: r, target: Target(0) }
                } else {
                    Instr::JumpIfFalse { cond: r, target: Target(0) }
                };
                self.f.b.emit_jump(instr, target);
                Ok(())
            }
        }
    }

    fn expr_inner(&mut self, e: &Expression<'a>, dst: Reg) -> Result<()> {
        match e {
            Expression::BooleanLiteral(b) => {
                self.emit(if b.value { Instr::LoadTrue { dst } } else { Instr::LoadFalse { dst } });
            }
            Expression::NullLiteral(_) => self.emit(Instr::LoadNull { dst }),
            Expression::NumericLiteral(n) => self.load_int_or_const(dst, n.value)?,
            Expression::StringLiteral(s) => {
                let k = self.consts.string_units(literal::string_units(s.value.as_str(), s.lone_surrogates))?;
                self.emit(Instr::LoadConst { dst, k: k.into() });
            }
            Expression::BigIntLiteral(b) => {
                return Err(not_in_jsvm("BigInt literals", b.span.start));
            }
            Expression::RegExpLiteral(r) => {
                // An invalid pattern is an early error; compiling it here
                // also finds what the matcher cannot do.
                let (pattern, flags) = (r.regex.pattern.text.as_str(), r.regex.flags.to_inline_string());
                if let Err(message) = jsvm_vm::regexp::Compiled::new(pattern, flags.as_str(), None) {
                    return Err(CompileError::at(message, r.span.start));
                }
                let pattern = self.consts.string_units(pattern.encode_utf16().collect())?;
                let flags = self.consts.string_units(flags.as_str().encode_utf16().collect())?;
                self.emit(Instr::NewRegExp { dst, pattern, flags });
            }
            Expression::TemplateLiteral(t) => self.template(t, dst)?,
            Expression::TaggedTemplateExpression(t) => self.tagged_template(t, dst)?,
            Expression::Identifier(id) => self.load_ident(id, dst)?,
            Expression::ThisExpression(t) => self.load_this(dst, t.span.start)?,
            Expression::ArrayExpression(a) => self.array(a, dst)?,
            Expression::ObjectExpression(o) => self.object(o, dst)?,
            Expression::FunctionExpression(f) => {
                let name = f.id.as_ref().map(|id| id.name.as_str()).unwrap_or("");
                self.closure(FnNode::Function(f), name, dst)?;
            }
            Expression::ArrowFunctionExpression(a) => self.closure(FnNode::Arrow(a), "", dst)?,
            Expression::ClassExpression(c) => self.class(c, dst, "")?,
            Expression::AssignmentExpression(a) => self.assign(a, Some(dst))?,
            Expression::UpdateExpression(u) => self.update(u, Some(dst))?,
            Expression::BinaryExpression(b) => {
                if let Some(value) = small_int_operand(b) {
                    let left = self.expr_any(&b.left)?;
                    self.pos(b.span.start);
                    let instr = match b.operator {
                        BinaryOperator::Addition => Instr::AddI { dst, a: left, value },
                        _ => Instr::SubI { dst, a: left, value },
                    };
                    self.emit(instr);
                    return Ok(());
                }
                let (left, right) = self.binary_operands(b)?;
                self.pos(b.span.start);
                self.emit(binary_instr(b.operator, dst, left, right));
            }
            Expression::PrivateInExpression(p) => {
                let key = self.temp()?;
                self.load_private_name(p.left.name.as_str(), key, p.left.span.start)?;
                let obj = self.expr_any(&p.right)?;
                self.pos(p.span.start);
                self.emit(Instr::HasPrivate { dst, key, obj });
            }
            Expression::LogicalExpression(l) => {
                self.expr(&l.left, dst)?;
                let end = self.label();
                let instr = match l.operator {
                    LogicalOperator::And => Instr::JumpIfFalse { cond: dst, target: Target(0) },
                    LogicalOperator::Or => Instr::JumpIfTrue { cond: dst, target: Target(0) },
                    LogicalOperator::Coalesce => Instr::JumpIfNotNullish { src: dst, target: Target(0) },
                };
                self.f.b.emit_jump(instr, end);
                self.expr(&l.right, dst)?;
                self.bind(end);
            }
            Expression::ConditionalExpression(c) => {
                let else_l = self.label();
                let end = self.label();
                self.cond_jump(&c.test, false, else_l)?;
                self.expr(&c.consequent, dst)?;
                self.jump(end);
                self.bind(else_l);
                self.expr(&c.alternate, dst)?;
                self.bind(end);
            }
            Expression::SequenceExpression(s) => {
                let n = s.expressions.len();
                for (i, e) in s.expressions.iter().enumerate() {
                    if i + 1 == n {
                        self.expr(e, dst)?;
                    } else {
                        self.effect(e)?;
                    }
                }
            }
            Expression::UnaryExpression(u) => self.unary(u, dst)?,
            Expression::ParenthesizedExpression(p) => self.expr(&p.expression, dst)?,
            Expression::CallExpression(c) => self.call(c, dst)?,
            Expression::NewExpression(n) => self.new_expr(n, dst)?,
            Expression::ChainExpression(c) => self.chain(c, dst)?,
            Expression::StaticMemberExpression(_)
            | Expression::ComputedMemberExpression(_)
            | Expression::PrivateFieldExpression(_) => {
                if let Some(m) = e.as_member_expression() {
                    self.member(m, dst)?;
                }
            }
            Expression::Super(s) => return Err(unsupported("super", s.span.start)),
            Expression::AwaitExpression(a) => {
                return Err(not_in_jsvm("async functions", a.span.start));
            }
            Expression::YieldExpression(y) => self.yield_expression(y, dst)?,
            Expression::ImportExpression(i) => {
                return Err(CompileError::at("import() is not supported by jsvm".into(), i.span.start));
            }
            Expression::ImportMeta(i) => {
                return Err(CompileError::at("import.meta is not supported by jsvm".into(), i.span.start));
            }
            Expression::NewTarget(n) if !self.f.is_arrow => {
                self.pos(n.span.start);
                self.emit(Instr::LoadNewTarget { dst });
            }
            // An arrow's new.target is its function's, kept in a slot (in a
            // field initializer or static block it is undefined).
            Expression::NewTarget(_) => match self.f.new_target_env {
                Some(storage) => self.read_storage(storage, dst)?,
                None => self.emit(Instr::LoadUndefined { dst }),
            },
            other => {
                return Err(CompileError::at("this syntax is not supported by jsvm".into(), other.span().start));
            }
        }
        Ok(())
    }

    pub fn load_ident(&mut self, id: &oxc_ast::ast::IdentifierReference<'a>, dst: Reg) -> Result<()> {
        self.pos(id.span.start);
        match self.resolve(id)? {
            Binding::Global(name) => {
                let name = self.kstr(name)?;
                self.emit(Instr::GetGlobal { dst, name });
            }
            Binding::Undefined => self.emit(Instr::LoadUndefined { dst }),
            Binding::Local { storage, check_tdz, .. } => {
                self.read_storage(storage, dst)?;
                if check_tdz {
                    let name = self.kstr(id.name.as_str())?;
                    self.emit(Instr::CheckInit { src: dst, name });
                }
            }
            Binding::Arguments(storage) => self.read_storage(storage, dst)?,
        }
        Ok(())
    }

    pub(crate) fn load_this(&mut self, dst: Reg, _offset: u32) -> Result<()> {
        match (self.f.is_arrow || self.f.function_env.is_some(), self.f.this_env) {
            (true, Some(storage)) => {
                // <empty> until a derived constructor's `super()` returns.
                self.read_storage(storage, dst)?;
                let name = self.kstr("this")?;
                self.emit(Instr::CheckInit { src: dst, name });
                Ok(())
            }
            _ => {
                self.emit(Instr::LoadThis { dst });
                Ok(())
            }
        }
    }

    fn unary(&mut self, u: &oxc_ast::ast::UnaryExpression<'a>, dst: Reg) -> Result<()> {
        match u.operator {
            UnaryOperator::UnaryNegation => {
                if let Expression::NumericLiteral(n) = &u.argument {
                    return self.load_int_or_const(dst, -n.value);
                }
                let r = self.expr_any(&u.argument)?;
                self.pos(u.span.start);
                self.emit(Instr::Neg { dst, src: r });
            }
            UnaryOperator::UnaryPlus => {
                let r = self.expr_any(&u.argument)?;
                self.pos(u.span.start);
                self.emit(Instr::ToNumber { dst, src: r });
            }
            UnaryOperator::LogicalNot => {
                let r = self.expr_any(&u.argument)?;
                self.emit(Instr::Not { dst, src: r });
            }
            UnaryOperator::BitwiseNot => {
                let r = self.expr_any(&u.argument)?;
                self.pos(u.span.start);
                self.emit(Instr::BitNot { dst, src: r });
            }
            UnaryOperator::Typeof => {
                let r = match &u.argument {
                    Expression::Identifier(id) => match self.resolve(id)? {
                        Binding::Global(name) => {
                            let name = self.kstr(name)?;
                            self.emit(Instr::GetGlobalOrUndefined { dst, name });
                            dst
                        }
                        _ => self.expr_any(&u.argument)?,
                    },
                    arg => self.expr_any(arg)?,
                };
                self.emit(Instr::TypeOf { dst, src: r });
            }
            UnaryOperator::Void => {
                self.effect(&u.argument)?;
                self.emit(Instr::LoadUndefined { dst });
            }
            UnaryOperator::Delete => self.delete(&u.argument, dst)?,
        }
        Ok(())
    }
}

/// The instruction for a binary operator.
/// `n` as an `i32` immediate, when it is one exactly (not -0).
pub(crate) fn small_int(n: f64) -> Option<i32> {
    let fits = n.fract() == 0.0 && n.abs() <= f64::from(i32::MAX) && !(n == 0.0 && n.is_sign_negative());
    // The range check makes the cast exact.
    fits.then_some(n as i32)
}

/// `x + 1`, `n - 2`: the integer literal on the right of `+` or `-`, when it
/// fits an immediate.
fn small_int_operand(b: &BinaryExpression<'_>) -> Option<Imm> {
    if !matches!(b.operator, BinaryOperator::Addition | BinaryOperator::Subtraction) {
        return None;
    }
    let Expression::NumericLiteral(n) = &b.right else { return None };
    let v = n.value;
    (v.fract() == 0.0 && v.abs() <= 1_000_000.0 && !(v == 0.0 && v.is_sign_negative())).then_some(Imm(v as i32))
}

/// The fused compare-and-jump for a condition `a OP b` that jumps when its
/// truth equals `when`.
fn fused_jump(op: BinaryOperator, when: bool) -> Option<fn(Reg, Reg) -> Instr> {
    Some(match (op, when) {
        (BinaryOperator::LessThan, false) => |a, b| Instr::JumpIfNotLt { a, b, target: Target(0) },
        (BinaryOperator::LessEqualThan, false) => |a, b| Instr::JumpIfNotLe { a, b, target: Target(0) },
        (BinaryOperator::GreaterThan, false) => |a, b| Instr::JumpIfNotGt { a, b, target: Target(0) },
        (BinaryOperator::GreaterEqualThan, false) => |a, b| Instr::JumpIfNotGe { a, b, target: Target(0) },
        (BinaryOperator::LessThan, true) => |a, b| Instr::JumpIfLt { a, b, target: Target(0) },
        (BinaryOperator::LessEqualThan, true) => |a, b| Instr::JumpIfLe { a, b, target: Target(0) },
        (BinaryOperator::GreaterThan, true) => |a, b| Instr::JumpIfGt { a, b, target: Target(0) },
        (BinaryOperator::GreaterEqualThan, true) => |a, b| Instr::JumpIfGe { a, b, target: Target(0) },
        (BinaryOperator::StrictEquality, true) | (BinaryOperator::StrictInequality, false) => {
            |a, b| Instr::JumpIfStrictEq { a, b, target: Target(0) }
        }
        (BinaryOperator::StrictEquality, false) | (BinaryOperator::StrictInequality, true) => {
            |a, b| Instr::JumpIfStrictNotEq { a, b, target: Target(0) }
        }
        _ => return None,
    })
}

pub(crate) fn binary_instr(op: BinaryOperator, dst: Reg, a: Reg, b: Reg) -> Instr {
    match op {
        BinaryOperator::Equality => Instr::Eq { dst, a, b },
        BinaryOperator::Inequality => Instr::NotEq { dst, a, b },
        BinaryOperator::StrictEquality => Instr::StrictEq { dst, a, b },
        BinaryOperator::StrictInequality => Instr::StrictNotEq { dst, a, b },
        BinaryOperator::LessThan => Instr::Lt { dst, a, b },
        BinaryOperator::LessEqualThan => Instr::Le { dst, a, b },
        BinaryOperator::GreaterThan => Instr::Gt { dst, a, b },
        BinaryOperator::GreaterEqualThan => Instr::Ge { dst, a, b },
        BinaryOperator::Addition => Instr::Add { dst, a, b },
        BinaryOperator::Subtraction => Instr::Sub { dst, a, b },
        BinaryOperator::Multiplication => Instr::Mul { dst, a, b },
        BinaryOperator::Division => Instr::Div { dst, a, b },
        BinaryOperator::Remainder => Instr::Mod { dst, a, b },
        BinaryOperator::Exponential => Instr::Exp { dst, a, b },
        BinaryOperator::ShiftLeft => Instr::Shl { dst, a, b },
        BinaryOperator::ShiftRight => Instr::Shr { dst, a, b },
        BinaryOperator::ShiftRightZeroFill => Instr::UShr { dst, a, b },
        BinaryOperator::BitwiseOR => Instr::BitOr { dst, a, b },
        BinaryOperator::BitwiseXOR => Instr::BitXor { dst, a, b },
        BinaryOperator::BitwiseAnd => Instr::BitAnd { dst, a, b },
        BinaryOperator::In => Instr::In { dst, key: a, obj: b },
        BinaryOperator::Instanceof => Instr::InstanceOf { dst, val: a, ctor: b },
    }
}

/// Whether evaluating `e` cannot assign a local of this function (so an
/// operand evaluated before it may be read straight from its register).
/// Only locals of this function live in registers, and only code of this
/// function can assign them, so this is a syntactic check.
pub(crate) fn is_simple(e: &Expression<'_>, budget: u32) -> bool {
    if budget == 0 {
        return false;
    }
    match e {
        Expression::BooleanLiteral(_)
        | Expression::NullLiteral(_)
        | Expression::NumericLiteral(_)
        | Expression::StringLiteral(_)
        | Expression::Identifier(_)
        | Expression::ThisExpression(_)
        | Expression::FunctionExpression(_)
        | Expression::ArrowFunctionExpression(_) => true,
        Expression::StaticMemberExpression(m) => is_simple(&m.object, budget - 1),
        Expression::ComputedMemberExpression(m) => {
            is_simple(&m.object, budget - 1) && is_simple(&m.expression, budget - 1)
        }
        Expression::BinaryExpression(b) => is_simple(&b.left, budget - 1) && is_simple(&b.right, budget - 1),
        Expression::UnaryExpression(u) => u.operator != UnaryOperator::Delete && is_simple(&u.argument, budget - 1),
        // Calls cannot assign this function's register locals (only code of
        // this function can, and only syntactically).
        Expression::CallExpression(c) => {
            is_simple(&c.callee, budget - 1)
                && c.arguments.iter().all(|a| a.as_expression().is_some_and(|e| is_simple(e, budget - 1)))
        }
        _ => false,
    }
}

/// Whether an expression writes its destination only with its last
/// instruction, after reading everything else (so the destination may be
/// the register of a local it reads).
pub(crate) fn writes_dst_last(e: &Expression<'_>) -> bool {
    match e {
        Expression::BinaryExpression(_)
        | Expression::BooleanLiteral(_)
        | Expression::NullLiteral(_)
        | Expression::NumericLiteral(_)
        | Expression::StringLiteral(_)
        | Expression::Identifier(_)
        | Expression::ThisExpression(_)
        | Expression::StaticMemberExpression(_)
        | Expression::ComputedMemberExpression(_)
        | Expression::CallExpression(_)
        | Expression::NewExpression(_) => true,
        Expression::UnaryExpression(u) => !matches!(u.operator, UnaryOperator::Delete | UnaryOperator::Typeof),
        _ => false,
    }
}
