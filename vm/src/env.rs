//! Environments and globals: the closure environments a frame's `GetEnv`
//! and `SetEnv` reach by depth and slot (checked: the depth and slot come
//! from the bytecode), and the global object's bindings, with `GetGlobal`'s
//! inline cache.

use crate::error::{ErrorKind, JsResult};
use crate::heap::object::{Property, PropertyKey, Slot};
use crate::isa::Name;
use crate::value::{EnvRef, Value};
use crate::vm::Vm;

/// Links up the environment chain that `GetEnv` and `SetEnv` walk for the
/// gas of the instruction alone.
const FREE_ENV_LINKS: u16 = 4;

impl Vm {
    /// The environment `depth` links up the chain. The compiler's code reaches
    /// a few links at most, which the instruction's own gas covers; a longer
    /// walk (possible in bytecode from a file) pays one unit per link
    /// (`charge_env_walk`, before the walk).
    // Kept out of the dispatch loop: inlined there, it cost the arithmetic
    // arms registers (callgrind: a plain numeric loop ran 5% more
    // instructions).
    #[inline(never)]
    pub(crate) fn env_at(&self, depth: u16) -> JsResult<EnvRef> {
        let mut env = self.frames.last().and_then(|f| f.env);
        for _ in 0..depth {
            let Some(e) = env else { break };
            env = self.heap.env(e).and_then(|e| e.parent);
        }
        env.ok_or_else(|| self.internal("environment depth out of range"))
    }

    /// Charges for a walk of `depth` links up the chain, past the ones the
    /// instruction's own gas covers.
    #[inline(always)]
    pub(crate) fn charge_env_walk(&mut self, depth: u16) -> JsResult<()> {
        if depth > FREE_ENV_LINKS { self.charge_long_env_walk(depth) } else { Ok(()) }
    }

    #[cold]
    #[inline(never)]
    fn charge_long_env_walk(&mut self, depth: u16) -> JsResult<()> {
        self.charge(u64::from(depth.saturating_sub(FREE_ENV_LINKS)))
    }

    pub(crate) fn env_slot(&self, depth: u16, slot: u16) -> JsResult<Value> {
        let env = self.env_at(depth)?;
        self.heap
            .env(env)
            .and_then(|e| e.slots.get(slot as usize).copied())
            .ok_or_else(|| self.internal("environment slot out of range"))
    }

    /// `GetGlobal`'s inline cache: the global object's own data property at
    /// the remembered position, if its key still matches; otherwise looks the
    /// position up and remembers it.
    #[inline]
    pub(crate) fn global_cached(&mut self, module: u32, name: Name) -> Option<Value> {
        let m = self.modules.get_mut(module as usize)?;
        let key = m.keys.get(name.0 as usize).copied().flatten()?;
        let slot = m.global_cache.get_mut(name.0 as usize)?;
        let properties = &self.heap.object(self.realm.global).properties;
        if let Some((k, p)) = properties.get_index(*slot as usize)
            && *k == key
            && let Slot::Data(v) = p.slot
        {
            return Some(v);
        }
        let index = properties.index_of(key)?;
        *slot = index as u32;
        match properties.get_index(index) {
            Some((_, Property { slot: Slot::Data(v), .. })) => Some(*v),
            _ => None,
        }
    }

    pub(crate) fn get_global(&mut self, key: PropertyKey, throw_if_missing: bool) -> JsResult<Value> {
        let global = self.realm.global;
        if let Some(v) = self.own_data_fast(global, key) {
            return Ok(v);
        }
        if !self.has_property(global, key)? {
            if !throw_if_missing {
                return Ok(Value::Undefined);
            }
            let name = self.key_display(key);
            return Err(self.error(ErrorKind::ReferenceError, &format!("{name} is not defined")));
        }
        self.get(global, key, Value::Object(global))
    }

    pub(crate) fn set_global(&mut self, key: PropertyKey, v: Value) -> JsResult<()> {
        let global = self.realm.global;
        if !self.has_property(global, key)? {
            let name = self.key_display(key);
            return Err(self.error(ErrorKind::ReferenceError, &format!("{name} is not defined")));
        }
        self.put_value(Value::Object(global), key, v)
    }
}
