//! `load_mutated`: a program from the structured generator, compiled, then
//! mutated with knowledge of the format: register and target operands,
//! instructions replaced, inserted and removed, register and parameter
//! counts, function kinds, constant kinds, handlers, the function table,
//! and bytes of the encoding (counts, section lengths) with the header
//! resealed. The result goes through `Engine::load` (decode and verify) and,
//! when accepted, runs as in `load`. Only a panic, a hang or a broken heap
//! is a crash.
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run load_mutated -- -max_len=4096 -len_control=0`.

#![no_main]

use jsvm_fuzz::bytecode::{MutatedProgram, mutate_bytes, mutate_module, run_loaded};
use jsvm_vm::isa::file::{decode_module, encode_module};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: MutatedProgram| {
    let engine = jsvm_fuzz::engine();
    let Ok(script) = engine.compile(&input.program.render(), "fuzz.js") else { return };
    let Ok(mut module) = decode_module(&script.to_bytes(), usize::MAX) else { panic!("a compiled script does not decode") };
    mutate_module(&mut module, &input.mutations);
    let mut file = encode_module(&module);
    mutate_bytes(&mut file, &input.mutations);
    // To keep a crash as a regression file: run the artifact with
    // JSVM_FUZZ_SAVE_BYTECODE=path set.
    if let Some(path) = std::env::var_os("JSVM_FUZZ_SAVE_BYTECODE") {
        let _ = std::fs::write(path, &file);
    }
    if let Ok(script) = engine.load(&file) {
        run_loaded(&script);
    }
});
