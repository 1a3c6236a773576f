//! The embedding API end to end: verdicts, budgets, isolation, threads.

#![allow(clippy::unwrap_used, clippy::panic)]

use std::time::Duration;

use jsvm::{CompileErrorKind, Engine, Limits, RunError, Sandbox};

fn run(source: &str, limits: Limits) -> (Result<(), RunError>, Sandbox) {
    let engine = Engine::new();
    let script = engine.compile(source, "test.js").unwrap();
    let mut sandbox = Sandbox::new(&engine, limits).unwrap();
    let result = sandbox.run(&script);
    (result, sandbox)
}

/// The text of an uncaught exception.
fn uncaught(result: Result<(), RunError>) -> String {
    match result {
        Err(RunError::Uncaught(e)) => e.text,
        other => panic!("expected an uncaught exception, got {other:?}"),
    }
}

#[test]
fn out_of_gas_skips_catch_and_finally() {
    let source = "try { while (true) {} } catch (e) { print('caught') } finally { print('finally') }";
    let (result, sandbox) = run(source, Limits { gas: 100_000, ..Limits::default() });
    assert_eq!(result, Err(RunError::OutOfGas { limit: 100_000 }));
    assert_eq!(sandbox.output(), "");
}

#[test]
fn out_of_memory_is_a_termination() {
    let source = "let s = 'ab'; try { while (true) s = s + s; } finally { print('finally') }";
    let (result, sandbox) = run(source, Limits { memory: 1 << 20, ..Limits::default() });
    assert_eq!(result, Err(RunError::OutOfMemory { limit: 1 << 20 }));
    assert_eq!(sandbox.output(), "");
    assert!(sandbox.peak_memory() <= 1 << 20);
}

#[test]
fn stack_overflow_is_catchable() {
    let source = "function f() { return f() } try { f() } catch (e) { print(e instanceof RangeError, e.message) }";
    let (result, sandbox) = run(source, Limits::default());
    assert_eq!(result, Ok(()));
    assert_eq!(sandbox.output(), "true Maximum call stack size exceeded\n");
}

#[test]
fn uncaught_errors_carry_a_stack_trace() {
    let source = "function inner() { null.x }\nfunction outer() { inner() }\nouter()";
    let (result, _) = run(source, Limits::default());
    let Err(RunError::Uncaught(e)) = result else { panic!("expected an uncaught error") };
    assert_eq!((e.name.as_str(), e.message.as_str()), ("TypeError", "Cannot read properties of null (reading 'x')"));
    let frames: Vec<String> = e.frames.iter().map(|f| f.to_string()).collect();
    assert_eq!(frames, ["inner (test.js:1:25)", "outer (test.js:2:20)", "test.js:3:1"]);
    assert_eq!((e.frames[0].line, e.frames[0].column, e.frames[2].function.as_str()), (1, 25, ""));
    assert_eq!(e.value, None, "an Error object is not plain data");
    assert_eq!(
        e.text,
        "TypeError: Cannot read properties of null (reading 'x')\n    at inner (test.js:1:25)\n    \
         at outer (test.js:2:20)\n    at test.js:3:1"
    );
}

#[test]
fn gas_use_is_deterministic() {
    let source = "let a = []; for (let i = 0; i < 1000; i++) a.push({ i, s: 'x' + i }); print(a.length)";
    let (_, first) = run(source, Limits::default());
    let (_, second) = run(source, Limits::default());
    assert_eq!(first.gas_used(), second.gas_used());
    assert_eq!(first.peak_memory(), second.peak_memory());
}

#[test]
fn a_long_lived_sandbox_does_not_leak() {
    let engine = Engine::new();
    let script = engine
        .compile("let o = {}; for (let i = 0; i < 2000; i++) { o['k' + i] = [i, 'v' + i]; delete o['k' + i]; }", "t.js")
        .unwrap();
    let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
    sandbox.run(&script).unwrap();
    sandbox.vm().collect_garbage();
    let after_first = sandbox.memory_used();
    for _ in 0..20 {
        sandbox.run(&script).unwrap();
    }
    sandbox.vm().collect_garbage();
    // The module is loaded once; the garbage of every run, atoms included,
    // is collected.
    assert!(sandbox.memory_used() <= after_first + 1024, "{} vs {after_first}", sandbox.memory_used());
}

#[test]
fn an_interrupt_from_another_thread_stops_the_run() {
    let engine = Engine::new();
    let script = engine.compile("while (true) {}", "spin.js").unwrap();
    let mut sandbox = Sandbox::new(&engine, Limits { gas: u64::MAX, ..Limits::default() }).unwrap();
    let handle = sandbox.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        handle.interrupt();
    });
    assert_eq!(sandbox.run(&script), Err(RunError::Interrupted));
    stopper.join().unwrap();
}

#[test]
fn a_timeout_ends_the_run() {
    let limits = Limits { gas: u64::MAX, timeout: Some(Duration::from_millis(50)), ..Limits::default() };
    let (result, _) = run("while (true) {}", limits);
    assert!(matches!(result, Err(RunError::Timeout { .. })));
}

#[test]
fn one_script_runs_in_many_sandboxes_on_many_threads() {
    let engine = Engine::new();
    let script = engine.compile("let n = 0; for (let i = 1; i <= 100; i++) n += i; print(n)", "sum.js").unwrap();
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let script = script.clone();
            let engine = engine.clone();
            std::thread::spawn(move || {
                let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
                sandbox.run(&script).unwrap();
                sandbox.output()
            })
        })
        .collect();
    for t in threads {
        assert_eq!(t.join().unwrap(), "5050\n");
    }
}

#[test]
fn collecting_the_intrinsics_a_sandbox_dropped_leaves_the_image_whole() {
    // The realm image's chunks are shared copy-on-write: a collection that
    // frees intrinsics one sandbox deleted copies their chunks first.
    let engine = Engine::new();
    let drop_and_collect = engine
        .compile(
            "delete globalThis.Math; delete globalThis.JSON; delete Array.prototype.map;\n\
             let keep = []; for (let i = 0; i < 200000; i++) keep[i % 100] = { i, s: 'x' + i };\n\
             print(typeof Math, keep.length)",
            "drop.js",
        )
        .unwrap();
    let read = engine.compile("print(Math.max(1, 2), JSON.stringify([1]), [1].map((x) => x + 1))", "r.js").unwrap();
    let mut first = Sandbox::new(&engine, Limits::default()).unwrap();
    first.run(&drop_and_collect).unwrap();
    assert_eq!(first.output(), "undefined 100\n");
    let mut second = Sandbox::new(&engine, Limits::default()).unwrap();
    second.run(&read).unwrap();
    assert_eq!(second.output(), "2 [1] 2\n");
}

#[test]
fn sandboxes_are_isolated() {
    let engine = Engine::new();
    // Every sandbox starts from its own copy of the engine's realm image:
    // changing an intrinsic in one is invisible to the others, made before
    // or after.
    let write = engine
        .compile(
            "globalThis.shared = 1; Object.prototype.polluted = true; Array.prototype.push = null;\n\
             delete Math.max; Object.freeze(Object.prototype); String.prototype.trim.extra = 1",
            "w.js",
        )
        .unwrap();
    let read = engine
        .compile(
            "print(typeof shared, ({}).polluted, typeof [].push, typeof Math.max, Object.isFrozen(Object.prototype), ''.trim.extra)",
            "r.js",
        )
        .unwrap();
    let mut before = Sandbox::new(&engine, Limits::default()).unwrap();
    let mut first = Sandbox::new(&engine, Limits::default()).unwrap();
    first.run(&write).unwrap();
    let mut second = Sandbox::new(&engine, Limits::default()).unwrap();
    for sandbox in [&mut before, &mut second] {
        sandbox.run(&read).unwrap();
        assert_eq!(sandbox.output(), "undefined undefined function function false undefined\n");
    }
}

#[test]
fn the_output_limit_cuts_and_terminates() {
    let (result, sandbox) = run("for (;;) print('0123456789')", Limits { output: 25, ..Limits::default() });
    assert_eq!(result, Err(RunError::OutputLimit { limit: 25 }));
    assert_eq!(sandbox.output(), "0123456789\n0123456789\n012");
}

#[test]
fn string_work_is_charged_by_length() {
    // Each iteration converts an ever longer string to a number: without
    // charging by length this would run for minutes on a small gas budget.
    let started = std::time::Instant::now();
    let (result, _) = run("let s = 'ab'; for (;;) s = s + -s;", Limits { gas: 2_000_000, ..Limits::default() });
    assert_eq!(result, Err(RunError::OutOfGas { limit: 2_000_000 }));
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn installing_the_standard_library_costs_the_script_nothing() {
    let (result, sandbox) = run("", Limits { gas: 5, ..Limits::default() });
    assert_eq!(result, Ok(()));
    assert!(sandbox.gas_used() <= 5);
}

#[test]
fn a_budget_too_small_for_the_realm_is_out_of_memory() {
    let engine = Engine::new();
    let result = Sandbox::new(&engine, Limits { memory: 1000, ..Limits::default() });
    assert!(matches!(result, Err(RunError::OutOfMemory { limit: 1000 })));
}

#[test]
fn compiling_is_bounded_by_the_engine_and_the_bytecode_by_the_sandbox() {
    let source = format!("const f = [{}];", "(a,b,c,d,e,f)=>0,".repeat(2_000));
    let small = Engine::new().with_compile_memory(1 << 20);
    let refused = small.compile(&source, "big.js").unwrap_err();
    assert_eq!(refused.kind, CompileErrorKind::OutOfMemory);
    assert!(refused.message.ends_with("(limit 1048576 bytes)"), "{}", refused.message);
    // The default engine compiles it; the bytecode then counts in every
    // sandbox that runs it.
    let engine = Engine::new();
    let script = engine.compile(&source, "big.js").unwrap();
    let held = script.module().heap_size();
    assert!(held > 2_000 * 100, "{held}");
    let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
    let before = sandbox.memory_used();
    sandbox.run(&script).unwrap();
    assert!(sandbox.memory_used() >= before + held);
    let mut tight = Sandbox::new(&engine, Limits { memory: before + held / 2, ..Limits::default() }).unwrap();
    assert_eq!(tight.run(&script), Err(RunError::OutOfMemory { limit: before + held / 2 }));
}

#[test]
fn spreading_an_endless_iterator_runs_out_of_memory() {
    let source = "const inf = { [Symbol.iterator]() { return { next() { return { value: 1, done: false } } } } };\n\
                  try { [...inf] } finally { print('finally') }";
    let limits = Limits { gas: u64::MAX, memory: 4 << 20, ..Limits::default() };
    let (result, sandbox) = run(source, limits);
    assert_eq!(result, Err(RunError::OutOfMemory { limit: 4 << 20 }));
    assert_eq!(sandbox.output(), "");
}

#[test]
fn deep_recursion_counts_its_registers_against_memory() {
    let params: Vec<String> = (0..2000).map(|i| format!("p{i}")).collect();
    let source = format!("function f({}) {{ return f() }} f()", params.join(", "));
    let limits = Limits { memory: 8 << 20, stack_depth: 100_000, ..Limits::default() };
    let (result, _) = run(&source, limits);
    assert_eq!(result, Err(RunError::OutOfMemory { limit: 8 << 20 }));
}

#[test]
fn suspended_generators_are_counted_in_the_memory_budget() {
    let source = "function* g(a) { const local = [a, a + 1]; yield local; }\n\
                  const parked = [];\n\
                  for (let i = 0; i < 10000; i++) { const it = g(i); it.next(); parked.push(it); }";
    let (result, sandbox) = run(source, Limits::default());
    assert_eq!(result, Ok(()));
    // Each parked generator holds its frame (registers, environment) on the heap.
    assert!(sandbox.peak_memory() > 10_000 * 300, "{}", sandbox.peak_memory());
    let (result, _) = run(source, Limits { memory: 1 << 20, ..Limits::default() });
    assert_eq!(result, Err(RunError::OutOfMemory { limit: 1 << 20 }));
}

#[test]
fn a_generator_that_yields_forever_runs_out_of_gas() {
    let source = "function* forever() { while (true) yield 1; } let n = 0; for (const v of forever()) n += v;";
    let (result, _) = run(source, Limits { gas: 1_000_000, ..Limits::default() });
    assert_eq!(result, Err(RunError::OutOfGas { limit: 1_000_000 }));
}

#[test]
fn sandboxes_sharing_compiled_regexps_use_the_same_gas() {
    // The second sandbox finds every pattern in the engine's cache; the
    // gas it is charged must not change because of that.
    let engine = Engine::new();
    let source =
        "let n = 0; for (let i = 0; i < 100; i++) if (new RegExp('a' + (i % 3) + 'b+').test('a1bbb')) n++; print(n);";
    let script = engine.compile(source, "test.js").unwrap();
    let run_once = || {
        let mut sandbox = Sandbox::new(&engine, Limits::default()).unwrap();
        sandbox.run(&script).unwrap();
        (sandbox.output(), sandbox.gas_used())
    };
    let first = run_once();
    assert_eq!(first.0, "33\n");
    assert_eq!(run_once(), first);
}

#[test]
fn a_regexp_bomb_runs_out_of_gas_quickly() {
    let start = std::time::Instant::now();
    let source = "try { /(a*)*\\1b/.test('a'.repeat(40)); } catch (e) { print('caught'); }";
    let (result, sandbox) = run(source, Limits { gas: 10_000_000, ..Limits::default() });
    assert_eq!(result, Err(RunError::OutOfGas { limit: 10_000_000 }));
    assert_eq!(sandbox.output(), "");
    assert!(start.elapsed() < Duration::from_secs(5), "took {:?}", start.elapsed());
}

#[test]
fn an_uncaught_exception_is_described_within_the_output_limit() {
    let (result, _) = run("throw { stack: 'x'.repeat(3e7) }", Limits { output: 10, ..Limits::default() });
    assert_eq!(uncaught(result), "x".repeat(10));
}

#[test]
fn describing_an_exception_neither_prints_nor_counts_gas() {
    let quiet = "throw { toString() { return 'T' } }";
    let (result, plain) = run(quiet, Limits::default());
    assert_eq!(uncaught(result), "T".to_string());
    let gas = plain.gas_used();
    let busy = "throw { toString() { let i = 0; while (i < 1000) i++; return 'T' } }";
    let (result, sandbox) = run(busy, Limits::default());
    assert_eq!(uncaught(result), "T".to_string());
    assert_eq!(sandbox.gas_used(), gas, "formatting the exception is not the script's gas");
    let noisy = "throw { toString() { print('from toString'); return 'T' } }";
    let (result, sandbox) = run(noisy, Limits::default());
    assert_eq!(uncaught(result), "exception".to_string());
    assert_eq!(sandbox.output(), "");
    let endless = "throw { toString() { while (true) {} } }";
    let (result, sandbox) = run(endless, Limits::default());
    assert_eq!(uncaught(result), "exception".to_string());
    assert!(sandbox.gas_used() < 100, "{}", sandbox.gas_used());
}

#[test]
fn an_array_filled_by_index_costs_about_what_a_pushed_one_does() {
    let filled = "const a = new Array(100000); for (let i = 0; i < a.length; i++) a[i] = i;";
    let pushed = "const a = []; for (let i = 0; i < 100000; i++) a.push(i);";
    let (result, filled) = run(filled, Limits::default());
    assert_eq!(result, Ok(()));
    let (result, pushed) = run(pushed, Limits::default());
    assert_eq!(result, Ok(()));
    let ratio = filled.peak_memory() as f64 / pushed.peak_memory() as f64;
    assert!(ratio <= 1.5, "filled {} vs pushed {} bytes", filled.peak_memory(), pushed.peak_memory());
}

#[test]
fn regex_and_string_method_programs_finish_under_the_default_budget() {
    // Two everyday programs that used to run out of the default gas in
    // well under a second of work (a regex split paid for the rest of the
    // text at every position).
    for (program, expected) in
        [("regex_text.js", "904615 117930 759999 7500 120000 1798 20000\n"), ("string_methods.js", "11668113\n")]
    {
        let path = format!("{}/../bench/programs/{program}", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(&path).unwrap();
        let (result, sandbox) = run(&source, Limits::default());
        assert_eq!(result, Ok(()), "{program}");
        assert_eq!(sandbox.output(), expected, "{program}");
        assert!(sandbox.gas_used() < Limits::default().gas / 4, "{program}: {}", sandbox.gas_used());
    }
}
