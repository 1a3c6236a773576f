//! docs/gas.md's schedule is generated from `jsvm_vm::gas::SCHEDULE`; this
//! test keeps the two equal. Regenerate with
//! `UPDATE_DOCS=1 cargo test -p jsvm-vm --test gas_doc`.

#![allow(clippy::expect_used)]

use jsvm_vm::gas::SCHEDULE;

const START: &str = "<!-- schedule: generated from vm/src/gas.rs -->\n";
const END: &str = "<!-- end of schedule -->\n";

fn render() -> String {
    let mut out = String::from(START);
    out.push_str("| cost | gas | for |\n|---|---|---|\n");
    for cost in SCHEDULE {
        out.push_str(&format!("| `{}` | {} | {} |\n", cost.name, cost.gas, cost.what));
    }
    out.push_str(END);
    out
}

#[test]
fn gas_doc_matches_the_schedule() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/gas.md");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let (Some(start), Some(end)) = (text.find(START), text.find(END)) else {
        panic!("docs/gas.md has no schedule section between the markers");
    };
    let current = &text[start..end + END.len()];
    let expected = render();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, text.replacen(current, &expected, 1)).expect("write docs/gas.md");
        return;
    }
    assert!(current == expected, "docs/gas.md is stale: run UPDATE_DOCS=1 cargo test -p jsvm-vm --test gas_doc");
}
