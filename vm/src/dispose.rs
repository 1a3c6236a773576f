//! Explicit resource management: the dispose capability (the spec's
//! DisposeCapability record) that a block with `using` declarations and a
//! DisposableStack object both hold, AddDisposableResource, and
//! DisposeResources, which calls the disposers last-added first and folds
//! the errors they throw into SuppressedErrors.

use crate::error::ErrorKind;
use crate::heap::object::{ObjectKind, PropertyKey};
use crate::{Abrupt, JsResult, ObjRef, Value, Vm};

/// Bytes charged per resource held (its value, its method and the list
/// slot).
pub const RESOURCE_BYTES: usize = 40;

/// A DisposableResource record: `method` is called with `value` as `this`,
/// or for an adopted value (DisposableStack.prototype.adopt) with `this`
/// undefined and `value` as its one argument.
#[derive(Clone, Copy, Debug)]
struct Resource {
    value: Value,
    method: Value,
    adopted: bool,
}

/// The resources of one scope or DisposableStack, in the order they were
/// added, and whether the stack was disposed (DisposableStack's
/// [[DisposableState]]; a `using` scope never reads it).
#[derive(Clone, Debug, Default)]
pub struct DisposeCapability {
    resources: Vec<Resource>,
    pub disposed: bool,
}

impl DisposeCapability {
    pub fn heap_size(&self) -> usize {
        self.resources.capacity() * RESOURCE_BYTES
    }

    pub fn trace(&self, visit: &mut impl FnMut(Value)) {
        for r in &self.resources {
            visit(r.value);
            visit(r.method);
        }
    }
}

/// Where a disposal starts from: the completion of the scope (or `dispose()`
/// call) whose resources are disposed.
pub type Completion = Result<(), Value>;

impl Vm {
    /// A new, empty dispose capability object with prototype `proto` (none
    /// for the hidden one of a `using` scope).
    pub fn new_dispose_capability(&mut self, proto: Option<ObjRef>) -> JsResult<ObjRef> {
        self.alloc_object(proto, ObjectKind::Disposable(Box::default()))
    }

    fn capability_mut(&mut self, cap: ObjRef) -> Option<&mut DisposeCapability> {
        match self.heap.object_mut(cap).map(|o| &mut o.kind) {
            Some(ObjectKind::Disposable(c)) => Some(c),
            _ => None,
        }
    }

    /// AddDisposableResource(cap, value, sync-dispose) for `using` and
    /// DisposableStack.prototype.use: null and undefined add nothing;
    /// anything else must be an object with a callable `[Symbol.dispose]`.
    pub fn add_disposable(&mut self, cap: ObjRef, value: Value) -> JsResult<()> {
        if value.is_nullish() {
            return Ok(());
        }
        if !matches!(value, Value::Object(_)) {
            return Err(self.error(ErrorKind::TypeError, "a disposable resource must be an object"));
        }
        // GetDisposeMethod: GetMethod(value, @@dispose).
        let method = self.get_value(value, PropertyKey::Symbol(self.realm.symbols.dispose))?;
        if method.is_nullish() {
            return Err(self.error(ErrorKind::TypeError, "the resource has no [Symbol.dispose] method"));
        }
        if !self.is_callable(method) {
            return Err(self.error(ErrorKind::TypeError, "the resource's [Symbol.dispose] is not a function"));
        }
        self.push_resource(cap, value, method, false)
    }

    /// Adds a resource whose disposer is already known: `defer(f)` (value
    /// undefined) or `adopt(value, f)` (`adopted`).
    pub fn push_resource(&mut self, cap: ObjRef, value: Value, method: Value, adopted: bool) -> JsResult<()> {
        let (len, capacity) = match self.capability_mut(cap) {
            Some(c) => (c.resources.len(), c.resources.capacity()),
            None => return Err(self.internal("a resource added to a non-capability")),
        };
        let extra = if len == capacity { capacity.max(4) } else { 0 };
        self.reserve(extra * RESOURCE_BYTES)?;
        let Some(c) = self.capability_mut(cap) else {
            return Err(self.internal("a resource added to a non-capability"));
        };
        c.resources.reserve_exact(extra);
        let grown = c.resources.capacity() - capacity;
        c.resources.push(Resource { value, method, adopted });
        self.heap.grow(grown * RESOURCE_BYTES);
        Ok(())
    }

    /// Moves the resources of `from` to a new capability `to` (DisposableStack
    /// .prototype.move), leaving `from` empty.
    pub fn move_resources(&mut self, from: ObjRef, to: ObjRef) -> JsResult<()> {
        let Some(c) = self.capability_mut(from) else {
            return Err(self.internal("move from a non-capability"));
        };
        let taken = std::mem::take(&mut c.resources);
        let Some(target) = self.capability_mut(to) else {
            return Err(self.internal("move to a non-capability"));
        };
        target.resources = taken;
        Ok(())
    }

    /// DisposeResources(cap, completion): calls every disposer, last added
    /// first, and empties the list. A disposer that throws replaces a normal
    /// completion with its error, or wraps a throw completion in a
    /// SuppressedError (`error`: the new one, `suppressed`: the one before).
    /// Returns the final completion: `Err(Throw)` when an error remains.
    pub fn dispose_resources(&mut self, cap: ObjRef, completion: Completion) -> JsResult<()> {
        let mut completion = completion;
        loop {
            let Some(c) = self.capability_mut(cap) else {
                return Err(self.internal("dispose of a non-capability"));
            };
            let Some(r) = c.resources.pop() else { break };
            self.root(r.value);
            self.root(r.method);
            let result = match r.adopted {
                true => self.call(r.method, Value::Undefined, &[r.value]),
                false => self.call(r.method, r.value, &[]),
            };
            match (result, completion) {
                (Ok(_), _) => {}
                (Err(Abrupt::Throw(error)), Ok(())) => completion = Err(error),
                (Err(Abrupt::Throw(error)), Err(suppressed)) => {
                    completion = Err(self.new_suppressed_error(error, suppressed)?);
                }
                (Err(terminate), _) => return Err(terminate),
            }
            if let Err(v) = completion {
                self.root(v);
            }
        }
        if let Some(c) = self.capability_mut(cap) {
            c.resources = Vec::new();
        }
        completion.map_err(Abrupt::Throw)
    }

    /// A new SuppressedError with `error` and `suppressed` and no message,
    /// as DisposeResources makes one.
    pub fn new_suppressed_error(&mut self, error: Value, suppressed: Value) -> JsResult<Value> {
        self.root(error);
        self.root(suppressed);
        let proto = self.realm.suppressed_error_prototype.unwrap_or(self.realm.error_prototype(ErrorKind::Error));
        let obj = self.alloc_object(Some(proto), ObjectKind::Error)?;
        let error_key = self.key("error");
        self.define_hidden(obj, error_key, error)?;
        let suppressed_key = self.key("suppressed");
        self.define_hidden(obj, suppressed_key, suppressed)?;
        self.attach_stack(obj, "SuppressedError", "")?;
        Ok(Value::Object(obj))
    }
}
