//! The snapshot corpus lives in `cases/`, `disasm/` and `tests/`; this crate has no code of its own.
