//! `jsvm exec`: compile (or load) and run a script under the given limits,
//! then report the verdict as an exit code and on stderr, or as one JSON
//! object.

use std::io::Write;
use std::sync::mpsc::RecvTimeoutError;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Args;
use jsvm::{CompileErrorKind, Engine, Limits, RunError, Sandbox};

use crate::source::Failure;

use crate::exit;
use crate::source;

#[derive(Args)]
pub struct ExecArgs {
    /// The script or bytecode file (`-` reads stdin).
    file: String,
    /// Gas limit (e.g. 1000000 or 1e6).
    #[arg(long, value_parser = parse_count)]
    gas: Option<u64>,
    /// Memory limit in bytes (suffixes: KiB, MiB, GiB, KB, MB, GB; or 1e9).
    #[arg(long, value_parser = parse_size)]
    memory: Option<u64>,
    /// Maximum call depth.
    #[arg(long, value_parser = parse_count)]
    stack: Option<u64>,
    /// Output limit in bytes.
    #[arg(long, value_parser = parse_size)]
    output: Option<u64>,
    /// Wall-clock limit in seconds.
    #[arg(long)]
    timeout: Option<f64>,
    /// Seed for Math.random.
    #[arg(long)]
    seed: Option<u64>,
    /// Print one JSON object with the verdict instead.
    #[arg(long)]
    json: bool,
}

/// A count: an integer or a float literal such as `1e6`.
fn parse_count(text: &str) -> Result<u64, String> {
    if let Ok(n) = text.parse::<u64>() {
        return Ok(n);
    }
    match text.parse::<f64>() {
        Ok(f) if f.is_finite() && f >= 0.0 && f.fract() == 0.0 && f <= u64::MAX as f64 => Ok(f as u64),
        _ => Err(format!("not a count: {text}")),
    }
}

/// A size with an optional unit suffix.
fn parse_size(text: &str) -> Result<u64, String> {
    let units: [(&str, u64); 9] = [
        ("KiB", 1 << 10),
        ("MiB", 1 << 20),
        ("GiB", 1 << 30),
        ("KB", 1000),
        ("MB", 1_000_000),
        ("GB", 1_000_000_000),
        ("K", 1 << 10),
        ("M", 1 << 20),
        ("G", 1 << 30),
    ];
    for (suffix, scale) in units {
        if let Some(number) = text.strip_suffix(suffix) {
            let n = number.trim().parse::<f64>().map_err(|_| format!("not a size: {text}"))?;
            let bytes = n * scale as f64;
            if !(bytes.is_finite() && bytes >= 0.0 && bytes <= u64::MAX as f64) {
                return Err(format!("not a size: {text}"));
            }
            return Ok(bytes as u64);
        }
    }
    parse_count(text.strip_suffix('B').unwrap_or(text))
}

pub fn run(args: &ExecArgs) -> u8 {
    let started = Instant::now();
    let (name, program) = match source::read(&args.file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("jsvm: {e}");
            return exit::USAGE;
        }
    };
    let mut limits = Limits::default();
    if let Some(g) = args.gas {
        limits.gas = g;
    }
    if let Some(m) = args.memory {
        limits.memory = usize::try_from(m).unwrap_or(usize::MAX);
    }
    if let Some(s) = args.stack {
        limits.stack_depth = usize::try_from(s).unwrap_or(usize::MAX);
    }
    if let Some(o) = args.output {
        limits.output = usize::try_from(o).unwrap_or(usize::MAX);
    }
    if let Some(t) = args.timeout {
        match Duration::try_from_secs_f64(t) {
            Ok(d) => limits.timeout = Some(d),
            Err(_) => {
                eprintln!("jsvm: invalid timeout {t}");
                return exit::USAGE;
            }
        }
    }
    // Compiling (or loading) counts against the memory budget and the
    // deadline too: it runs on its own thread, and a deadline that passes
    // first ends the process (and the compile with it).
    let engine = Engine::new().with_compile_memory(limits.memory);
    let (sender, receiver) = std::sync::mpsc::channel();
    let compiler = engine.clone();
    let program = std::sync::Arc::new(program);
    let (shared, source_name) = (program.clone(), name.clone());
    std::thread::spawn(move || sender.send(source::script(&compiler, &source_name, &shared)));
    let compiled = match limits.timeout {
        Some(total) => receiver.recv_timeout(total.saturating_sub(started.elapsed())),
        None => receiver.recv().map_err(|_| RecvTimeoutError::Disconnected),
    };
    let script = match compiled {
        Ok(Ok(s)) => s,
        Ok(Err(Failure::Compile(e))) if e.kind == CompileErrorKind::OutOfMemory => {
            let message = format!("jsvm: out of memory: {}", e.message);
            return stop_early(args, "out_of_memory", exit::OUT_OF_MEMORY, &message, started);
        }
        Ok(Err(Failure::Load(e))) if e.is_out_of_memory() => {
            let message = format!("jsvm: out of memory: {e}");
            return stop_early(args, "out_of_memory", exit::OUT_OF_MEMORY, &message, started);
        }
        Ok(Err(failure)) => {
            let verdict = if matches!(failure, Failure::Load(_)) { "invalid_bytecode" } else { "compile_error" };
            let rendered = source::render_failure(&failure, &name, &program);
            return stop_early(args, verdict, exit::COMPILE, &rendered, started);
        }
        Err(RecvTimeoutError::Timeout) => {
            let timeout = RunError::Timeout { seconds: args.timeout.unwrap_or(0.0) };
            return stop_early(args, "timeout", exit::TIMEOUT, &timeout.to_string(), started);
        }
        Err(RecvTimeoutError::Disconnected) => {
            let failure = RunError::Internal("the compiler thread stopped".to_string());
            return stop_early(args, "internal_error", exit::INTERNAL, &failure.to_string(), started);
        }
    };
    // The deadline counts from the start: compiling spends part of it.
    if let Some(total) = limits.timeout {
        let left = total.saturating_sub(started.elapsed());
        if left.is_zero() {
            let timeout = RunError::Timeout { seconds: total.as_secs_f64() };
            return stop_early(args, "timeout", exit::TIMEOUT, &timeout.to_string(), started);
        }
        limits.timeout = Some(left);
    }
    let mut sandbox = match Sandbox::new(&engine, limits) {
        Ok(s) => s,
        Err(e) => {
            let (verdict, code) = verdict_of(&Err(e.clone()));
            return stop_early(args, verdict, code, &e.to_string(), started);
        }
    };
    if let Some(seed) = args.seed {
        sandbox.set_seed(seed);
    } else {
        sandbox.set_seed(entropy_seed());
    }
    // A write that fails (a closed pipe, a full disk) stops the run: the
    // error is kept for the report and the run is interrupted.
    let write_error: Arc<Mutex<Option<std::io::Error>>> = Arc::default();
    if !args.json {
        let failed = write_error.clone();
        let interrupt = sandbox.interrupt_handle();
        sandbox.stream_output(move |text| {
            let mut failed = failed.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            if failed.is_some() {
                return;
            }
            if let Err(e) = std::io::stdout().lock().write_all(text.as_bytes()) {
                *failed = Some(e);
                interrupt.interrupt();
            }
        });
    }
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| sandbox.run(&script)));
    let mut write_error = write_error.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Err(e) = std::io::stdout().flush() {
        write_error.get_or_insert(e);
    }
    if let Some(e) = write_error.take() {
        eprintln!("jsvm: cannot write the output: {e}");
        return exit::USAGE;
    }
    let result = match result {
        Ok(r) => r,
        Err(_) => Err(RunError::Internal("the interpreter panicked".to_string())),
    };
    let (verdict, code) = verdict_of(&result);
    let error = result.as_ref().err().map(|e| match (e, args.timeout) {
        // Name the timeout the user gave, not what was left after compiling.
        (RunError::Timeout { .. }, Some(total)) => RunError::Timeout { seconds: total }.to_string(),
        _ => e.to_string(),
    });
    if args.json {
        let output = sandbox.output();
        report_json(verdict, code, &output, error.as_deref(), sandbox.gas_used(), sandbox.peak_memory(), started)
    } else {
        if let Some(e) = error {
            eprintln!("{e}");
        }
        code
    }
}

/// Ends a run that stopped before the script ran: the JSON report with
/// `message` as its error, or `message` on stderr; returns the exit code.
fn stop_early(args: &ExecArgs, verdict: &str, code: u8, message: &str, started: Instant) -> u8 {
    if args.json {
        return report_json(verdict, code, "", Some(message), 0, 0, started);
    }
    eprintln!("{message}");
    code
}

/// The verdict name and exit code of a run's result.
fn verdict_of(result: &Result<(), RunError>) -> (&'static str, u8) {
    let Err(e) = result else { return ("completed", exit::COMPLETED) };
    let code = match e {
        RunError::Uncaught(_) => exit::UNCAUGHT,
        RunError::OutOfGas { .. } => exit::OUT_OF_GAS,
        RunError::OutOfMemory { .. } => exit::OUT_OF_MEMORY,
        RunError::Timeout { .. } => exit::TIMEOUT,
        RunError::OutputLimit { .. } => exit::OUTPUT_LIMIT,
        RunError::Interrupted | RunError::Stopped(_) | RunError::Convert(_) | RunError::Internal(_) => exit::INTERNAL,
    };
    (e.verdict(), code)
}

/// Prints the JSON report; returns `code`, or the usage/I-O exit code when
/// stdout cannot take the report.
fn report_json(
    verdict: &str,
    code: u8,
    output: &str,
    error: Option<&str>,
    gas: u64,
    peak: usize,
    started: Instant,
) -> u8 {
    let report = serde_json::json!({
        "verdict": verdict,
        "exit_code": code,
        "output": output,
        "error": error,
        "gas_used": gas,
        "peak_memory": peak,
        "wall_time_ms": started.elapsed().as_secs_f64() * 1000.0,
    });
    crate::write_stdout(format!("{report}\n").as_bytes(), code)
}

/// A seed from the host's entropy (randomised hashing of the standard
/// library), for runs without `--seed`.
fn entropy_seed() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()));
    h.finish()
}
