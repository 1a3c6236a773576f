//! The `jsvm` binary against DESIGN §4: exit codes, stderr formats, `--json`.

#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn jsvm(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jsvm"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A child that rejects its arguments exits without reading its input.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn exec(source: &str, flags: &[&str]) -> (i32, String, String) {
    let mut args = vec!["exec", "-"];
    args.extend_from_slice(flags);
    let out = jsvm(&args, source);
    let code = out.status.code().unwrap_or(-1);
    (code, String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_completed_run_exits_0() {
    assert_eq!(exec("print('hi')", &[]), (0, "hi\n".to_string(), String::new()));
}

#[test]
fn an_uncaught_exception_exits_1_with_a_stack_trace() {
    let (code, _, err) = exec("function f() { undefinedThing() }\nf()", &[]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "Uncaught ReferenceError: undefinedThing is not defined\n    at f (<stdin>:1:16)\n    at <stdin>:2:1\n"
    );
}

#[test]
fn assigning_an_undeclared_name_exits_1() {
    let (code, _, err) = exec("x = 1", &[]);
    assert_eq!(code, 1);
    assert!(err.starts_with("Uncaught ReferenceError: x is not defined"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    let out = jsvm(&["exec", "/nonexistent/file.js"], "");
    assert_eq!(out.status.code(), Some(2));
    let out = jsvm(&["exec", "-", "--gas", "lots"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn compile_errors_exit_3_with_a_code_frame() {
    let (code, _, err) = exec("let a = 1;\nlet b = ;", &[]);
    assert_eq!(code, 3);
    assert_eq!(err, "SyntaxError: Unexpected token (<stdin>:2:9)\n 2 | let b = ;\n   |         ^\n");
}

#[test]
fn deep_nesting_is_a_compile_error() {
    let source = format!("{}1{}", "(".repeat(100_000), ")".repeat(100_000));
    let (code, _, err) = exec(&source, &[]);
    assert_eq!(code, 3);
    assert!(err.starts_with("SyntaxError: nesting too deep"), "{err}");
}

#[test]
fn nesting_hidden_behind_a_regex_literal_is_a_compile_error() {
    // A quote inside the regex once made the pre-scan skip the brackets as
    // a string, and oxc's parser overflowed the compiler thread's stack.
    let n = 200_000;
    for prefix in ["/\"/;", "if (x) /'/.test(s);", "function f() {} /`/;"] {
        let source = format!("{prefix}{}{}", "[".repeat(n), "]".repeat(n));
        let (code, _, err) = exec(&source, &[]);
        assert_eq!(code, 3, "{prefix}: {err}");
        assert!(err.starts_with("SyntaxError: nesting too deep"), "{err}");
    }
}

#[test]
fn long_flat_lines_compile() {
    let functions: String = (0..20_000).map(|i| format!("function f{i}(a){{return a+{i}}}")).collect();
    let (code, out, err) = exec(&format!("{functions}\nprint(f19999(1))"), &[]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "20000\n", ""));
}

#[test]
fn a_timeout_too_long_to_represent_is_no_deadline() {
    assert_eq!(exec("print(1)", &["--timeout", "1e19"]), (0, "1\n".to_string(), String::new()));
}

#[test]
fn output_that_cannot_be_written_exits_2() {
    let source = "for (let i = 0; i < 100000; i++) print('line ' + i)";
    for json in [false, true] {
        let mut args = vec!["exec", "-"];
        if json {
            args.push("--json");
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_jsvm"))
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(source.as_bytes()).unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.starts_with("jsvm: cannot write the output: "), "{err}");
    }
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        let mut child = Command::new(env!("CARGO_BIN_EXE_jsvm"))
            .args(["exec", "-"])
            .stdin(Stdio::piped())
            .stdout(full)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(source.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("No space left on device"));
    }
}

#[test]
fn endless_loops_exit_4_without_running_catch_or_finally() {
    for source in ["while(true){}", "try { while(true){} } catch {}", "try { while(true){} } finally { print(\"x\") }"]
    {
        let (code, out, err) = exec(source, &["--gas", "1e6"]);
        assert_eq!((code, out.as_str()), (4, ""), "{source}");
        assert_eq!(err, "jsvm: out of gas (limit 1000000)\n");
    }
}

#[test]
fn runaway_allocation_exits_5() {
    for source in ["let s = \"ab\"; while (true) s = s + s;", "const a = []; while (true) a.push({ x: 1, y: 'z' });"] {
        let (code, _, err) = exec(source, &["--memory", "16MiB"]);
        assert_eq!(code, 5, "{source}");
        assert_eq!(err, "jsvm: out of memory (limit 16777216 bytes)\n");
    }
}

#[test]
fn a_source_too_big_to_compile_within_the_memory_budget_exits_5() {
    // 20 000 arrows could take 31 MB to compile: refused before any work
    // under 16 MiB, compiled and run under 64 MiB.
    let source = format!("const f = [{}]; print(f.length)", "x=>x,".repeat(20_000));
    let (code, _, err) = exec(&source, &["--memory", "16MiB"]);
    assert_eq!(code, 5);
    assert!(err.starts_with("jsvm: out of memory: compiling this source could need "), "{err}");
    assert!(err.ends_with(" bytes (limit 16777216 bytes)\n"), "{err}");
    assert_eq!(exec(&source, &["--memory", "64MiB"]), (0, "20000\n".to_string(), String::new()));
    let (code, out, _) = exec(&source, &["--memory", "16MiB", "--json"]);
    assert_eq!(code, 5);
    assert!(out.contains(r#""verdict":"out_of_memory""#), "{out}");
}

#[test]
fn a_timeout_exits_6() {
    let (code, _, err) = exec("while (true) {}", &["--timeout", "0.2", "--gas", "1e15"]);
    assert_eq!(code, 6);
    assert_eq!(err, "jsvm: timeout after 0.2s\n");
}

#[test]
fn the_output_limit_exits_7() {
    let (code, out, err) = exec("for (;;) print('abc')", &["--output", "10"]);
    assert_eq!(code, 7);
    assert_eq!(out, "abc\nabc\nab");
    assert_eq!(err, "jsvm: output limit reached (10 bytes)\n");
}

#[test]
fn unbounded_recursion_is_a_range_error() {
    let (code, _, err) = exec("function f(){ return f() } f()", &[]);
    assert_eq!(code, 1);
    assert!(err.starts_with("Uncaught RangeError: Maximum call stack size exceeded\n    at f (<stdin>:1:22)"), "{err}");
    let (code, out, _) = exec("function f(){ return f() } try { f() } catch (e) { print('caught') } print('on')", &[]);
    assert_eq!((code, out.as_str()), (0, "caught\non\n"));
}

#[test]
fn json_reports_the_same_gas_on_every_run() {
    let source = "let t = 0; for (let i = 0; i < 5000; i++) t += i * 2; print(t)";
    let parse = |out: Output| -> serde_json::Value { serde_json::from_slice(&out.stdout).unwrap() };
    let first = parse(jsvm(&["exec", "-", "--json"], source));
    let second = parse(jsvm(&["exec", "-", "--json"], source));
    assert_eq!(first["verdict"], "completed");
    assert_eq!(first["output"], "24995000\n");
    assert_eq!(first["gas_used"], second["gas_used"]);
    assert!(first["gas_used"].as_u64().unwrap() > 5000);
    assert_eq!(first["peak_memory"], second["peak_memory"]);
}

#[test]
fn seeded_random_replays() {
    let source = "print(Math.random(), Math.random())";
    let a = exec(source, &["--seed", "7"]);
    let b = exec(source, &["--seed", "7"]);
    let c = exec(source, &["--seed", "8"]);
    assert_eq!(a, b);
    assert_ne!(a.1, c.1);
}

#[test]
fn disasm_prints_the_bytecode() {
    let out = jsvm(&["disasm", "-"], "print(1 + 2)");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("GetGlobal") && text.contains("Call"), "{text}");
}

#[test]
fn out_of_range_limits_are_usage_errors_not_panics() {
    for flags in [
        ["--timeout", "nan"],
        ["--timeout", "inf"],
        ["--timeout", "1e300"],
        ["--memory", "1e30"],
        ["--memory", "99999999999GiB"],
        ["--gas", "1e30"],
        ["--seed", "99999999999999999999"],
    ] {
        let (code, _, err) = exec("print(1)", &flags);
        assert_eq!(code, 2, "{flags:?}: {err}");
    }
    for flags in [["--stack", "1e19"], ["--output", "1e19"], ["--timeout", "1e19"]] {
        let (code, out, err) = exec("print(1)", &flags);
        assert_eq!((code, out.as_str()), (0, "1\n"), "{flags:?}: {err}");
    }
}

#[test]
fn compiling_spends_the_timeout_too() {
    let functions: String = (0..5_000).map(|i| format!("function f{i}(a) {{ return a + {i} }}\n")).collect();
    let (code, out, err) = exec(&format!("{functions}print('ran')"), &["--timeout", "0.001"]);
    assert_eq!((code, out.as_str(), err.as_str()), (6, "", "jsvm: timeout after 0.001s\n"));
}

#[test]
fn a_deadline_that_passes_while_compiling_ends_the_run_at_once() {
    // About a second of compiling, with memory to spare: the deadline
    // does not wait for the compile to finish.
    let source = format!("const f = [{}];", "x=>x,".repeat(400_000));
    let started = std::time::Instant::now();
    let (code, _, err) = exec(&source, &["--timeout", "0.1", "--memory", "4GiB"]);
    assert_eq!((code, err.as_str()), (6, "jsvm: timeout after 0.1s\n"));
    assert!(started.elapsed() < std::time::Duration::from_millis(600), "{:?}", started.elapsed());
}
