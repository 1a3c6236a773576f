//! `exec`: arbitrary bytes, read as lossy UTF-8, compiled and, when they
//! compile, run in a fresh sandbox with small limits (gas 200 000, memory
//! 4 MiB, call depth 200, output 64 KiB, no timeout).
//!
//! Any verdict is fine (completed, uncaught exception, out of gas, out of
//! memory, output limit) except `RunError::Internal`, which is a bug in jsvm
//! and panics here. A panic or stack overflow anywhere in the engine is a
//! crash too. After the run, one more full collection must leave the heap's
//! invariants intact (no handle reachable from a live object points at a
//! freed one).
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run exec` (see fuzz/README.md).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let engine = jsvm_fuzz::engine();
    let Ok(script) = engine.compile(&source, "fuzz.js") else { return };
    jsvm_fuzz::run_checked(&script, &source);
});
