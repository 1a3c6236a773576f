//! Iteration: the iterator protocol (GetIterator, IteratorStepValue,
//! IteratorClose) with fast paths for arrays and strings whose iteration has
//! not been changed by the script, and the for-in key walk.

use crate::error::{Abrupt, ErrorKind, JsResult};
use crate::heap::SeededHashSet;
use crate::heap::object::{IterKind, IteratorState, ObjectKind, PropertyKey};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// GetIterator(value, sync), as an internal iterator record object.
    pub fn iterator_open(&mut self, value: Value) -> JsResult<ObjRef> {
        let state = if self.has_default_iteration(value) {
            match value {
                Value::String(s) => IteratorState::String { string: s, next: 0 },
                _ => IteratorState::Array { target: value, next: 0, kind: IterKind::Values },
            }
        } else {
            self.protocol_state(value)?
        };
        self.alloc_object(None, ObjectKind::Iterator(state))
    }

    /// GetIterator without the fast paths: the record always holds the
    /// iterator object and its `next` (what `yield*` forwards to).
    pub fn iterator_open_protocol(&mut self, value: Value) -> JsResult<ObjRef> {
        let state = self.protocol_state(value)?;
        self.alloc_object(None, ObjectKind::Iterator(state))
    }

    /// Calls `value[Symbol.iterator]()` and reads the iterator's `next`.
    fn protocol_state(&mut self, value: Value) -> JsResult<IteratorState> {
        let method_key = PropertyKey::Symbol(self.realm.symbols.iterator);
        let method = self.get_value(value, method_key)?;
        if !self.is_callable(method) {
            let d = self.describe(value);
            return Err(self.error(ErrorKind::TypeError, &format!("{d} is not iterable")));
        }
        let iterator = self.call(method, value, &[])?;
        if !matches!(iterator, Value::Object(_)) {
            return Err(self.error(ErrorKind::TypeError, "Result of the Symbol.iterator method is not an object"));
        }
        let next_method = self.get_value(iterator, PropertyKey::Atom(self.realm.names.next))?;
        Ok(IteratorState::Protocol { iterator, next_method })
    }

    /// One step of `yield*` (the loop of YieldExpression: `yield*`): forwards
    /// `sent` by `mode` (0 next, 1 throw, 2 return) to the inner iterator.
    /// Returns the inner result object and false, or the final value and
    /// true when the inner iterator is done.
    pub fn delegate_step(&mut self, iter: ObjRef, sent: Value, mode: Value) -> JsResult<(Value, bool)> {
        let ObjectKind::Iterator(IteratorState::Protocol { iterator, next_method }) = self.heap.object(iter).kind
        else {
            return Err(self.internal("yield* over a non-protocol iterator"));
        };
        let mode = match mode {
            Value::Number(n) => n,
            _ => 0.0,
        };
        let result = if mode == 0.0 {
            self.call(next_method, iterator, &[sent])?
        } else {
            let name = if mode == 1.0 { "throw" } else { "return" };
            let key = self.key(name);
            let method = self.get_value(iterator, key)?;
            if method.is_nullish() {
                if mode == 2.0 {
                    return Ok((sent, true));
                }
                // No `throw`: close the inner iterator, then complain.
                self.iterator_close(iter)?;
                return Err(self.error(ErrorKind::TypeError, "The iterator does not provide a 'throw' method"));
            }
            self.call(method, iterator, &[sent])?
        };
        let Value::Object(r) = result else {
            return Err(self.error(ErrorKind::TypeError, "Iterator result is not an object"));
        };
        let done = self.get(r, PropertyKey::Atom(self.realm.names.done), result)?;
        if self.to_boolean(done) {
            let value = self.get(r, PropertyKey::Atom(self.realm.names.value), result)?;
            return Ok((value, true));
        }
        Ok((result, false))
    }

    /// Whether `value` is an array or string whose `Symbol.iterator` is still
    /// the built-in one, so iterating it by index is unobservable.
    fn has_default_iteration(&self, value: Value) -> bool {
        let key = PropertyKey::Symbol(self.realm.symbols.iterator);
        let (proto, intrinsic) = match value {
            Value::String(_) => (self.realm.string_prototype, self.realm_string_iterator()),
            Value::Object(o) => {
                let object = self.heap.object(o);
                if !matches!(object.kind, ObjectKind::Array(_))
                    || object.proto != Some(self.realm.array_prototype)
                    || object.properties.get(key).is_some()
                {
                    return false;
                }
                (self.realm.array_prototype, self.realm_array_values())
            }
            _ => return false,
        };
        let Some(intrinsic) = intrinsic else { return false };
        matches!(
            self.heap.object(proto).properties.get(key).map(|p| p.slot),
            Some(crate::heap::object::Slot::Data(Value::Object(f))) if f == intrinsic
        )
    }

    fn realm_array_values(&self) -> Option<ObjRef> {
        self.realm.array_values
    }

    fn realm_string_iterator(&self) -> Option<ObjRef> {
        self.realm.string_iterator
    }

    /// The common case of `iterator_step`: the values of an array, read
    /// straight from its dense elements (a hole, or anything else, takes the
    /// general path).
    fn array_values_step(&mut self, iter: ObjRef) -> Option<Value> {
        let ObjectKind::Iterator(IteratorState::Array { target: Value::Object(o), next, kind: IterKind::Values }) =
            self.heap.object(iter).kind
        else {
            return None;
        };
        self.heap.object(o).array()?;
        let value = self.own_data_fast(o, PropertyKey::Index(next))?;
        if let Some(ObjectKind::Iterator(IteratorState::Array { next, .. })) =
            self.heap.object_mut(iter).map(|object| &mut object.kind)
        {
            *next += 1;
        }
        Some(value)
    }

    /// IteratorStepValue: the next value, or `None` when done.
    pub fn iterator_step(&mut self, iter: ObjRef) -> JsResult<Option<Value>> {
        if let Some(value) = self.array_values_step(iter) {
            return Ok(Some(value));
        }
        let ObjectKind::Iterator(state) = &self.heap.object(iter).kind else {
            return Err(self.internal("iterator_step on a non-iterator"));
        };
        match state.clone() {
            IteratorState::Array { target, next, kind } => {
                let length = match target {
                    Value::Object(o) => match self.heap.object(o).array() {
                        Some(a) => a.length,
                        None => {
                            let l = self.get_value(target, PropertyKey::Atom(self.realm.names.length))?;
                            crate::number::to_uint32(self.to_number(l)?)
                        }
                    },
                    _ => 0,
                };
                if next >= length {
                    self.set_iterator_state(iter, IteratorState::Done);
                    return Ok(None);
                }
                self.set_iterator_state(iter, IteratorState::Array { target, next: next + 1, kind });
                let value = match kind {
                    IterKind::Keys => Value::Number(next as f64),
                    IterKind::Values => self.get_value(target, PropertyKey::Index(next))?,
                    IterKind::Entries => {
                        let v = self.get_value(target, PropertyKey::Index(next))?;
                        Value::Object(self.new_array(vec![Value::Number(next as f64), v])?)
                    }
                };
                Ok(Some(value))
            }
            IteratorState::Collection { collection, kind, .. } => {
                let is_set = matches!(&self.heap.object(collection).kind, ObjectKind::Collection(c) if c.is_set);
                let Some((key, value)) = self.collection_step(iter)? else { return Ok(None) };
                let item = match (kind, is_set) {
                    (IterKind::Keys, _) | (IterKind::Values, true) => key,
                    (IterKind::Values, false) => value,
                    (IterKind::Entries, true) => Value::Object(self.new_array(vec![key, key])?),
                    (IterKind::Entries, false) => Value::Object(self.new_array(vec![key, value])?),
                };
                Ok(Some(item))
            }
            IteratorState::String { string, next } => {
                let units = self.heap.units(string);
                let Some(&first) = units.get(next as usize) else {
                    self.set_iterator_state(iter, IteratorState::Done);
                    return Ok(None);
                };
                let pair = [first, units.get(next as usize + 1).copied().unwrap_or(0)];
                let is_pair = (0xD800..0xDC00).contains(&first) && (0xDC00..0xE000).contains(&pair[1]);
                let taken = if is_pair { &pair[..] } else { &pair[..1] };
                let step = taken.len() as u32;
                self.set_iterator_state(iter, IteratorState::String { string, next: next + step });
                Ok(Some(Value::String(self.alloc_string_units(taken)?)))
            }
            IteratorState::Protocol { iterator, next_method } => {
                let Some(result) = self.protocol_step(iter, iterator, next_method)? else { return Ok(None) };
                match self.get_value(result, PropertyKey::Atom(self.realm.names.value)) {
                    Ok(value) => Ok(Some(value)),
                    Err(e) => {
                        self.set_iterator_state(iter, IteratorState::Done);
                        Err(e)
                    }
                }
            }
            IteratorState::ForIn { .. }
            | IteratorState::RegExpString { .. }
            | IteratorState::Helper(_)
            | IteratorState::Wrapped { .. }
            | IteratorState::Done => Ok(None),
        }
    }

    /// IteratorStep: advances the iterator without reading the value;
    /// false when it is done.
    pub fn iterator_skip(&mut self, iter: ObjRef) -> JsResult<bool> {
        if let ObjectKind::Iterator(IteratorState::Protocol { iterator, next_method }) = self.heap.object(iter).kind {
            return Ok(self.protocol_step(iter, iterator, next_method)?.is_some());
        }
        Ok(self.iterator_step(iter)?.is_some())
    }

    /// Calls `next` and reads `done`: the result object, or `None` when the
    /// iterator is done. A throwing or malformed `next` leaves the record
    /// done: it is not closed afterwards (IteratorStep sets [[Done]]).
    fn protocol_step(&mut self, iter: ObjRef, iterator: Value, next_method: Value) -> JsResult<Option<Value>> {
        let result = match self.call(next_method, iterator, &[]) {
            Ok(r) => r,
            Err(e) => {
                self.set_iterator_state(iter, IteratorState::Done);
                return Err(e);
            }
        };
        let Value::Object(r) = result else {
            self.set_iterator_state(iter, IteratorState::Done);
            return Err(self.error(ErrorKind::TypeError, "Iterator result is not an object"));
        };
        let done = match self.get(r, PropertyKey::Atom(self.realm.names.done), result) {
            Ok(done) => done,
            Err(e) => {
                self.set_iterator_state(iter, IteratorState::Done);
                return Err(e);
            }
        };
        if self.to_boolean(done) {
            self.set_iterator_state(iter, IteratorState::Done);
            return Ok(None);
        }
        Ok(Some(result))
    }

    /// Steps an iterator over a Map or Set: the next live entry's key and
    /// value (entries added meanwhile included, deleted ones skipped).
    pub fn collection_step(&mut self, iter: ObjRef) -> JsResult<Option<(Value, Value)>> {
        let ObjectKind::Iterator(IteratorState::Collection { collection, next, kind }) = self.heap.object(iter).kind
        else {
            return Ok(None);
        };
        let ObjectKind::Collection(c) = &self.heap.object(collection).kind else {
            return Err(self.internal("collection iterator over a non-collection"));
        };
        let Some((i, key, value, scanned)) = c.entry_from(next) else {
            self.set_iterator_state(iter, IteratorState::Done);
            return Ok(None);
        };
        self.charge(scanned as u64 + 1)?;
        self.set_iterator_state(iter, IteratorState::Collection { collection, next: i + 1, kind });
        Ok(Some((key, value)))
    }

    fn set_iterator_state(&mut self, iter: ObjRef, state: IteratorState) {
        if let Some(o) = self.heap.object_mut(iter) {
            o.kind = ObjectKind::Iterator(state);
        }
    }

    /// IteratorClose for an early exit: calls the iterator's `return` method.
    pub fn iterator_close(&mut self, iter: ObjRef) -> JsResult<()> {
        let ObjectKind::Iterator(state) = &self.heap.object(iter).kind else { return Ok(()) };
        let IteratorState::Protocol { iterator, .. } = *state else {
            self.set_iterator_state(iter, IteratorState::Done);
            return Ok(());
        };
        self.set_iterator_state(iter, IteratorState::Done);
        let method = self.get_value(iterator, PropertyKey::Atom(self.realm.names.return_))?;
        if method.is_nullish() {
            return Ok(());
        }
        let result = self.call(method, iterator, &[])?;
        if !matches!(result, Value::Object(_)) {
            return Err(self.error(ErrorKind::TypeError, "Iterator result is not an object"));
        }
        Ok(())
    }

    /// IteratorClose(record, completion) for a throw completion: closes the
    /// iterator, ignoring what closing throws, and gives back `abrupt` (or
    /// the termination closing ran into).
    pub fn iterator_close_after(&mut self, iter: ObjRef, abrupt: Abrupt) -> Abrupt {
        if matches!(abrupt, Abrupt::Throw(_))
            && let Err(terminate @ Abrupt::Terminate(_)) = self.iterator_close(iter)
        {
            return terminate;
        }
        abrupt
    }

    /// Appends every value `value` iterates to the array `target` (spread),
    /// one at a time so each lands in the heap (rooted and counted) at once.
    pub fn spread_into(&mut self, target: ObjRef, value: Value) -> JsResult<()> {
        if let Value::Object(o) = value
            && self.has_default_iteration(value)
            && let Some(a) = self.heap.object(o).array()
            && a.dense.len() as u32 == a.length
            && !a.dense.iter().any(|v| matches!(v, Value::Empty))
        {
            let values = a.dense.clone();
            self.charge(values.len() as u64)?;
            for v in values {
                self.array_push(target, v)?;
            }
            return Ok(());
        }
        let iter = self.iterator_open(value)?;
        loop {
            // Each step's garbage (a generator's result object) is released
            // once its value is in the array.
            let mark = self.roots_mark();
            let Some(v) = self.iterator_step(iter)? else { break };
            self.charge(1)?;
            self.array_push(target, v)?;
            self.release_roots(mark);
        }
        Ok(())
    }

    /// The for-in iterator over `value`: enumerable string keys of the object
    /// and its prototypes, each name once, in OrdinaryOwnPropertyKeys order.
    pub fn for_in_start(&mut self, value: Value) -> JsResult<ObjRef> {
        let mut keys = Vec::new();
        let object = if value.is_nullish() { None } else { Some(self.to_object(value)?) };
        // Keys already visited on objects nearer the start of the chain (a
        // seeded hash set: lookups cost the same whatever the keys are).
        let mut seen: SeededHashSet<PropertyKey> = SeededHashSet::default();
        let mut current = object;
        while let Some(o) = current {
            for key in self.own_keys(o)? {
                if matches!(key, PropertyKey::Symbol(_)) || !seen.insert(key) {
                    continue;
                }
                self.charge(1)?;
                if self.get_own_property(o, key).is_some_and(|p| p.enumerable()) {
                    let k = self.key_to_value(key)?;
                    keys.push(k);
                }
            }
            current = self.heap.object(o).proto;
        }
        self.alloc_object(None, ObjectKind::Iterator(IteratorState::ForIn { object, keys, next: 0 }))
    }

    /// The next key of a for-in iterator, skipping keys deleted meanwhile.
    pub fn for_in_next(&mut self, iter: ObjRef) -> JsResult<Option<Value>> {
        loop {
            let ObjectKind::Iterator(IteratorState::ForIn { object, keys, next }) = &self.heap.object(iter).kind else {
                return Ok(None);
            };
            let (object, next) = (*object, *next);
            let Some(&key) = keys.get(next) else { return Ok(None) };
            if let Some(ObjectKind::Iterator(IteratorState::ForIn { next, .. })) =
                self.heap.object_mut(iter).map(|o| &mut o.kind)
            {
                *next += 1;
            }
            let Some(o) = object else { return Ok(None) };
            let pk = self.to_property_key(key)?;
            if self.has_property(o, pk)? {
                return Ok(Some(key));
            }
        }
    }
}
