//! `DisposableStack`: a script-held list of resources disposed together,
//! last added first. Its resource list is the same dispose capability the VM
//! keeps for a block with `using` declarations (`jsvm_vm::dispose`), plus
//! the [[DisposableState]] flag: once disposed, a stack refuses new
//! resources with a ReferenceError.

use jsvm_vm::heap::object::{ObjectKind, PropertyKey};
use jsvm_vm::native::Args;
use jsvm_vm::{ErrorKind, JsResult, ObjRef, Value, Vm};

use crate::{Method, install_constructor, install_methods, prototype_from_new_target, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let op = vm.realm.object_prototype;
    let proto = vm.alloc_object(Some(op), ObjectKind::Ordinary)?;
    install_constructor(vm, "DisposableStack", construct, 0, proto)?;
    let methods: &[Method] =
        &[("adopt", adopt, 2), ("defer", defer, 1), ("dispose", dispose, 0), ("move", move_, 0), ("use", use_, 1)];
    install_methods(vm, proto, methods)?;
    let disposed_key = vm.key("disposed");
    crate::define_getter(vm, proto, disposed_key, "disposed", disposed)?;
    // [Symbol.dispose] is the same function object as `dispose`.
    let dispose_key = vm.key("dispose");
    let dispose_fn = vm.get(proto, dispose_key, Value::Object(proto))?;
    let symbol = PropertyKey::Symbol(vm.realm.symbols.dispose);
    vm.define_hidden(proto, symbol, dispose_fn)?;
    crate::define_to_string_tag(vm, proto, "DisposableStack")?;
    vm.realm.disposable_stack_prototype = Some(proto);
    Ok(())
}

/// new DisposableStack(): an empty stack (TypeError without `new`).
fn construct(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Some(new_target) = args.new_target else {
        return type_error(vm, "Constructor DisposableStack requires 'new'");
    };
    let fallback = vm.realm.disposable_stack_prototype.unwrap_or(vm.realm.object_prototype);
    let proto = prototype_from_new_target(vm, new_target, fallback)?;
    Ok(Value::Object(vm.new_dispose_capability(Some(proto))?))
}

/// The receiver, checked to be a DisposableStack (RequireInternalSlot
/// [[DisposableState]]), and whether it was disposed.
fn this_stack(vm: &mut Vm, this: Value, method: &str) -> JsResult<(ObjRef, bool)> {
    if let Value::Object(o) = this
        && let ObjectKind::Disposable(c) = &vm.heap.object(o).kind
    {
        return Ok((o, c.disposed));
    }
    type_error(vm, &format!("Method DisposableStack.prototype.{method} called on incompatible receiver"))
}

/// The receiver, which must be a DisposableStack not yet disposed.
fn pending_stack(vm: &mut Vm, this: Value, method: &str) -> JsResult<ObjRef> {
    let (stack, disposed) = this_stack(vm, this, method)?;
    if disposed {
        return Err(vm.error(ErrorKind::ReferenceError, "the DisposableStack is already disposed"));
    }
    Ok(stack)
}

fn set_disposed(vm: &mut Vm, stack: ObjRef) {
    if let Some(ObjectKind::Disposable(c)) = vm.heap.object_mut(stack).map(|o| &mut o.kind) {
        c.disposed = true;
    }
}

/// use(value): adds `value`'s `[Symbol.dispose]` and returns `value`.
fn use_(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let stack = pending_stack(vm, args.this, "use")?;
    vm.add_disposable(stack, args.get(0))?;
    Ok(args.get(0))
}

/// adopt(value, onDispose): disposing calls `onDispose(value)`.
fn adopt(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    add_callback(vm, args, "adopt", args.get(0), args.get(1), true)?;
    Ok(args.get(0))
}

/// defer(onDispose): disposing calls `onDispose()`.
fn defer(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    add_callback(vm, args, "defer", Value::Undefined, args.get(0), false)?;
    Ok(Value::Undefined)
}

/// Adds the disposer `on_dispose` (which must be callable) for `value` to
/// the receiver, a DisposableStack not yet disposed.
fn add_callback(
    vm: &mut Vm,
    args: &Args,
    method: &str,
    value: Value,
    on_dispose: Value,
    adopted: bool,
) -> JsResult<()> {
    let stack = pending_stack(vm, args.this, method)?;
    if !vm.is_callable(on_dispose) {
        return type_error(vm, &format!("DisposableStack.prototype.{method}: onDispose is not a function"));
    }
    vm.push_resource(stack, value, on_dispose, adopted)
}

/// dispose(): disposes every resource, once; later calls do nothing.
fn dispose(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (stack, disposed) = this_stack(vm, args.this, "dispose")?;
    if !disposed {
        set_disposed(vm, stack);
        vm.dispose_resources(stack, Ok(()))?;
    }
    Ok(Value::Undefined)
}

/// move(): a new DisposableStack takes over the resources; this one is
/// left disposed (without disposing anything).
fn move_(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let stack = pending_stack(vm, args.this, "move")?;
    let proto = vm.realm.disposable_stack_prototype;
    let fresh = vm.new_dispose_capability(proto)?;
    vm.move_resources(stack, fresh)?;
    set_disposed(vm, stack);
    Ok(Value::Object(fresh))
}

/// get disposed: whether the stack was disposed (or moved).
fn disposed(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let (_, disposed) = this_stack(vm, args.this, "disposed")?;
    Ok(Value::Bool(disposed))
}
