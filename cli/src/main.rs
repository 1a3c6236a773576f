//! The `jsvm` command line: `exec` runs a script under limits, `compile`
//! writes its bytecode file, `disasm` prints its bytecode. Each takes source
//! or a bytecode file. Exit codes and stderr formats are the README's.

mod exec;
mod source;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Run untrusted JavaScript inside budgets.
#[derive(Parser)]
#[command(name = "jsvm", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script.
    Exec(exec::ExecArgs),
    /// Compile a script to a bytecode file that `exec` and `disasm` accept.
    Compile {
        /// The script (`-` reads stdin).
        file: String,
        /// The bytecode file to write (default: FILE with the extension
        /// `.jsbc`; stdout when FILE is `-`).
        #[arg(short, long)]
        output: Option<String>,
    },
    /// Print the compiled bytecode of a script or bytecode file.
    Disasm {
        /// The script or bytecode file (`-` reads stdin).
        file: String,
    },
}

/// Exit codes of DESIGN §4.
pub mod exit {
    pub const COMPLETED: u8 = 0;
    pub const UNCAUGHT: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const COMPILE: u8 = 3;
    pub const OUT_OF_GAS: u8 = 4;
    pub const OUT_OF_MEMORY: u8 = 5;
    pub const TIMEOUT: u8 = 6;
    pub const OUTPUT_LIMIT: u8 = 7;
    pub const INTERNAL: u8 = 70;
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            let code = if e.use_stderr() { exit::USAGE } else { exit::COMPLETED };
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        Command::Exec(args) => exec::run(&args),
        Command::Compile { file, output } => compile(&file, output.as_deref()),
        Command::Disasm { file } => disasm(&file),
    };
    ExitCode::from(code)
}

/// Reads `file` and makes it a script; on failure reports it on stderr and
/// returns the exit code.
fn read_script(file: &str) -> Result<jsvm::Script, u8> {
    let (name, program) = source::read(file).map_err(|e| {
        eprintln!("jsvm: {e}");
        exit::USAGE
    })?;
    source::script(&jsvm::Engine::new(), &name, &program).map_err(|failure| {
        eprintln!("{}", source::render_failure(&failure, &name, &program));
        exit::COMPILE
    })
}

fn compile(file: &str, output: Option<&str>) -> u8 {
    let script = match read_script(file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let bytes = script.to_bytes();
    let target = match output {
        Some(path) => path.to_string(),
        None if file == "-" => return write_stdout(&bytes, exit::COMPLETED),
        None => std::path::Path::new(file).with_extension("jsbc").to_string_lossy().into_owned(),
    };
    match std::fs::write(&target, &bytes) {
        Ok(()) => exit::COMPLETED,
        Err(e) => {
            eprintln!("jsvm: cannot write {target}: {e}");
            exit::USAGE
        }
    }
}

fn disasm(file: &str) -> u8 {
    match read_script(file) {
        Ok(script) => write_stdout(script.disassemble().as_bytes(), exit::COMPLETED),
        Err(code) => code,
    }
}

/// Writes `bytes` to stdout and returns `code`; on failure (a closed pipe,
/// a full disk) reports it on stderr and returns the I/O exit code instead.
fn write_stdout(bytes: &[u8], code: u8) -> u8 {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) => {
            eprintln!("jsvm: cannot write the output: {e}");
            exit::USAGE
        }
    }
}
