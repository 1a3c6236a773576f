//! Destructuring: BindingInitialization of binding patterns (declarations,
//! parameters, catch parameters, for-in/of heads) and DestructuringAssignment
//! of assignment patterns (`[a, b] = [b, a]`).
//!
//! Array patterns walk the iterator protocol: each element takes one step
//! (an exhausted iterator yields undefined without calling `next` again), the
//! rest element collects what is left, and the iterator is closed when the
//! pattern ends before it does — with a throw completion (the original error
//! wins) when binding an element throws. Object patterns read one property
//! per element and gather the rest with `CopyDataPropertiesExcept`.
//!
//! In assignment patterns a member target (`[o.x] = …`, `{a: o[k]} = …`) is
//! evaluated before the iterator step or property read that feeds it, as
//! DestructuringAssignmentEvaluation evaluates `lref` first; a throw while
//! evaluating it closes the iterator.

use jsvm_vm::isa::{Instr, Reg, Target};
use oxc_ast::ast::{
    AssignmentTarget, AssignmentTargetMaybeDefault, AssignmentTargetPattern, AssignmentTargetProperty, BindingPattern,
    Expression, PropertyKey,
};
use oxc_span::GetSpan;

use crate::CompileError;
use crate::expr::Key;
use crate::function::{Compiler, Result};
use crate::stmt::Ctl;

/// A member target's object and key, evaluated before its value.
type Reference = Option<(Reg, Key)>;

impl<'s, 'a> Compiler<'s, 'a> {
    /// BindingInitialization: binds every name of `pattern` from `value`.
    pub fn bind_pattern(&mut self, pattern: &BindingPattern<'a>, value: Reg) -> Result<()> {
        self.guarded(pattern.span().start, |this| this.bind_pattern_inner(pattern, value))
    }

    /// Runs `f` one nesting level deeper (counted against the depth limit),
    /// releasing the temporaries it takes.
    fn guarded(&mut self, offset: u32, f: impl FnOnce(&mut Self) -> Result<()>) -> Result<()> {
        self.enter(offset)?;
        let mark = self.f.b.mark();
        let r = f(self);
        self.f.b.release(mark);
        self.leave();
        r
    }

    fn bind_pattern_inner(&mut self, pattern: &BindingPattern<'a>, value: Reg) -> Result<()> {
        match pattern {
            BindingPattern::BindingIdentifier(id) => {
                let symbol = self.symbol_of(id)?;
                self.pos(id.span.start);
                self.init_symbol(symbol, id.name.as_str(), value)
            }
            BindingPattern::AssignmentPattern(p) => {
                let name = match &p.left {
                    BindingPattern::BindingIdentifier(id) => id.name.as_str(),
                    _ => "",
                };
                let v = self.with_default(value, &p.right, name)?;
                self.bind_pattern(&p.left, v)
            }
            BindingPattern::ObjectPattern(p) => {
                self.require_object(value, p.span.start);
                let excluded = self.rest_exclusions(p.rest.is_some())?;
                for property in &p.properties {
                    let mark = self.f.b.mark();
                    let v = self.read_pattern_key(value, &property.key, property.computed, excluded)?;
                    self.bind_pattern(&property.value, v)?;
                    self.f.b.release(mark);
                }
                if let Some(rest) = &p.rest {
                    let obj = self.rest_object(value, excluded, rest.span.start)?;
                    self.bind_pattern(&rest.argument, obj)?;
                }
                Ok(())
            }
            BindingPattern::ArrayPattern(p) => {
                let elements: Vec<Option<&BindingPattern<'a>>> = p.elements.iter().map(Option::as_ref).collect();
                let rest = p.rest.as_ref().map(|r| &r.argument);
                self.destructure_array(
                    value,
                    p.span.start,
                    elements.len(),
                    rest.is_some(),
                    &mut |_, _| Ok(None),
                    &mut |this, i, v, _| match elements.get(i).copied().flatten() {
                        Some(element) => this.bind_pattern(element, v),
                        None => Ok(()),
                    },
                    &mut |this, arr, _| match rest {
                        Some(target) => this.bind_pattern(target, arr),
                        None => Ok(()),
                    },
                )
            }
        }
    }

    /// DestructuringAssignmentEvaluation of `pattern` from `value`.
    pub fn assign_pattern(&mut self, pattern: &AssignmentTargetPattern<'a>, value: Reg) -> Result<()> {
        self.guarded(pattern.span().start, |this| this.assign_pattern_inner(pattern, value))
    }

    fn assign_pattern_inner(&mut self, pattern: &AssignmentTargetPattern<'a>, value: Reg) -> Result<()> {
        match pattern {
            AssignmentTargetPattern::ObjectAssignmentTarget(p) => {
                self.require_object(value, p.span.start);
                let excluded = self.rest_exclusions(p.rest.is_some())?;
                for property in &p.properties {
                    let mark = self.f.b.mark();
                    match property {
                        AssignmentTargetProperty::AssignmentTargetPropertyIdentifier(shorthand) => {
                            let name = shorthand.binding.name.as_str();
                            let v = self.read_named(value, name, excluded)?;
                            let v = match &shorthand.init {
                                Some(init) => self.with_default(v, init, name)?,
                                None => v,
                            };
                            self.store_ident(&shorthand.binding, v)?;
                        }
                        AssignmentTargetProperty::AssignmentTargetPropertyProperty(full) => {
                            let key = self.pattern_key(&full.name, full.computed, excluded.is_some())?;
                            let reference = self.prepare_maybe_default(&full.binding)?;
                            let v = self.read_prepared_key(value, key, excluded)?;
                            self.assign_maybe_default(&full.binding, reference, v)?;
                        }
                    }
                    self.f.b.release(mark);
                }
                if let Some(rest) = &p.rest {
                    let reference = self.prepare_target(&rest.target)?;
                    let obj = self.rest_object(value, excluded, rest.span.start)?;
                    self.store_prepared(&rest.target, reference, obj)?;
                }
                Ok(())
            }
            AssignmentTargetPattern::ArrayAssignmentTarget(p) => {
                let elements: Vec<Option<&AssignmentTargetMaybeDefault<'a>>> =
                    p.elements.iter().map(Option::as_ref).collect();
                let rest = p.rest.as_ref().map(|r| &r.target);
                self.destructure_array(
                    value,
                    p.span.start,
                    elements.len(),
                    rest.is_some(),
                    &mut |this, i| match (elements.get(i).copied().flatten(), rest) {
                        (Some(element), _) => this.prepare_maybe_default(element),
                        (None, Some(target)) if i == elements.len() => this.prepare_target(target),
                        _ => Ok(None),
                    },
                    &mut |this, i, v, reference| match elements.get(i).copied().flatten() {
                        Some(element) => this.assign_maybe_default(element, reference, v),
                        None => Ok(()),
                    },
                    &mut |this, arr, reference| match rest {
                        Some(target) => this.store_prepared(target, reference, arr),
                        None => Ok(()),
                    },
                )
            }
        }
    }

    /// Assigns `value` (or the default when it is undefined) to `target`,
    /// whose reference `prepare_maybe_default` evaluated.
    fn assign_maybe_default(
        &mut self,
        target: &AssignmentTargetMaybeDefault<'a>,
        reference: Reference,
        value: Reg,
    ) -> Result<()> {
        match target {
            AssignmentTargetMaybeDefault::AssignmentTargetWithDefault(d) => {
                let name = match &d.binding {
                    AssignmentTarget::AssignmentTargetIdentifier(id) => id.name.as_str(),
                    _ => "",
                };
                let v = self.with_default(value, &d.init, name)?;
                self.store_prepared(&d.binding, reference, v)
            }
            other => {
                let target = other
                    .as_assignment_target()
                    .ok_or_else(|| CompileError::internal("destructuring assignment target"))?;
                self.store_prepared(target, reference, value)
            }
        }
    }

    /// The reference of a member target, evaluated now (its object, and its
    /// key converted); none for names and nested patterns.
    fn prepare_target(&mut self, target: &AssignmentTarget<'a>) -> Result<Reference> {
        match target.as_member_expression() {
            Some(m) => Ok(Some(self.member_reference(m, false)?)),
            None => Ok(None),
        }
    }

    fn prepare_maybe_default(&mut self, target: &AssignmentTargetMaybeDefault<'a>) -> Result<Reference> {
        match target {
            AssignmentTargetMaybeDefault::AssignmentTargetWithDefault(d) => self.prepare_target(&d.binding),
            other => match other.as_assignment_target() {
                Some(target) => self.prepare_target(target),
                None => Ok(None),
            },
        }
    }

    /// PutValue on a prepared reference, or an ordinary store to `target`.
    fn store_prepared(&mut self, target: &AssignmentTarget<'a>, reference: Reference, value: Reg) -> Result<()> {
        match (reference, target.as_member_expression()) {
            (Some((obj, key)), Some(m)) => {
                self.member_position(m);
                self.set_key(obj, &key, value);
                Ok(())
            }
            _ => self.store_to_target(target, value),
        }
    }

    /// A register holding `value`, or the default's value when `value` is
    /// undefined (the default is evaluated only then, with `name` for
    /// anonymous functions).
    fn with_default(&mut self, value: Reg, default: &Expression<'a>, name: &str) -> Result<Reg> {
        let out = self.temp()?;
        let use_default = self.label();
        let done = self.label();
        self.f.b.emit_jump(Instr::JumpIfUndefined { src: value, target: Target(0) }, use_default);
        self.emit(Instr::Move { dst: out, src: value });
        self.jump(done);
        self.bind(use_default);
        self.expr_named(default, out, name)?;
        self.bind(done);
        Ok(out)
    }

    /// RequireObjectCoercible on the value an object pattern destructures.
    fn require_object(&mut self, value: Reg, offset: u32) {
        self.pos(offset);
        self.emit(Instr::RequireObjectCoercible { src: value });
    }

    /// The array of keys a rest element must skip, when there is one.
    fn rest_exclusions(&mut self, has_rest: bool) -> Result<Option<Reg>> {
        if !has_rest {
            return Ok(None);
        }
        let list = self.temp()?;
        self.emit(Instr::NewArray { dst: list });
        Ok(Some(list))
    }

    /// Reads one property of an object pattern (recording its key for the
    /// rest element).
    fn read_pattern_key(
        &mut self,
        object: Reg,
        key: &PropertyKey<'a>,
        computed: bool,
        excluded: Option<Reg>,
    ) -> Result<Reg> {
        let key = self.pattern_key(key, computed, excluded.is_some())?;
        self.read_prepared_key(object, key, excluded)
    }

    /// Reads a property whose key `pattern_key` evaluated.
    fn read_prepared_key(
        &mut self,
        object: Reg,
        (key, key_value, _): (Key, Option<Reg>, String),
        excluded: Option<Reg>,
    ) -> Result<Reg> {
        if let (Some(list), Some(k)) = (excluded, key_value) {
            self.emit(Instr::ArrayPush { arr: list, src: k });
        }
        let v = self.temp()?;
        self.get_key(v, object, &key);
        Ok(v)
    }

    /// Reads the property `name` (a shorthand `{x} = o`).
    fn read_named(&mut self, object: Reg, name: &str, excluded: Option<Reg>) -> Result<Reg> {
        let k = self.kstr(name)?;
        if let Some(list) = excluded {
            let t = self.temp()?;
            self.emit(Instr::LoadConst { dst: t, k: k.into() });
            self.emit(Instr::ArrayPush { arr: list, src: t });
        }
        let v = self.temp()?;
        self.get_key(v, object, &Key::Name(k));
        Ok(v)
    }

    /// The object a rest element receives: every other own enumerable property.
    fn rest_object(&mut self, value: Reg, excluded: Option<Reg>, offset: u32) -> Result<Reg> {
        let excluded = excluded.ok_or_else(|| CompileError::internal("rest without exclusions"))?;
        let obj = self.temp()?;
        self.pos(offset);
        self.emit(Instr::NewObject { dst: obj });
        self.emit(Instr::CopyDataPropertiesExcept { obj, src: value, excluded });
        Ok(obj)
    }

    /// The iterator walk of an array pattern with `count` elements and an
    /// optional rest element; `element` binds element `i` from a register,
    /// `rest` binds the array of what is left.
    #[allow(clippy::type_complexity, clippy::too_many_arguments)]
    fn destructure_array(
        &mut self,
        value: Reg,
        offset: u32,
        count: usize,
        has_rest: bool,
        prepare: &mut dyn FnMut(&mut Self, usize) -> Result<Reference>,
        element: &mut dyn FnMut(&mut Self, usize, Reg, Reference) -> Result<()>,
        rest: &mut dyn FnMut(&mut Self, Reg, Reference) -> Result<()>,
    ) -> Result<()> {
        let iter = self.temp()?;
        self.pos(offset);
        self.emit(Instr::GetIterator { dst: iter, src: value });
        let env_depth = self.f.env_count;
        let start = self.f.b.pc();
        // A `return` from a `yield` inside the pattern closes the iterator.
        self.f.ctl.push(Ctl::Iter { iter, holes: Vec::new() });
        for i in 0..count {
            let mark = self.f.b.mark();
            let reference = prepare(self, i)?;
            let v = self.temp()?;
            self.emit(Instr::LoadUndefined { dst: v });
            let stepped = self.label();
            self.f.b.emit_jump(Instr::IteratorNext { dst: v, iter, done: Target(0) }, stepped);
            self.bind(stepped);
            element(self, i, v, reference)?;
            self.f.b.release(mark);
        }
        if has_rest {
            let reference = prepare(self, count)?;
            let arr = self.temp()?;
            self.emit(Instr::NewArray { dst: arr });
            let v = self.temp()?;
            let next = self.label();
            let finished = self.label();
            self.bind(next);
            self.f.b.emit_jump(Instr::IteratorNext { dst: v, iter, done: Target(0) }, finished);
            self.emit(Instr::ArrayPush { arr, src: v });
            self.jump(next);
            self.bind(finished);
            rest(self, arr, reference)?;
        }
        let end = self.f.b.pc();
        let holes = match self.f.ctl.pop() {
            Some(Ctl::Iter { holes, .. }) => holes,
            _ => return Err(CompileError::internal("array pattern control stack")),
        };
        // Closing an exhausted iterator does nothing.
        self.emit(Instr::IteratorClose { iter });
        let after = self.label();
        self.jump(after);
        self.close_iterator_on_throw(iter, start, end, &holes, env_depth)?;
        self.bind(after);
        Ok(())
    }
}
