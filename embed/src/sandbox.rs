//! The sandbox: an isolated world with its own heap and globals, entered by
//! the host again and again — to run a script, to call a function, to read
//! or set a global.
//!
//! The budgets of an entry, and what a termination leaves behind, are
//! documented on [`Sandbox`].

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use jsvm_vm::heap::object::{CONFIGURABLE, Property, PropertyKey, Slot, WRITABLE};
use jsvm_vm::native::HostFn;
use jsvm_vm::{Abrupt, JsStr, Limits, Termination, Vm};

use crate::engine::{Engine, Script};
use crate::error::{Exception, RunError, StackFrame};
use crate::handle::Handle;
use crate::host::{self, HostContext, HostError, HostFunction};
use crate::marshal::{self, FromJs, IntoArgs, IntoJs, OutError, key_of};
use crate::value::Value;

/// A thread-safe handle that stops a sandbox's run from another thread.
#[derive(Clone, Debug)]
pub struct InterruptHandle(Arc<AtomicBool>);

impl InterruptHandle {
    /// Ends the entry in progress with [`RunError::Interrupted`] at its next
    /// check. An interrupt sent while no entry runs is cleared by the next.
    pub fn interrupt(&self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Gas that formatting an uncaught exception may use (its `toString`, its
/// `name` and `message` getters), on top of and apart from the entry's
/// budget.
pub const DESCRIBE_GAS: u64 = 100_000;

/// An isolated world with its own heap, globals and budgets. `Send`: a
/// sandbox can move between threads (one thread uses it at a time).
///
/// # Budgets are per entry
/// Every entry (`run`, `eval`, `call`, `call_handle`, `global`, `set_global`)
/// starts with the whole gas, output and time budget of the sandbox's
/// [`Limits`]: gas counts from zero, the clock starts, the output count
/// starts from zero, and an interrupt left from an earlier entry is
/// cleared. Memory is the one budget that spans entries: it bounds the live
/// heap at every moment. [`Sandbox::set_limits`] changes the budgets of the
/// entries that follow.
///
/// # After a termination
/// When an entry ends out of gas, memory or time, interrupted or stopped by
/// a host function, the frames it was running are gone and everything it
/// rooted is released; the heap keeps whatever the script had changed up
/// to that point (a half-updated object stays half-updated), and a
/// generator that was running at that moment is finished (its next `next()`
/// is `{ value: undefined, done: true }`). The sandbox stays usable.
///
/// ```
/// use jsvm::{Engine, Limits, RunError, Sandbox};
///
/// let engine = Engine::new();
/// let limits = Limits { gas: 20_000, output: 16, ..Limits::default() };
/// let mut sandbox = Sandbox::new(&engine, limits).unwrap();
/// let script = engine.compile("function tick() { print('tick'); for (let i = 0; i < 1000; i++); }", "mod.js").unwrap();
/// sandbox.run(&script).unwrap();
/// // A thousand ticks print 5 000 bytes and use millions of gas in all:
/// // each tick has its own budget.
/// for _ in 0..1000 {
///     let _: () = sandbox.call("tick", ()).unwrap();
///     assert_eq!(sandbox.take_output(), "tick\n");
/// }
/// // An entry over its own budget still stops, and the next one starts afresh.
/// sandbox.run(&engine.compile("while (true) {}", "spin.js").unwrap()).unwrap_err();
/// let _: () = sandbox.call("tick", ()).unwrap();
///
/// // A sandbox moves to another thread.
/// let worker = std::thread::spawn(move || sandbox.call::<()>("tick", ()).map(|_| sandbox));
/// assert!(worker.join().unwrap().is_ok());
/// ```
pub struct Sandbox {
    vm: Vm,
    limits: Limits,
    output: Arc<Mutex<String>>,
}

impl Sandbox {
    /// A fresh sandbox with the standard library installed, and the host
    /// functions registered on `engine`.
    pub fn new(engine: &Engine, limits: Limits) -> Result<Sandbox, RunError> {
        let image = engine.image().map_err(RunError::Internal)?;
        let mut vm = Vm::from_image(image, &limits);
        vm.regexps.patterns = engine.patterns.clone();
        // The standard library's heap counts against the memory budget like
        // any live data.
        if !vm.heap.fits(0) {
            return Err(RunError::OutOfMemory { limit: limits.memory });
        }
        let output = Arc::new(Mutex::new(String::new()));
        let sink = output.clone();
        vm.set_output(Box::new(move |text| lock(&sink).push_str(text)));
        let mut sandbox = Sandbox { vm, limits, output };
        for entry in engine.host_functions.iter() {
            sandbox.install(&entry.name, entry.length, entry.function.clone())?;
        }
        Ok(sandbox)
    }

    /// Seeds `Math.random`, so a run can be replayed exactly.
    pub fn set_seed(&mut self, seed: u64) {
        self.vm.rng_state = seed ^ 0x9E37_79B9_7F4A_7C15;
        if self.vm.rng_state == 0 {
            self.vm.rng_state = 1;
        }
    }

    /// Sends printed text to `sink` as it is printed instead of collecting it.
    pub fn stream_output(&mut self, sink: impl FnMut(&str) + Send + 'static) {
        self.vm.set_output(Box::new(sink));
    }

    /// Runs a script's top level.
    pub fn run(&mut self, script: &Script) -> Result<(), RunError> {
        self.enter(|vm| {
            let id = vm.load_module(&script.module)?;
            vm.run_module(id)?;
            Ok(())
        })
    }

    /// Runs a script's top level and converts its completion value to `R`:
    /// the value of its last statement when that is an expression
    /// statement (`1 + 2`, `({ ok: true })`, `main()`), else undefined.
    ///
    /// ```
    /// use jsvm::{Engine, Limits, Sandbox, Value};
    ///
    /// let engine = Engine::new();
    /// let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
    /// let answer: f64 = sandbox.eval(&engine.compile("const x = 6; x * 7", "calc.js").unwrap()).unwrap();
    /// assert_eq!(answer, 42.0);
    /// let config: Value = sandbox.eval(&engine.compile("({ level: 3, name: 'cave' })", "config.js").unwrap()).unwrap();
    /// assert_eq!(config.get("name"), Some(&Value::String("cave".into())));
    /// ```
    pub fn eval<R: FromJs>(&mut self, script: &Script) -> Result<R, RunError> {
        self.enter(|vm| {
            let id = vm.load_module(&script.module)?;
            let completion = vm.run_module(id)?;
            vm.root(completion);
            R::from_js(vm, completion)
        })
    }

    /// Calls the global function `name` with `args` and converts its result
    /// to `R` (a [`FromValue`](crate::FromValue) type through a copy, or a
    /// [`Handle`]).
    ///
    /// ```
    /// use jsvm::{Engine, Limits, Sandbox};
    ///
    /// let engine = Engine::new();
    /// let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
    /// let script = engine.compile("function area(w, h) { return { w, h, area: w * h } }", "lib.js").unwrap();
    /// sandbox.run(&script).unwrap();
    /// let result: jsvm::Value = sandbox.call("area", (3, 4)).unwrap();
    /// assert_eq!(result.get("area"), Some(&jsvm::Value::Number(12.0)));
    /// ```
    pub fn call<R: FromJs>(&mut self, name: &str, args: impl IntoArgs) -> Result<R, RunError> {
        self.enter(|vm| {
            let f = global_value(vm, name)?;
            call_value(vm, f, args)
        })
    }

    /// Calls the function `function` keeps (see [`Sandbox::call`]).
    ///
    /// ```
    /// use jsvm::{Engine, Handle, Limits, Sandbox};
    ///
    /// let engine = Engine::new();
    /// let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
    /// let script = engine.compile("let n = 0; globalThis.counter = () => ++n;", "counter.js").unwrap();
    /// sandbox.run(&script).unwrap();
    /// let counter: Handle = sandbox.global("counter").unwrap();
    /// sandbox.run(&engine.compile("delete globalThis.counter", "x.js").unwrap()).unwrap();
    /// sandbox.collect_garbage();
    /// let _: f64 = sandbox.call_handle(&counter, ()).unwrap();
    /// let two: f64 = sandbox.call_handle(&counter, ()).unwrap();
    /// assert_eq!(two, 2.0);
    /// ```
    pub fn call_handle<R: FromJs>(&mut self, function: &Handle, args: impl IntoArgs) -> Result<R, RunError> {
        self.enter(|vm| {
            let f = function.into_js(vm)?;
            call_value(vm, f, args)
        })
    }

    /// Reads the global `name` as `R` (a copy, or a [`Handle`]).
    pub fn global<R: FromJs>(&mut self, name: &str) -> Result<R, RunError> {
        self.enter(|vm| {
            let v = global_value(vm, name)?;
            R::from_js(vm, v)
        })
    }

    /// Sets the global `name` to `value` (a copy of a
    /// [`IntoValue`](crate::IntoValue) value, or the object a handle keeps).
    ///
    /// ```
    /// use jsvm::{Engine, Limits, Sandbox};
    ///
    /// let engine = Engine::new();
    /// let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
    /// sandbox.set_global("input", vec![1, 2, 3]).unwrap();
    /// sandbox.run(&engine.compile("print(input.reduce((a, b) => a + b))", "sum.js").unwrap()).unwrap();
    /// assert_eq!(sandbox.output(), "6\n");
    /// ```
    pub fn set_global(&mut self, name: &str, value: impl IntoJs) -> Result<(), RunError> {
        self.enter(|vm| {
            let v = value.into_js(vm)?;
            let key = key_of(vm, name)?;
            let global = vm.global();
            vm.set(global, key, v, jsvm_vm::Value::Object(global))?;
            Ok(())
        })
    }

    /// Registers a typed host function as the global `name`. Its parameters
    /// are converted from the script's arguments (a wrong type throws a
    /// `TypeError` naming the function and the argument; a missing argument
    /// is undefined, which only `Option` and `Value` parameters accept), and
    /// its result is copied back in.
    ///
    /// ```
    /// use jsvm::{Engine, HostError, Limits, Sandbox};
    ///
    /// let engine = Engine::new();
    /// let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
    /// sandbox.register_fn("hypot", |x: f64, y: f64| (x * x + y * y).sqrt()).unwrap();
    /// sandbox.register_fn("checked", |n: i32| if n < 0 { Err(HostError::range_error("negative")) } else { Ok(n) }).unwrap();
    /// let script = engine.compile(r#"
    ///     print(hypot(3, 4));
    ///     try { hypot("a", 1) } catch (e) { print(e.name + ": " + e.message) }
    ///     try { checked(-1) } catch (e) { print(e.name) }
    /// "#, "main.js").unwrap();
    /// sandbox.run(&script).unwrap();
    /// assert_eq!(sandbox.output(), "5\nTypeError: hypot: argument 1: expected a number, got a string\nRangeError\n");
    /// ```
    pub fn register_fn<M>(&mut self, name: &str, function: impl HostFunction<M>) -> Result<(), RunError> {
        let (length, function) = function.into_host_fn(name);
        self.install(name, length, function)
    }

    /// Registers a raw host function as the global `name`: it receives a
    /// [`HostContext`] (to charge gas for its work, read the budgets, print)
    /// and copies of the arguments. `length` is the function's `length`.
    ///
    /// ```
    /// use jsvm::{Engine, HostError, Limits, RunError, Sandbox, Value};
    ///
    /// let engine = Engine::new();
    /// let mut sandbox = Sandbox::new(&engine, Limits { gas: 10_000, ..Limits::default() }).unwrap();
    /// sandbox.register_raw("work", 1, |cx, args| {
    ///     let units = args.first().and_then(Value::as_f64).unwrap_or(0.0);
    ///     cx.charge(units as u64)?;
    ///     Ok(Value::Bool(true))
    /// }).unwrap();
    /// sandbox.register_raw("quit", 0, |_, _| Err(HostError::terminate("the mod asked to quit"))).unwrap();
    /// let result = sandbox.run(&engine.compile("work(100); work(1e9)", "main.js").unwrap());
    /// assert!(matches!(result, Err(RunError::OutOfGas { .. })));
    /// let result = sandbox.run(&engine.compile("quit()", "main.js").unwrap());
    /// assert_eq!(result, Err(RunError::Stopped("the mod asked to quit".into())));
    /// ```
    pub fn register_raw<F>(&mut self, name: &str, length: u32, function: F) -> Result<(), RunError>
    where
        F: Fn(&mut HostContext<'_>, &[Value]) -> Result<Value, HostError> + Send + Sync + 'static,
    {
        self.install(name, length, host::raw(function))
    }

    fn install(&mut self, name: &str, length: u32, function: HostFn) -> Result<(), RunError> {
        let mark = self.vm.roots_mark();
        let result = (|| {
            let f = self.vm.register_host_function(name, length, function)?;
            let key = key_of(&mut self.vm, name)?;
            let global = self.vm.global();
            let property = Property::data(jsvm_vm::Value::Object(f), WRITABLE | CONFIGURABLE);
            self.vm.define_property_raw(global, key, property)
        })();
        self.vm.release_roots(mark);
        result.map_err(|e| self.run_error(e))
    }

    /// Everything printed so far (empty when streaming).
    pub fn output(&self) -> String {
        lock(&self.output).clone()
    }

    /// Takes the collected output, leaving it empty.
    pub fn take_output(&mut self) -> String {
        std::mem::take(&mut *lock(&self.output))
    }

    /// Gas used by the last entry (or the one in progress).
    pub fn gas_used(&self) -> u64 {
        self.vm.gas_used()
    }

    /// Live heap bytes as last counted.
    pub fn memory_used(&self) -> usize {
        self.vm.heap.bytes()
    }

    /// The most heap bytes held at once.
    pub fn peak_memory(&self) -> usize {
        self.vm.heap.peak()
    }

    /// The budgets each entry gets.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The budgets of the entries that follow. A memory limit below the live
    /// heap takes effect as the next allocation fails.
    pub fn set_limits(&mut self, limits: Limits) {
        self.limits = limits;
    }

    /// Runs a full collection now (what an allocation does when it is due).
    pub fn collect_garbage(&mut self) {
        self.vm.collect_garbage();
    }

    /// A handle another thread can use to stop the entry in progress.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle(self.vm.interrupt_handle())
    }

    /// The VM itself: an escape hatch for tests and tools that need its
    /// internals (heap checks, stress collection). Nothing a host needs.
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// One entry: fresh budgets, `work`, then everything it rooted released.
    fn enter<T>(&mut self, work: impl FnOnce(&mut Vm) -> Result<T, OutError>) -> Result<T, RunError> {
        self.vm.begin_entry(&self.limits);
        let mark = self.vm.roots_mark();
        let result = work(&mut self.vm).map_err(|e| match e {
            OutError::Value(e) => RunError::Convert(e),
            OutError::Abrupt(a) => self.run_error(a),
        });
        self.vm.release_roots(mark);
        result
    }

    fn run_error(&mut self, e: Abrupt) -> RunError {
        match e {
            Abrupt::Throw(v) => RunError::Uncaught(Box::new(self.exception(v))),
            Abrupt::Terminate(t) => match t {
                Termination::OutOfGas => RunError::OutOfGas { limit: self.limits.gas },
                Termination::OutOfMemory => RunError::OutOfMemory { limit: self.limits.memory },
                Termination::Timeout => {
                    RunError::Timeout { seconds: self.limits.timeout.map_or(0.0, |t| t.as_secs_f64()) }
                }
                Termination::OutputLimit => RunError::OutputLimit { limit: self.limits.output },
                Termination::Interrupted => RunError::Interrupted,
                Termination::Host(reason) => RunError::Stopped(reason),
                Termination::Internal(what) => RunError::Internal(what),
            },
        }
    }

    /// An uncaught exception as data. Reading its `name` and `message` and
    /// formatting it run on an allowance of `DESCRIBE_GAS` that the entry's
    /// gas does not count, without printing.
    fn exception(&mut self, v: jsvm_vm::Value) -> Exception {
        let text = self.describe_thrown(v);
        let frames = text.lines().skip(1).filter_map(StackFrame::parse).collect();
        let limit = self.limits.memory;
        let (name, message, value) = self
            .vm
            .with_allowance(DESCRIBE_GAS, |vm| {
                let (name, message) = match v {
                    jsvm_vm::Value::Object(o) => (string_property(vm, o, "name")?, string_property(vm, o, "message")?),
                    _ => (String::new(), vm.to_rust_string(v)?),
                };
                Ok((name, message, marshal::from_script(vm, v, limit, "the exception").ok()))
            })
            .unwrap_or_default();
        Exception { name, message, frames, text, value }
    }

    /// The text of an uncaught exception: an error's `stack` when it is a
    /// plain string property, else ToString of the value. The text is cut
    /// at the output limit.
    fn describe_thrown(&mut self, v: jsvm_vm::Value) -> String {
        let limit = self.limits.output;
        if let jsvm_vm::Value::Object(o) = v {
            let key = PropertyKey::Atom(self.vm.realm.names.stack);
            if let Some(p) = self.vm.get_own_property(o, key)
                && let Slot::Data(jsvm_vm::Value::String(s)) = p.slot
            {
                return self.prefix_of(s, limit);
            }
        }
        match self.vm.with_allowance(DESCRIBE_GAS, |vm| vm.to_string(v)) {
            Ok(s) => self.prefix_of(s, limit),
            Err(_) => "exception".to_string(),
        }
    }

    /// At most `limit` bytes of `s` as text, whole characters only.
    fn prefix_of(&self, s: JsStr, limit: usize) -> String {
        let units = self.vm.heap.units(s);
        let mut text = String::from_utf16_lossy(units.get(..limit.min(units.len())).unwrap_or(&[]));
        let mut cut = limit.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        text
    }
}

/// The output buffer, even if a thread panicked while holding it.
fn lock(output: &Mutex<String>) -> std::sync::MutexGuard<'_, String> {
    output.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The global `name` (its getter runs if it has one).
fn global_value(vm: &mut Vm, name: &str) -> Result<jsvm_vm::Value, OutError> {
    let key = key_of(vm, name)?;
    let global = vm.global();
    Ok(vm.get(global, key, jsvm_vm::Value::Object(global))?)
}

/// Calls `f` with `args` and converts the result.
fn call_value<R: FromJs>(vm: &mut Vm, f: jsvm_vm::Value, args: impl IntoArgs) -> Result<R, OutError> {
    let args = args.into_args(vm)?;
    let result = vm.call(f, jsvm_vm::Value::Undefined, &args)?;
    R::from_js(vm, result)
}

/// `o[name]` when it is a string, else empty.
fn string_property(vm: &mut Vm, o: jsvm_vm::ObjRef, name: &str) -> jsvm_vm::JsResult<String> {
    let key = vm.key(name);
    match vm.get(o, key, jsvm_vm::Value::Object(o))? {
        jsvm_vm::Value::String(s) => Ok(vm.heap.to_rust_string(s)),
        _ => Ok(String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sandboxes_move_between_threads() {
        fn assert_send<T: Send>() {}
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send::<Sandbox>();
        assert_send_sync::<Engine>();
        assert_send_sync::<Script>();
        assert_send_sync::<Handle>();
    }
}
