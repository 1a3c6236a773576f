//! `differential`: a program from the structured generator (as in
//! `exec_structured`) run twice, each in a fresh sandbox with the same seed:
//! once normally and once under GC stress (`heap.stress`: a collection at
//! every allocation). The garbage collector must be invisible: the output,
//! the verdict (the `RunError` variant and its text, or Ok) and the gas used
//! must be identical, and neither run may end in `RunError::Internal`.
//!
//! Memory is the one exception: without stress, garbage counts against the
//! memory budget until the next collection, so a run that ends out of memory
//! in either mode is not compared. Gas is kept small (50 000) because stress
//! mode is slow.

#![no_main]

use jsvm::{RunError, Sandbox, Script};
use jsvm_fuzz::Program;
use libfuzzer_sys::fuzz_target;

/// The verdict (with its text), the output and the gas used of one run.
fn run(script: &Script, stress: bool) -> (Result<(), String>, String, u64) {
    let mut sandbox = match Sandbox::new(jsvm_fuzz::engine(), jsvm_fuzz::differential_limits()) {
        Ok(s) => s,
        Err(e) => panic!("Sandbox::new failed: {e}"),
    };
    sandbox.set_seed(7);
    sandbox.vm().heap.stress = stress;
    let result = sandbox.run(script);
    if let Err(RunError::Internal(what)) = &result {
        panic!("internal error (stress: {stress}): {what}");
    }
    if stress && let Err(e) = sandbox.vm().heap.check_invariants() {
        panic!("heap invariant broken after a stressed run: {e}");
    }
    let oom = matches!(result, Err(RunError::OutOfMemory { .. }));
    let verdict = result.map_err(|e| if oom { "OOM".to_string() } else { format!("{e:?}: {e}") });
    (verdict, sandbox.output(), sandbox.gas_used())
}

fuzz_target!(|program: Program| {
    let source = program.render();
    let Ok(script) = jsvm_fuzz::engine().compile(&source, "fuzz.js") else { return };
    let normal = run(&script, false);
    let stressed = run(&script, true);
    let oom = |r: &(Result<(), String>, String, u64)| r.0.as_ref().is_err_and(|e| e == "OOM");
    if oom(&normal) || oom(&stressed) {
        return;
    }
    if normal != stressed {
        panic!("GC stress changed the run\n--- source\n{source}\n--- normal\n{normal:#?}\n--- stressed\n{stressed:#?}");
    }
});
