//! Runs every program under `cases/` and snapshots its verdict, output and
//! error text, and every program under `disasm/` and snapshots its bytecode.
//! Each program runs twice, with gas metering on and under GC stress (a
//! collection at every allocation); both runs must agree.
//!
//! A case may start with a `// limits: gas=N memory=N stack=N output=N` line,
//! and ends with its expected output in a `/* expected … */` block (after an
//! `// expect-verdict: …` line when it does not complete), worked out from
//! the spec by hand: the run must match it as well as the snapshot.
//! To review changes: `cargo insta review` (or `INSTA_UPDATE=always`).

use jsvm::{Engine, Limits, RunError, Sandbox, Script};

fn limits_for(source: &str) -> Limits {
    let mut limits = Limits { gas: 50_000_000, memory: 32 << 20, ..Limits::default() };
    if let Some(line) = source.lines().next().and_then(|l| l.strip_prefix("// limits:")) {
        for setting in line.split_whitespace() {
            let Some((name, value)) = setting.split_once('=') else { continue };
            let Ok(n) = value.parse::<u64>() else { continue };
            match name {
                "gas" => limits.gas = n,
                "memory" => limits.memory = n as usize,
                "stack" => limits.stack_depth = n as usize,
                "output" => limits.output = n as usize,
                _ => {}
            }
        }
    }
    limits
}

/// Compiles and runs `source` and renders the verdict, output and error.
fn run_case(name: &str, source: &str, stress: bool) -> String {
    let engine = Engine::new();
    match engine.compile(source, name) {
        Ok(script) => run_script(&engine, &script, name, source, stress).0,
        Err(e) => format!("verdict: compile_error\n--- error\n{}", jsvm::render_compile_error(&e, name, source)),
    }
}

/// Runs a compiled case: the rendered verdict, output and error, and the
/// gas used.
fn run_script(engine: &Engine, script: &Script, name: &str, source: &str, stress: bool) -> (String, u64) {
    let mut sandbox = Sandbox::new(engine, limits_for(source)).expect("sandbox");
    sandbox.set_seed(42);
    sandbox.vm().heap.stress = stress;
    let result = sandbox.run(script);
    if stress {
        sandbox.vm().collect_garbage();
        if let Err(e) = sandbox.vm().heap.check_invariants() {
            panic!("{name}: heap invariant broken after collection: {e}");
        }
    }
    let verdict = result.as_ref().err().map_or("completed", RunError::verdict);
    let mut text = format!("verdict: {verdict}\n--- output\n{}", sandbox.output());
    if let Err(e) = result {
        text.push_str(&format!("--- error\n{e}\n"));
    }
    (text, sandbox.gas_used())
}

/// Every case compiled to bytecode, loaded back and run: the same output,
/// verdict, error text and gas as from source, and decoding then encoding
/// gives the same bytes. Prints the size of the bytecode against the
/// sources.
#[test]
fn programs_from_bytecode() {
    let (mut source_bytes, mut bytecode_bytes) = (0, 0);
    insta::glob!("../cases", "**/*.js", |path| {
        let source = std::fs::read_to_string(path).expect("read case");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let engine = Engine::new();
        let Ok(script) = engine.compile(&source, &name) else { return };
        let bytes = script.to_bytes();
        let loaded = engine.load(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(loaded.to_bytes() == bytes, "{name}: decode then encode changed the bytes");
        let from_source = run_script(&engine, &script, &name, &source, false);
        let from_bytecode = run_script(&engine, &loaded, &name, &source, false);
        assert_eq!(from_source, from_bytecode, "{name}: bytecode runs differently from source");
        source_bytes += source.len();
        bytecode_bytes += bytes.len();
    });
    eprintln!(
        "corpus: {source_bytes} bytes of source, {bytecode_bytes} bytes of bytecode ({:.2}x)",
        bytecode_bytes as f64 / source_bytes as f64
    );
}

/// The expected verdict and output written in a case, if any.
fn expectation(source: &str) -> Option<(String, String)> {
    let start = source.find("/* expected\n")? + "/* expected\n".len();
    let end = start + source.get(start..)?.find("*/")?;
    let output = source.get(start..end)?.to_string();
    let verdict =
        source.lines().find_map(|l| l.strip_prefix("// expect-verdict: ")).unwrap_or("completed").trim().to_string();
    Some((verdict, output))
}

#[test]
fn programs() {
    insta::glob!("../cases", "**/*.js", |path| {
        let source = std::fs::read_to_string(path).expect("read case");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let normal = run_case(&name, &source, false);
        let stressed = run_case(&name, &source, true);
        let out_of_memory = normal.starts_with("verdict: out_of_memory");
        if !out_of_memory {
            assert_eq!(normal, stressed, "{name}: GC stress changed the result");
        }
        if let Some((verdict, output)) = expectation(&source) {
            let matches = if verdict == "compile_error" {
                normal.starts_with("verdict: compile_error\n")
            } else {
                let head = format!("verdict: {verdict}\n--- output\n{output}");
                normal == head || normal.starts_with(&format!("{head}--- error\n"))
            };
            assert!(matches, "{name}: expected verdict {verdict} and output\n{output}\ngot\n{normal}");
        }
        insta::assert_snapshot!(normal);
    });
}

#[test]
fn disassembly() {
    insta::glob!("../disasm", "*.js", |path| {
        let source = std::fs::read_to_string(path).expect("read case");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let script = Engine::new().compile(&source, &name).expect("compiles");
        insta::assert_snapshot!(script.disassemble());
    });
}
