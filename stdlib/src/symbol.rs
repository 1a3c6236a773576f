//! `Symbol`: the function (not a constructor), the well-known symbols, and
//! `Symbol.prototype.toString` / `description`.

use jsvm_vm::heap::object::{ObjectKind, PropertyKey};
use jsvm_vm::native::Args;
use jsvm_vm::value::SymbolRef;
use jsvm_vm::{JsResult, Value, Vm};

use crate::{define_constant, define_getter, install_constructor, install_methods, type_error};

pub(crate) fn install(vm: &mut Vm) -> JsResult<()> {
    let proto = vm.realm.symbol_prototype;
    let c = install_constructor(vm, "Symbol", symbol, 0, proto)?;
    for (name, s) in vm.realm.symbols.all() {
        define_constant(vm, c, name, Value::Symbol(s))?;
    }
    install_methods(vm, c, &[("for", symbol_for, 1), ("keyFor", key_for, 1)])?;
    install_methods(vm, proto, &[("toString", to_string, 0), ("valueOf", value_of, 0)])?;
    let to_primitive = vm.realm.symbols.to_primitive;
    let f = crate::install_symbol_method(vm, proto, to_primitive, "[Symbol.toPrimitive]", value_of, 1)?;
    let flags = jsvm_vm::heap::object::CONFIGURABLE;
    vm.define_property_raw(
        proto,
        PropertyKey::Symbol(to_primitive),
        jsvm_vm::heap::object::Property::data(Value::Object(f), flags),
    )?;
    let key = vm.key("description");
    define_getter(vm, proto, key, "description", description)?;
    crate::define_to_string_tag(vm, proto, "Symbol")
}

/// Symbol([description]).
fn symbol(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    if args.new_target.is_some() {
        return type_error(vm, "Symbol is not a constructor");
    }
    let description = match args.get(0) {
        Value::Undefined => None,
        v => Some(vm.to_string(v)?),
    };
    vm.new_symbol(description)
}

/// Symbol.for(key): the registry's symbol for the string, made once.
fn symbol_for(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let key = vm.to_string(args.get(0))?;
    vm.charge_units(key.len() as usize)?;
    let units: Box<[u16]> = vm.heap.units(key).into();
    if let Some(&s) = vm.realm.symbol_registry.get(&units) {
        return Ok(Value::Symbol(s));
    }
    // The registry's copy of the key and its entry live as long as the realm.
    vm.hold_for_good(units.len() * 2 + REGISTRY_ENTRY_BYTES)?;
    let symbol = vm.new_symbol(Some(key))?;
    if let Value::Symbol(s) = symbol {
        vm.realm.symbol_registry.insert(units, s);
    }
    Ok(symbol)
}

/// Bytes a registry entry takes besides its key's code units.
const REGISTRY_ENTRY_BYTES: usize = 48;

/// Symbol.keyFor(sym): the registry key of a registered symbol.
fn key_for(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let Value::Symbol(s) = args.get(0) else { return type_error(vm, "Symbol.keyFor requires a symbol") };
    let Some(description) = vm.heap.symbol_description(s) else { return Ok(Value::Undefined) };
    vm.charge_units(description.len() as usize)?;
    let registered = vm.realm.symbol_registry.get(vm.heap.units(description)) == Some(&s);
    Ok(if registered { Value::String(description) } else { Value::Undefined })
}

/// thisSymbolValue.
fn this_symbol(vm: &mut Vm, v: Value) -> JsResult<SymbolRef> {
    match v {
        Value::Symbol(s) => Ok(s),
        Value::Object(o) => match vm.heap.object(o).kind {
            ObjectKind::Symbol(s) => Ok(s),
            _ => type_error(vm, "not a Symbol"),
        },
        _ => type_error(vm, "not a Symbol"),
    }
}

/// SymbolDescriptiveString.
fn to_string(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_symbol(vm, args.this)?;
    let d = vm.heap.symbol_description(s).map(|d| vm.heap.to_rust_string(d)).unwrap_or_default();
    vm.string_value(&format!("Symbol({d})"))
}

fn value_of(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    Ok(Value::Symbol(this_symbol(vm, args.this)?))
}

fn description(vm: &mut Vm, args: &Args) -> JsResult<Value> {
    let s = this_symbol(vm, args.this)?;
    Ok(vm.heap.symbol_description(s).map_or(Value::Undefined, Value::String))
}
