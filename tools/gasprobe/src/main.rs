//! The gas probes: one program per family of work (`probes/*.js`), each run
//! on a fixed gas budget (it may complete or run out), timed, and reported
//! as nanoseconds per unit of gas relative to the plain loop
//! (`00_plain_loop.js`). DESIGN's promise is that every family stays within
//! [1/4, 4] of the loop: neither under- nor over-charged.
//!
//! ```sh
//! cargo run --release -p jsvm-gasprobe -- [--check] [--gas N] [--runs N] [--filter TEXT]
//! ```
//! prints a markdown table (the one in docs/gas.md); `--check` exits 1 when
//! a probe is outside the band.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use jsvm::{Engine, Limits, RunError, Sandbox};

/// The band every probe must stay in, as a multiple of the loop's ns/gas.
const LOW: f64 = 0.25;
const HIGH: f64 = 4.0;

struct Options {
    check: bool,
    gas: u64,
    runs: usize,
    filter: Option<String>,
}

fn options() -> Result<Options, String> {
    let mut o = Options { check: false, gas: 30_000_000, runs: 3, filter: None };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--check" => o.check = true,
            "--gas" => o.gas = value()?.parse::<f64>().map_err(|e| e.to_string())? as u64,
            "--runs" => o.runs = value()?.parse().map_err(|e: std::num::ParseIntError| e.to_string())?,
            "--filter" => o.filter = Some(value()?),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(o)
}

/// One measured run: wall time in ns per gas, gas used and the verdict.
struct Measure {
    ns_per_gas: f64,
    gas: u64,
    verdict: &'static str,
}

fn run_probe(engine: &Engine, path: &Path, o: &Options) -> Result<Measure, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let script = engine.compile(&source, &name).map_err(|e| format!("{name}: {e}"))?;
    let limits = Limits { gas: o.gas, memory: 512 << 20, ..Limits::default() };
    let mut best: Option<Measure> = None;
    for _ in 0..o.runs {
        let mut sandbox = Sandbox::new(engine, limits.clone()).map_err(|e| e.to_string())?;
        let started = Instant::now();
        let result = sandbox.run(&script);
        let elapsed = started.elapsed().as_nanos() as f64;
        let verdict = match result {
            Ok(()) => "completed",
            Err(RunError::OutOfGas { .. }) => "out of gas",
            Err(e) => return Err(format!("{name}: {e}")),
        };
        let gas = sandbox.gas_used().max(1);
        let m = Measure { ns_per_gas: elapsed / gas as f64, gas, verdict };
        if best.as_ref().is_none_or(|b| m.ns_per_gas < b.ns_per_gas) {
            best = Some(m);
        }
    }
    best.ok_or_else(|| format!("{name}: no run"))
}

fn main() -> ExitCode {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("gasprobe: {e}");
            return ExitCode::from(2);
        }
    };
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("probes");
    let mut probes: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "js"))
            .collect(),
        Err(e) => {
            eprintln!("gasprobe: {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    probes.sort();
    // Host functions for the host-call probe: the embedding API's copies in
    // both directions.
    let mut engine = Engine::new();
    engine.register_fn("add", |a: f64, b: f64| a + b);
    engine.register_fn("echo", |v: jsvm::Value| v);
    let mut baseline = None;
    let mut outside = 0;
    println!("| probe | ns per gas | × plain loop | gas used | verdict |");
    println!("|---|---|---|---|---|");
    for path in &probes {
        let stem = path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let is_baseline = stem == "00_plain_loop";
        if !is_baseline && o.filter.as_ref().is_some_and(|f| !stem.contains(f.as_str())) {
            continue;
        }
        let m = match run_probe(&engine, path, &o) {
            Ok(m) => m,
            Err(e) => {
                eprintln!("gasprobe: {e}");
                return ExitCode::from(2);
            }
        };
        let base = *baseline.get_or_insert(m.ns_per_gas);
        let ratio = m.ns_per_gas / base;
        let flag = if (LOW..=HIGH).contains(&ratio) { "" } else { " **outside**" };
        outside += usize::from(!flag.is_empty());
        println!("| {stem} | {:.2} | {ratio:.2}{flag} | {} | {} |", m.ns_per_gas, m.gas, m.verdict);
    }
    if o.check && outside > 0 {
        eprintln!("gasprobe: {outside} probe(s) outside [{LOW}, {HIGH}] of the plain loop");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
