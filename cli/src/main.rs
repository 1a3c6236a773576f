//! The `jsvm` command line: `exec` runs a script under limits, `disasm`
//! prints its bytecode. Exit codes and stderr formats follow DESIGN §4.

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
    /// Print the compiled bytecode of a script.
    Disasm {
        /// The script (`-` reads stdin).
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
        Command::Disasm { file } => disasm(&file),
    };
    ExitCode::from(code)
}

fn disasm(file: &str) -> u8 {
    let (name, text) = match source::read(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("jsvm: {e}");
            return exit::USAGE;
        }
    };
    match jsvm::Engine::new().compile(&text, &name) {
        Ok(script) => write_stdout(&script.disassemble(), exit::COMPLETED),
        Err(e) => {
            eprint!("{}", jsvm::render_compile_error(&e, &name, &text));
            exit::COMPILE
        }
    }
}

/// Writes `text` to stdout and returns `code`; on failure (a closed pipe,
/// a full disk) reports it on stderr and returns the I/O exit code instead.
fn write_stdout(text: &str, code: u8) -> u8 {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) => {
            eprintln!("jsvm: cannot write the output: {e}");
            exit::USAGE
        }
    }
}
