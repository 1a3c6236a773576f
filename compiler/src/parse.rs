//! Source to checked AST: the nesting guard, the oxc parse in always-strict
//! mode, and oxc_semantic's early errors; then code generation, all on a
//! thread with a large stack.
//!
//! Why a guard and a thread: oxc's parser and semantic visitor recurse, so a
//! deeply nested source could overflow the stack, which would abort the host.
//! The pre-scan in `nesting.rs` rejects nesting deeper than a few thousand
//! levels; what remains fits comfortably in the big stack, and our own code
//! generation counts its depth too.
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

use crate::CompileError;
use crate::builder::LineIndex;
use crate::function::Compiler;
use crate::nesting::check_nesting;

const PREFIX: &str = "\"use strict\";";
/// Length in bytes of the prefix that makes every script strict.
pub(crate) const PREFIX_LEN: u32 = PREFIX.len() as u32;

/// Stack for parsing and code generation: only reserved address space.
const STACK_SIZE: usize = 256 * 1024 * 1024;
/// Stack that oxc's parser and semantic pass use per byte of source at
/// most (measured: 1.5 KiB for each `[` of `[[[…`, the worst construct).
/// Sources up to `MAX_STACK / STACK_PER_SOURCE_BYTE` (2 MiB) get a stack
/// that no nesting can overflow, whatever the pre-scan concluded.
const STACK_PER_SOURCE_BYTE: usize = 2 * 1024;
const MAX_STACK: usize = 4 * 1024 * 1024 * 1024;

pub(crate) fn compile_guarded(source: &str, source_name: &str) -> Result<jsvm_vm::module::Module, CompileError> {
    let lines = LineIndex::new(source);
    if let Err(offset) = check_nesting(source) {
        let p = lines.position(u32::try_from(offset).unwrap_or(u32::MAX));
        return Err(CompileError { message: "nesting too deep".into(), line: p.line, column: p.column });
    }
    let source = source.to_owned();
    let name = source_name.to_owned();
    let handle = std::thread::Builder::new()
        .name("jsvm-compile".into())
        .stack_size(STACK_SIZE.max(source.len().saturating_mul(STACK_PER_SOURCE_BYTE)).min(MAX_STACK))
        .spawn(move || compile_here(&source, &name, &lines))
        .map_err(|e| CompileError { message: format!("cannot start the compiler thread: {e}"), line: 1, column: 1 })?;
    handle
        .join()
        .unwrap_or_else(|_| Err(CompileError { message: "internal compiler error".into(), line: 1, column: 1 }))
}

fn compile_here(source: &str, source_name: &str, lines: &LineIndex) -> Result<jsvm_vm::module::Module, CompileError> {
    let resolve = |e: CompileError| -> CompileError {
        if e.line == 0 {
            let p = lines.position(e.column.saturating_sub(PREFIX_LEN));
            CompileError { message: e.message, line: p.line, column: p.column }
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
