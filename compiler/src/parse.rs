//! Source to checked AST: the nesting guard, the oxc parse in always-strict
//! mode, and oxc_semantic's early errors; then code generation, all on a
//! thread with a large stack.
//!
//! Why a guard and a thread: oxc's parser and semantic visitor recurse, so a
//! deeply nested source could overflow the stack, which would abort the host.
//! A cheap pre-scan rejects bracket nesting deeper than `MAX_BRACKET_DEPTH`,
//! too many operators open at once (`!!!!x`, `a=a=a`, `!(!(!(x)))`),
//! statement keywords nesting without braces (`if(a)if(a)…`) and very long
//! postfix chains (`a.b.c…`). What remains fits comfortably in the big stack,
//! and our own code generation counts its depth too.
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

const PREFIX: &str = "\"use strict\";";
/// Length in bytes of the prefix that makes every script strict.
pub(crate) const PREFIX_LEN: u32 = PREFIX.len() as u32;

/// Deepest bracket nesting accepted.
const MAX_BRACKET_DEPTH: usize = 1000;
/// Most operators open at once (`!!!!x`, `a=a=a`, `!(!(!(x)))`), counting
/// those of enclosing expressions around brackets.
const MAX_OPERATOR_RUN: usize = 2000;
/// Longest chain of postfix links (`a.b.c`, `f()()`) accepted; our code
/// generation stops far earlier, this only protects the parse.
const MAX_CHAIN: usize = 20_000;
/// Stack for parsing and code generation: only reserved address space.
const STACK_SIZE: usize = 256 * 1024 * 1024;

pub(crate) fn compile_guarded(source: &str, source_name: &str) -> Result<jsvm_vm::module::Module, CompileError> {
    let lines = LineIndex::new(source);
    if let Err(offset) = check_nesting(source) {
        let p = lines.position(offset);
        return Err(CompileError { message: "nesting too deep".into(), line: p.line, column: p.column });
    }
    let source = source.to_owned();
    let name = source_name.to_owned();
    let handle = std::thread::Builder::new()
        .name("jsvm-compile".into())
        .stack_size(STACK_SIZE)
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

/// Scans brackets (skipping strings, comments and template text) and runs of
/// operators that the parser would nest (`!!!!x`, `a=a=a`, `a+a+a`); returns
/// the offset where nesting gets too deep. A run ends at `;`, `,`, a bracket,
/// or a line break between a value and something that is not an operator.
fn check_nesting(source: &str) -> Result<(), u32> {
    let bytes = source.as_bytes();
    // Each open bracket; b'`' for a `${` that resumes a template.
    // With each bracket, the operator run of the expression around it.
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut run = 0usize;
    // The sum of the runs saved on `stack`: operators still open around us.
    let mut outer = 0usize;
    // Postfix links (`.x`, `(…)`, `[…]` after a value): left-deep chains.
    let mut chain = 0usize;
    // Statement keywords that nest without brackets (`if(a)if(a)…`).
    let mut statements = 0usize;
    let mut after_value = false;
    let mut pending_reset = false;
    let mut i = 0usize;
    let at = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
    let byte = |i: usize| bytes.get(i).copied().unwrap_or(0);
    // Skips a template's text from `i` (just after "`" or "}"); returns the
    // index after the closing "`" or after "${" (and whether it was "${").
    let template = |mut i: usize| -> (usize, bool) {
        while i < bytes.len() {
            match byte(i) {
                b'\\' => i += 2,
                b'`' => return (i + 1, false),
                b'$' if byte(i + 1) == b'{' => return (i + 2, true),
                _ => i += 1,
            }
        }
        (i, false)
    };
    let is_operator = |b: u8| b"!~+-*/%=<>&|^?:".contains(&b);
    while i < bytes.len() {
        let b = byte(i);
        if matches!(b, b' ' | b'\t' | b'\r') {
            i += 1;
            continue;
        }
        if b == b'\n' {
            pending_reset |= after_value;
            i += 1;
            continue;
        }
        if b == b'/' && (byte(i + 1) == b'/' || byte(i + 1) == b'*') {
            if byte(i + 1) == b'/' {
                while i < bytes.len() && byte(i) != b'\n' {
                    i += 1;
                }
            } else {
                i += 2;
                while i < bytes.len() && !(byte(i) == b'*' && byte(i + 1) == b'/') {
                    if byte(i) == b'\n' {
                        pending_reset |= after_value;
                    }
                    i += 1;
                }
                i += 2;
            }
            continue;
        }
        if pending_reset {
            pending_reset = false;
            if !is_operator(b) && b != b'.' {
                run = 0;
                chain = 0;
            }
        }
        match b {
            b'(' | b'[' | b'{' => {
                if b == b'{' {
                    statements = 0;
                } else if after_value {
                    chain += 1;
                    if chain > MAX_CHAIN {
                        return Err(at(i));
                    }
                }
                stack.push((b, run));
                outer += run;
                if stack.len() > MAX_BRACKET_DEPTH {
                    return Err(at(i));
                }
                run = 0;
                after_value = false;
                i += 1;
            }
            b')' | b']' => {
                if let Some((_, saved)) = stack.pop() {
                    outer -= saved;
                    run = saved;
                }
                after_value = true;
                i += 1;
            }
            b'}' => {
                statements = 0;
                after_value = true;
                let popped = stack.pop();
                if let Some((_, saved)) = popped {
                    outer -= saved;
                    run = saved;
                }
                if matches!(popped, Some((b'`', _))) {
                    let (next, opened) = template(i + 1);
                    if opened {
                        stack.push((b'`', run));
                        outer += run;
                        run = 0;
                        after_value = false;
                    }
                    i = next;
                } else {
                    i += 1;
                }
            }
            b'`' => {
                if after_value {
                    chain += 1;
                    if chain > MAX_CHAIN {
                        return Err(at(i));
                    }
                }
                after_value = true;
                let (next, opened) = template(i + 1);
                if opened {
                    stack.push((b'`', run));
                    outer += run;
                    run = 0;
                    after_value = false;
                    if stack.len() > MAX_BRACKET_DEPTH {
                        return Err(at(i));
                    }
                }
                i = next;
            }
            b'"' | b'\'' => {
                after_value = true;
                i += 1;
                while i < bytes.len() {
                    match byte(i) {
                        b'\\' => i += 2,
                        c if c == b => {
                            i += 1;
                            break;
                        }
                        b'\n' => break,
                        _ => i += 1,
                    }
                }
            }
            b'.' => {
                chain += 1;
                if chain > MAX_CHAIN {
                    return Err(at(i));
                }
                after_value = false;
                i += 1;
            }
            b';' | b',' => {
                run = 0;
                chain = 0;
                if b == b';' && !matches!(stack.last(), Some((b'(', _))) {
                    statements = 0;
                }
                after_value = false;
                i += 1;
            }
            _ if is_operator(b) => {
                run += 1;
                if run + outer > MAX_OPERATOR_RUN {
                    return Err(at(i));
                }
                after_value = false;
                i += 1;
            }
            _ if b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80 => {
                let start = i;
                while i < bytes.len() {
                    let c = byte(i);
                    if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80 {
                        i += 1;
                    } else {
                        break;
                    }
                }
                let word = bytes.get(start..i).unwrap_or(&[]);
                if matches!(
                    word,
                    b"typeof" | b"void" | b"delete" | b"new" | b"in" | b"instanceof" | b"await" | b"yield"
                ) {
                    run += 1;
                    if run + outer > MAX_OPERATOR_RUN {
                        return Err(at(start));
                    }
                    after_value = false;
                } else if matches!(word, b"if" | b"else" | b"while" | b"for" | b"do" | b"with" | b"class" | b"extends")
                {
                    statements += 1;
                    if statements > MAX_OPERATOR_RUN {
                        return Err(at(start));
                    }
                    after_value = false;
                } else {
                    after_value = true;
                }
            }
            _ => {
                after_value = false;
                i += 1;
            }
        }
    }
    Ok(())
}
