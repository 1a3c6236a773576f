//! `docs/isa.md` is generated from the opcode table; this test keeps the two
//! equal. Regenerate with `UPDATE_DOCS=1 cargo test -p jsvm-vm --test isa_doc`.

use jsvm_vm::isa::OPCODE_TABLE;

fn render() -> String {
    let mut out = String::from(
        "# The jsvm instruction set\n\n\
         Generated from `vm/src/isa/mod.rs` (the one opcode table) by `vm/tests/isa_doc.rs`.\n\
         The numbers are the opcodes of the bytecode format: an instruction keeps its number.\n\n\
         Operand kinds, each checked on its own by the verifier when a module is loaded:\n\n\
         - `Reg`: a register `R[r]`, below the function's register count.\n\
         - `RegPair`: `R[r]` and `R[r+1]`, both below the register count.\n\
         - `RegSpan`: `count` registers from `R[first]`, all below the register count.\n\
         - `Const`: a constant `K[k]` of the module's pool (a number or a string).\n\
         - `Name`: a constant that must be a string.\n\
         - `Func`: a function of the module other than function 0 (the top level).\n\
         - `Target`: an instruction index inside the function.\n\
         - `Slot`, `Depth`: an environment slot `E(d)[s]`; they depend on the closure chain, \
         so the interpreter checks them when it runs.\n\
         - `Count`, `Imm`: a small count and an integer immediate (any value).\n\
         - `MethodKind`, `PrivateKind`: one byte naming a kind of class member; other bytes do not decode.\n\n\
         Gas is charged before the instruction runs; natives it calls charge their own work.\n\
         The verifier column lists the rules beyond the operands: only an instruction that \
         *may end the code* can be a function's last, *generators only* instructions appear only \
         in generator functions, and every exception handler *starts* at a `Catch`.\n\
         The throws column lists the exceptions a script can catch from the instruction. Any \
         instruction can also end the run: out of gas, memory or time, or an internal error when \
         an operand holds a value of a type compiled code never puts there; no `catch` sees those.\n\n\
         | number | opcode | operands | gas | throws | verifier | semantics |\n|---|---|---|---|---|---|---|\n",
    );
    for op in OPCODE_TABLE {
        let text = op.doc.split_whitespace().collect::<Vec<_>>().join(" ").replace('|', "\\|");
        let operands: Vec<String> = op.operands.iter().map(|(field, kind)| format!("{field}: {kind}")).collect();
        let rules: Vec<&str> = op.rules.iter().map(|r| r.describe()).collect();
        let throws: Vec<&str> = op.throws.iter().map(|t| t.describe()).collect();
        out.push_str(&format!(
            "| 0x{:02X} | `{}` | {} | {} | {} | {} | {text} |\n",
            op.number,
            op.name,
            operands.join(", "),
            op.gas,
            throws.join(", "),
            rules.join(", ")
        ));
    }
    out
}

#[test]
fn every_instruction_has_its_own_opcode() {
    let mut numbers: Vec<u8> = OPCODE_TABLE.iter().map(|op| op.number).collect();
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
