//! Object, array and (untagged) template literals, and string constants.
//!
//! oxc encodes lone surrogates in string values as U+FFFD followed by four
//! hex digits (U+FFFD itself as `\u{FFFD}fffd`); `string_units` undoes that
//! so that constants hold the exact UTF-16 code units.

use jsvm_vm::isa::{Instr, Reg, RegSpan};
use oxc_ast::ast::{
    ArrayExpression, ArrayExpressionElement, Expression, ObjectExpression, ObjectPropertyKind, PropertyKey,
    PropertyKind, TemplateLiteral,
};
use oxc_span::GetSpan;

use crate::CompileError;
use crate::expr::Key;
use crate::function::{Compiler, Result, not_in_jsvm, unsupported};

/// The UTF-16 code units of an oxc string value.
pub(crate) fn string_units(value: &str, lone_surrogates: bool) -> Vec<u16> {
    if !lone_surrogates {
        return value.encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\u{FFFD}' {
            let hex: String = chars.by_ref().take(4).collect();
            match u16::from_str_radix(&hex, 16) {
                Ok(unit) => out.push(unit),
                Err(_) => {
                    out.push(0xFFFD);
                    out.extend(hex.encode_utf16());
                }
            }
        } else {
            let mut buf = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut buf));
        }
    }
    out
}

/// Whether a property name is all decimal digits (array-index-like); such
/// keys go through the element instructions rather than named ones.
pub(crate) fn is_index_like(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A property key known at compile time.
enum StaticKey {
    Name(Vec<u16>),
    Number(f64),
}

impl StaticKey {
    fn display(&self) -> String {
        match self {
            StaticKey::Name(units) => String::from_utf16_lossy(units),
            StaticKey::Number(n) => jsvm_vm::number::number_to_string(*n),
        }
    }
}

fn static_key(key: &PropertyKey<'_>) -> Result<Option<StaticKey>> {
    Ok(match key {
        PropertyKey::StaticIdentifier(id) => Some(StaticKey::Name(id.name.as_str().encode_utf16().collect())),
        PropertyKey::PrivateIdentifier(p) => return Err(unsupported("private names", p.span.start)),
        PropertyKey::StringLiteral(s) => Some(StaticKey::Name(string_units(&s.value, s.lone_surrogates))),
        PropertyKey::NumericLiteral(n) => Some(StaticKey::Number(n.value)),
        PropertyKey::BigIntLiteral(b) => return Err(not_in_jsvm("BigInt literals", b.span.start)),
        _ => None,
    })
}

fn is_anonymous_function(e: &Expression<'_>) -> bool {
    match e {
        Expression::FunctionExpression(f) => f.id.is_none(),
        Expression::ArrowFunctionExpression(_) => true,
        Expression::ClassExpression(c) => c.id.is_none(),
        _ => false,
    }
}

/// A piece of a template literal: text or a substitution.
enum Piece<'x, 'a> {
    Text(Vec<u16>),
    Substitution(&'x Expression<'a>),
}

/// The cooked text of a template's `i`th string piece.
fn cooked_units(t: &TemplateLiteral<'_>, i: usize) -> Result<Vec<u16>> {
    let q = t.quasis.get(i).ok_or_else(|| CompileError::internal("template"))?;
    let cooked = q
        .value
        .cooked
        .as_ref()
        .ok_or_else(|| CompileError::at("Invalid escape sequence in template".into(), q.span.start))?;
    Ok(string_units(cooked, q.lone_surrogates))
}

impl<'s, 'a> Compiler<'s, 'a> {
    pub fn template(&mut self, t: &TemplateLiteral<'a>, dst: Reg) -> Result<()> {
        // The pieces, in order: each non-empty string and each substitution
        // (ToString'd as soon as it is evaluated), joined by one Concat.
        let mut pieces: Vec<Piece<'_, 'a>> = Vec::new();
        for i in 0..t.quasis.len() {
            let text = cooked_units(t, i)?;
            if !text.is_empty() {
                pieces.push(Piece::Text(text));
            }
            if let Some(e) = t.expressions.get(i) {
                pieces.push(Piece::Substitution(e));
            }
        }
        let count = u16::try_from(pieces.len()).map_err(|_| CompileError::internal("template too long"))?;
        if t.expressions.is_empty() || count < 2 {
            return self.template_piecewise(t, dst);
        }
        let first = self.f.b.alloc(u32::from(count))?;
        for (i, piece) in pieces.into_iter().enumerate() {
            let reg = Reg(first.0 + i as u16);
            match piece {
                Piece::Text(text) => {
                    let k = self.consts.string_units(text)?;
                    self.emit(Instr::LoadConst { dst: reg, k: k.into() });
                }
                Piece::Substitution(e) => {
                    let mark = self.f.b.mark();
                    let r = self.expr_any(e)?;
                    self.pos(e.span().start);
                    self.emit(Instr::ToStringPiece { dst: reg, src: r });
                    self.f.b.release(mark);
                }
            }
        }
        self.emit(Instr::Concat { dst, pieces: RegSpan { first, count } });
        Ok(())
    }

    /// A template with no substitution, or with a single piece: loads and
    /// ToString's in place, no joining needed.
    fn template_piecewise(&mut self, t: &TemplateLiteral<'a>, dst: Reg) -> Result<()> {
        let quasi = |i: usize| cooked_units(t, i);
        let first = quasi(0)?;
        let k = self.consts.string_units(first)?;
        self.emit(Instr::LoadConst { dst, k: k.into() });
        for (i, e) in t.expressions.iter().enumerate() {
            let mark = self.f.b.mark();
            let r = self.expr_any(e)?;
            let s = self.temp()?;
            self.pos(e.span().start);
            self.emit(Instr::ToStringPiece { dst: s, src: r });
            self.emit(Instr::Add { dst, a: dst, b: s });
            let text = quasi(i + 1)?;
            if !text.is_empty() {
                let k = self.consts.string_units(text)?;
                self.emit(Instr::LoadConst { dst: s, k: k.into() });
                self.emit(Instr::Add { dst, a: dst, b: s });
            }
            self.f.b.release(mark);
        }
        Ok(())
    }

    pub fn array(&mut self, a: &ArrayExpression<'a>, dst: Reg) -> Result<()> {
        self.emit(Instr::NewArray { dst });
        for element in &a.elements {
            let mark = self.f.b.mark();
            match element {
                ArrayExpressionElement::Elision(_) => self.emit(Instr::ArrayPushHole { arr: dst }),
                ArrayExpressionElement::SpreadElement(s) => {
                    let r = self.expr_any(&s.argument)?;
                    self.pos(s.span.start);
                    self.emit(Instr::ArraySpread { arr: dst, src: r });
                }
                other => {
                    let e = other.as_expression().ok_or_else(|| CompileError::internal("array element"))?;
                    let r = self.expr_any(e)?;
                    self.emit(Instr::ArrayPush { arr: dst, src: r });
                }
            }
            self.f.b.release(mark);
        }
        Ok(())
    }

    /// Loads a static key into a register (for accessors and index keys).
    fn load_static_key(&mut self, key: &StaticKey, dst: Reg) -> Result<()> {
        match key {
            StaticKey::Name(units) => {
                let k = self.consts.string_units(units.clone())?;
                self.emit(Instr::LoadConst { dst, k: k.into() });
                Ok(())
            }
            StaticKey::Number(n) => self.load_int_or_const(dst, *n),
        }
    }

    pub fn object(&mut self, o: &ObjectExpression<'a>, dst: Reg) -> Result<()> {
        self.emit(Instr::NewObject { dst });
        for property in &o.properties {
            let mark = self.f.b.mark();
            match property {
                ObjectPropertyKind::SpreadProperty(s) => {
                    let r = self.expr_any(&s.argument)?;
                    self.pos(s.span.start);
                    self.emit(Instr::CopyDataProperties { obj: dst, src: r });
                }
                ObjectPropertyKind::ObjectProperty(p) => {
                    let key = if p.computed { None } else { static_key(&p.key)? };
                    let method = match &p.value {
                        Expression::FunctionExpression(f) if p.method || p.kind != PropertyKind::Init => Some(f),
                        _ => None,
                    };
                    match p.kind {
                        PropertyKind::Init => {
                            let value = self.temp()?;
                            match &key {
                                Some(StaticKey::Name(units))
                                    if !p.shorthand && !p.method && String::from_utf16_lossy(units) == "__proto__" =>
                                {
                                    self.expr(&p.value, value)?;
                                    self.emit(Instr::SetProtoLiteral { obj: dst, src: value });
                                }
                                Some(key) => {
                                    let name = key.display();
                                    match method {
                                        Some(f) => {
                                            self.method_closure(f, &name, value)?;
                                            self.emit(Instr::SetHomeObject { func: value, home: dst });
                                        }
                                        None => self.expr_named(&p.value, value, &name)?,
                                    }
                                    self.pos(p.span.start);
                                    match key {
                                        StaticKey::Name(units) if !is_index_like(&String::from_utf16_lossy(units)) => {
                                            let k = self.consts.string_units(units.clone())?;
                                            self.emit(Instr::DefineProp { obj: dst, name: k, src: value });
                                        }
                                        other => {
                                            let k = self.temp()?;
                                            self.load_static_key(other, k)?;
                                            self.emit(Instr::DefineElem { obj: dst, key: k, src: value });
                                        }
                                    }
                                }
                                None => {
                                    let k = self.computed_key(&p.key)?;
                                    match method {
                                        Some(f) => {
                                            self.method_closure(f, "", value)?;
                                            self.emit(Instr::SetHomeObject { func: value, home: dst });
                                            self.emit(Instr::SetFunctionName { func: value, name: k });
                                        }
                                        None => {
                                            self.expr(&p.value, value)?;
                                            if is_anonymous_function(&p.value) {
                                                self.emit(Instr::SetFunctionName { func: value, name: k });
                                            }
                                        }
                                    }
                                    self.pos(p.span.start);
                                    self.emit(Instr::DefineElem { obj: dst, key: k, src: value });
                                }
                            }
                        }
                        PropertyKind::Get | PropertyKind::Set => {
                            let f = method.ok_or_else(|| CompileError::internal("accessor"))?;
                            let k = match &key {
                                Some(key) => {
                                    let r = self.temp()?;
                                    self.load_static_key(key, r)?;
                                    r
                                }
                                None => self.computed_key(&p.key)?,
                            };
                            let prefix = if p.kind == PropertyKind::Get { "get" } else { "set" };
                            let name = match &key {
                                Some(key) => format!("{prefix} {}", key.display()),
                                None => String::new(),
                            };
                            let func = self.temp()?;
                            self.method_closure(f, &name, func)?;
                            // An accessor is a method: `super` in it looks up
                            // from the literal (MakeMethod).
                            self.emit(Instr::SetHomeObject { func, home: dst });
                            self.pos(p.span.start);
                            if p.kind == PropertyKind::Get {
                                self.emit(Instr::DefineGetter { obj: dst, key: k, func });
                            } else {
                                self.emit(Instr::DefineSetter { obj: dst, key: k, func });
                            }
                        }
                    }
                }
            }
            self.f.b.release(mark);
        }
        Ok(())
    }

    /// Evaluates a computed key once, converted with ToPropertyKey.
    /// The key of a destructuring property: how to read it, the key as a
    /// value when `want_value` (for a rest element's exclusions), and its
    /// name for NamedEvaluation of a default.
    pub(crate) fn pattern_key(
        &mut self,
        key: &PropertyKey<'a>,
        computed: bool,
        want_value: bool,
    ) -> Result<(Key, Option<Reg>, String)> {
        match if computed { None } else { static_key(key)? } {
            Some(StaticKey::Name(units)) if !is_index_like(&String::from_utf16_lossy(&units)) => {
                let name = String::from_utf16_lossy(&units);
                let k = self.consts.string_units(units)?;
                let value = if want_value {
                    let r = self.temp()?;
                    self.emit(Instr::LoadConst { dst: r, k: k.into() });
                    Some(r)
                } else {
                    None
                };
                Ok((Key::Name(k), value, name))
            }
            Some(other) => {
                let r = self.temp()?;
                self.load_static_key(&other, r)?;
                Ok((Key::Reg(r), Some(r), other.display()))
            }
            None => {
                let r = self.computed_key(key)?;
                Ok((Key::Reg(r), Some(r), String::new()))
            }
        }
    }

    fn computed_key(&mut self, key: &PropertyKey<'a>) -> Result<Reg> {
        let e = key.as_expression().ok_or_else(|| CompileError::internal("computed key"))?;
        let r = self.temp()?;
        self.expr(e, r)?;
        self.pos(e.span().start);
        self.emit(Instr::ToPropertyKey { dst: r, src: r });
        Ok(r)
    }
}
