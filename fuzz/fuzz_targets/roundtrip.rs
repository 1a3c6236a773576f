//! `roundtrip`: a program from the structured generator, compiled, encoded,
//! loaded back and encoded again: the two encodings must be identical, and
//! the script must run the same from source and from bytecode (output,
//! verdict with its text, gas), each in a fresh sandbox with the limits of
//! `exec`. Neither run may end in `RunError::Internal`: this is the
//! compiler's own code.
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run roundtrip -- -max_len=4096 -len_control=0`.

#![no_main]

use jsvm::{RunError, Sandbox, Script};
use jsvm_fuzz::Program;
use libfuzzer_sys::fuzz_target;

fn run(script: &Script) -> (Result<(), String>, String, u64) {
    let mut sandbox = match Sandbox::new(jsvm_fuzz::engine(), jsvm_fuzz::exec_limits()) {
        Ok(s) => s,
        Err(e) => panic!("Sandbox::new failed: {e}"),
    };
    sandbox.set_seed(3);
    let result = sandbox.run(script);
    if let Err(RunError::Internal(what)) = &result {
        panic!("internal error: {what}");
    }
    (result.map_err(|e| format!("{e:?}: {e}")), sandbox.output(), sandbox.gas_used())
}

fuzz_target!(|program: Program| {
    let source = program.render();
    let engine = jsvm_fuzz::engine();
    let Ok(script) = engine.compile(&source, "fuzz.js") else { return };
    let bytes = script.to_bytes();
    let loaded = match engine.load(&bytes) {
        Ok(s) => s,
        Err(e) => panic!("compiled bytecode does not load: {e}\n--- source\n{source}"),
    };
    if loaded.to_bytes() != bytes {
        panic!("decode then encode changed the bytes\n--- source\n{source}");
    }
    let (from_source, from_bytecode) = (run(&script), run(&loaded));
    if from_source != from_bytecode {
        panic!(
            "bytecode runs differently\n--- source\n{source}\n--- from source\n{from_source:#?}\n--- from bytecode\n{from_bytecode:#?}"
        );
    }
});
