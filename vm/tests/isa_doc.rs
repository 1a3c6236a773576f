//! `docs/isa.md` is generated from the opcode table; this test keeps the two
//! equal. Regenerate with `UPDATE_DOCS=1 cargo test -p jsvm-vm --test isa_doc`.

use jsvm_vm::isa::OPCODE_TABLE;

fn render() -> String {
    let mut out = String::from(
        "# The jsvm instruction set\n\n\
         Generated from `vm/src/isa/mod.rs` (the one opcode table) by `vm/tests/isa_doc.rs`.\n\
         Operands: `R[r]` registers, `K[k]` constants, `E(d)[s]` environment slots.\n\
         Gas is charged before the instruction runs; natives it calls charge their own work.\n\
         The numbers are the opcodes of the bytecode format: an instruction keeps its number.\n\n\
         | number | opcode | gas | semantics |\n|---|---|---|---|\n",
    );
    for (number, name, gas, doc) in OPCODE_TABLE {
        let text = doc.split_whitespace().collect::<Vec<_>>().join(" ").replace('|', "\\|");
        out.push_str(&format!("| 0x{number:02X} | `{name}` | {gas} | {text} |\n"));
    }
    out
}

#[test]
fn every_instruction_has_its_own_opcode() {
    let mut numbers: Vec<u8> = OPCODE_TABLE.iter().map(|(number, ..)| *number).collect();
    numbers.sort_unstable();
    numbers.dedup();
    assert_eq!(numbers.len(), OPCODE_TABLE.len(), "two instructions share an opcode");
}

#[test]
fn isa_doc_matches_the_opcode_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/isa.md");
    let expected = render();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &expected).expect("write docs/isa.md");
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(actual == expected, "docs/isa.md is stale: run UPDATE_DOCS=1 cargo test -p jsvm-vm --test isa_doc");
}
