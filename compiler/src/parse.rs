//! Source to checked AST: the nesting guard, the oxc parse in always-strict
//! mode, and oxc_semantic's early errors; then code generation, all on a
//! stack big enough for the source.
//!
//! Why a guard and a big stack: oxc's parser and semantic visitor recurse,
//! so a deeply nested source could overflow the stack, which would abort the
//! host. The pre-scan in `nesting.rs` rejects nesting deeper than a few
//! thousand levels; what remains fits in a stack of a size the source's
//! length bounds, and our own code generation counts its depth too. When the
//! caller's thread has that much stack left (a short script on an ordinary
//! thread), compiling runs right there; otherwise on a fresh stack segment
//! (`stacker`: address space reserved, not a thread), so a one-liner
//! compiles in microseconds.
//!
//! Strict mode: oxc has no always-strict option for scripts, so the source is
//! parsed with `"use strict";` prepended on the same line. Every offset the
//! parser reports is shifted back by `PREFIX_LEN` before it becomes a line
//! and column. A leading hashbang is turned into a `//` comment of the same
//! length.

use oxc_allocator::Allocator;
use oxc_parser::{ParseOptions, Parser};
use oxc_semantic::SemanticBuilder;
use oxc_span::SourceType;

use crate::builder::LineIndex;
use crate::function::Compiler;
use crate::nesting::check_nesting;
use crate::{CompileError, CompileErrorKind};

const PREFIX: &str = "\"use strict\";";
/// Length in bytes of the prefix that makes every script strict.
pub(crate) const PREFIX_LEN: u32 = PREFIX.len() as u32;

/// Stack for parsing and code generation when the caller's is too short:
/// only reserved address space.
const STACK_SIZE: usize = 256 * 1024 * 1024;
/// Stack compiling any source takes besides what its nesting adds.
const BASE_STACK: usize = 512 * 1024;
/// Stack that oxc's parser and semantic pass use per byte of source at
/// most (measured: 1.5 KiB for each `[` of `[[[…`, the worst construct).
/// Sources up to `MAX_STACK / STACK_PER_SOURCE_BYTE` (2 MiB) get a stack
/// that no nesting can overflow, whatever the pre-scan concluded.
const STACK_PER_SOURCE_BYTE: usize = 2 * 1024;
const MAX_STACK: usize = 4 * 1024 * 1024 * 1024;

/// Host memory compiling takes at most per token, per function, and per
/// source byte (the copies of the text and the line index). Measured peak
/// RSS is 50–80 % of the estimate on function-heavy shapes (`x=>x,`,
/// `(a,b,c,d,e,f)=>0,`, `x=>y=>z=>x,`), about half on ordinary code.
const BYTES_PER_TOKEN: usize = 192;
const BYTES_PER_FUNCTION: usize = 768;
const BYTES_PER_SOURCE_BYTE: usize = 8;

/// At most the bytes compiling `source` takes, or the byte offset where its
/// nesting gets too deep.
pub(crate) fn memory_needed(source: &str) -> Result<usize, usize> {
    let size = check_nesting(source)?;
    Ok(size
        .tokens
        .saturating_mul(BYTES_PER_TOKEN)
        .saturating_add(size.functions.saturating_mul(BYTES_PER_FUNCTION))
        .saturating_add(source.len().saturating_mul(BYTES_PER_SOURCE_BYTE)))
}

pub(crate) fn compile_guarded(
    source: &str,
    source_name: &str,
    memory: usize,
) -> Result<jsvm_vm::module::Module, CompileError> {
    let needed = match memory_needed(source) {
        Ok(needed) => needed,
        Err(offset) => {
            let p = LineIndex::new(source).position(u32::try_from(offset).unwrap_or(u32::MAX));
            return Err(CompileError {
                message: "nesting too deep".into(),
                line: p.line,
                column: p.column,
                kind: CompileErrorKind::Syntax,
            });
        }
    };
    if needed > memory {
        let message = format!("compiling this source could need {needed} bytes (limit {memory} bytes)");
        return Err(at_start(message, CompileErrorKind::OutOfMemory));
    }
    let lines = LineIndex::new(source);
    let nesting_stack = source.len().saturating_mul(STACK_PER_SOURCE_BYTE);
    let needed_stack = BASE_STACK.saturating_add(nesting_stack).min(MAX_STACK);
    let fresh_stack = STACK_SIZE.max(nesting_stack).min(MAX_STACK);
    // A panic in the compiler is a bug; it becomes an error, never the
    // host's panic.
    let compile = std::panic::AssertUnwindSafe(|| compile_here(source, source_name, &lines));
    stacker::maybe_grow(needed_stack, fresh_stack, || std::panic::catch_unwind(compile))
        .unwrap_or_else(|_| Err(at_start("internal compiler error".into(), CompileErrorKind::Syntax)))
}

/// An error about the whole source, shown at 1:1.
fn at_start(message: String, kind: CompileErrorKind) -> CompileError {
    CompileError { message, line: 1, column: 1, kind }
}

fn compile_here(source: &str, source_name: &str, lines: &LineIndex) -> Result<jsvm_vm::module::Module, CompileError> {
    let resolve = |e: CompileError| -> CompileError {
        if e.line == 0 {
            let p = lines.position(e.column.saturating_sub(PREFIX_LEN));
            CompileError { line: p.line, column: p.column, ..e }
        } else {
            e
        }
    };
    let mut text = String::with_capacity(PREFIX.len() + source.len());
    text.push_str(PREFIX);
    match source.strip_prefix("#!") {
        Some(rest) => {
            text.push_str("//");
            text.push_str(rest);
        }
        None => text.push_str(source),
    }
    let allocator = Allocator::default();
    let options = ParseOptions { preserve_parens: false, ..ParseOptions::default() };
    let parsed = Parser::new(&allocator, &text, SourceType::script()).with_options(options).parse();
    if let Some(d) = parsed.diagnostics.errors().next() {
        return Err(resolve(from_diagnostic(d)));
    }
    let built = SemanticBuilder::new().with_check_syntax_error(true).with_build_nodes(true).build(&parsed.program);
    if let Some(d) = built.diagnostics.errors().next() {
        return Err(resolve(from_diagnostic(d)));
    }
    let compiler = Compiler::new(&built.semantic, lines);
    compiler.compile_script(&parsed.program, source_name).map_err(resolve)
}

fn from_diagnostic(d: &oxc_diagnostics::OxcDiagnostic) -> CompileError {
    let offset =
        d.labels.iter().find(|l| l.primary()).or_else(|| d.labels.last()).map(|l| l.offset()).unwrap_or(PREFIX_LEN);
    let message = d.message.to_string();
    // Name the feature when strict mode or the script goal rejects syntax
    // that jsvm rules out by design.
    let message = if message.contains("'with' statement") || message.contains("with statement") {
        "with statements are not supported by jsvm".to_owned()
    } else if message.contains("import") && message.contains("module")
        || message.contains("export") && message.contains("module")
    {
        "import and export are not supported by jsvm".to_owned()
    } else {
        message
    };
    CompileError::at(message, offset)
}
