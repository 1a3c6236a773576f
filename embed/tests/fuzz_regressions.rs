//! Replays the inputs saved under `fuzz/regressions/` without libFuzzer,
//! with the same checks as the fuzz targets in `fuzz/fuzz_targets/` (the
//! fuzz crate is its own workspace, so these checks are repeated here rather
//! than shared):
//!
//! - `compile/`: any bytes (read as lossy UTF-8); compiling must not panic,
//!   and a script must disassemble and an error render without panicking.
//! - `exec/`: compile, then run with the fuzz limits (gas 200 000, memory
//!   4 MiB, call depth 200, output 64 KiB); no `RunError::Internal`, no
//!   panic, and the heap's invariants hold after a final collection.
//! - `exec_structured/`: programs rendered by the structured generator
//!   (`cargo fuzz fmt exec_structured ARTIFACT`), checked like `exec/`.
//! - `differential/`: rendered programs run normally and under GC stress
//!   with gas 50 000; output, verdict and gas used must match unless either
//!   run ran out of memory.
//!
//! - `load/`: bytecode files (crashes of `load` and `load_mutated`, saved as
//!   the file that crashed), loaded as they are and resealed (header length
//!   and checksum made true); when accepted, run with gas 10⁵ and 4 MiB. Any
//!   verdict is fine, internal errors included (bytecode from a file can
//!   break what only the run can check); no panic, and the heap's
//!   invariants hold after a final collection.
//! - `roundtrip/`: rendered programs compiled, encoded, loaded and encoded
//!   again (identical bytes), run from source and from bytecode with the
//!   exec limits: identical output, verdict and gas.
//!
//! - `host/`: programs run with `Sandbox::eval` in a sandbox with the host
//!   functions `echo`, `keep` and `work`; every kept handle is then called
//!   with the completion value and with itself. No `RunError::Internal`, no
//!   panic, and the heap's invariants hold after a final collection.
//!
//! Each directory must exist and hold at least one file (each keeps a
//! known-good input), so the test can never pass vacuously. All inputs of a
//! directory run even when one fails; the failure lists every bad one.
//!
//! Run: `cargo test -p jsvm --test fuzz_regressions`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use std::sync::{Arc, Mutex};

use jsvm::{Engine, Handle, Limits, RunError, Sandbox, Value};

/// The limits of the `exec` and `exec_structured` targets.
fn exec_limits() -> Limits {
    Limits { gas: 200_000, memory: 4 << 20, stack_depth: 200, output: 64 << 10, timeout: None }
}

/// The limits of the `differential` target.
fn differential_limits() -> Limits {
    Limits { gas: 50_000, ..exec_limits() }
}

/// The files of `fuzz/regressions/<target>/`, sorted; panics when the
/// directory is missing or empty.
fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions").join(target);
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("fuzz/regressions/{target} is missing ({}): {e}", dir.display()));
    let mut files: Vec<PathBuf> =
        entries.map(|e| e.expect("read directory entry").path()).filter(|p| p.is_file()).collect();
    files.sort();
    assert!(!files.is_empty(), "fuzz/regressions/{target} is empty: keep at least one known-good input there");
    files
}

/// Runs `check` on every input of `target` on a thread with the 8 MiB stack
/// of libFuzzer's main thread, and fails with every input that failed.
fn replay(target: &'static str, check: fn(&Engine, &[u8]) -> Result<(), String>) {
    let worker = std::thread::Builder::new().stack_size(8 << 20).spawn(move || {
        let engine = Engine::new();
        let files = inputs(target);
        let mut failures = Vec::new();
        for path in &files {
            let bytes = std::fs::read(path).expect("read input");
            let outcome = catch_unwind(AssertUnwindSafe(|| check(&engine, &bytes)));
            let failure = match outcome {
                Ok(Ok(())) => continue,
                Ok(Err(message)) => message,
                Err(payload) => {
                    let text = payload
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    format!("panicked: {text}")
                }
            };
            failures.push(format!("{}: {failure}", path.display()));
        }
        (files.len(), failures)
    });
    let (count, failures) = worker.expect("spawn").join().expect("replay thread");
    assert!(
        failures.is_empty(),
        "{} of {count} inputs in fuzz/regressions/{target} failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

fn check_compile(engine: &Engine, bytes: &[u8]) -> Result<(), String> {
    let source = &String::from_utf8_lossy(bytes);
    match engine.compile(source, "fuzz.js") {
        Ok(script) => drop(script.disassemble()),
        Err(e) => drop(jsvm::render_compile_error(&e, "fuzz.js", source)),
    }
    Ok(())
}

fn check_exec(engine: &Engine, bytes: &[u8]) -> Result<(), String> {
    let source = &String::from_utf8_lossy(bytes);
    let Ok(script) = engine.compile(source, "fuzz.js") else { return Ok(()) };
    let mut sandbox = Sandbox::new(engine, exec_limits()).map_err(|e| format!("Sandbox::new failed: {e}"))?;
    sandbox.set_seed(1);
    let result = sandbox.run(&script);
    if let Err(RunError::Internal(what)) = &result {
        return Err(format!("internal error: {what}\n--- output\n{}", sandbox.output()));
    }
    sandbox.vm().collect_garbage();
    sandbox.vm().heap.check_invariants().map_err(|e| format!("heap invariant broken after the run ({result:?}): {e}"))
}

/// The `host` target's check, with its own engine (the host functions
/// keep their handles in `kept`).
fn check_host(_: &Engine, bytes: &[u8]) -> Result<(), String> {
    let kept: Arc<Mutex<Vec<Handle>>> = Arc::default();
    let mut engine = Engine::new();
    engine.register_fn("echo", |v: Value| v);
    let store = kept.clone();
    engine.register_fn("keep", move |h: Handle| {
        let mut store = store.lock().unwrap();
        if store.len() < 8 {
            store.push(h);
        }
    });
    engine.register_raw("work", 1, |cx, args| {
        let n = args.first().and_then(Value::as_f64).unwrap_or(0.0);
        cx.charge(n.clamp(0.0, 1e9) as u64)?;
        Ok(Value::Number(cx.gas_left() as f64))
    });
    let source = &String::from_utf8_lossy(bytes);
    let Ok(script) = engine.compile(source, "fuzz.js") else { return Ok(()) };
    let mut sandbox = Sandbox::new(&engine, exec_limits()).map_err(|e| format!("Sandbox::new failed: {e}"))?;
    sandbox.set_seed(1);
    let internal = |result: Result<(), &RunError>| match result {
        Err(RunError::Internal(what)) => Err(format!("internal error: {what}")),
        _ => Ok(()),
    };
    let completion = sandbox.eval::<Value>(&script);
    internal(completion.as_ref().map(drop))?;
    let handles = std::mem::take(&mut *kept.lock().unwrap());
    let argument = completion.unwrap_or_default();
    for handle in &handles {
        internal(sandbox.call_handle::<Value>(handle, (argument.clone(),)).as_ref().map(drop))?;
        internal(sandbox.call_handle::<Handle>(handle, (handle,)).as_ref().map(drop))?;
    }
    drop(handles);
    sandbox.vm().collect_garbage();
    sandbox.vm().heap.check_invariants().map_err(|e| format!("heap invariant broken: {e}"))
}

/// One run for the differential check: the verdict, output and gas used.
type Run = (Result<(), RunError>, String, u64);

fn differential_run(engine: &Engine, script: &jsvm::Script, stress: bool) -> Result<Run, String> {
    let mut sandbox = Sandbox::new(engine, differential_limits()).map_err(|e| format!("Sandbox::new failed: {e}"))?;
    sandbox.set_seed(7);
    sandbox.vm().heap.stress = stress;
    let result = sandbox.run(script);
    if let Err(RunError::Internal(what)) = &result {
        return Err(format!("internal error (stress: {stress}): {what}"));
    }
    if stress {
        sandbox.vm().heap.check_invariants().map_err(|e| format!("heap invariant broken under stress: {e}"))?;
    }
    Ok((result, sandbox.output(), sandbox.gas_used()))
}

fn check_differential(engine: &Engine, bytes: &[u8]) -> Result<(), String> {
    let source = &String::from_utf8_lossy(bytes);
    let Ok(script) = engine.compile(source, "fuzz.js") else { return Ok(()) };
    let normal = differential_run(engine, &script, false)?;
    let stressed = differential_run(engine, &script, true)?;
    let oom = |r: &Run| matches!(r.0, Err(RunError::OutOfMemory { .. }));
    if oom(&normal) || oom(&stressed) || normal == stressed {
        return Ok(());
    }
    Err(format!("GC stress changed the run\n--- normal\n{normal:#?}\n--- stressed\n{stressed:#?}"))
}

/// Makes a file's header length and checksum true (as the `load` target's
/// second attempt does).
fn reseal(file: &mut [u8]) {
    let Some(body) = file.get(20..) else { return };
    let length = u32::try_from(body.len()).unwrap_or(u32::MAX).to_le_bytes();
    let checksum = crc32fast::hash(body).to_le_bytes();
    file[12..16].copy_from_slice(&length);
    file[16..20].copy_from_slice(&checksum);
}

fn check_load(engine: &Engine, bytes: &[u8]) -> Result<(), String> {
    let mut resealed = bytes.to_vec();
    reseal(&mut resealed);
    for file in [bytes, &resealed[..]] {
        let Ok(script) = engine.load(file) else { continue };
        let limits = Limits { gas: 100_000, ..exec_limits() };
        let mut sandbox = Sandbox::new(engine, limits).map_err(|e| format!("Sandbox::new failed: {e}"))?;
        sandbox.set_seed(1);
        let result = sandbox.run(&script);
        sandbox.vm().collect_garbage();
        sandbox
            .vm()
            .heap
            .check_invariants()
            .map_err(|e| format!("heap invariant broken after the run ({result:?}): {e}"))?;
    }
    Ok(())
}

fn check_roundtrip(engine: &Engine, bytes: &[u8]) -> Result<(), String> {
    let source = &String::from_utf8_lossy(bytes);
    let Ok(script) = engine.compile(source, "fuzz.js") else { return Ok(()) };
    let encoded = script.to_bytes();
    let loaded = engine.load(&encoded).map_err(|e| format!("compiled bytecode does not load: {e}"))?;
    if loaded.to_bytes() != encoded {
        return Err("decode then encode changed the bytes".to_string());
    }
    let run = |script: &jsvm::Script| -> Result<Run, String> {
        let mut sandbox = Sandbox::new(engine, exec_limits()).map_err(|e| format!("Sandbox::new failed: {e}"))?;
        sandbox.set_seed(3);
        let result = sandbox.run(script);
        if let Err(RunError::Internal(what)) = &result {
            return Err(format!("internal error: {what}"));
        }
        Ok((result, sandbox.output(), sandbox.gas_used()))
    };
    let (from_source, from_bytecode) = (run(&script)?, run(&loaded)?);
    if from_source != from_bytecode {
        return Err(format!(
            "bytecode runs differently\n--- from source\n{from_source:#?}\n--- from bytecode\n{from_bytecode:#?}"
        ));
    }
    Ok(())
}

#[test]
fn load() {
    replay("load", check_load);
}

#[test]
fn roundtrip() {
    replay("roundtrip", check_roundtrip);
}

#[test]
fn compile() {
    replay("compile", check_compile);
}

#[test]
fn exec() {
    replay("exec", check_exec);
}

#[test]
fn exec_structured() {
    replay("exec_structured", check_exec);
}

#[test]
fn host() {
    replay("host", check_host);
}

#[test]
fn differential() {
    replay("differential", check_differential);
}
