//! Module loading: a compiled module's constants become this VM's heap
//! strings and property keys, and its bytecode counts against the memory
//! budget.

use std::sync::Arc;

use crate::error::JsResult;
use crate::heap::object::PropertyKey;
use crate::isa::verify::VerifiedModule;
use crate::module::{Constant, Module};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A module loaded into this VM: its code plus the heap values of its
/// constants.
pub(crate) struct LoadedModule {
    pub module: Arc<Module>,
    pub constants: Vec<Value>,
    /// The property key of each string constant.
    pub keys: Vec<Option<PropertyKey>>,
    /// Per constant: where that name was last found in the global object's
    /// property map (an inline cache for `GetGlobal`; `u32::MAX` when empty).
    pub global_cache: Vec<u32>,
    /// The template objects of tagged templates, by (function, pc) of their
    /// site.
    pub templates: Vec<((u32, u32), ObjRef)>,
}

impl Vm {
    /// Loads a verified module into this VM: its string constants become
    /// heap strings and property keys. Returns the module's id; loading the
    /// same module again returns the same id. Only the verifier makes a
    /// `VerifiedModule`, so the interpreter never runs unchecked code.
    pub fn load_module(&mut self, verified: &VerifiedModule) -> JsResult<u32> {
        let module = verified.module();
        if let Some(id) = self.modules.iter().position(|m| Arc::ptr_eq(&m.module, module)) {
            return Ok(id as u32);
        }
        // The bytecode and this VM's tables for it count as memory held for
        // good.
        let tables = module.constants.len().saturating_mul(
            std::mem::size_of::<Value>() + std::mem::size_of::<Option<PropertyKey>>() + std::mem::size_of::<u32>(),
        );
        self.hold_for_good(module.heap_size().saturating_add(tables))?;
        let mut constants = Vec::with_capacity(module.constants.len());
        let mut keys = Vec::with_capacity(module.constants.len());
        let mark = self.temp_mark();
        for c in &module.constants {
            match c {
                Constant::Number(n) => {
                    constants.push(Value::Number(*n));
                    keys.push(None);
                }
                Constant::String(units) => {
                    let s = self.alloc_string_units(&units[..])?;
                    constants.push(Value::String(s));
                    keys.push(Some(self.heap.intern_units(units, Some(s))));
                }
            }
        }
        let global_cache = vec![u32::MAX; keys.len()];
        self.modules.push(LoadedModule {
            module: module.clone(),
            constants,
            keys,
            global_cache,
            templates: Vec::new(),
        });
        self.temp_reset(mark);
        Ok((self.modules.len() - 1) as u32)
    }
}
