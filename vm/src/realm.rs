//! The realm: the intrinsic objects the VM itself needs (prototypes for the
//! values it creates, the global object, well-known symbols) and the atoms of
//! names it looks up often. The VM creates them bare; `jsvm-stdlib` fills
//! them with the built-in properties.

use crate::error::{ErrorKind, JsResult};
use crate::heap::Heap;
use crate::heap::SeededHashMap;
use crate::heap::object::{Atom, Object, ObjectKind};
use crate::native::Args;
use crate::value::{ObjRef, SymbolRef, Value};
use crate::vm::Vm;

/// Atoms of names the VM uses itself.
#[derive(Clone, Copy, Debug)]
pub struct Names {
    pub length: Atom,
    pub prototype: Atom,
    pub constructor: Atom,
    pub name: Atom,
    pub message: Atom,
    pub stack: Atom,
    pub value: Atom,
    pub done: Atom,
    pub next: Atom,
    pub return_: Atom,
    pub to_string: Atom,
    pub value_of: Atom,
    pub cause: Atom,
    pub callee: Atom,
    pub last_index: Atom,
    pub index: Atom,
    pub input: Atom,
    pub groups: Atom,
    pub exec: Atom,
    pub flags: Atom,
}

/// Well-known symbols.
#[derive(Clone, Copy, Debug)]
pub struct WellKnownSymbols {
    pub iterator: SymbolRef,
    pub has_instance: SymbolRef,
    pub to_primitive: SymbolRef,
    pub to_string_tag: SymbolRef,
    pub is_concat_spreadable: SymbolRef,
    pub species: SymbolRef,
    pub unscopables: SymbolRef,
    pub match_: SymbolRef,
    pub match_all: SymbolRef,
    pub replace: SymbolRef,
    pub search: SymbolRef,
    pub split: SymbolRef,
    pub async_iterator: SymbolRef,
    pub dispose: SymbolRef,
    pub async_dispose: SymbolRef,
}

impl WellKnownSymbols {
    /// `(name, symbol)` pairs, for `Symbol.iterator` and friends.
    pub fn all(&self) -> [(&'static str, SymbolRef); 15] {
        [
            ("iterator", self.iterator),
            ("hasInstance", self.has_instance),
            ("toPrimitive", self.to_primitive),
            ("toStringTag", self.to_string_tag),
            ("isConcatSpreadable", self.is_concat_spreadable),
            ("species", self.species),
            ("unscopables", self.unscopables),
            ("match", self.match_),
            ("matchAll", self.match_all),
            ("replace", self.replace),
            ("search", self.search),
            ("split", self.split),
            ("asyncIterator", self.async_iterator),
            ("dispose", self.dispose),
            ("asyncDispose", self.async_dispose),
        ]
    }
}

/// The intrinsic objects.
#[derive(Clone, Debug)]
pub struct Realm {
    pub global: ObjRef,
    pub object_prototype: ObjRef,
    pub function_prototype: ObjRef,
    pub array_prototype: ObjRef,
    pub string_prototype: ObjRef,
    pub number_prototype: ObjRef,
    pub boolean_prototype: ObjRef,
    pub symbol_prototype: ObjRef,
    pub iterator_prototype: ObjRef,
    pub array_iterator_prototype: ObjRef,
    pub string_iterator_prototype: ObjRef,
    /// %GeneratorPrototype%: `next`, `return`, `throw`.
    pub generator_prototype: ObjRef,
    /// %GeneratorFunction.prototype%: the prototype of generator functions.
    pub generator_function_prototype: ObjRef,
    pub map_iterator_prototype: ObjRef,
    pub set_iterator_prototype: ObjRef,
    /// Indexed by `ErrorKind as usize`.
    pub error_prototypes: [ObjRef; 7],
    pub names: Names,
    pub symbols: WellKnownSymbols,
    /// `Array.prototype.values`, once the standard library installs it: an
    /// array whose `Symbol.iterator` is still this iterates by index.
    pub array_values: Option<ObjRef>,
    /// `String.prototype[Symbol.iterator]`, once installed.
    pub string_iterator: Option<ObjRef>,
    /// %Array%, once installed (ArraySpeciesCreate's default).
    pub array_constructor: Option<ObjRef>,
    /// %Map.prototype%, once installed (for `Map.groupBy`).
    pub map_prototype: Option<ObjRef>,
    /// %Set.prototype%, once installed (the Set methods' results).
    pub set_prototype: Option<ObjRef>,
    /// %RegExp%, once installed (SpeciesConstructor's default for RegExps).
    pub regexp_constructor: Option<ObjRef>,
    /// %RegExp.prototype%, once installed (for regular expression literals).
    pub regexp_prototype: Option<ObjRef>,
    /// %RegExpStringIteratorPrototype%, once installed.
    pub regexp_string_iterator_prototype: Option<ObjRef>,
    /// %Iterator%, once installed (`Iterator.from` asks whether an iterator
    /// is already one of its instances).
    pub iterator_constructor: Option<ObjRef>,
    /// %IteratorHelperPrototype%, once installed.
    pub iterator_helper_prototype: Option<ObjRef>,
    /// %WrapForValidIteratorPrototype%, once installed.
    pub wrap_for_valid_iterator_prototype: Option<ObjRef>,
    /// %SuppressedError.prototype%, once installed (DisposeResources makes
    /// SuppressedErrors).
    pub suppressed_error_prototype: Option<ObjRef>,
    /// %DisposableStack.prototype%, once installed (`move` makes stacks).
    pub disposable_stack_prototype: Option<ObjRef>,
    /// %RegExp.prototype.exec%, once installed (RegExpExec runs it without
    /// a call when a RegExp still has it).
    pub regexp_exec: Option<ObjRef>,
    /// %ThrowTypeError%, once installed: the accessor behind
    /// `arguments.callee` and `Function.prototype.caller`.
    pub throw_type_error: Option<ObjRef>,
    /// The GlobalSymbolRegistry of `Symbol.for`: each registered symbol by
    /// the code units of its key (a hash index, so lookups cost the same
    /// however many symbols are registered).
    pub symbol_registry: SeededHashMap<Box<[u16]>, SymbolRef>,
}

fn function_prototype_call(_: &mut Vm, _: &Args) -> JsResult<Value> {
    Ok(Value::Undefined)
}

impl Realm {
    /// Creates the bare intrinsics in `heap`.
    pub fn new(heap: &mut Heap) -> Realm {
        let obj =
            |heap: &mut Heap, proto: Option<ObjRef>, kind: ObjectKind| heap.alloc_object(Object::new(proto, kind));
        let object_prototype = obj(heap, None, ObjectKind::Ordinary);
        let op = Some(object_prototype);
        let function_prototype =
            obj(heap, op, ObjectKind::Native { function: function_prototype_call, constructor: false, magic: 0 });
        let array_prototype = obj(heap, op, ObjectKind::Array(Default::default()));
        let empty = heap.empty_string();
        let string_prototype = obj(heap, op, ObjectKind::String(empty));
        let number_prototype = obj(heap, op, ObjectKind::Number(0.0));
        let boolean_prototype = obj(heap, op, ObjectKind::Boolean(false));
        let symbol_prototype = obj(heap, op, ObjectKind::Ordinary);
        let iterator_prototype = obj(heap, op, ObjectKind::Ordinary);
        let array_iterator_prototype = obj(heap, Some(iterator_prototype), ObjectKind::Ordinary);
        let string_iterator_prototype = obj(heap, Some(iterator_prototype), ObjectKind::Ordinary);
        let generator_prototype = obj(heap, Some(iterator_prototype), ObjectKind::Ordinary);
        let generator_function_prototype = obj(heap, Some(function_prototype), ObjectKind::Ordinary);
        let map_iterator_prototype = obj(heap, Some(iterator_prototype), ObjectKind::Ordinary);
        let set_iterator_prototype = obj(heap, Some(iterator_prototype), ObjectKind::Ordinary);
        let error_prototype = obj(heap, op, ObjectKind::Ordinary);
        let mut error_prototypes = [error_prototype; 7];
        for slot in error_prototypes.iter_mut().skip(1) {
            *slot = obj(heap, Some(error_prototype), ObjectKind::Ordinary);
        }
        let global = obj(heap, op, ObjectKind::Ordinary);
        let mut atom = |text: &str| {
            let units: Vec<u16> = text.encode_utf16().collect();
            heap.atom(&units, None)
        };
        let names = Names {
            length: atom("length"),
            prototype: atom("prototype"),
            constructor: atom("constructor"),
            name: atom("name"),
            message: atom("message"),
            stack: atom("stack"),
            value: atom("value"),
            done: atom("done"),
            next: atom("next"),
            return_: atom("return"),
            to_string: atom("toString"),
            value_of: atom("valueOf"),
            cause: atom("cause"),
            callee: atom("callee"),
            last_index: atom("lastIndex"),
            index: atom("index"),
            input: atom("input"),
            groups: atom("groups"),
            exec: atom("exec"),
            flags: atom("flags"),
        };
        let mut symbol = |text: &str| {
            let d = heap.alloc_str(&format!("Symbol.{text}"));
            heap.alloc_symbol(Some(d))
        };
        let symbols = WellKnownSymbols {
            iterator: symbol("iterator"),
            has_instance: symbol("hasInstance"),
            to_primitive: symbol("toPrimitive"),
            to_string_tag: symbol("toStringTag"),
            is_concat_spreadable: symbol("isConcatSpreadable"),
            species: symbol("species"),
            unscopables: symbol("unscopables"),
            match_: symbol("match"),
            match_all: symbol("matchAll"),
            replace: symbol("replace"),
            search: symbol("search"),
            split: symbol("split"),
            async_iterator: symbol("asyncIterator"),
            dispose: symbol("dispose"),
            async_dispose: symbol("asyncDispose"),
        };
        Realm {
            global,
            object_prototype,
            function_prototype,
            array_prototype,
            string_prototype,
            number_prototype,
            boolean_prototype,
            symbol_prototype,
            iterator_prototype,
            array_iterator_prototype,
            string_iterator_prototype,
            generator_prototype,
            generator_function_prototype,
            map_iterator_prototype,
            set_iterator_prototype,
            error_prototypes,
            names,
            symbols,
            array_values: None,
            string_iterator: None,
            array_constructor: None,
            map_prototype: None,
            set_prototype: None,
            regexp_constructor: None,
            regexp_prototype: None,
            regexp_string_iterator_prototype: None,
            iterator_constructor: None,
            iterator_helper_prototype: None,
            wrap_for_valid_iterator_prototype: None,
            suppressed_error_prototype: None,
            disposable_stack_prototype: None,
            regexp_exec: None,
            throw_type_error: None,
            symbol_registry: SeededHashMap::default(),
        }
    }

    pub fn error_prototype(&self, kind: ErrorKind) -> ObjRef {
        self.error_prototypes[kind as usize]
    }

    /// Every value the realm keeps alive, for the collector.
    pub fn roots(&self) -> Vec<Value> {
        let mut roots = vec![
            self.global,
            self.object_prototype,
            self.function_prototype,
            self.array_prototype,
            self.string_prototype,
            self.number_prototype,
            self.boolean_prototype,
            self.symbol_prototype,
            self.iterator_prototype,
            self.array_iterator_prototype,
            self.string_iterator_prototype,
            self.generator_prototype,
            self.generator_function_prototype,
            self.map_iterator_prototype,
            self.set_iterator_prototype,
        ];
        roots.extend(self.error_prototypes);
        let mut values: Vec<Value> = roots.into_iter().map(Value::Object).collect();
        values.extend(self.symbols.all().iter().map(|(_, s)| Value::Symbol(*s)));
        values.extend(self.symbol_registry.values().map(|s| Value::Symbol(*s)));
        let installed = [
            self.array_values,
            self.string_iterator,
            self.array_constructor,
            self.map_prototype,
            self.set_prototype,
            self.regexp_constructor,
            self.regexp_prototype,
            self.regexp_string_iterator_prototype,
            self.iterator_constructor,
            self.iterator_helper_prototype,
            self.wrap_for_valid_iterator_prototype,
            self.suppressed_error_prototype,
            self.disposable_stack_prototype,
            self.regexp_exec,
            self.throw_type_error,
        ];
        values.extend(installed.into_iter().flatten().map(Value::Object));
        values
    }

    pub fn atoms(&self) -> Vec<Atom> {
        let n = self.names;
        vec![
            n.length,
            n.prototype,
            n.constructor,
            n.name,
            n.message,
            n.stack,
            n.value,
            n.done,
            n.next,
            n.return_,
            n.to_string,
            n.value_of,
            n.cause,
            n.callee,
            n.last_index,
            n.index,
            n.input,
            n.groups,
            n.exec,
            n.flags,
        ]
    }
}
