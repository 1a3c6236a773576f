//! Assignments (`=`, compound, logical) and `++`/`--`, to identifiers and
//! members. A member target's object (and key, converted once with
//! ToPropertyKey for compound forms) is evaluated exactly once.
//! Assigning a const evaluates the right-hand side, then throws.

use jsvm_vm::isa::{Instr, Reg, Target};
use oxc_ast::ast::{
    AssignmentExpression, AssignmentTarget, IdentifierReference, MemberExpression, SimpleAssignmentTarget,
    UpdateExpression,
};
use oxc_span::GetSpan;
use oxc_syntax::operator::{AssignmentOperator, BinaryOperator, UpdateOperator};

use crate::CompileError;
use crate::expr::call::Key;
use crate::expr::{binary_instr, is_simple, writes_dst_last};
use crate::function::{Binding, Compiler, Result, Storage};

fn compound_operator(op: AssignmentOperator) -> Option<BinaryOperator> {
    Some(match op {
        AssignmentOperator::Addition => BinaryOperator::Addition,
        AssignmentOperator::Subtraction => BinaryOperator::Subtraction,
        AssignmentOperator::Multiplication => BinaryOperator::Multiplication,
        AssignmentOperator::Division => BinaryOperator::Division,
        AssignmentOperator::Remainder => BinaryOperator::Remainder,
        AssignmentOperator::Exponential => BinaryOperator::Exponential,
        AssignmentOperator::ShiftLeft => BinaryOperator::ShiftLeft,
        AssignmentOperator::ShiftRight => BinaryOperator::ShiftRight,
        AssignmentOperator::ShiftRightZeroFill => BinaryOperator::ShiftRightZeroFill,
        AssignmentOperator::BitwiseOR => BinaryOperator::BitwiseOR,
        AssignmentOperator::BitwiseXOR => BinaryOperator::BitwiseXOR,
        AssignmentOperator::BitwiseAnd => BinaryOperator::BitwiseAnd,
        _ => return None,
    })
}

/// A register local that can be written in place: no TDZ check, mutable.
fn plain_register(binding: &Binding<'_>) -> Option<Reg> {
    match *binding {
        Binding::Local { storage: Storage::Reg(r), check_tdz: false, immutable: false, .. } => Some(r),
        _ => None,
    }
}

impl<'s, 'a> Compiler<'s, 'a> {
    /// Stores `src` into the binding `id` refers to (PutValue).
    pub fn store_ident(&mut self, id: &IdentifierReference<'a>, src: Reg) -> Result<()> {
        let binding = self.resolve(id)?;
        self.store_binding(binding, id, src)
    }

    fn store_binding(&mut self, binding: Binding<'_>, id: &IdentifierReference<'a>, src: Reg) -> Result<()> {
        self.pos(id.span.start);
        match binding {
            Binding::Global(name) => {
                let name = self.kstr(name)?;
                self.emit(Instr::SetGlobal { name, src });
            }
            Binding::Undefined => {
                let name = self.kstr("undefined")?;
                self.emit(Instr::SetGlobal { name, src });
            }
            Binding::Local { storage, check_tdz, immutable, .. } => {
                let name = self.kstr(id.name.as_str())?;
                if check_tdz {
                    match storage {
                        Storage::Reg(r) => self.emit(Instr::CheckInit { src: r, name }),
                        Storage::Env { .. } => {
                            let mark = self.f.b.mark();
                            let t = self.temp()?;
                            self.read_storage(storage, t)?;
                            self.emit(Instr::CheckInit { src: t, name });
                            self.f.b.release(mark);
                        }
                    }
                }
                if immutable {
                    self.emit(Instr::ThrowConstAssign { name });
                } else {
                    self.write_storage(storage, src)?;
                }
            }
            Binding::Arguments(storage) => self.write_storage(storage, src)?,
        }
        Ok(())
    }

    /// Stores `value` into an assignment target (for-in/of heads).
    pub fn store_to_target(&mut self, target: &AssignmentTarget<'a>, value: Reg) -> Result<()> {
        match target {
            AssignmentTarget::AssignmentTargetIdentifier(id) => self.store_ident(id, value),
            other => match other.as_member_expression() {
                Some(m) => {
                    let mark = self.f.b.mark();
                    let obj = self.member_object(m)?;
                    let key = self.member_key(m)?;
                    self.member_position(m);
                    self.set_key(obj, &key, value);
                    self.f.b.release(mark);
                    Ok(())
                }
                None => match other.as_assignment_target_pattern() {
                    Some(pattern) => self.assign_pattern(pattern, value),
                    None => Err(CompileError::internal("assignment target")),
                },
            },
        }
    }

    /// `r` itself when it is a temporary taken after `mark`, else a copy in
    /// a fresh temporary (a local's register may be reassigned later on).
    fn unaliased(&mut self, r: Reg, mark: u32) -> Result<Reg> {
        if u32::from(r.0) >= mark {
            return Ok(r);
        }
        let t = self.temp()?;
        self.emit(Instr::Move { dst: t, src: r });
        Ok(t)
    }

    /// Evaluates a member target's object and key once, with the key
    /// converted by ToPropertyKey when it is computed.
    pub(crate) fn member_reference(&mut self, m: &MemberExpression<'a>, rhs_simple: bool) -> Result<(Reg, Key)> {
        let mark = self.f.b.mark();
        let obj = self.member_object(m)?;
        let obj = if rhs_simple { obj } else { self.unaliased(obj, mark)? };
        let key = match self.member_key(m)? {
            Key::Reg(k) => {
                let t = self.temp()?;
                self.member_position(m);
                self.emit(Instr::RequireObjectCoercible { src: obj });
                self.emit(Instr::ToPropertyKey { dst: t, src: k });
                Key::Reg(t)
            }
            Key::Super(k) => {
                let t = self.temp()?;
                self.member_position(m);
                self.emit(Instr::ToPropertyKey { dst: t, src: k });
                Key::Super(t)
            }
            key => key,
        };
        Ok((obj, key))
    }

    /// `target op= right`; the value goes to `dst` when given.
    pub fn assign(&mut self, a: &AssignmentExpression<'a>, dst: Option<Reg>) -> Result<()> {
        let target: &AssignmentTarget<'a> = &a.left;
        if let AssignmentTarget::AssignmentTargetIdentifier(id) = target {
            return self.assign_ident(a, id, dst);
        }
        let Some(m) = target.as_member_expression() else {
            // `[a, b] = value` (only plain `=` takes a pattern): the
            // expression's value is the right-hand side.
            let pattern =
                target.as_assignment_target_pattern().ok_or_else(|| CompileError::internal("assignment target"))?;
            let value = self.dst_or_temp(dst)?;
            self.expr(&a.right, value)?;
            return self.assign_pattern(pattern, value);
        };
        let value = self.dst_or_temp(dst)?;
        let rhs_simple = is_simple(&a.right, 3);
        match a.operator {
            AssignmentOperator::Assign => {
                let mark = self.f.b.mark();
                let obj = self.member_object(m)?;
                let obj = if rhs_simple { obj } else { self.unaliased(obj, mark)? };
                let key = match self.member_key(m)? {
                    Key::Reg(k) if !rhs_simple => Key::Reg(self.unaliased(k, mark)?),
                    Key::Super(k) if !rhs_simple => Key::Super(self.unaliased(k, mark)?),
                    key => key,
                };
                self.expr(&a.right, value)?;
                self.member_position(m);
                self.set_key(obj, &key, value);
            }
            AssignmentOperator::LogicalOr | AssignmentOperator::LogicalAnd | AssignmentOperator::LogicalNullish => {
                let (obj, key) = self.member_reference(m, false)?;
                self.member_position(m);
                self.get_key(value, obj, &key);
                let end = self.label();
                self.emit_logical_skip(a.operator, value, end);
                self.expr(&a.right, value)?;
                self.member_position(m);
                self.set_key(obj, &key, value);
                self.bind(end);
            }
            op => {
                let bin = compound_operator(op).ok_or_else(|| CompileError::internal("assignment operator"))?;
                let (obj, key) = self.member_reference(m, false)?;
                self.member_position(m);
                self.get_key(value, obj, &key);
                let r = self.expr_any(&a.right)?;
                self.pos(a.span.start);
                self.emit(binary_instr(bin, value, value, r));
                self.member_position(m);
                self.set_key(obj, &key, value);
            }
        }
        Ok(())
    }

    /// The register an expression's value goes to: `dst`, or a temporary.
    fn dst_or_temp(&mut self, dst: Option<Reg>) -> Result<Reg> {
        match dst {
            Some(d) => Ok(d),
            None => self.temp(),
        }
    }

    /// Copies `r` to `dst` when one is wanted and it is another register.
    fn copy_to(&mut self, dst: Option<Reg>, r: Reg) {
        if let Some(d) = dst
            && d != r
        {
            self.emit(Instr::Move { dst: d, src: r });
        }
    }

    fn emit_logical_skip(&mut self, op: AssignmentOperator, value: Reg, end: crate::builder::Label) {
        let instr = match op {
            AssignmentOperator::LogicalOr => Instr::JumpIfTrue { cond: value, target: Target(0) },
            AssignmentOperator::LogicalAnd => Instr::JumpIfFalse { cond: value, target: Target(0) },
            _ => Instr::JumpIfNotNullish { src: value, target: Target(0) },
        };
        self.f.b.emit_jump(instr, end);
    }

    fn assign_ident(
        &mut self,
        a: &AssignmentExpression<'a>,
        id: &IdentifierReference<'a>,
        dst: Option<Reg>,
    ) -> Result<()> {
        let binding = self.resolve(id)?;
        let name = id.name.as_str();
        match a.operator {
            AssignmentOperator::Assign => {
                if let Some(r) = plain_register(&binding)
                    && writes_dst_last(&a.right)
                {
                    self.expr_named(&a.right, r, name)?;
                    self.copy_to(dst, r);
                    return Ok(());
                }
                let value = self.dst_or_temp(dst)?;
                self.expr_named(&a.right, value, name)?;
                self.store_binding(binding, id, value)
            }
            AssignmentOperator::LogicalOr | AssignmentOperator::LogicalAnd | AssignmentOperator::LogicalNullish => {
                let value = self.dst_or_temp(dst)?;
                self.load_ident(id, value)?;
                let end = self.label();
                self.emit_logical_skip(a.operator, value, end);
                self.expr_named(&a.right, value, name)?;
                self.store_binding(binding, id, value)?;
                self.bind(end);
                Ok(())
            }
            op => {
                let bin = compound_operator(op).ok_or_else(|| CompileError::internal("assignment operator"))?;
                if let Some(r) = plain_register(&binding)
                    && is_simple(&a.right, 3)
                {
                    let right = self.expr_any(&a.right)?;
                    self.pos(a.span.start);
                    self.emit(binary_instr(bin, r, r, right));
                    self.copy_to(dst, r);
                    return Ok(());
                }
                let value = self.dst_or_temp(dst)?;
                self.load_ident(id, value)?;
                let right = self.expr_any(&a.right)?;
                self.pos(a.span.start);
                self.emit(binary_instr(bin, value, value, right));
                self.store_binding(binding, id, value)
            }
        }
    }

    /// Emits the step of an update on the loaded `old` value and returns the
    /// register holding the value to store; `dst` gets the expression's
    /// value (the new one for prefix, ToNumeric of the old one for postfix).
    fn update_step(&mut self, u: &UpdateExpression<'a>, old: Reg, dst: Option<Reg>) -> Reg {
        let step = |dst: Reg, src: Reg| match u.operator {
            UpdateOperator::Increment => Instr::Inc { dst, src },
            UpdateOperator::Decrement => Instr::Dec { dst, src },
        };
        match dst {
            Some(d) if u.prefix => {
                self.emit(step(d, old));
                d
            }
            Some(d) => {
                self.emit(Instr::ToNumeric { dst: d, src: old });
                self.emit(step(old, d));
                old
            }
            None => {
                self.emit(step(old, old));
                old
            }
        }
    }

    /// `++x`, `x--` and friends; the value goes to `dst` when given.
    pub fn update(&mut self, u: &UpdateExpression<'a>, dst: Option<Reg>) -> Result<()> {
        let step = |dst: Reg, src: Reg| match u.operator {
            UpdateOperator::Increment => Instr::Inc { dst, src },
            UpdateOperator::Decrement => Instr::Dec { dst, src },
        };
        match &u.argument {
            SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                let binding = self.resolve(id)?;
                if let Some(r) = plain_register(&binding) {
                    self.pos(u.span.start);
                    match dst {
                        None => self.emit(step(r, r)),
                        Some(d) if u.prefix => {
                            self.emit(step(r, r));
                            self.emit(Instr::Move { dst: d, src: r });
                        }
                        Some(d) => {
                            self.emit(Instr::ToNumeric { dst: d, src: r });
                            self.emit(step(r, d));
                        }
                    }
                    return Ok(());
                }
                let old = self.temp()?;
                self.load_ident(id, old)?;
                self.pos(u.span.start);
                let new = self.update_step(u, old, dst);
                self.store_binding(binding, id, new)
            }
            other => {
                let Some(m) = other.as_member_expression() else {
                    return Err(CompileError::at(
                        "Invalid left-hand side expression in update operation".into(),
                        other.span().start,
                    ));
                };
                let (obj, key) = self.member_reference(m, false)?;
                let old = self.temp()?;
                self.member_position(m);
                self.get_key(old, obj, &key);
                self.pos(u.span.start);
                let new = self.update_step(u, old, dst);
                self.member_position(m);
                self.set_key(obj, &key, new);
                Ok(())
            }
        }
    }
}
