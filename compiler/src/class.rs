//! Classes (ClassDefinitionEvaluation): the constructor (written or
//! default), the prototype wired by `MakeClass`, methods and accessors as
//! non-enumerable members with home objects, instance fields compiled into
//! an initializer function the constructor runs (`InitFields`), and static
//! fields and blocks compiled into one function run with the class as `this`.
//!
//! Not yet: private names (`#x`), `accessor` fields, computed instance-field
//! names, decorators.

use jsvm_vm::isa::{Count, Func, Instr, Reg};
use jsvm_vm::module::FunctionKind;
use oxc_ast::ast::{
    Class, ClassElement, MethodDefinition, MethodDefinitionKind, PropertyDefinition, PropertyKey, StaticBlock,
};
use oxc_span::GetSpan;

use crate::CompileError;
use crate::expr::Key;
use crate::function::{Compiler, FnNode, Result, unsupported};

/// An element run by the static initializer, in source order.
enum StaticElement<'x, 'a> {
    Field(&'x PropertyDefinition<'a>),
    Block(&'x StaticBlock<'a>),
}

impl<'s, 'a> Compiler<'s, 'a> {
    /// Evaluates a class into `dst`; `name` names an anonymous class.
    pub fn class(&mut self, c: &Class<'a>, dst: Reg, name: &str) -> Result<()> {
        if let Some(d) = c.decorators.first() {
            return Err(unsupported("decorators", d.span.start));
        }
        self.check_class_support(c)?;
        let class_name = c.id.as_ref().map_or(name, |id| id.name.as_str()).to_owned();
        let scope = c.scope_id.get().ok_or_else(|| CompileError::internal("class without scope"))?;
        let mark = self.f.b.mark();
        let pushed = self.enter_scope(scope, &[])?;
        let parent = self.temp()?;
        match &c.heritage {
            Some(h) => self.expr(&h.expression, parent)?,
            None => self.emit(Instr::LoadEmpty { dst: parent }),
        }
        let derived = c.heritage.is_some();
        let kind = if derived { FunctionKind::DerivedConstructor } else { FunctionKind::ClassConstructor };
        let constructor = c.body.body.iter().find_map(|e| match e {
            ClassElement::MethodDefinition(m) if m.kind == MethodDefinitionKind::Constructor => Some(m),
            _ => None,
        });
        let index = match constructor {
            Some(m) => self.compile_function_kind(FnNode::Function(&m.value), &class_name, kind)?,
            None => self.default_constructor(&class_name, derived, c.span.start)?,
        };
        let ctor = self.temp()?;
        self.pos(c.span.start);
        self.emit(Instr::Closure { dst: ctor, func: Func(index) });
        let proto = self.temp()?;
        self.emit(Instr::MakeClass { ctor, parent, proto });

        let mut instance_fields = Vec::new();
        let mut statics = Vec::new();
        for element in &c.body.body {
            match element {
                ClassElement::MethodDefinition(m) if m.kind != MethodDefinitionKind::Constructor => {
                    let target = if m.r#static { ctor } else { proto };
                    self.class_method(m, target)?;
                }
                ClassElement::MethodDefinition(_) => {}
                ClassElement::PropertyDefinition(p) if p.r#static => statics.push(StaticElement::Field(p)),
                ClassElement::PropertyDefinition(p) => instance_fields.push(&**p),
                ClassElement::StaticBlock(b) => statics.push(StaticElement::Block(b)),
                ClassElement::AccessorProperty(a) => return Err(unsupported("accessor fields", a.span.start)),
                ClassElement::TSIndexSignature(t) => {
                    return Err(CompileError::at("TypeScript syntax is not supported by jsvm".into(), t.span.start));
                }
            }
        }
        if !instance_fields.is_empty() {
            let init = self.compile_synthetic("", FunctionKind::Method, c.span.start, false, &mut |this| {
                for field in &instance_fields {
                    this.define_field(field)?;
                }
                Ok(())
            })?;
            let r = self.temp()?;
            self.emit(Instr::Closure { dst: r, func: Func(init) });
            self.emit(Instr::SetClassFields { ctor, init: r });
        }
        // The class's own name is bound before its static parts run.
        if let Some(id) = &c.id {
            let symbol = self.symbol_of(id)?;
            self.init_symbol(symbol, id.name.as_str(), ctor)?;
        }
        if !statics.is_empty() {
            let init = self.compile_synthetic("", FunctionKind::Method, c.span.start, false, &mut |this| {
                for element in &statics {
                    match element {
                        StaticElement::Field(field) => this.define_field(field)?,
                        StaticElement::Block(block) => {
                            let scope =
                                block.scope_id.get().ok_or_else(|| CompileError::internal("static block scope"))?;
                            let pushed = this.enter_scope(scope, &[&block.body])?;
                            for statement in &block.body {
                                this.statement(statement)?;
                            }
                            this.exit_scope(pushed);
                        }
                    }
                }
                Ok(())
            })?;
            let callee = self.temp()?;
            let argv = self.temp()?;
            self.emit(Instr::Closure { dst: callee, func: Func(init) });
            self.emit(Instr::Move { dst: argv, src: ctor });
            self.emit(Instr::Call { dst: callee, callee, argv, argc: Count(0) });
        }
        self.emit(Instr::Move { dst, src: ctor });
        self.exit_scope(pushed);
        self.f.b.release(mark);
        Ok(())
    }

    /// The parts of classes not built yet, named with their position.
    fn check_class_support(&self, c: &Class<'a>) -> Result<()> {
        for element in &c.body.body {
            let (key, computed_field) = match element {
                ClassElement::MethodDefinition(m) => (Some(&m.key), false),
                ClassElement::PropertyDefinition(p) => (Some(&p.key), p.computed && !p.r#static),
                _ => (None, false),
            };
            if let Some(PropertyKey::PrivateIdentifier(p)) = key {
                return Err(unsupported("private names", p.span.start));
            }
            if computed_field {
                return Err(unsupported("computed instance field names", element.span().start));
            }
        }
        Ok(())
    }

    /// A method, getter or setter defined on `target`.
    fn class_method(&mut self, m: &MethodDefinition<'a>, target: Reg) -> Result<()> {
        let mark = self.f.b.mark();
        let (_, key, _) = self.pattern_key(&m.key, m.computed, true)?;
        let key = key.ok_or_else(|| CompileError::internal("method key"))?;
        let func = self.temp()?;
        self.method_closure(&m.value, "", func)?;
        let kind = match m.kind {
            MethodDefinitionKind::Get => 1,
            MethodDefinitionKind::Set => 2,
            _ => 0,
        };
        self.pos(m.span.start);
        self.emit(Instr::DefineMethod { obj: target, key, func, kind: Count(kind) });
        self.f.b.release(mark);
        Ok(())
    }

    /// A field's definition on `this` (inside an initializer function).
    fn define_field(&mut self, field: &PropertyDefinition<'a>) -> Result<()> {
        let mark = self.f.b.mark();
        let (key, key_value, name) = self.pattern_key(&field.key, field.computed, false)?;
        let value = self.temp()?;
        match &field.value {
            Some(e) => self.expr_named(e, value, &name)?,
            None => self.emit(Instr::LoadUndefined { dst: value }),
        }
        let this = self.temp()?;
        self.emit(Instr::LoadThis { dst: this });
        self.pos(field.span.start);
        match (key, key_value) {
            (Key::Name(name), _) => self.emit(Instr::DefineProp { obj: this, name, src: value }),
            (Key::Reg(k), _) => self.emit(Instr::DefineElem { obj: this, key: k, src: value }),
        }
        self.f.b.release(mark);
        Ok(())
    }

    /// `constructor() {}` for a base class, `constructor(...args) {
    /// super(...args); }` for a derived one.
    fn default_constructor(&mut self, name: &str, derived: bool, offset: u32) -> Result<u32> {
        let kind = if derived { FunctionKind::DerivedConstructor } else { FunctionKind::ClassConstructor };
        self.compile_synthetic(name, kind, offset, derived, &mut |this| {
            if derived {
                let argv = this.f.b.alloc(2)?;
                let rest = Reg(argv.0.saturating_add(1));
                this.emit(Instr::CreateRestArray { dst: rest, from: Count(0) });
                this.emit(Instr::SuperCallSpread { dst: argv, argv });
            } else {
                this.emit(Instr::InitFields {});
            }
            Ok(())
        })
    }
}
