//! `load`: arbitrary bytes as a bytecode file. `Engine::load` must decode
//! and verify them without panicking; when it accepts them, the script runs
//! in a fresh sandbox (gas 10⁵, memory 4 MiB) to any verdict, internal
//! errors included (see `jsvm_fuzz::bytecode`), and the heap's invariants
//! hold afterwards.
//!
//! Raw bytes almost never pass the checksum, so each input is also loaded a
//! second time resealed (its header's length and checksum made true): that
//! reaches the section decoder and the verifier.
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run load` (see fuzz/README.md).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let engine = jsvm_fuzz::engine();
    if let Ok(script) = engine.load(data) {
        jsvm_fuzz::bytecode::run_loaded(&script);
    }
    let mut resealed = data.to_vec();
    jsvm_fuzz::bytecode::reseal(&mut resealed);
    if let Ok(script) = engine.load(&resealed) {
        jsvm_fuzz::bytecode::run_loaded(&script);
    }
});
