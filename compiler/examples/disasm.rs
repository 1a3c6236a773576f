//! Prints the disassembly of a JS file (or a compile error): a development aid.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    match jsvm_compiler::compile(&source, &path) {
        Ok(m) => print!("{}", jsvm_vm::disasm::disassemble(&m)),
        Err(e) => println!("{e}"),
    }
}
