//! %GeneratorPrototype%: `next`, `return` and `throw`, each resuming the
//! generator (GeneratorResume / GeneratorResumeAbrupt) and wrapping what it
//! produces in an iterator result. Also %GeneratorFunction.prototype%, which
//! generator functions inherit from, and %GeneratorFunction%, which exists
//! for reflection but, like `Function`, compiles nothing: calling it throws.

use jsvm_vm::generator::{Resume, Step};
use jsvm_vm::heap::object::{CONFIGURABLE, ObjectKind, Property, PropertyKey};
use jsvm_vm::native::Args;
use jsvm_vm::{JsResult, ObjRef, Value, Vm};

use crate::array::iter_result;
use crate::{install_methods, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.generator_prototype;
    install_methods(vm, proto, &[("next", next, 1), ("return", return_, 1), ("throw", throw, 1)])?;
    crate::define_to_string_tag(vm, proto, "Generator")?;
    // %GeneratorFunction.prototype%.prototype is %GeneratorPrototype% and
    // back through `constructor`, both read-only but configurable.
    let function_proto = vm.realm.generator_function_prototype;
    let names = vm.realm.names;
    let read_only = |v: ObjRef| Property::data(Value::Object(v), CONFIGURABLE);
    vm.define_property_raw(function_proto, PropertyKey::Atom(names.prototype), read_only(proto))?;
    vm.define_property_raw(proto, PropertyKey::Atom(names.constructor), read_only(function_proto))?;
    crate::define_to_string_tag(vm, function_proto, "GeneratorFunction")?;
    let kind = ObjectKind::Native { function: generator_function, constructor: true, magic: 0 };
    let constructor = vm.make_function_object(kind, "GeneratorFunction", 1)?;
    // %GeneratorFunction% inherits from %Function%.
    let function_prototype = vm.realm.function_prototype;
    let key = PropertyKey::Atom(names.constructor);
    if let Value::Object(function) = vm.get(function_prototype, key, Value::Object(function_prototype))?
        && let Some(o) = vm.heap.object_mut(constructor)
    {
        o.proto = Some(function);
    }
    vm.define_property_raw(
        constructor,
        PropertyKey::Atom(names.prototype),
        Property::data(Value::Object(function_proto), 0),
    )?;
    vm.define_property_raw(function_proto, PropertyKey::Atom(names.constructor), read_only(constructor))
}

/// %GeneratorFunction%(...): jsvm compiles no code at run time.
fn generator_function(vm: &mut Vm, _: &Args) -> JsResult<Value> {
    type_error(vm, "GeneratorFunction constructor is not supported by jsvm (no code is compiled at run time)")
}

fn resume(vm: &mut Vm, args: &Args, mode: Resume) -> JsResult<Value> {
    let Value::Object(generator) = args.this else {
        return type_error(vm, "Generator method called on a non-object");
    };
    match vm.generator_resume(generator, args.get(0), mode)? {
        Step::Yielded(value) => iter_result(vm, value, false),
        Step::Delegated(result) => Ok(result),
        Step::Done(value) => iter_result(vm, value, true),
    }
}

fn next(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    resume(vm, args, Resume::Next)
}

fn return_(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    resume(vm, args, Resume::Return)
}

fn throw(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    resume(vm, args, Resume::Throw)
}
