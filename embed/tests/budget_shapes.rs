//! Shapes that once broke the budgets, with the behaviour each should have:
//! work an adversary could make quadratic stays linear (in gas and in
//! time), long natives meet the deadline, and costly natives pay for their
//! work. (Memory shapes are snapshot cases under `snapshots/cases/limits/`
//! and, at full size, `tools/memory_bound.py`.)

#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use jsvm::{Engine, Limits, RunError, Sandbox};

/// Compiles and runs `source` with gas and memory to spare; the gas used
/// and the best time of three runs (compiling included).
fn measure(source: &str) -> (u64, Duration) {
    let engine = Engine::new().with_compile_memory(1 << 30);
    let mut best = Duration::MAX;
    let mut gas = 0;
    for _ in 0..3 {
        let started = Instant::now();
        let script = engine.compile(source, "shape.js").unwrap();
        let mut sandbox =
            Sandbox::new(&engine, Limits { gas: u64::MAX, memory: 1 << 30, ..Limits::default() }).unwrap();
        sandbox.run(&script).unwrap();
        best = best.min(started.elapsed());
        gas = sandbox.gas_used();
    }
    (gas, best)
}

/// A named program of size `n`.
type Shape = (&'static str, fn(usize) -> String);

#[test]
fn shapes_once_quadratic_scale_linearly() {
    let shapes: [Shape; 9] = [
        ("property names that die together", |n| {
            format!(
                "for (let r = 0; r < 4; r++) {{ const o = {{}}; for (let i = 0; i < 3 * {n}; i++) o['k' + r + '_' + i] = i; }}"
            )
        }),
        ("property deletes", |n| {
            format!(
                "const o = {{}}; for (let i = 0; i < {n}; i++) o['k' + i] = i; for (let i = 0; i < {n}; i++) delete o['k' + i];"
            )
        }),
        ("Map keys 2^32 apart", |n| {
            format!("const m = new Map(); for (let i = 0; i < {n}; i++) m.set(i * 4294967296, i);")
        }),
        ("Symbol registry", |n| {
            format!(
                "for (let i = 0; i < {n}; i++) Symbol.for('s' + i); for (let i = 0; i < {n}; i++) Symbol.for('s' + i);"
            )
        }),
        ("for-in", |n| {
            format!("const o = {{}}; for (let i = 0; i < {n}; i++) o['k' + i] = i; let c = 0; for (const k in o) c++;")
        }),
        ("private names", |n| {
            let fields: String = (0..n / 5).map(|i| format!("#f{i} = {i};")).collect();
            format!("class A {{ {fields} }} new A();")
        }),
        ("search for a^k b in a^n", |n| {
            format!(
                "const t = 'a'.repeat({n} * 10); const p = 'a'.repeat(1000) + 'b'; for (let i = 0; i < 20; i++) t.indexOf(p);"
            )
        }),
        ("toReversed/with/toSpliced", |n| {
            format!(
                "const a = []; for (let i = 0; i < {n}; i++) a.push(i); for (let k = 0; k < 5; k++) {{ a.toReversed(); a.with(1, 2); a.toSpliced(1, 1); }}"
            )
        }),
        ("sparse indices 2^20 apart", |n| format!("const a = []; for (let i = 1; i <= {n}; i++) a[i * 1048576] = i;")),
    ];
    let n = 20_000;
    for (name, shape) in shapes {
        let (small_gas, small_time) = measure(&shape(n));
        let (large_gas, large_time) = measure(&shape(4 * n));
        let gas_ratio = large_gas as f64 / small_gas as f64;
        assert!((3.0..5.5).contains(&gas_ratio), "{name}: gas {small_gas} at n, {large_gas} at 4n");
        // Linear work takes about 4 times as long, quadratic 16: allow a
        // noisy machine up to 10 (and ignore times too short to measure).
        let time_ratio = large_time.as_secs_f64() / small_time.as_secs_f64().max(0.002);
        assert!(time_ratio < 10.0, "{name}: {small_time:?} at n, {large_time:?} at 4n");
    }
}

#[test]
fn long_natives_meet_the_deadline() {
    let shapes = [
        "new Array(1e8).join('x'.repeat(100))",
        "'a'.repeat(1 << 24).replace(/a/g, '')",
        "for (let i = 0; i < 4096; i++) new RegExp('(?:[^a]){' + (3938 + i) + '}', 'u')",
        "'\\u00e9'.repeat(1 << 24).normalize('NFD')",
        "Array.prototype.lastIndexOf.call({length: 2**53-1}, 0)",
    ];
    let engine = Engine::new();
    for source in shapes {
        let script = engine.compile(source, "shape.js").unwrap();
        let timeout = Duration::from_millis(200);
        let limits = Limits { gas: u64::MAX, memory: 512 << 20, timeout: Some(timeout), ..Limits::default() };
        let mut sandbox = Sandbox::new(&engine, limits).unwrap();
        let started = Instant::now();
        let result = sandbox.run(&script);
        let took = started.elapsed();
        assert!(matches!(result, Err(RunError::Timeout { .. })), "{source}: {result:?}");
        // Polled within milliseconds; the margin is for a busy machine.
        assert!(took < 2 * timeout, "{source}: ended after {took:?}");
    }
}

#[test]
fn costly_natives_pay_for_their_work() {
    // Each call's gas, over a loop of 1 000 calls minus the same loop
    // without the call.
    let per_call = |call: &str| {
        let with = measure(&format!("let x = 0; for (let i = 0; i < 1000; i++) x = {call};")).0;
        let without = measure("let x = 0; for (let i = 0; i < 1000; i++) x = i;").0;
        with.saturating_sub(without) / 1000
    };
    assert!(per_call("(1.5 + i).toExponential(100)") >= jsvm_vm::gas::NUMBER_FORMAT_EXACT);
    assert!(per_call("(1e21 + i).toString(3)") >= 20, "a radix conversion pays per digit");
    let accented = "'\\u00e9'.repeat(1000) + i";
    assert!(per_call(&format!("({accented}).localeCompare('e\\u0301')")) >= 1000 / 16 * 3);
    // A pattern too big to cache is compiled, and charged, at every
    // creation.
    let large = "new RegExp('(?:[^a]){3938}', 'u')";
    let once = measure(&format!("{large};")).0;
    let twice = measure(&format!("{large}; {large};")).0;
    assert!(twice - once >= once - 10_000, "{once} once, {twice} twice");
}

#[test]
fn native_loops_keep_only_what_they_need() {
    // Temporaries of a callback loop and of sort are released as the loop
    // goes: an honest sort of 100 000 numbers fits the default budget (it
    // ran out of memory), and so does a find over a million elements whose
    // callback allocates.
    let engine = Engine::new();
    for (source, memory) in [
        ("const a = []; for (let i = 0; i < 100000; i++) a.push(Math.random()); a.sort(); print(a.length)", 64 << 20),
        ("const a = new Array(1e6).fill(0); print(a.find((x) => { ({}); return false }))", 64 << 20),
        ("function* g() { for (let i = 0; i < 100000; i++) yield i } print([...g()].length)", 16 << 20),
    ] {
        let script = engine.compile(source, "loop.js").unwrap();
        let mut sandbox = Sandbox::new(&engine, Limits { memory, ..Limits::default() }).unwrap();
        assert_eq!(sandbox.run(&script), Ok(()), "{source}");
        assert!(sandbox.peak_memory() <= memory, "{source}");
    }
}
