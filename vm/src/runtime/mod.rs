//! The runtime: what the interpreter and the natives share besides the
//! language's semantics. `budget` holds the limits of a run and enforces
//! them (gas, call depth, output, wall clock, the interrupt); `memory`
//! allocates heap values, collects, and keeps the rooting rule and the
//! count of host memory natives hold; `load` turns a compiled module into
//! this VM's constants and keys. Errors and stack traces are in
//! `crate::error`.

pub mod budget;
pub mod load;
pub mod memory;
