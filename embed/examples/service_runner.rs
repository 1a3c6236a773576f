//! A web service's script runner: user scripts arrive as requests, a pool
//! of worker threads runs each in a fresh sandbox with the service's limits
//! (compiled once per distinct script by a shared engine), and every result
//! goes back as a JSON verdict.
//!
//! `cargo run --release -p jsvm --example service_runner`

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use jsvm::{Engine, Limits, RunError, Sandbox};

struct Request {
    id: usize,
    source: String,
}

#[derive(serde::Serialize)]
struct Verdict {
    id: usize,
    verdict: &'static str,
    output: String,
    error: Option<String>,
    gas_used: u64,
    peak_memory: usize,
    wall_time_ms: f64,
}

fn run(engine: &Engine, limits: &Limits, request: &Request) -> Verdict {
    let started = Instant::now();
    let finish = |verdict, output, error: Option<String>, gas_used, peak_memory| Verdict {
        id: request.id,
        verdict,
        output,
        error,
        gas_used,
        peak_memory,
        wall_time_ms: (started.elapsed().as_secs_f64() * 1e6).round() / 1e3,
    };
    let script = match engine.compile(&request.source, "user.js") {
        Ok(s) => s,
        Err(e) => return finish("syntax_error", String::new(), Some(e.to_string()), 0, 0),
    };
    let mut sandbox = match Sandbox::new(engine, limits.clone()) {
        Ok(s) => s,
        Err(e) => return finish(e.verdict(), String::new(), Some(e.to_string()), 0, 0),
    };
    let result = sandbox.run(&script);
    let (verdict, error) = match &result {
        Ok(()) => ("completed", None),
        Err(RunError::Uncaught(e)) => ("uncaught_exception", Some(format!("{}: {}", e.name, e.message))),
        Err(e) => (e.verdict(), Some(e.to_string())),
    };
    finish(verdict, sandbox.take_output(), error, sandbox.gas_used(), sandbox.peak_memory())
}

fn main() {
    let requests = [
        "print([1, 2, 3].map(x => x * x).join(' '))",
        "const words = 'the quick brown fox'.split(' '); print(JSON.stringify(words.map(w => w.length)))",
        "while (true) {}",
        "let a = []; for (;;) a.push('x'.repeat(1000) + a.length)",
        "print(/(\\d+)-(\\d+)/.exec('call 555-0199')[2])",
        "null.property",
        "function f( {",
        "print('x'.repeat(100))",
    ];
    let engine = Engine::new();
    let limits = Limits {
        gas: 1_000_000,
        memory: 8 << 20,
        output: 64,
        timeout: Some(Duration::from_secs(1)),
        ..Limits::default()
    };

    let (to_workers, inbox) = mpsc::channel::<Request>();
    let inbox = Arc::new(Mutex::new(inbox));
    let (to_host, results) = mpsc::channel::<Verdict>();
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let (engine, limits, inbox, to_host) = (engine.clone(), limits.clone(), inbox.clone(), to_host.clone());
            std::thread::spawn(move || {
                loop {
                    let next = inbox.lock().unwrap_or_else(|p| p.into_inner()).recv();
                    let Ok(request) = next else { break };
                    if to_host.send(run(&engine, &limits, &request)).is_err() {
                        break;
                    }
                }
            })
        })
        .collect();
    drop(to_host);
    for (id, source) in requests.iter().enumerate() {
        let _ = to_workers.send(Request { id, source: source.to_string() });
    }
    drop(to_workers);

    let mut verdicts: Vec<Verdict> = results.iter().collect();
    verdicts.sort_by_key(|v| v.id);
    for v in &verdicts {
        println!("{}", serde_json::to_string(v).unwrap_or_default());
    }
    for worker in workers {
        let _ = worker.join();
    }
    let names: Vec<&str> = verdicts.iter().map(|v| v.verdict).collect();
    assert_eq!(
        names,
        [
            "completed",
            "completed",
            "out_of_gas",
            "out_of_memory",
            "completed",
            "uncaught_exception",
            "syntax_error",
            "output_limit"
        ]
    );
}
