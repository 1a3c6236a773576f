//! Reading a program: a file or stdin, holding JavaScript source or a
//! bytecode file (told apart by the bytecode magic, not by the name), and
//! turning it into a `Script`.

use std::io::Read;

use jsvm::{CompileError, Engine, LoadError, Script};

/// What a program file holds.
pub enum Program {
    Source(String),
    Bytecode(Vec<u8>),
}

/// Why a program did not become a script.
pub enum Failure {
    Compile(CompileError),
    Load(LoadError),
}

/// Reads `file` (`-` for stdin); returns the name for messages and the
/// program.
pub fn read(file: &str) -> Result<(String, Program), String> {
    let (name, bytes) = if file == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read stdin: {e}"))?;
        ("<stdin>".to_string(), bytes)
    } else {
        let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
        let name =
            std::path::Path::new(file).file_name().map_or(file.to_string(), |n| n.to_string_lossy().into_owned());
        (name, bytes)
    };
    if jsvm::is_bytecode(&bytes) {
        return Ok((name, Program::Bytecode(bytes)));
    }
    let text = String::from_utf8(bytes).map_err(|_| format!("{name} is not valid UTF-8"))?;
    Ok((name, Program::Source(text)))
}

/// Compiles the source or loads and verifies the bytecode.
pub fn script(engine: &Engine, name: &str, program: &Program) -> Result<Script, Failure> {
    match program {
        Program::Source(text) => engine.compile(text, name).map_err(Failure::Compile),
        Program::Bytecode(bytes) => engine.load(bytes).map_err(Failure::Load),
    }
}

/// The message for a program that did not become a script, as the CLI
/// prints it (a compile error with its code frame).
pub fn render_failure(failure: &Failure, name: &str, program: &Program) -> String {
    match (failure, program) {
        (Failure::Compile(e), Program::Source(text)) => {
            jsvm::render_compile_error(e, name, text).trim_end().to_string()
        }
        (Failure::Compile(e), Program::Bytecode(_)) => e.to_string(),
        (Failure::Load(e), _) => format!("jsvm: invalid bytecode: {e}"),
    }
}
