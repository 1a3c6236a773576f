//! The embedding API for hosts that keep a sandbox and enter it again and
//! again: host functions, values in and out, calls, handles, budgets per
//! entry.

#![allow(clippy::unwrap_used, clippy::panic)]

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use jsvm::{Engine, Handle, HostError, Limits, RunError, Sandbox, Serde, Value};

fn sandbox_with(source: &str, limits: Limits) -> (Engine, Sandbox) {
    let engine = Engine::new();
    let mut sandbox = Sandbox::new(&engine, limits).unwrap();
    sandbox.run(&engine.compile(source, "mod.js").unwrap()).unwrap();
    (engine, sandbox)
}

fn sandbox(source: &str) -> (Engine, Sandbox) {
    sandbox_with(source, Limits::default())
}

fn uncaught(result: Result<impl std::fmt::Debug, RunError>) -> String {
    match result {
        Err(RunError::Uncaught(e)) => format!("{}: {}", e.name, e.message),
        other => panic!("expected an uncaught exception, got {other:?}"),
    }
}

#[test]
fn values_round_trip_through_a_script() {
    let (_, mut sb) = sandbox("function same(x) { return x }");
    let value = Value::Object(vec![
        ("n".into(), Value::Number(1.5)),
        ("s".into(), Value::String("héllo 😀".into())),
        ("list".into(), Value::Array(vec![Value::Null, Value::Bool(true), Value::Undefined])),
        ("nested".into(), Value::Object(vec![("z".into(), Value::Number(0.0)), ("a".into(), Value::Number(1.0))])),
    ]);
    let back: Value = sb.call("same", (value.clone(),)).unwrap();
    assert_eq!(back, value);
    let list: Vec<i32> = sb.call("same", (vec![1, 2, 3],)).unwrap();
    assert_eq!(list, [1, 2, 3]);
    let pair: (String, Option<u8>) = sb.call("same", (("a", None::<u8>),)).unwrap();
    assert_eq!(pair, ("a".to_string(), None));
    let map: BTreeMap<String, f64> = sb.call("same", (BTreeMap::from([("k".to_string(), 2.0)]),)).unwrap();
    assert_eq!(map["k"], 2.0);
}

#[test]
fn object_keys_come_out_in_the_scripts_order() {
    let (_, mut sb) = sandbox("function make() { const o = { b: 1, a: 2 }; o[10] = 3; o[2] = 4; return o }");
    let o: Value = sb.call("make", ()).unwrap();
    let Value::Object(members) = o else { panic!() };
    let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["2", "10", "b", "a"]);
}

#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq, Clone)]
struct Entity {
    id: u32,
    name: String,
    pos: (f64, f64),
    tags: Vec<String>,
}

#[test]
fn serde_types_cross_both_ways() {
    let (_, mut sb) =
        sandbox("function moved(e) { return { ...e, pos: [e.pos[0] + 1, e.pos[1]], tags: [...e.tags, 'moved'] } }");
    let e = Entity { id: 7, name: "orc".into(), pos: (1.0, 2.0), tags: vec!["red".into()] };
    let Serde(out): Serde<Entity> = sb.call("moved", (Serde(e.clone()),)).unwrap();
    assert_eq!(out, Entity { pos: (2.0, 2.0), tags: vec!["red".into(), "moved".into()], ..e });
    let wrong: Result<Serde<Entity>, _> = sb.call("moved", (Serde(BTreeMap::from([("id", 1)])),));
    assert!(matches!(wrong, Err(RunError::Uncaught(_)) | Err(RunError::Convert(_))), "{wrong:?}");
}

#[test]
fn what_cannot_leave_the_sandbox_is_refused_by_name() {
    let (_, mut sb) = sandbox(
        "function cyclic() { const a = { b: {} }; a.b.back = a; return a }
         function fn() { return { list: [1, () => 1] } }
         function sym() { return [Symbol('s')] }
         function getter() { return { get x() { return 1 } } }
         function map() { return new Map() }
         function deep() { let v = []; for (let i = 0; i < 1000; i++) v = [v]; return v }",
    );
    let mut error = |name: &str| match sb.call::<Value>(name, ()) {
        Err(RunError::Convert(e)) => e.to_string(),
        other => panic!("{name}: {other:?}"),
    };
    assert_eq!(error("cyclic"), "the value.b.back refers back to an object that contains it");
    assert_eq!(error("fn"), "the value.list[1] is a function, not a plain object or array");
    assert_eq!(error("sym"), "the value[0] is a symbol");
    assert_eq!(error("getter"), "the value.x is a getter or setter");
    assert_eq!(error("map"), "the value is a Map or Set, not a plain object or array");
    assert!(error("deep").ends_with("nests deeper than 256"));
}

#[test]
fn a_shared_graph_cannot_blow_up_on_the_way_out() {
    // 2^40 paths through 40 objects: the copy stops at the memory limit.
    let (_, mut sb) = sandbox_with(
        "function dag() { let v = {}; for (let i = 0; i < 40; i++) v = { l: v, r: v }; return v }",
        Limits { memory: 4 << 20, ..Limits::default() },
    );
    let start = Instant::now();
    match sb.call::<Value>("dag", ()) {
        Err(RunError::Convert(e)) => assert!(e.to_string().contains("larger than"), "{e}"),
        Err(RunError::OutOfGas { .. }) => {}
        other => panic!("{other:?}"),
    }
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn a_value_too_big_for_the_sandbox_is_out_of_memory() {
    let (_, mut sb) =
        sandbox_with("function len(a) { return a.length }", Limits { memory: 2 << 20, ..Limits::default() });
    let big = vec!["x".repeat(100); 100_000];
    assert_eq!(sb.call::<f64>("len", (big,)), Err(RunError::OutOfMemory { limit: 2 << 20 }));
    // The sandbox is still usable, and the refused value left nothing behind.
    sb.collect_garbage();
    assert_eq!(sb.call::<f64>("len", (vec![1, 2],)), Ok(2.0));
    assert!(sb.memory_used() < 1 << 20);
}

#[test]
fn typed_host_functions_check_their_arguments() {
    let engine = Engine::new();
    let mut sb = Sandbox::new(&engine, Limits::default()).unwrap();
    let spawned = Arc::new(Mutex::new(Vec::new()));
    let list = spawned.clone();
    sb.register_fn("spawn", move |kind: String, x: f64, y: f64| {
        let mut list = list.lock().unwrap();
        list.push((kind, x, y));
        list.len() as u32
    })
    .unwrap();
    let script = engine
        .compile(
            "print(spawn('orc', 1, 2));
             try { spawn('orc', 'far', 2) } catch (e) { print(e instanceof TypeError, e.message) }
             try { spawn('orc') } catch (e) { print(e.message) }
             print(typeof spawn, spawn.length, spawn.name)",
            "mod.js",
        )
        .unwrap();
    sb.run(&script).unwrap();
    assert_eq!(
        sb.output(),
        "1\ntrue spawn: argument 2: expected a number, got a string\n\
         spawn: argument 2: expected a number, got undefined\nfunction 3 spawn\n"
    );
    assert_eq!(*spawned.lock().unwrap(), [("orc".to_string(), 1.0, 2.0)]);
}

#[test]
fn host_functions_throw_and_stop() {
    let engine = Engine::new();
    let mut sb = Sandbox::new(&engine, Limits::default()).unwrap();
    sb.register_fn("fail", |kind: String| -> Result<(), HostError> {
        Err(match kind.as_str() {
            "range" => HostError::range_error("too far"),
            "stop" => HostError::terminate("game over"),
            _ => HostError::error("plain"),
        })
    })
    .unwrap();
    let script = engine
        .compile(
            "for (const k of ['range', 'plain']) try { fail(k) } catch (e) { print(e.name, e.message) }
             try { fail('stop') } finally { print('finally must not run') }",
            "mod.js",
        )
        .unwrap();
    assert_eq!(sb.run(&script), Err(RunError::Stopped("game over".into())));
    assert_eq!(sb.output(), "RangeError too far\nError plain\n");
    // Still usable after the host stopped it.
    sb.take_output();
    sb.run(&engine.compile("print('again')", "x.js").unwrap()).unwrap();
    assert_eq!(sb.output(), "again\n");
}

#[test]
fn a_host_function_that_charges_gas_can_run_out() {
    let engine = Engine::new();
    let mut sb = Sandbox::new(&engine, Limits { gas: 50_000, ..Limits::default() }).unwrap();
    sb.register_raw("expensive", 0, |cx, _| {
        cx.charge(1_000)?;
        Ok(Value::Number(cx.gas_left() as f64))
    })
    .unwrap();
    let script = engine.compile("let n = 0; try { while (true) { expensive(); n++ } } finally { print(n) }", "x.js");
    assert_eq!(sb.run(&script.unwrap()), Err(RunError::OutOfGas { limit: 50_000 }));
    assert_eq!(sb.output(), "", "no finally runs after a termination");
    let used = sb.gas_used();
    assert!((50_000..=51_100).contains(&used), "{used}");
}

#[test]
fn engine_functions_are_in_every_sandbox() {
    let mut engine = Engine::new();
    engine.register_fn("twice", |s: String| s.repeat(2));
    let script = engine.compile("print(twice('ab'))", "x.js").unwrap();
    for _ in 0..3 {
        let mut sb = Sandbox::new(&engine, Limits::default()).unwrap();
        sb.run(&script).unwrap();
        assert_eq!(sb.output(), "abab\n");
    }
}

#[test]
fn a_stored_callback_and_a_host_value_survive_collections() {
    let engine = Engine::new();
    let mut sb = Sandbox::new(&engine, Limits::default()).unwrap();
    let stored: Arc<Mutex<Option<Handle>>> = Arc::default();
    let slot = stored.clone();
    sb.register_fn("onEvent", move |callback: Handle| {
        *slot.lock().unwrap() = Some(callback);
    })
    .unwrap();
    sb.set_global("config", Value::Object(vec![("step".into(), Value::Number(3.0))])).unwrap();
    let script = "let total = 0; onEvent(n => { total += n * config.step; return total });
                  for (let i = 0; i < 1000; i++) ({ garbage: [i, 'x' + i] });";
    sb.run(&engine.compile(script, "mod.js").unwrap()).unwrap();
    let callback = stored.lock().unwrap().take().unwrap();
    for i in 1..=50 {
        // Churn the heap between calls so arena slots get reused.
        sb.run(&engine.compile("for (let i = 0; i < 200; i++) ({ x: [i] });", "churn.js").unwrap()).unwrap();
        sb.collect_garbage();
        let total: f64 = sb.call_handle(&callback, (1,)).unwrap();
        assert_eq!(total, 3.0 * i as f64);
    }
    // Dropped, the callback is released at the next collection.
    let pinned = sb.vm().pin_count();
    drop(callback);
    sb.collect_garbage();
    assert_eq!(sb.vm().pin_count(), pinned - 1);
}

#[test]
fn a_handle_from_another_sandbox_is_refused() {
    let (_, mut a) = sandbox("globalThis.f = () => 1");
    let (_, mut b) = sandbox("globalThis.f = () => 2");
    let f: Handle = a.global("f").unwrap();
    assert_eq!(uncaught(b.call_handle::<f64>(&f, ())), "TypeError: a handle from another sandbox");
    assert_eq!(a.call_handle::<f64>(&f, ()), Ok(1.0));
}

#[test]
fn calling_what_is_not_a_function_throws() {
    let (_, mut sb) = sandbox("var notAFunction = 3");
    assert_eq!(uncaught(sb.call::<Value>("missing", ())), "TypeError: undefined is not a function");
    assert_eq!(uncaught(sb.call::<Value>("notAFunction", ())), "TypeError: 3 is not a function");
}

#[test]
fn every_call_has_its_own_gas_clock_and_output() {
    let limits = Limits { gas: 100_000, output: 1000, timeout: Some(Duration::from_millis(200)), ..Limits::default() };
    let (_, mut sb) =
        sandbox_with("function tick(n) { print('x'.repeat(100)); let i = 0; while (i < n) i++; return i }", limits);
    // 100 bytes and ~30 000 gas per tick: the sandbox's lifetime totals
    // would pass both limits many times over.
    for _ in 0..100 {
        assert_eq!(sb.call::<f64>("tick", (10_000,)), Ok(10_000.0));
        sb.take_output();
    }
    // The clock starts at each call: a pause longer than the timeout
    // between calls does not count.
    std::thread::sleep(Duration::from_millis(250));
    assert_eq!(sb.call::<f64>("tick", (10,)), Ok(10.0));
    // A call over its own budget still stops.
    assert_eq!(sb.call::<f64>("tick", (1_000_000,)), Err(RunError::OutOfGas { limit: 100_000 }));
    assert_eq!(sb.call::<f64>("tick", (10,)), Ok(10.0));
}

#[test]
fn an_interrupt_ends_the_current_call_only() {
    let (_, mut sb) = sandbox("function spin() { while (true) {} } function ok() { return 1 }");
    let handle = sb.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        handle.interrupt();
    });
    assert_eq!(sb.call::<Value>("spin", ()), Err(RunError::Interrupted));
    stopper.join().unwrap();
    assert_eq!(sb.call::<f64>("ok", ()), Ok(1.0));
    // An interrupt sent while nothing runs is cleared by the next entry.
    sb.interrupt_handle().interrupt();
    assert_eq!(sb.call::<f64>("ok", ()), Ok(1.0));
}

#[test]
fn set_limits_changes_the_entries_that_follow() {
    let (_, mut sb) = sandbox("function spin(n) { let i = 0; while (i < n) i++; return i }");
    assert_eq!(sb.call::<f64>("spin", (100_000,)), Ok(100_000.0));
    sb.set_limits(Limits { gas: 1000, ..Limits::default() });
    assert_eq!(sb.call::<f64>("spin", (100_000,)), Err(RunError::OutOfGas { limit: 1000 }));
}

#[test]
fn a_sandbox_moves_to_another_thread() {
    let (engine, sb) = sandbox("var n = 41");
    let worker = std::thread::spawn(move || {
        let mut sb = sb;
        sb.run(&engine.compile("n++", "x.js").unwrap()).unwrap();
        sb
    });
    let mut sb = worker.join().unwrap();
    assert_eq!(sb.global::<f64>("n"), Ok(42.0));
}

#[test]
fn a_million_calls_keep_a_flat_heap() {
    let limits = Limits { memory: 1 << 20, ..Limits::default() };
    let memory = 1 << 20;
    let engine = Engine::new();
    let mut sb = Sandbox::new(&engine, Limits { memory: 4 << 20, ..limits.clone() }).unwrap();
    sb.register_fn("log", |_: String| ()).unwrap();
    let script = "let state = { ticks: 0 }; function onTick(dt, input) { state.ticks++; \
                  if (state.ticks % 1000 === 0) log('tick ' + state.ticks); return { ticks: state.ticks, dt, echo: input.name } }";
    sb.run(&engine.compile(script, "game.js").unwrap()).unwrap();
    // The standard library alone is a few hundred kilobytes; what matters
    // is that a million calls add nothing to it.
    sb.collect_garbage();
    let baseline = sb.memory_used();
    sb.set_limits(Limits { memory: baseline + memory, ..limits });
    let input = Value::Object(vec![("name".into(), Value::String("player".into()))]);
    let mut last = Value::Undefined;
    for _ in 0..1_000_000 {
        last = sb.call("onTick", (0.016, input.clone())).unwrap();
    }
    assert_eq!(last.get("ticks"), Some(&Value::Number(1e6)));
    assert!(sb.peak_memory() <= baseline + memory, "peak {} over {}", sb.peak_memory(), baseline + memory);
    sb.collect_garbage();
    assert!(sb.memory_used() <= baseline + 4096, "{} after vs {baseline} before", sb.memory_used());
}

#[test]
fn handles_survive_a_collection_at_every_allocation() {
    let engine = Engine::new();
    let mut sb = Sandbox::new(&engine, Limits::default()).unwrap();
    sb.vm().heap.stress = true;
    let make = engine.compile("let made = 0; (tag) => ({ tag, n: ++made, list: ['a' + made] })", "make.js").unwrap();
    let f: Handle = sb.eval(&make).unwrap();
    let kept: Vec<Handle> = (0..20).map(|i| sb.call_handle(&f, (format!("t{i}"),)).unwrap()).collect();
    sb.collect_garbage();
    let same: Handle = sb.eval(&engine.compile("(x) => x", "id.js").unwrap()).unwrap();
    for (i, h) in kept.iter().enumerate() {
        let v: Value = sb.call_handle(&same, (h,)).unwrap();
        assert_eq!(v.get("tag"), Some(&Value::String(format!("t{i}"))));
        assert_eq!(v.get("list"), Some(&Value::Array(vec![Value::String(format!("a{}", i + 1))])));
    }
    sb.vm().heap.check_invariants().unwrap();
}

#[test]
fn eval_returns_the_last_expression_statement() {
    let (engine, mut sb) = sandbox("");
    let v: Value = sb.eval(&engine.compile("let a = [1, 2]; a.push(3); a", "x.js").unwrap()).unwrap();
    assert_eq!(v, Value::Array(vec![Value::Number(1.0), Value::Number(2.0), Value::Number(3.0)]));
    let none: Value = sb.eval(&engine.compile("var z = 1;", "y.js").unwrap()).unwrap();
    assert_eq!(none, Value::Undefined);
}

#[test]
fn a_termination_finishes_a_running_generator_and_leaves_the_sandbox_usable() {
    let (_, mut sb) = sandbox_with(
        "let state = { done: 0 };
         function* worker() { for (;;) { state.done++; if (state.done === 3) while (true) {} yield state.done } }
         const g = worker();
         function step() { return g.next().value }
         function finished() { return g.next().done }
         function done() { return state.done }",
        Limits { gas: 100_000, ..Limits::default() },
    );
    assert_eq!(sb.call::<f64>("step", ()), Ok(1.0));
    assert_eq!(sb.call::<f64>("step", ()), Ok(2.0));
    assert_eq!(sb.call::<f64>("step", ()), Err(RunError::OutOfGas { limit: 100_000 }));
    // What the script changed before the termination stays changed.
    assert_eq!(sb.call::<f64>("done", ()), Ok(3.0));
    assert_eq!(sb.call::<bool>("finished", ()), Ok(true));
}
