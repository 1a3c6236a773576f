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
//! Each directory must exist and hold at least one file (each keeps a
//! known-good input), so the test can never pass vacuously. All inputs of a
//! directory run even when one fails; the failure lists every bad one.
//!
//! Run: `cargo test -p jsvm --test fuzz_regressions`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use jsvm::{Engine, Limits, RunError, Sandbox};

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
fn replay(target: &'static str, check: fn(&Engine, &str) -> Result<(), String>) {
    let worker = std::thread::Builder::new().stack_size(8 << 20).spawn(move || {
        let engine = Engine::new();
        let files = inputs(target);
        let mut failures = Vec::new();
        for path in &files {
            let bytes = std::fs::read(path).expect("read input");
            let source = String::from_utf8_lossy(&bytes);
            let outcome = catch_unwind(AssertUnwindSafe(|| check(&engine, &source)));
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

fn check_compile(engine: &Engine, source: &str) -> Result<(), String> {
    match engine.compile(source, "fuzz.js") {
        Ok(script) => drop(script.disassemble()),
        Err(e) => drop(jsvm::render_compile_error(&e, "fuzz.js", source)),
    }
    Ok(())
}

fn check_exec(engine: &Engine, source: &str) -> Result<(), String> {
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

fn check_differential(engine: &Engine, source: &str) -> Result<(), String> {
    let Ok(script) = engine.compile(source, "fuzz.js") else { return Ok(()) };
    let normal = differential_run(engine, &script, false)?;
    let stressed = differential_run(engine, &script, true)?;
    let oom = |r: &Run| matches!(r.0, Err(RunError::OutOfMemory { .. }));
    if oom(&normal) || oom(&stressed) || normal == stressed {
        return Ok(());
    }
    Err(format!("GC stress changed the run\n--- normal\n{normal:#?}\n--- stressed\n{stressed:#?}"))
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
fn differential() {
    replay("differential", check_differential);
}
