//! `host`: arbitrary bytes, read as lossy UTF-8, run with `Sandbox::eval`
//! in a sandbox with host functions, so that whatever a script makes
//! crosses the boundary: `echo(v)` copies its argument out to a
//! `jsvm::Value` and back in, `keep(f)` keeps a `Handle` to a function or
//! object, and `work(n)` charges `n` gas. The completion value is copied
//! out, then every kept handle is called with it (or with nothing when it
//! is not plain data) and its result copied out too.
//!
//! Any verdict is fine except `RunError::Internal`; a panic is a crash, and
//! after it all one more collection must leave the heap's invariants intact.
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run host` (see fuzz/README.md).

#![no_main]

use std::sync::{Arc, Mutex, OnceLock};

use jsvm::{Engine, Handle, RunError, Sandbox, Value};
use libfuzzer_sys::fuzz_target;

/// The handles `keep` received during the current input.
fn kept() -> &'static Arc<Mutex<Vec<Handle>>> {
    static KEPT: OnceLock<Arc<Mutex<Vec<Handle>>>> = OnceLock::new();
    KEPT.get_or_init(Default::default)
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut engine = Engine::new();
        engine.register_fn("echo", |v: Value| v);
        let store = kept().clone();
        engine.register_fn("keep", move |h: Handle| {
            let mut store = store.lock().unwrap_or_else(|p| p.into_inner());
            if store.len() < 8 {
                store.push(h);
            }
        });
        engine.register_raw("work", 1, |cx, args| {
            let n = args.first().and_then(Value::as_f64).unwrap_or(0.0);
            cx.charge(n.clamp(0.0, 1e9) as u64)?;
            Ok(Value::Number(cx.gas_left() as f64))
        });
        engine
    })
}

fn check(result: &Result<impl std::fmt::Debug, RunError>, source: &str) {
    if let Err(RunError::Internal(what)) = result {
        panic!("internal error: {what}\n--- source\n{source}");
    }
}

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let Ok(script) = engine().compile(&source, "fuzz.js") else { return };
    let mut sandbox = match Sandbox::new(engine(), jsvm_fuzz::exec_limits()) {
        Ok(s) => s,
        Err(e) => panic!("Sandbox::new failed: {e}"),
    };
    sandbox.set_seed(1);
    let completion = sandbox.eval::<Value>(&script);
    check(&completion, &source);
    let handles: Vec<Handle> = std::mem::take(&mut *kept().lock().unwrap_or_else(|p| p.into_inner()));
    let argument = completion.unwrap_or_default();
    for handle in &handles {
        let result = sandbox.call_handle::<Value>(handle, (argument.clone(),));
        check(&result, &source);
        let result = sandbox.call_handle::<Handle>(handle, (handle,));
        check(&result, &source);
    }
    drop(handles);
    sandbox.collect_garbage();
    if let Err(e) = sandbox.vm().heap.check_invariants() {
        panic!("heap invariant broken: {e}\n--- source\n{source}");
    }
});
