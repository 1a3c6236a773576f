//! `exec_structured`: a JavaScript program built from an `arbitrary` AST
//! (`jsvm_fuzz::Program`: declarations, loops with small bounds, functions,
//! generators, classes with fields, accessors, private and static members,
//! try/catch/finally, destructuring, spread, templates, regular expressions,
//! boundary numbers and strings, built-ins called on hostile receivers),
//! rendered to source that is almost always syntactically valid, then run
//! exactly like the `exec` target (gas 200 000, memory 4 MiB, call depth
//! 200, output 64 KiB).
//!
//! Any verdict is fine except `RunError::Internal`; a panic is a crash; the
//! heap's invariants must hold after a final collection. A compile error is
//! not a failure, but it means the generator rendered something invalid:
//! set `JSVM_FUZZ_SHOW_COMPILE_ERRORS=1` to print them and fix the
//! generator.
//!
//! `cargo fuzz fmt exec_structured ARTIFACT` prints a crash's program.

#![no_main]

use jsvm_fuzz::Program;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|program: Program| {
    let source = program.render();
    let engine = jsvm_fuzz::engine();
    let script = match engine.compile(&source, "fuzz.js") {
        Ok(s) => s,
        Err(e) => {
            if std::env::var_os("JSVM_FUZZ_SHOW_COMPILE_ERRORS").is_some() {
                eprintln!("{}{source}\n", jsvm::render_compile_error(&e, "fuzz.js", &source));
            }
            return;
        }
    };
    jsvm_fuzz::run_checked(&script, &source);
});
