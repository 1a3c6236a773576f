//! A game host running a mod: the mod's `onTick(state)` is called every
//! frame with a budget of its own, drives its creatures with generators as
//! coroutines that pause across ticks, and talks to the game through two
//! host functions, `spawn` and `log`. 10 000 ticks, then the host checks
//! that the sandbox's heap stayed flat and prints the cost per tick.
//!
//! `cargo run --release -p jsvm --example game_mod`

use std::sync::{Arc, Mutex};
use std::time::Instant;

use jsvm::{Engine, Limits, RunError, Sandbox, Serde};

const MOD_SOURCE: &str = r#"
// Each creature is a coroutine: it walks, waits, then turns around.
function* patrol(id, from, to) {
  for (;;) {
    for (let x = from; x <= to; x++) yield { id, x };
    for (let t = 0; t < 3; t++) yield { id, x: to, waiting: true };
    [from, to] = [to, from];
    if (from > to) { for (let x = from; x >= to; x--) yield { id, x }; [from, to] = [to, from]; }
  }
}

const creatures = [];
function onTick(state) {
  if (state.tick % 2500 === 0) {
    const id = spawn("guard", state.tick % 100, 0);
    creatures.push(patrol(id, 0, 5 + creatures.length));
    log(`tick ${state.tick}: guard ${id} joins (${creatures.length} on patrol)`);
  }
  let moved = 0;
  for (const c of creatures) if (!c.next().value.waiting) moved++;
  return { moved, score: state.score + moved };
}
"#;

#[derive(serde::Serialize)]
struct State {
    tick: u32,
    score: u32,
}

#[derive(serde::Deserialize)]
struct Step {
    moved: u32,
    score: u32,
}

fn main() -> Result<(), RunError> {
    let engine = Engine::new();
    let script = engine.compile(MOD_SOURCE, "guards.js").map_err(|e| RunError::Internal(e.to_string()))?;
    // The budgets are per tick: 50 000 gas, 1 KiB of log; memory bounds the
    // mod's heap for its whole life.
    let limits = Limits { gas: 50_000, output: 1024, memory: 2 << 20, ..Limits::default() };
    let mut sandbox = Sandbox::new(&engine, limits)?;

    let spawned = Arc::new(Mutex::new(Vec::new()));
    let world = spawned.clone();
    sandbox.register_fn("spawn", move |kind: String, x: f64, y: f64| {
        let mut world = world.lock().unwrap_or_else(|p| p.into_inner());
        world.push((kind, x, y));
        world.len() as u32
    })?;
    sandbox.register_raw("log", 1, |cx, args| {
        let line = args.first().and_then(|v| v.as_str()).unwrap_or("");
        cx.print(line)?;
        cx.print("\n")?;
        Ok(jsvm::Value::Undefined)
    })?;
    sandbox.run(&script)?;

    sandbox.collect_garbage();
    let heap_at_start = sandbox.memory_used();
    let mut score = 0;
    let mut gas = 0;
    let started = Instant::now();
    for tick in 0..10_000 {
        let Serde(step): Serde<Step> = sandbox.call("onTick", (Serde(State { tick, score }),))?;
        score = step.score;
        gas += sandbox.gas_used();
        let log = sandbox.take_output();
        if !log.is_empty() {
            print!("{log}");
        }
        if tick == 9_999 {
            println!("last tick: {} guards moved", step.moved);
        }
    }
    let per_tick = started.elapsed() / 10_000;
    sandbox.collect_garbage();
    let heap_at_end = sandbox.memory_used();
    println!("score {score}, {} guards spawned", spawned.lock().unwrap_or_else(|p| p.into_inner()).len());
    println!("{per_tick:?} and {} gas per tick", gas / 10_000);
    println!("heap {heap_at_start} bytes before the first tick, {heap_at_end} after the last");
    // Four guards' coroutines and their state: a few kilobytes at most.
    assert!(heap_at_end < heap_at_start + 16 * 1024, "the heap grew");
    Ok(())
}
