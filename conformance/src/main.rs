//! The `test262` command: runs a local test262 checkout against jsvm and
//! prints the per-directory table, the overall in-scope figure, the skip
//! reasons and the commonest failure reasons; writes the results file; with
//! `--baseline` prints only what changed. The logic is in the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use jsvm_conformance::{collect_tests, default_root, report, run, run_all};

/// Run tc39/test262 against jsvm.
#[derive(Parser)]
#[command(name = "test262", about)]
struct Args {
    /// The test262 checkout [default: ./test262].
    #[arg(long = "test262", value_name = "DIR")]
    root: Option<PathBuf>,
    /// Where to write the results (one `PASS|FAIL|SKIP <path> [reason]` line
    /// per test).
    #[arg(long, value_name = "FILE", default_value = "test262-results.txt")]
    out: PathBuf,
    /// A results file to compare with: print only the tests whose status
    /// changed.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Worker threads (default: the available parallelism).
    #[arg(long)]
    threads: Option<usize>,
    /// Only run tests whose path contains this.
    #[arg(long, value_name = "SUBSTRING")]
    filter: Option<String>,
    /// Directories or files under `test/` (default `test/language`).
    paths: Vec<String>,
}

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match real_main(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("test262: {e}");
            ExitCode::from(2)
        }
    }
}

fn real_main(args: Args) -> Result<(), String> {
    let root = args.root.unwrap_or_else(default_root);
    if !root.join("harness").is_dir() {
        return Err(format!("{}: not a test262 checkout (no harness/ directory); pass --test262 DIR", root.display()));
    }
    let baseline = match &args.baseline {
        Some(file) => {
            let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
            Some(report::parse_results(&text).map_err(|e| format!("{}: {e}", file.display()))?)
        }
        None => None,
    };
    let paths = if args.paths.is_empty() { vec!["test/language".to_string()] } else { args.paths };
    let tests = collect_tests(&root, &paths, args.filter.as_deref())?;
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    eprintln!("running {} tests on {threads} thread(s) from {}", tests.len(), root.display());

    run::install_panic_hook();
    let started = std::time::Instant::now();
    let results = run_all(&root, &tests, threads, true)?;
    let elapsed = started.elapsed();

    std::fs::write(&args.out, report::write_results(&results)).map_err(|e| format!("{}: {e}", args.out.display()))?;
    match baseline {
        Some(baseline) => {
            print!("{}", report::render_diff(&report::diff(&baseline, &results)));
            let o = report::summarize(&results).overall;
            println!("overall (in scope): {} / {} passed = {:.1}%", o.passed, o.in_scope(), o.percent());
        }
        None => {
            print!("{}", report::render_summary(&report::summarize(&results)));
            println!();
            print!("{}", report::render_failure_groups(&report::failure_groups(&results, 10)));
        }
    }
    eprintln!("{} tests in {:.1}s; results in {}", results.len(), elapsed.as_secs_f64(), args.out.display());
    Ok(())
}
