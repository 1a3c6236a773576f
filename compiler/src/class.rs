//! Classes (ClassDefinitionEvaluation): the constructor (written or
//! default), the prototype wired by `MakeClass`, methods and accessors as
//! non-enumerable members with home objects, instance fields compiled into
//! an initializer function the constructor runs (`InitFields`), and static
//! fields and blocks compiled into one function run with the class as `this`.
//!
//! Private names (`#x`) are fresh per class evaluation: they live in an
//! environment the class pushes around its body, beside its private methods
//! and accessors, which the instance initializer installs on each instance
//! before the fields.
//!
//! Computed field names are evaluated once, in order with the other class
//! elements, into slots of that same environment.
//!
//! Not yet: `accessor` fields, decorators.

use jsvm_vm::isa::{Count, Func, Instr, MethodKind, PrivateKind, Reg, RegSpan};
use jsvm_vm::module::FunctionKind;
use oxc_ast::ast::{
    Class, ClassElement, MethodDefinition, MethodDefinitionKind, PropertyDefinition, PropertyKey, StaticBlock,
};

use crate::CompileError;
use crate::expr::Key;
use crate::function::{Compiler, FnNode, PrivateSlots, Result, Storage, unsupported};
use crate::stmt::Ctl;

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
        let class_name = c.id.as_ref().map_or(name, |id| id.name.as_str()).to_owned();
        let scope = c.scope_id.get().ok_or_else(|| CompileError::internal("class without scope"))?;
        let mark = self.f.b.mark();
        let pushed = self.enter_scope(scope, &[])?;
        let privates_pushed = self.declare_private_names(c)?;
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

        // Arrows in field initializers and static blocks see the
        // initializer's `this` through an environment slot.
        let arrows_need_this = self.analysis.needs(scope).this_captured
            || c.body.body.iter().any(|e| match e {
                ClassElement::StaticBlock(b) => b.scope_id.get().is_some_and(|s| self.analysis.needs(s).this_captured),
                _ => false,
            });
        let mut instance_fields = Vec::new();
        let mut statics = Vec::new();
        for element in &c.body.body {
            match element {
                ClassElement::MethodDefinition(m) if m.kind != MethodDefinitionKind::Constructor => {
                    let target = if m.r#static { ctor } else { proto };
                    self.class_method(m, target)?;
                }
                ClassElement::MethodDefinition(_) => {}
                ClassElement::PropertyDefinition(p) => {
                    if p.computed {
                        self.evaluate_field_key(p)?;
                    }
                    if p.r#static {
                        statics.push(StaticElement::Field(p));
                    } else {
                        instance_fields.push(&**p);
                    }
                }
                ClassElement::StaticBlock(b) => statics.push(StaticElement::Block(b)),
                ClassElement::AccessorProperty(a) => return Err(unsupported("accessor fields", a.span.start)),
                ClassElement::TSIndexSignature(t) => {
                    return Err(CompileError::at("TypeScript syntax is not supported by jsvm".into(), t.span.start));
                }
            }
        }
        let instance_privates: Vec<(String, PrivateSlots)> = self
            .private_scopes
            .last()
            .map(|scope| {
                scope
                    .iter()
                    .filter(|(_, p)| !p.is_static && (p.method.is_some() || p.getter.is_some() || p.setter.is_some()))
                    .map(|(n, p)| (n.clone(), *p))
                    .collect()
            })
            .unwrap_or_default();
        if !instance_fields.is_empty() || !instance_privates.is_empty() {
            let init = self.compile_synthetic("", FunctionKind::Method, c.span.start, false, &mut |this| {
                this.initializer_this(arrows_need_this)?;
                // PrivateMethodOrAccessorAdd for each instance, then the fields.
                let t = this.temp()?;
                for (_, slots) in &instance_privates {
                    this.add_private_methods(slots, t)?;
                }
                for field in &instance_fields {
                    this.define_field(field)?;
                }
                Ok(())
            })?;
            let r = self.temp()?;
            self.emit(Instr::Closure { dst: r, func: Func(init) });
            // `super.x` in an initializer starts from the prototype's parent.
            self.emit(Instr::SetHomeObject { func: r, home: proto });
            self.emit(Instr::SetClassFields { ctor, init: r });
        }
        // The class's own name is bound before its static parts run.
        if let Some(id) = &c.id {
            let symbol = self.symbol_of(id)?;
            self.init_symbol(symbol, id.name.as_str(), ctor)?;
        }
        if !statics.is_empty() {
            let init = self.compile_synthetic("", FunctionKind::Method, c.span.start, false, &mut |this| {
                this.initializer_this(arrows_need_this)?;
                for element in &statics {
                    match element {
                        StaticElement::Field(field) => this.define_field(field)?,
                        StaticElement::Block(block) => {
                            let scope =
                                block.scope_id.get().ok_or_else(|| CompileError::internal("static block scope"))?;
                            let pushed = this.enter_scope(scope, &[&block.body])?;
                            this.statement_list(&block.body)?;
                            this.exit_scope(pushed);
                        }
                    }
                }
                Ok(())
            })?;
            let callee = self.temp()?;
            let argv = self.temp()?;
            self.emit(Instr::Closure { dst: callee, func: Func(init) });
            // `super.x` in a static part starts from the parent class.
            self.emit(Instr::SetHomeObject { func: callee, home: ctor });
            self.emit(Instr::Move { dst: argv, src: ctor });
            self.emit(Instr::Call { dst: callee, callee, this: argv, args: RegSpan::after(argv, 0) });
        }
        self.emit(Instr::Move { dst, src: ctor });
        if privates_pushed {
            self.private_scopes.pop();
            self.field_key_slots.pop();
            self.exit_scope(true);
        }
        self.exit_scope(pushed);
        self.f.b.release(mark);
        Ok(())
    }

    /// Creates the class's private names in an environment of their own
    /// (with slots for private methods and accessors). Returns whether one
    /// was pushed.
    fn declare_private_names(&mut self, c: &Class<'a>) -> Result<bool> {
        let mut entries: Vec<(String, PrivateSlots)> = Vec::new();
        // Where each name is in `entries` (a getter and a setter share one).
        let mut positions: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        let mut slot = 0u16;
        let next = |slot: &mut u16| -> Result<u16> {
            let s = *slot;
            *slot = slot.checked_add(1).ok_or_else(|| CompileError::internal("too many private names"))?;
            Ok(s)
        };
        for element in &c.body.body {
            let (name, kind, is_static) = match element {
                ClassElement::PropertyDefinition(p) => match &p.key {
                    PropertyKey::PrivateIdentifier(id) => (id.name.as_str(), None, p.r#static),
                    _ => continue,
                },
                ClassElement::MethodDefinition(m) => match &m.key {
                    PropertyKey::PrivateIdentifier(id) => (id.name.as_str(), Some(m.kind), m.r#static),
                    _ => continue,
                },
                _ => continue,
            };
            let index = *positions.entry(name).or_insert_with(|| {
                entries.push((name.to_owned(), PrivateSlots { is_static, ..PrivateSlots::default() }));
                entries.len() - 1
            });
            let Some((_, slots)) = entries.get_mut(index) else { continue };
            if slots.name.is_none() {
                slots.name = Some(Storage::Env { level: 0, slot: next(&mut slot)? });
            }
            match kind {
                Some(MethodDefinitionKind::Get) => {
                    slots.getter = Some(Storage::Env { level: 0, slot: next(&mut slot)? })
                }
                Some(MethodDefinitionKind::Set) => {
                    slots.setter = Some(Storage::Env { level: 0, slot: next(&mut slot)? })
                }
                Some(_) => slots.method = Some(Storage::Env { level: 0, slot: next(&mut slot)? }),
                None => {}
            }
        }
        let computed_fields: Vec<(u32, u16)> = c
            .body
            .body
            .iter()
            .filter_map(|e| match e {
                ClassElement::PropertyDefinition(p) if p.computed => Some(p.span.start),
                _ => None,
            })
            .map(|offset| next(&mut slot).map(|s| (offset, s)))
            .collect::<Result<_>>()?;
        if entries.is_empty() && computed_fields.is_empty() {
            return Ok(false);
        }
        self.push_env(slot);
        self.f.ctl.push(Ctl::Env);
        let level = self.level;
        let at_level = |s: Option<Storage>| match s {
            Some(Storage::Env { slot, .. }) => Some(Storage::Env { level, slot }),
            other => other,
        };
        let mut scope = rustc_hash::FxHashMap::default();
        let t = self.temp()?;
        for (name, slots) in entries {
            let slots = PrivateSlots {
                name: at_level(slots.name),
                method: at_level(slots.method),
                getter: at_level(slots.getter),
                setter: at_level(slots.setter),
                is_static: slots.is_static,
            };
            let k = self.kstr(&format!("#{name}"))?;
            self.emit(Instr::NewPrivateName { dst: t, name: k });
            if let Some(storage) = slots.name {
                self.write_storage(storage, t)?;
            }
            scope.insert(name, slots);
        }
        self.private_scopes.push(scope);
        self.field_key_slots
            .push(computed_fields.into_iter().map(|(offset, slot)| (offset, Storage::Env { level, slot })).collect());
        Ok(true)
    }

    /// Keeps an initializer's `this` in an environment slot for its arrows.
    fn initializer_this(&mut self, needed: bool) -> Result<()> {
        if !needed {
            return Ok(());
        }
        self.push_env(1);
        let storage = Storage::Env { level: self.level, slot: 0 };
        let t = self.temp()?;
        self.emit(Instr::LoadThis { dst: t });
        self.write_storage(storage, t)?;
        self.f.this_env = Some(storage);
        Ok(())
    }

    /// Installs a private method or accessor (from its slots) on `this`.
    fn add_private_methods(&mut self, slots: &PrivateSlots, scratch: Reg) -> Result<()> {
        let key = self.temp()?;
        let Some(name) = slots.name else { return Ok(()) };
        self.read_storage(name, key)?;
        let this = self.temp()?;
        self.emit(Instr::LoadThis { dst: this });
        for (storage, kind) in [
            (slots.method, PrivateKind::Method),
            (slots.getter, PrivateKind::Getter),
            (slots.setter, PrivateKind::Setter),
        ] {
            if let Some(storage) = storage {
                self.read_storage(storage, scratch)?;
                self.emit(Instr::DefinePrivate { obj: this, key, src: scratch, kind });
            }
        }
        Ok(())
    }

    /// A method, getter or setter defined on `target`.
    fn class_method(&mut self, m: &MethodDefinition<'a>, target: Reg) -> Result<()> {
        if let PropertyKey::PrivateIdentifier(id) = &m.key {
            return self.private_method(m, id.name.as_str(), target);
        }
        let mark = self.f.b.mark();
        let (_, key, _) = self.pattern_key(&m.key, m.computed, true)?;
        let key = key.ok_or_else(|| CompileError::internal("method key"))?;
        let func = self.temp()?;
        self.method_closure(&m.value, "", func)?;
        let kind = match m.kind {
            MethodDefinitionKind::Get => MethodKind::Getter,
            MethodDefinitionKind::Set => MethodKind::Setter,
            _ => MethodKind::Method,
        };
        self.pos(m.span.start);
        self.emit(Instr::DefineMethod { obj: target, key, func, kind });
        self.f.b.release(mark);
        Ok(())
    }

    /// A private method or accessor: static ones go on the class now;
    /// instance ones wait in their slot for the instance initializer.
    fn private_method(&mut self, m: &MethodDefinition<'a>, name: &str, target: Reg) -> Result<()> {
        let mark = self.f.b.mark();
        let func = self.temp()?;
        let prefix = match m.kind {
            MethodDefinitionKind::Get => "get ",
            MethodDefinitionKind::Set => "set ",
            _ => "",
        };
        self.method_closure(&m.value, &format!("{prefix}#{name}"), func)?;
        self.emit(Instr::SetHomeObject { func, home: target });
        let slots = self.private_scopes.last().and_then(|s| s.get(name)).copied().unwrap_or_default();
        let (storage, kind) = match m.kind {
            MethodDefinitionKind::Get => (slots.getter, PrivateKind::Getter),
            MethodDefinitionKind::Set => (slots.setter, PrivateKind::Setter),
            _ => (slots.method, PrivateKind::Method),
        };
        if m.r#static {
            let key = self.temp()?;
            self.load_private_name(name, key, m.span.start)?;
            self.pos(m.span.start);
            self.emit(Instr::DefinePrivate { obj: target, key, src: func, kind });
        } else if let Some(storage) = storage {
            self.write_storage(storage, func)?;
        }
        self.f.b.release(mark);
        Ok(())
    }

    /// Evaluates a computed field name (ToPropertyKey) into its slot.
    fn evaluate_field_key(&mut self, field: &PropertyDefinition<'a>) -> Result<()> {
        let mark = self.f.b.mark();
        let (_, value, _) = self.pattern_key(&field.key, true, true)?;
        let value = value.ok_or_else(|| CompileError::internal("computed field key"))?;
        let storage = self.field_key_slot(field.span.start)?;
        self.write_storage(storage, value)?;
        self.f.b.release(mark);
        Ok(())
    }

    fn field_key_slot(&self, offset: u32) -> Result<Storage> {
        self.field_key_slots
            .last()
            .and_then(|slots| slots.get(&offset).copied())
            .ok_or_else(|| CompileError::internal("computed field without a slot"))
    }

    /// A field's definition on `this` (inside an initializer function).
    fn define_field(&mut self, field: &PropertyDefinition<'a>) -> Result<()> {
        let mark = self.f.b.mark();
        let (key, key_value, name) = match &field.key {
            PropertyKey::PrivateIdentifier(id) => {
                let r = self.temp()?;
                self.load_private_name(id.name.as_str(), r, id.span.start)?;
                (Key::Private(r), None, format!("#{}", id.name))
            }
            _ if field.computed => {
                let storage = self.field_key_slot(field.span.start)?;
                let r = self.temp()?;
                self.read_storage(storage, r)?;
                (Key::Reg(r), Some(r), String::new())
            }
            key => self.pattern_key(key, false, false)?,
        };
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
            (Key::Private(k), _) => {
                self.emit(Instr::DefinePrivate { obj: this, key: k, src: value, kind: PrivateKind::Field })
            }
            (Key::Super(_), _) => return Err(CompileError::internal("a field named by a super reference")),
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
                this.emit(Instr::SuperCallSpread { dst: argv, array: rest });
            } else {
                this.emit(Instr::InitFields {});
            }
            Ok(())
        })
    }
}
