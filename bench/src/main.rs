//! Runs each program in `programs/` on jsvm and on QuickJS (through
//! `rquickjs`), alternating, and prints the best time of each and their
//! ratio. Machines are shared and noisy: compare ratios, not seconds.
//!
//! Also times starting a fresh sandbox (`startup`), compiling, encoding
//! and loading a large program as bytecode (`bytecode`), and calls across
//! the host boundary in both directions (`host`).
//!
//! `cargo run --release --manifest-path bench/Cargo.toml [-- NAME…]`

use std::time::{Duration, Instant};

const ROUNDS: usize = 5;

fn run_jsvm(source: &str) -> Duration {
    let engine = jsvm::Engine::new();
    let start = Instant::now();
    let script = engine.compile(source, "bench.js").expect("jsvm compiles");
    let limits = jsvm::Limits { gas: u64::MAX / 2, memory: 1 << 30, ..jsvm::Limits::default() };
    let mut sandbox = jsvm::Sandbox::new(&engine, limits).expect("sandbox");
    sandbox.stream_output(|_| {});
    sandbox.run(&script).expect("jsvm runs");
    start.elapsed()
}

fn run_quickjs(source: &str) -> Duration {
    let start = Instant::now();
    let rt = rquickjs::Runtime::new().expect("runtime");
    rt.set_max_stack_size(64 << 20);
    let ctx = rquickjs::Context::full(&rt).expect("context");
    ctx.with(|ctx| {
        let print =
            rquickjs::Function::new(ctx.clone(), |_: rquickjs::function::Rest<rquickjs::Value>| {}).expect("print");
        ctx.globals().set("print", print).expect("set print");
        ctx.eval::<(), _>(source).expect("quickjs runs");
    });
    start.elapsed()
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
    if filter.is_empty() || filter.iter().any(|f| f == "startup") {
        let (jsvm, qjs) = startup();
        println!("{:<16} {:>12} {:>12} {:>8}", "startup", "jsvm µs", "quickjs µs", "ratio");
        println!("{:<16} {:>12.1} {:>12.1} {:>7.2}x", "sandbox", jsvm, qjs, jsvm / qjs);
    }
    if filter.is_empty() || filter.iter().any(|f| f == "host") {
        host_calls();
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/programs");
    if filter.is_empty() || filter.iter().any(|f| f == "bytecode") {
        let mut all: Vec<_> =
            std::fs::read_dir(dir).expect("programs").filter_map(|e| e.ok()).map(|e| e.path()).collect();
        all.sort();
        let programs: Vec<String> = all.iter().map(|p| std::fs::read_to_string(p).expect("read")).collect();
        bytecode(&programs);
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
        println!("{:<16} {:>12} {:>12} {:>8}", "program", "jsvm ms", "quickjs ms", "ratio");
    }
    for path in paths {
        let name = name_of(&path);
        let source = std::fs::read_to_string(&path).expect("read");
        let mut best_jsvm = Duration::MAX;
        let mut best_qjs = Duration::MAX;
        for _ in 0..ROUNDS {
            best_jsvm = best_jsvm.min(run_jsvm(&source));
            best_qjs = best_qjs.min(run_quickjs(&source));
        }
        let ratio = best_jsvm.as_secs_f64() / best_qjs.as_secs_f64();
        println!(
            "{:<16} {:>12.1} {:>12.1} {:>7.2}x",
            name,
            best_jsvm.as_secs_f64() * 1000.0,
            best_qjs.as_secs_f64() * 1000.0,
            ratio
        );
    }
}
