//! A readable listing of a compiled module, used by `jsvm disasm` and by the
//! disassembly snapshots.

use std::fmt::Write;

use super::Operand;
use crate::module::{Constant, Module};

/// Renders every function of `module` with its constants resolved inline.
pub fn disassemble(module: &Module) -> String {
    let mut out = String::new();
    for (index, function) in module.functions.iter().enumerate() {
        let name = if function.name.is_empty() { "<anonymous>" } else { &function.name };
        let _ = writeln!(
            out,
            "fn{index} {name} ({:?}, params {}, length {}, registers {}) at {}:{}",
            function.kind,
            function.param_count,
            function.length,
            function.register_count,
            function.start.line,
            function.start.column,
        );
        for (pc, instr) in function.code.iter().enumerate() {
            let _ = write!(out, "  {pc:>4}  {instr}");
            let consts: Vec<String> = instr
                .operands()
                .iter()
                .filter_map(|(_, op)| match op {
                    Operand::Const(super::Const(k)) | Operand::Name(super::Name(k)) => {
                        module.constants.get(*k as usize).map(render_constant)
                    }
                    _ => None,
                })
                .collect();
            if !consts.is_empty() {
                let _ = write!(out, "    ; {}", consts.join(", "));
            }
            out.push('\n');
        }
        for h in &function.handlers {
            let _ =
                writeln!(out, "  handler [{}, {}) -> @{} (env depth {})", h.start.0, h.end.0, h.target.0, h.env_depth);
        }
        out.push('\n');
    }
    out
}

fn render_constant(constant: &Constant) -> String {
    match constant {
        Constant::Number(n) => crate::number::number_to_string(*n),
        Constant::String(units) => format!("{:?}", String::from_utf16_lossy(units)),
    }
}
