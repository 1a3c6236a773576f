//! jsvm's virtual machine: values, the garbage-collected heap, the instruction
//! set, compiled modules and the interpreter that runs them under budgets.
#![forbid(unsafe_code)]

pub mod disasm;
pub mod isa;
pub mod module;
pub mod number;
