//! jsvm's front end: JavaScript source in, a `jsvm_vm::module::Module` out.
//!
//! The pipeline is `parse` (nesting guard, oxc parse in always-strict mode,
//! early errors from oxc_semantic) → `scope` (which bindings closures
//! capture) → code generation (`function`, `stmt`, `expr`, on top of the
//! emitter in `builder`). Every failure, including input too deep to handle,
//! is a `CompileError` with a 1-based line and column; nothing here panics
//! or overflows the stack on any input.
#![forbid(unsafe_code)]

mod builder;
mod class;
mod expr;
mod function;
mod nesting;
mod parse;
mod pattern;
mod scope;
mod stmt;

#[cfg(test)]
mod tests;

use std::fmt;

use jsvm_vm::isa::verify::{VerifiedModule, verify};

/// A compile-time error (a JavaScript `SyntaxError`) at a source position,
/// or a source too big to compile within the memory allowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub message: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in chars.
    pub column: u32,
    pub kind: CompileErrorKind,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// The source is not a valid script, or uses what jsvm leaves out.
    #[default]
    Syntax,
    /// Compiling would need more memory than allowed (`message` says how
    /// much); the position is 1:1.
    OutOfMemory,
}

impl CompileError {
    /// An error at a byte offset of the (prefixed) parser input; `parse`
    /// turns the offset into a line and column before it leaves the crate.
    pub(crate) fn at(message: String, offset: u32) -> CompileError {
        CompileError { message, line: 0, column: offset, kind: CompileErrorKind::Syntax }
    }

    /// A failure of the compiler itself or a size limit, with no position.
    pub(crate) fn internal(message: &str) -> CompileError {
        CompileError { message: message.to_owned(), line: 0, column: 0, kind: CompileErrorKind::Syntax }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SyntaxError: {} ({}:{})", self.message, self.line, self.column)
    }
}

impl std::error::Error for CompileError {}

/// Compiles a script. Function 0 of the module is the script's top level.
/// `source_name` is the file name that stack traces show. Compiling may
/// use up to `memory` bytes of host memory: a source that could need more
/// (by [`compile_memory_needed`]) is refused before any work is done.
///
/// The module goes through the verifier like bytecode from a file: code the
/// verifier refuses is a compiler bug, reported as an internal error.
pub fn compile(source: &str, source_name: &str, memory: usize) -> Result<VerifiedModule, CompileError> {
    let module = parse::compile_guarded(source, source_name, memory)?;
    verify(module).map_err(|e| CompileError::internal(&format!("the verifier refuses the compiled code: {e}")))
}

/// At most the bytes of host memory compiling `source` takes (the syntax
/// tree, scopes and bytecode grow with its tokens), or none when its nesting
/// is too deep to compile at all.
pub fn compile_memory_needed(source: &str) -> Option<usize> {
    parse::memory_needed(source).ok()
}
