//! Scope analysis on top of oxc_semantic: which bindings are captured by a
//! nested function (those live in environment slots, the rest in registers),
//! which functions must keep `this` or `arguments` in a slot for their inner
//! arrows, and which scopes belong to `switch` statements (where a textually
//! later reference can still hit the TDZ).
//!
//! Everything here is computed by flat iteration over oxc's tables, never by
//! recursion, so it is safe for any input the parser accepted.

use oxc_ast::AstKind;
use oxc_semantic::{Scoping, Semantic};
use oxc_syntax::scope::{ScopeFlags, ScopeId};
use oxc_syntax::symbol::SymbolId;
use rustc_hash::{FxHashMap, FxHashSet};

/// What a non-arrow function (or the script) needs from its prologue.
#[derive(Clone, Copy, Default, Debug)]
pub(crate) struct FunctionNeeds {
    /// An inner arrow reads `this`: keep it in an environment slot.
    pub this_captured: bool,
    /// An inner arrow reads `new.target`: keep it in an environment slot.
    pub new_target_captured: bool,
    /// An inner arrow calls `super()` (a derived constructor): `this`,
    /// `new.target` and the constructor itself live in environment slots,
    /// and `this` is bound there.
    pub super_call_captured: bool,
    /// The function reads `arguments` (itself or through arrows).
    pub uses_arguments: bool,
    /// An inner arrow reads `arguments`: keep it in an environment slot.
    pub arguments_captured: bool,
}

pub(crate) struct Analysis {
    /// For every scope, the scope of the function (or script) it belongs to.
    function_of: Vec<ScopeId>,
    captured: FxHashSet<SymbolId>,
    needs: FxHashMap<ScopeId, FunctionNeeds>,
    switch_scopes: FxHashSet<ScopeId>,
}

fn is_function_scope(flags: ScopeFlags) -> bool {
    flags.intersects(ScopeFlags::Top | ScopeFlags::Function | ScopeFlags::Arrow | ScopeFlags::ClassStaticBlock)
}

impl Analysis {
    pub fn new(semantic: &Semantic<'_>) -> Analysis {
        let scoping = semantic.scoping();
        let n = scoping.scopes_len();
        let mut function_of: Vec<ScopeId> = (0..n).map(ScopeId::new).collect();
        // A class body runs its field initializers and static blocks as
        // functions of their own, so it counts as a function boundary:
        // whatever they read from outside is captured.
        let class_scopes: FxHashSet<ScopeId> = semantic
            .nodes()
            .iter()
            .filter_map(|node| match node.kind() {
                AstKind::Class(c) => c.scope_id.get(),
                _ => None,
            })
            .collect();
        // Parents come before children in this order.
        for scope in scoping.scope_descendants_from_root() {
            if is_function_scope(scoping.scope_flags(scope)) || class_scopes.contains(&scope) {
                continue;
            }
            if let Some(parent) = scoping.scope_parent_id(scope) {
                let f = function_of.get(parent.index()).copied().unwrap_or(parent);
                if let Some(slot) = function_of.get_mut(scope.index()) {
                    *slot = f;
                }
            }
        }
        let mut analysis = Analysis {
            function_of,
            captured: FxHashSet::default(),
            needs: FxHashMap::default(),
            switch_scopes: FxHashSet::default(),
        };

        for symbol in scoping.symbol_ids() {
            let home = analysis.function_of(scoping.symbol_scope_id(symbol));
            for reference in scoping.get_resolved_references(symbol) {
                if analysis.function_of(reference.scope_id()) != home {
                    analysis.captured.insert(symbol);
                    break;
                }
            }
        }

        for node in semantic.nodes().iter() {
            match node.kind() {
                // `super.x` reads `this` too.
                AstKind::ThisExpression(_) | AstKind::Super(_) => {
                    let super_call = matches!(node.kind(), AstKind::Super(_))
                        && matches!(semantic.nodes().parent_kind(node.id()), AstKind::CallExpression(_));
                    if let Some((f, crossed)) = analysis.own_function(scoping, node.scope_id()) {
                        let needs = analysis.needs.entry(f).or_default();
                        needs.this_captured |= crossed;
                        if super_call && crossed {
                            needs.super_call_captured = true;
                            needs.new_target_captured = true;
                        }
                    }
                }
                AstKind::NewTarget(_) => {
                    if let Some((f, crossed)) = analysis.own_function(scoping, node.scope_id()) {
                        let needs = analysis.needs.entry(f).or_default();
                        needs.new_target_captured |= crossed;
                    }
                }
                AstKind::IdentifierReference(ident) if ident.name.as_str() == "arguments" => {
                    let resolved = ident
                        .reference_id
                        .get()
                        .map(|r| scoping.get_reference(r).symbol_id().is_some())
                        .unwrap_or(false);
                    if resolved {
                        continue;
                    }
                    if let Some((f, crossed)) = analysis.own_function(scoping, node.scope_id()) {
                        if scoping.scope_flags(f).contains(ScopeFlags::Top) {
                            continue;
                        }
                        let needs = analysis.needs.entry(f).or_default();
                        needs.uses_arguments = true;
                        needs.arguments_captured |= crossed;
                    }
                }
                AstKind::SwitchStatement(s) => {
                    if let Some(scope) = s.scope_id.get() {
                        analysis.switch_scopes.insert(scope);
                    }
                }
                _ => {}
            }
        }
        analysis
    }

    pub fn function_of(&self, scope: ScopeId) -> ScopeId {
        self.function_of.get(scope.index()).copied().unwrap_or(scope)
    }

    /// The nearest non-arrow function (or the script) around `scope`, and
    /// whether an arrow lies in between.
    fn own_function(&self, scoping: &Scoping, scope: ScopeId) -> Option<(ScopeId, bool)> {
        let mut f = self.function_of(scope);
        let mut crossed = false;
        loop {
            let flags = scoping.scope_flags(f);
            if !flags.contains(ScopeFlags::Arrow) {
                return Some((f, crossed));
            }
            crossed = true;
            f = self.function_of(scoping.scope_parent_id(f)?);
        }
    }

    pub fn is_captured(&self, symbol: SymbolId) -> bool {
        self.captured.contains(&symbol)
    }

    pub fn needs(&self, function_scope: ScopeId) -> FunctionNeeds {
        self.needs.get(&function_scope).copied().unwrap_or_default()
    }

    pub fn is_switch_scope(&self, scope: ScopeId) -> bool {
        self.switch_scopes.contains(&scope)
    }
}
