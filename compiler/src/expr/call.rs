//! Property access, calls (`this` passing, spread arguments), `new`,
//! optional chains and `delete`.
//!
//! A call lays out `R[argv] = this, R[argv+1..] = arguments` in fresh
//! consecutive registers; with a spread argument, `R[argv+1]` is an array
//! built with ArrayPush/ArraySpread and the call is CallSpread/NewSpread.
//! Inside an optional chain, `FnState::chain_exit` is where a nullish link
//! jumps; the chain's result is then undefined.

use jsvm_vm::isa::{Instr, Reg, RegSpan, Target};
use oxc_ast::ast::{
    Argument, CallExpression, ChainElement, ChainExpression, Expression, MemberExpression, NewExpression,
    TaggedTemplateExpression,
};
use oxc_span::GetSpan;

use crate::CompileError;
use crate::expr::is_simple;
use crate::expr::literal::{self, is_index_like};
use crate::function::{Compiler, Result, unsupported};

/// A property key, resolved as far as compile time allows.
pub(crate) enum Key {
    Name(jsvm_vm::isa::Name),
    Reg(Reg),
    /// A class's private name (`#x`), in a register.
    Private(Reg),
    /// A `super` property's key, in a register; the object register of
    /// such a reference holds `this` (the receiver).
    Super(Reg),
}

impl<'s, 'a> Compiler<'s, 'a> {
    fn jump_if_nullish_to_chain_exit(&mut self, src: Reg, offset: u32) -> Result<()> {
        let exit =
            self.f.chain_exit.ok_or_else(|| CompileError::at("optional chain outside a chain".into(), offset))?;
        self.f.b.emit_jump(Instr::JumpIfNullish { src, target: Target(0) }, exit);
        Ok(())
    }

    /// Evaluates the key of a member expression (the object is already
    /// evaluated). String keys that are not array indices become constants.
    pub fn member_key(&mut self, m: &MemberExpression<'a>) -> Result<Key> {
        if matches!(m.object(), Expression::Super(_)) {
            return Ok(Key::Super(self.super_key(m)?));
        }
        match m {
            MemberExpression::StaticMemberExpression(s) => Ok(Key::Name(self.kstr(s.property.name.as_str())?)),
            MemberExpression::ComputedMemberExpression(c) => match &c.expression {
                Expression::StringLiteral(s) if !s.lone_surrogates && !is_index_like(&s.value) => {
                    Ok(Key::Name(self.kstr(s.value.as_str())?))
                }
                key => Ok(Key::Reg(self.expr_any(key)?)),
            },
            MemberExpression::PrivateFieldExpression(p) => {
                let r = self.temp()?;
                self.load_private_name(p.field.name.as_str(), r, p.field.span.start)?;
                Ok(Key::Private(r))
            }
        }
    }

    /// Evaluates a member expression's object into some register.
    pub fn member_object(&mut self, m: &MemberExpression<'a>) -> Result<Reg> {
        // A super reference's "object" is the receiver, `this`.
        if matches!(m.object(), Expression::Super(_)) {
            let this = self.temp()?;
            self.load_this(this, m.span().start)?;
            return Ok(this);
        }
        let key_simple = match m {
            MemberExpression::ComputedMemberExpression(c) => is_simple(&c.expression, 3),
            _ => true,
        };
        let obj = if key_simple {
            self.expr_any(m.object())?
        } else {
            let t = self.temp()?;
            self.expr(m.object(), t)?;
            t
        };
        if m.optional() {
            self.jump_if_nullish_to_chain_exit(obj, m.span().start)?;
        }
        Ok(obj)
    }

    pub fn member_position(&mut self, m: &MemberExpression<'a>) {
        let offset = match m {
            MemberExpression::StaticMemberExpression(s) => s.property.span.start,
            MemberExpression::ComputedMemberExpression(c) => c.expression.span().start,
            MemberExpression::PrivateFieldExpression(p) => p.field.span.start,
        };
        self.pos(offset);
    }

    pub fn get_key(&mut self, dst: Reg, obj: Reg, key: &Key) {
        match *key {
            Key::Name(name) => self.emit(Instr::GetProp { dst, obj, name }),
            Key::Reg(key) => self.emit(Instr::GetElem { dst, obj, key }),
            Key::Private(key) => self.emit(Instr::GetPrivate { dst, obj, key }),
            Key::Super(key) => self.emit(Instr::GetSuper { dst, key, this: obj }),
        }
    }

    pub fn set_key(&mut self, obj: Reg, key: &Key, src: Reg) {
        match *key {
            Key::Name(name) => self.emit(Instr::SetProp { obj, name, src }),
            Key::Reg(key) => self.emit(Instr::SetElem { obj, key, src }),
            Key::Private(key) => self.emit(Instr::SetPrivate { obj, key, src }),
            Key::Super(key) => self.emit(Instr::SetSuper { key, this: obj, src }),
        }
    }

    pub fn member(&mut self, m: &MemberExpression<'a>, dst: Reg) -> Result<()> {
        let obj = self.member_object(m)?;
        let key = self.member_key(m)?;
        self.member_position(m);
        self.get_key(dst, obj, &key);
        Ok(())
    }

    fn arguments_count(&self, args: &[Argument<'a>], offset: u32) -> Result<(bool, u16)> {
        let spread = args.iter().any(|a| matches!(a, Argument::SpreadElement(_)));
        let argc = if spread { 1 } else { args.len() };
        let argc = u16::try_from(argc)
            .ok()
            .filter(|&n| n < u16::MAX - 1)
            .ok_or_else(|| CompileError::at("too many arguments".into(), offset))?;
        Ok((spread, argc))
    }

    /// Fills `R[argv+1..]` with the arguments (or the spread array).
    fn arguments(&mut self, args: &[Argument<'a>], argv: Reg, spread: bool) -> Result<()> {
        let first = Reg(argv.0.saturating_add(1));
        if spread {
            self.emit(Instr::NewArray { dst: first });
            for a in args {
                let mark = self.f.b.mark();
                match a {
                    Argument::SpreadElement(s) => {
                        let r = self.expr_any(&s.argument)?;
                        self.pos(s.span.start);
                        self.emit(Instr::ArraySpread { arr: first, src: r });
                    }
                    other => {
                        let e = other.as_expression().ok_or_else(|| CompileError::internal("argument"))?;
                        let r = self.expr_any(e)?;
                        self.emit(Instr::ArrayPush { arr: first, src: r });
                    }
                }
                self.f.b.release(mark);
            }
        } else {
            for (i, a) in args.iter().enumerate() {
                let e = a.as_expression().ok_or_else(|| CompileError::internal("argument"))?;
                let r = Reg(first.0.saturating_add(u16::try_from(i).unwrap_or(u16::MAX)));
                self.expr(e, r)?;
            }
        }
        Ok(())
    }

    /// The key of `super.x` / `super[x]` in a register.
    fn super_key(&mut self, m: &MemberExpression<'a>) -> Result<Reg> {
        let key = match m {
            MemberExpression::StaticMemberExpression(s) => Key::Name(self.kstr(s.property.name.as_str())?),
            MemberExpression::ComputedMemberExpression(c) => Key::Reg(self.expr_any(&c.expression)?),
            MemberExpression::PrivateFieldExpression(p) => {
                return Err(CompileError::at("private names are not reachable through super".into(), p.span.start));
            }
        };
        match key {
            Key::Reg(r) | Key::Private(r) | Key::Super(r) => Ok(r),
            Key::Name(k) => {
                let r = self.temp()?;
                self.emit(Instr::LoadConst { dst: r, k: k.into() });
                Ok(r)
            }
        }
    }

    /// `super(...args)` in a derived constructor: binds `this` (and, when
    /// inner arrows read `this`, its environment slot).
    fn super_call(&mut self, c: &CallExpression<'a>, dst: Reg) -> Result<()> {
        let (spread, argc) = self.arguments_count(&c.arguments, c.span.start)?;
        let argv = self.f.b.alloc(u32::from(argc) + 1)?;
        self.arguments(&c.arguments, argv, spread)?;
        self.pos(c.span.start);
        if let (Some(function), Some(new_target), Some(this)) =
            (self.f.function_env, self.f.new_target_env, self.f.this_env)
        {
            // SuperCall through environment slots (in an arrow, or in a
            // constructor whose arrows call `super()`): construct, then
            // BindThisValue on the slot, then the fields.
            let ctor = self.temp()?;
            self.read_storage(function, ctor)?;
            let nt = self.temp()?;
            self.read_storage(new_target, nt)?;
            if spread {
                let array = Reg(argv.0.saturating_add(1));
                self.emit(Instr::SuperConstructSpread { dst, ctor, new_target: nt, array });
            } else {
                self.emit(Instr::SuperConstruct { dst, ctor, new_target: nt, args: RegSpan::after(argv, argc) });
            }
            let bound = self.temp()?;
            self.read_storage(this, bound)?;
            self.emit(Instr::CheckThisUnbound { src: bound });
            self.write_storage(this, dst)?;
            self.emit(Instr::InitFieldsOf { ctor, this: dst });
            return Ok(());
        }
        if self.f.is_arrow {
            return Err(unsupported("super() in this arrow function", c.span.start));
        }
        if spread {
            self.emit(Instr::SuperCallSpread { dst, array: Reg(argv.0.saturating_add(1)) });
        } else {
            self.emit(Instr::SuperCall { dst, args: RegSpan::after(argv, argc) });
        }
        if let Some(storage) = self.f.this_env {
            self.write_storage(storage, dst)?;
        }
        Ok(())
    }

    pub fn call(&mut self, c: &CallExpression<'a>, dst: Reg) -> Result<()> {
        if matches!(c.callee, Expression::Super(_)) {
            return self.super_call(c, dst);
        }
        let (spread, argc) = self.arguments_count(&c.arguments, c.span.start)?;
        let callee_r = self.temp()?;
        let argv = self.f.b.alloc(u32::from(argc) + 1)?;
        let position = match c.callee.as_member_expression() {
            Some(m) => {
                if matches!(m.object(), Expression::Super(_)) {
                    // `super.m()`: the method from the home object's
                    // prototype, called with this `this`.
                    self.load_this(argv, m.span().start)?;
                    let key = self.super_key(m)?;
                    self.member_position(m);
                    self.emit(Instr::GetSuper { dst: callee_r, key, this: argv });
                } else {
                    self.method_callee(m, argv, callee_r)?;
                }
                match m {
                    MemberExpression::StaticMemberExpression(s) => s.property.span.start,
                    _ => c.span.start,
                }
            }
            None => {
                if let Expression::ChainExpression(chain) = &c.callee
                    && let Some(m) = chain.expression.as_member_expression()
                {
                    // `(a?.b)()`: the parenthesised chain is still a reference,
                    // so `a` is the `this` of the call (undefined when the
                    // chain short-circuits).
                    let nullish = self.label();
                    let end = self.label();
                    let saved = self.f.chain_exit.replace(nullish);
                    let r = self.method_callee(m, argv, callee_r);
                    self.f.chain_exit = saved;
                    r?;
                    self.jump(end);
                    self.bind(nullish);
                    self.emit(Instr::LoadUndefined { dst: callee_r });
                    self.emit(Instr::LoadUndefined { dst: argv });
                    self.bind(end);
                    c.span.start
                } else {
                    match &c.callee {
                        Expression::Super(s) => return Err(unsupported("super", s.span.start)),
                        Expression::ImportExpression(i) => {
                            return Err(CompileError::at("import() is not supported by jsvm".into(), i.span.start));
                        }
                        callee => self.expr(callee, callee_r)?,
                    }
                    self.emit(Instr::LoadUndefined { dst: argv });
                    c.span.start
                }
            }
        };
        if c.optional {
            self.jump_if_nullish_to_chain_exit(callee_r, c.span.start)?;
        }
        self.arguments(&c.arguments, argv, spread)?;
        self.pos(position);
        if spread {
            self.emit(Instr::CallSpread { dst, callee: callee_r, this: argv, array: Reg(argv.0.saturating_add(1)) });
        } else {
            self.emit(Instr::Call { dst, callee: callee_r, this: argv, args: RegSpan::after(argv, argc) });
        }
        Ok(())
    }

    pub fn new_expr(&mut self, n: &NewExpression<'a>, dst: Reg) -> Result<()> {
        let (spread, argc) = self.arguments_count(&n.arguments, n.span.start)?;
        let callee = self.temp()?;
        self.expr(&n.callee, callee)?;
        let argv = self.f.b.alloc(u32::from(argc) + 1)?;
        self.arguments(&n.arguments, argv, spread)?;
        self.pos(n.span.start);
        if spread {
            self.emit(Instr::NewSpread { dst, callee, array: Reg(argv.0.saturating_add(1)) });
        } else {
            self.emit(Instr::New { dst, callee, args: RegSpan::after(argv, argc) });
        }
        Ok(())
    }

    /// Loads a method call's receiver into `this` and the method into
    /// `callee` (short-circuiting an optional member to the chain's exit).
    fn method_callee(&mut self, m: &MemberExpression<'a>, this: Reg, callee: Reg) -> Result<()> {
        self.expr(m.object(), this)?;
        if m.optional() {
            self.jump_if_nullish_to_chain_exit(this, m.span().start)?;
        }
        let key = self.member_key(m)?;
        self.member_position(m);
        self.get_key(callee, this, &key);
        Ok(())
    }

    /// ``tag`a${x}b` ``: calls the tag with the site's template object and
    /// the substitutions, `this` as in a call of the tag expression.
    pub fn tagged_template(&mut self, t: &TaggedTemplateExpression<'a>, dst: Reg) -> Result<()> {
        let argc = u16::try_from(t.quasi.expressions.len() + 1)
            .map_err(|_| CompileError::at("too many template substitutions".into(), t.span.start))?;
        let callee = self.temp()?;
        let argv = self.f.b.alloc(u32::from(argc) + 1)?;
        match t.tag.as_member_expression() {
            Some(m) if !m.optional() => {
                self.expr(m.object(), argv)?;
                let key = self.member_key(m)?;
                self.member_position(m);
                self.get_key(callee, argv, &key);
            }
            _ => {
                self.expr(&t.tag, callee)?;
                self.emit(Instr::LoadUndefined { dst: argv });
            }
        }
        let mark = self.f.b.mark();
        let cooked = self.temp()?;
        let raw = self.temp()?;
        let s = self.temp()?;
        self.emit(Instr::NewArray { dst: cooked });
        self.emit(Instr::NewArray { dst: raw });
        for quasi in &t.quasi.quasis {
            match &quasi.value.cooked {
                Some(text) => {
                    let k = self.consts.string_units(literal::string_units(text, quasi.lone_surrogates))?;
                    self.emit(Instr::LoadConst { dst: s, k: k.into() });
                }
                None => self.emit(Instr::LoadUndefined { dst: s }),
            }
            self.emit(Instr::ArrayPush { arr: cooked, src: s });
            let k = self.consts.string_units(literal::string_units(&quasi.value.raw, false))?;
            self.emit(Instr::LoadConst { dst: s, k: k.into() });
            self.emit(Instr::ArrayPush { arr: raw, src: s });
        }
        let first = Reg(argv.0.saturating_add(1));
        self.pos(t.quasi.span.start);
        self.emit(Instr::TemplateObject { dst: first, cooked, raw });
        self.f.b.release(mark);
        for (i, e) in t.quasi.expressions.iter().enumerate() {
            let slot = Reg(argv.0.saturating_add(2).saturating_add(u16::try_from(i).unwrap_or(u16::MAX)));
            self.expr(e, slot)?;
        }
        self.pos(t.span.start);
        self.emit(Instr::Call { dst, callee, this: argv, args: RegSpan::after(argv, argc) });
        Ok(())
    }

    pub fn chain(&mut self, c: &ChainExpression<'a>, dst: Reg) -> Result<()> {
        let nullish = self.label();
        let end = self.label();
        let saved = self.f.chain_exit.replace(nullish);
        let r = match &c.expression {
            ChainElement::CallExpression(call) => self.call(call, dst),
            ChainElement::TSNonNullExpression(t) => {
                Err(CompileError::at("TypeScript syntax is not supported by jsvm".into(), t.span.start))
            }
            other => match other.as_member_expression() {
                Some(m) => self.member(m, dst),
                None => Err(CompileError::internal("chain element")),
            },
        };
        self.f.chain_exit = saved;
        r?;
        self.jump(end);
        self.bind(nullish);
        self.emit(Instr::LoadUndefined { dst });
        self.bind(end);
        Ok(())
    }

    pub fn delete(&mut self, arg: &Expression<'a>, dst: Reg) -> Result<()> {
        let (member, chain) = match arg {
            Expression::ChainExpression(c) => match c.expression.as_member_expression() {
                Some(m) => (Some(m), true),
                None => (None, false),
            },
            other => (other.as_member_expression(), false),
        };
        let Some(m) = member else {
            self.effect(arg)?;
            self.emit(Instr::LoadTrue { dst });
            return Ok(());
        };
        if let MemberExpression::PrivateFieldExpression(p) = m {
            return Err(unsupported("private names", p.span.start));
        }
        let nullish = self.label();
        let end = self.label();
        let saved = if chain { self.f.chain_exit.replace(nullish) } else { self.f.chain_exit };
        let r = (|| -> Result<()> {
            let obj = self.member_object(m)?;
            let key = self.member_key(m)?;
            self.member_position(m);
            match key {
                Key::Name(name) => self.emit(Instr::DeleteProp { dst, obj, name }),
                Key::Reg(key) | Key::Private(key) => self.emit(Instr::DeleteElem { dst, obj, key }),
                Key::Super(_) => self.emit(Instr::ThrowSuperDelete {}),
            }
            Ok(())
        })();
        self.f.chain_exit = saved;
        r?;
        if chain {
            self.jump(end);
            self.bind(nullish);
            self.emit(Instr::LoadTrue { dst });
            self.bind(end);
        }
        Ok(())
    }
}
