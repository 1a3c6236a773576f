//! Runs each program in `programs/` on jsvm (gas metering on, the default
//! limits) and on QuickJS (through `rquickjs`), alternating, checks that
//! both print the same checksum, and prints the best time of each, their
//! ratio, and each engine's peak RSS running the program alone (a child
//! process per engine and program), then the geometric mean of the time
//! ratios. Machines are shared and noisy: compare ratios, not seconds.
//!
//! Also times starting a fresh sandbox (`startup`), compiling a one-liner
//! and a 1 MB source (`compile`), compiling, encoding and loading a large
//! program as bytecode (`bytecode`), and calls across the host boundary in
//! both directions (`host`).
//!
//! `cargo run --release --manifest-path bench/Cargo.toml [-- NAME…]`

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

const ROUNDS: usize = 5;

/// A run of a program: its time (compiling included) and what it printed,
/// or why it stopped.
type Run = (Duration, Result<String, String>);

fn run_jsvm(source: &str) -> Run {
    let engine = jsvm::Engine::new();
    let start = Instant::now();
    let script = engine.compile(source, "bench.js").expect("jsvm compiles");
    let mut sandbox = jsvm::Sandbox::new(&engine, jsvm::Limits::default()).expect("sandbox");
    let result = sandbox.run(&script);
    let elapsed = start.elapsed();
    (elapsed, result.map(|_| sandbox.output()).map_err(|e| e.verdict().to_string()))
}

fn run_quickjs(source: &str) -> Run {
    let output = Rc::new(RefCell::new(String::new()));
    let start = Instant::now();
    let rt = rquickjs::Runtime::new().expect("runtime");
    rt.set_max_stack_size(64 << 20);
    let ctx = rquickjs::Context::full(&rt).expect("context");
    let result = ctx.with(|ctx| {
        let sink = output.clone();
        let print = rquickjs::Function::new(ctx.clone(), move |args: rquickjs::function::Rest<rquickjs::Coerced<String>>| {
            let line: Vec<String> = args.0.into_iter().map(|s| s.0).collect();
            let mut out = sink.borrow_mut();
            out.push_str(&line.join(" "));
            out.push('\n');
        })
        .expect("print");
        ctx.globals().set("print", print).expect("set print");
        ctx.eval::<(), _>(source).map_err(|e| e.to_string())
    });
    let elapsed = start.elapsed();
    let printed = output.borrow().clone();
    (elapsed, result.map(|()| printed))
}

/// Runs `program` once on `engine` (`jsvm` or `quickjs`) and prints this
/// process's peak RSS in KiB: what `--rss` children report.
fn report_rss(engine: &str, program: &str) {
    let source = std::fs::read_to_string(program).expect("read");
    let _ = if engine == "jsvm" { run_jsvm(&source) } else { run_quickjs(&source) };
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status.lines().find_map(|l| l.strip_prefix("VmHWM:")).unwrap_or("0 kB");
    println!("{}", peak.trim().trim_end_matches(" kB"));
}

/// Peak RSS in MiB of a child process running `program` on `engine`.
fn peak_rss(engine: &str, program: &std::path::Path) -> f64 {
    let me = std::env::current_exe().expect("current exe");
    let out = std::process::Command::new(me).arg("--rss").arg(engine).arg(program).output().expect("child runs");
    let kib: f64 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap_or(0.0);
    kib / 1024.0
}

/// A fresh sandbox that runs a one-line script, per start, in microseconds:
/// jsvm from a warm engine (its realm image built), QuickJS a new runtime
/// and context.
fn startup() -> (f64, f64) {
    const STARTS: u32 = 200;
    let engine = jsvm::Engine::new();
    let script = engine.compile("1 + 1", "start.js").expect("jsvm compiles");
    jsvm::Sandbox::new(&engine, jsvm::Limits::default()).expect("sandbox");
    let mut best_jsvm = Duration::MAX;
    let mut best_qjs = Duration::MAX;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        for _ in 0..STARTS {
            let mut sandbox = jsvm::Sandbox::new(&engine, jsvm::Limits::default()).expect("sandbox");
            sandbox.run(&script).expect("jsvm runs");
        }
        best_jsvm = best_jsvm.min(start.elapsed() / STARTS);
        let start = Instant::now();
        for _ in 0..STARTS {
            let rt = rquickjs::Runtime::new().expect("runtime");
            let ctx = rquickjs::Context::full(&rt).expect("context");
            ctx.with(|ctx| ctx.eval::<(), _>("1 + 1").expect("quickjs runs"));
        }
        best_qjs = best_qjs.min(start.elapsed() / STARTS);
    }
    (best_jsvm.as_secs_f64() * 1e6, best_qjs.as_secs_f64() * 1e6)
}

/// The best of `ROUNDS` timings of `work`, and its last result.
fn best_of<T>(mut work: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut result = None;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        result = Some(work());
        best = best.min(start.elapsed());
    }
    (best, result.expect("ROUNDS > 0"))
}

/// Compiling, encoding and loading (decoding, then verifying) a large
/// program: every bench program wrapped in a function of its own, repeated
/// to about 1 MB and then 4 MB of source (loading is linear when the second
/// size's MB/s matches the first's). Prints throughput in MB/s (jsvm only).
fn bytecode(programs: &[String]) {
    println!("{:<16} {:>12} {:>12} {:>10}", "bytecode", "input MB", "ms", "MB/s");
    for size in [1 << 20, 4 << 20] {
        let mut source = String::new();
        let mut n = 0;
        while source.len() < size {
            for program in programs {
                source.push_str(&format!("function program{n}() {{\n{program}\n}}\n"));
                n += 1;
            }
        }
        let engine = jsvm::Engine::new().with_compile_memory(1 << 30);
        let (compile, script) = best_of(|| engine.compile(&source, "large.js").expect("jsvm compiles"));
        let (encode, bytes) = best_of(|| script.to_bytes());
        let (decode, module) = best_of(|| jsvm_vm::isa::file::decode_module(&bytes, usize::MAX).expect("decodes"));
        // `verify` takes the module by value: time the clone apart and
        // leave it out.
        let (clone, _) = best_of(|| module.clone());
        let (clone_and_verify, _) = best_of(|| jsvm_vm::isa::verify::verify(module.clone()).expect("verifies"));
        let verify = clone_and_verify.saturating_sub(clone);
        let (load, _) = best_of(|| engine.load(&bytes).expect("loads"));
        let row = |what: &str, len: usize, time: Duration| {
            let mb = len as f64 / 1e6;
            println!("{what:<16} {mb:>12.2} {:>12.1} {:>10.1}", ms(time), mb / time.as_secs_f64());
        };
        row("compile", source.len(), compile);
        row("encode", bytes.len(), encode);
        row("decode", bytes.len(), decode);
        row("verify", bytes.len(), verify);
        row("load", bytes.len(), load);
        println!(
            "verifying is {:.1}% of compiling; bytecode is {:.2}x the source",
            100.0 * verify.as_secs_f64() / compile.as_secs_f64(),
            bytes.len() as f64 / source.len() as f64
        );
    }
}

/// Compiling a one-liner (µs) and 1 MB of source (MB/s), jsvm against
/// QuickJS. QuickJS has no compile-only call for scripts through
/// `rquickjs`, so both compile the source wrapped in a function expression
/// that is never called: evaluating it is compiling it.
fn compile(programs: &[String]) {
    let mut large = String::new();
    while large.len() < 1 << 20 {
        for program in programs {
            large.push_str(&format!("function program{}() {{\n{program}\n}}\n", large.len()));
        }
    }
    let engine = jsvm::Engine::new().with_compile_memory(1 << 30);
    let rt = rquickjs::Runtime::new().expect("runtime");
    let ctx = rquickjs::Context::full(&rt).expect("context");
    println!("{:<16} {:>12} {:>12} {:>8}", "compile", "jsvm", "quickjs", "ratio");
    const ONE_LINERS: u32 = 1000;
    let one_liner = "print(6 * 7)";
    let (jsvm, _) = best_of(|| {
        for _ in 0..ONE_LINERS {
            engine.compile(one_liner, "one.js").expect("jsvm compiles");
        }
    });
    let wrapped = format!("(function () {{ {one_liner} }})");
    let (qjs, _) = best_of(|| {
        ctx.with(|ctx| {
            for _ in 0..ONE_LINERS {
                ctx.eval::<(), _>(wrapped.as_str()).expect("quickjs compiles");
            }
        })
    });
    let us = |d: Duration| d.as_secs_f64() * 1e6 / f64::from(ONE_LINERS);
    println!("{:<16} {:>9.1} µs {:>9.1} µs {:>7.2}x", "one-liner", us(jsvm), us(qjs), us(jsvm) / us(qjs));
    let (jsvm, _) = best_of(|| engine.compile(&large, "large.js").expect("jsvm compiles"));
    let wrapped = format!("(function () {{ {large} }})");
    let (qjs, _) = best_of(|| ctx.with(|ctx| ctx.eval::<(), _>(wrapped.as_str()).expect("quickjs compiles")));
    let mbs = |d: Duration| large.len() as f64 / 1e6 / d.as_secs_f64();
    println!("{:<16} {:>7.1} MB/s {:>7.1} MB/s {:>7.2}x", "1 MB source", mbs(jsvm), mbs(qjs), mbs(qjs) / mbs(jsvm));
}

/// Crossing the boundary, in nanoseconds per call, best of `ROUNDS`: a
/// script calling a two-argument host function in a loop (the loop
/// included), and the host calling a script function with one argument
/// through a handle it holds (conversions included), on jsvm and on
/// QuickJS.
fn host_calls() {
    const CALLS: u32 = 200_000;
    let per_call = |d: Duration| d.as_secs_f64() * 1e9 / f64::from(CALLS);
    let script_to_host = format!("{{ let s = 0; for (let i = 0; i < {CALLS}; i++) s = add(s, i); }}");
    let script_function = "function f(x) { return x + 1 }";

    let engine = jsvm::Engine::new();
    let limits = jsvm::Limits { gas: u64::MAX / 2, ..jsvm::Limits::default() };
    let mut sandbox = jsvm::Sandbox::new(&engine, limits).expect("sandbox");
    sandbox.register_fn("add", |a: f64, b: f64| a + b).expect("register");
    let calling = engine.compile(&script_to_host, "calls.js").expect("compiles");
    sandbox.run(&engine.compile(script_function, "f.js").expect("compiles")).expect("runs");
    let (jsvm_in, _) = best_of(|| sandbox.run(&calling).expect("runs"));
    let f: jsvm::Handle = sandbox.global("f").expect("f");
    let (jsvm_out, _) = best_of(|| {
        for i in 0..CALLS {
            let _: f64 = sandbox.call_handle(&f, (f64::from(i),)).expect("calls");
        }
    });

    let rt = rquickjs::Runtime::new().expect("runtime");
    let ctx = rquickjs::Context::full(&rt).expect("context");
    let (qjs_in, qjs_out) = ctx.with(|ctx| {
        let add = rquickjs::Function::new(ctx.clone(), |a: f64, b: f64| a + b).expect("add");
        ctx.globals().set("add", add).expect("set add");
        ctx.eval::<(), _>(script_function).expect("quickjs runs");
        let (into_host, _) = best_of(|| ctx.eval::<(), _>(script_to_host.as_str()).expect("quickjs runs"));
        let f: rquickjs::Function = ctx.globals().get("f").expect("f");
        let (into_script, _) = best_of(|| {
            for i in 0..CALLS {
                let _: f64 = f.call((f64::from(i),)).expect("calls");
            }
        });
        (into_host, into_script)
    });
    println!("{:<16} {:>12} {:>12} {:>8}", "boundary", "jsvm ns", "quickjs ns", "ratio");
    for (what, jsvm, qjs) in [("script→host", jsvm_in, qjs_in), ("host→script", jsvm_out, qjs_out)] {
        let (j, q) = (per_call(jsvm), per_call(qjs));
        println!("{what:<16} {j:>12.0} {q:>12.0} {:>7.2}x", j / q);
    }
}

fn ms(time: Duration) -> f64 {
    time.as_secs_f64() * 1000.0
}

fn main() {
    let filter: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, engine, program] = filter.as_slice()
        && flag == "--rss"
    {
        return report_rss(engine, program);
    }
    if filter.is_empty() || filter.iter().any(|f| f == "startup") {
        let (jsvm, qjs) = startup();
        println!("{:<16} {:>12} {:>12} {:>8}", "startup", "jsvm µs", "quickjs µs", "ratio");
        println!("{:<16} {:>12.1} {:>12.1} {:>7.2}x", "sandbox", jsvm, qjs, jsvm / qjs);
    }
    if filter.is_empty() || filter.iter().any(|f| f == "host") {
        host_calls();
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/programs");
    let all_programs = || {
        let mut all: Vec<_> =
            std::fs::read_dir(dir).expect("programs").filter_map(|e| e.ok()).map(|e| e.path()).collect();
        all.sort();
        all.iter().map(|p| std::fs::read_to_string(p).expect("read")).collect::<Vec<String>>()
    };
    if filter.is_empty() || filter.iter().any(|f| f == "compile") {
        compile(&all_programs());
    }
    if filter.is_empty() || filter.iter().any(|f| f == "bytecode") {
        bytecode(&all_programs());
    }
    let name_of = |path: &std::path::Path| path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("programs")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|path| filter.is_empty() || filter.contains(&name_of(path)))
        .collect();
    paths.sort();
    if !paths.is_empty() {
        println!(
            "{:<16} {:>10} {:>10} {:>7} {:>9} {:>9} {:>7}  checksum",
            "program", "jsvm ms", "qjs ms", "ratio", "jsvm MiB", "qjs MiB", "ratio"
        );
    }
    let mut ratios = Vec::new();
    for path in paths {
        let name = name_of(&path);
        let source = std::fs::read_to_string(&path).expect("read");
        let mut best_jsvm = Duration::MAX;
        let mut best_qjs = Duration::MAX;
        let (mut jsvm_out, mut qjs_out) = (Ok(String::new()), Ok(String::new()));
        for _ in 0..ROUNDS {
            let (time, out) = run_jsvm(&source);
            (best_jsvm, jsvm_out) = (best_jsvm.min(time), out);
            let (time, out) = run_quickjs(&source);
            (best_qjs, qjs_out) = (best_qjs.min(time), out);
        }
        let checksum = match (&jsvm_out, &qjs_out) {
            (Ok(j), Ok(q)) if j == q => j.trim().to_string(),
            (Ok(j), Ok(q)) => format!("DIFFERS: jsvm {:?}, quickjs {:?}", j.trim(), q.trim()),
            (Err(e), _) => format!("jsvm stopped: {e}"),
            (_, Err(e)) => format!("quickjs failed: {e}"),
        };
        let (rss_jsvm, rss_qjs) = (peak_rss("jsvm", &path), peak_rss("quickjs", &path));
        let ratio = best_jsvm.as_secs_f64() / best_qjs.as_secs_f64();
        if jsvm_out.is_ok() {
            ratios.push(ratio);
        }
        println!(
            "{name:<16} {:>10.1} {:>10.1} {ratio:>6.2}x {rss_jsvm:>9.1} {rss_qjs:>9.1} {:>6.2}x  {checksum}",
            ms(best_jsvm),
            ms(best_qjs),
            rss_jsvm / rss_qjs,
        );
    }
    if ratios.len() > 1 {
        let mean = (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp();
        println!("geometric mean of the time ratios over {} programs: {mean:.2}x", ratios.len());
    }
}
