//! %GeneratorPrototype%: `next`, `return` and `throw`, each resuming the
//! generator (GeneratorResume / GeneratorResumeAbrupt) and wrapping what it
//! produces in an iterator result.

use jsvm_vm::generator::{Resume, Step};
use jsvm_vm::heap::object::{CONFIGURABLE, Property, PropertyKey};
use jsvm_vm::native::Args;
use jsvm_vm::{JsResult, Value, Vm};

use crate::array::iter_result;
use crate::{install_methods, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.generator_prototype;
    install_methods(vm, proto, &[("next", next, 1), ("return", return_, 1), ("throw", throw, 1)])?;
    let tag = PropertyKey::Symbol(vm.realm.symbols.to_string_tag);
    let text = vm.string_value("Generator")?;
    vm.define_property_raw(proto, tag, Property::data(text, CONFIGURABLE))
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
