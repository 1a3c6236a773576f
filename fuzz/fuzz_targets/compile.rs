//! `compile`: arbitrary bytes, read as lossy UTF-8, through
//! `Engine::compile`.
//!
//! Checks that the compiler never panics and never overflows the stack on
//! any input, however deeply nested or malformed: every input must end in
//! either a `Script` or a `CompileError`, and which one does not matter.
//! When it compiles, the disassembler must also handle the result, and a
//! compile error must render with its code frame (both are host-facing
//! paths that take compiler output as input).
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run compile` (see fuzz/README.md).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    match jsvm_fuzz::engine().compile(&source, "fuzz.js") {
        Ok(script) => {
            // Walks every function and constant of the module.
            let listing = script.disassemble();
            std::hint::black_box(listing);
        }
        Err(e) => {
            let text = jsvm::render_compile_error(&e, "fuzz.js", &source);
            std::hint::black_box(text);
        }
    }
});
