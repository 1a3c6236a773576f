//! Executing one test: read it, apply the skip rules, prepend the (cached)
//! harness files, compile and run it in a fresh jsvm sandbox under the
//! per-test limits, and judge the ending against the test's expectation. A
//! panic inside jsvm is caught here and becomes a failure with reason
//! `PANIC`, so one bad test cannot bring the runner down.

use std::cell::RefCell;
use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use jsvm::{Engine, Limits, RunError, Sandbox};

use crate::frontmatter;
use crate::report::{Status, TestResult};
use crate::select::{self, Expectation, Selection};

/// Gas per test.
pub const GAS: u64 = 200_000_000;
/// Heap bytes per test.
pub const MEMORY: usize = 256 * 1024 * 1024;
/// Wall-clock time per test.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// The limits every test runs under.
pub fn limits() -> Limits {
    Limits { gas: GAS, memory: MEMORY, timeout: Some(TIMEOUT), ..Limits::default() }
}

/// Harness files (`harness/*.js`), read once and shared by all threads.
#[derive(Debug)]
pub struct HarnessCache {
    dir: PathBuf,
    files: Mutex<HashMap<String, Result<Arc<str>, String>>>,
}

impl HarnessCache {
    pub fn new(dir: impl Into<PathBuf>) -> HarnessCache {
        HarnessCache { dir: dir.into(), files: Mutex::new(HashMap::new()) }
    }

    /// The text of one harness file.
    pub fn get(&self, name: &str) -> Result<Arc<str>, String> {
        let mut files = self.files.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        files
            .entry(name.to_string())
            .or_insert_with(|| {
                std::fs::read_to_string(self.dir.join(name))
                    .map(Arc::from)
                    .map_err(|e| format!("cannot read harness/{name}: {e}"))
            })
            .clone()
    }
}

/// Whether the test passed, with a one-line reason when it did not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Fail(String),
}

/// Compiles and runs `source` (harness included) under the per-test
/// [`limits`] and judges the result against `expect`.
pub fn judge(source: &str, name: &str, expect: &Expectation) -> Verdict {
    judge_with(source, name, expect, limits())
}

/// [`judge`] under other limits.
pub fn judge_with(source: &str, name: &str, expect: &Expectation, limits: Limits) -> Verdict {
    let engine = Engine::new();
    let compiled = engine.compile(source, name);
    let script = match (compiled, expect) {
        (Err(_), Expectation::CompileError) => return Verdict::Pass,
        (Err(e), _) => return Verdict::Fail(format!("compile error: {}", e.message)),
        (Ok(_), Expectation::CompileError) => return Verdict::Fail("expected a compile error".to_string()),
        (Ok(script), _) => script,
    };
    let mut sandbox = match Sandbox::new(&engine, limits) {
        Ok(s) => s,
        Err(e) => return Verdict::Fail(format!("sandbox: {}", first_line(&e.to_string()))),
    };
    let result = sandbox.run(&script);
    match (result, expect) {
        (Ok(()), Expectation::RuntimeError(ty)) => Verdict::Fail(format!("expected uncaught {ty}, completed")),
        (Ok(()), _) => Verdict::Pass,
        (Err(RunError::Uncaught(e)), Expectation::RuntimeError(ty)) if is_error_of_type(&e.text, ty) => Verdict::Pass,
        (Err(RunError::Uncaught(e)), _) => Verdict::Fail(format!("uncaught {}", first_line(&e.text))),
        (Err(e), _) => Verdict::Fail(first_line(&e.to_string()).to_string()),
    }
}

/// Whether an uncaught message (`TypeError: …` or just `TypeError`) is of
/// the named error type.
fn is_error_of_type(message: &str, ty: &str) -> bool {
    message.strip_prefix(ty).is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '\n', ' ']))
}

/// The first line of `text`, shortened to a readable length.
pub fn first_line(text: &str) -> &str {
    let line = text.lines().next().unwrap_or("");
    match line.char_indices().nth(300) {
        Some((at, _)) => &line[..at],
        None => line,
    }
}

/// Runs the test at `rel` (relative to the checkout `root`, `/`-separated).
/// Never panics: a panic in jsvm becomes a failure whose reason starts with
/// `PANIC`.
pub fn run_test(root: &Path, rel: &str, harness: &HarnessCache) -> TestResult {
    guarded(rel, || run_test_inner(root, rel, harness))
}

/// Runs `f` for the test `rel`, turning a panic into a `PANIC` failure
/// (announced on stderr).
fn guarded(rel: &str, f: impl FnOnce() -> TestResult) -> TestResult {
    CURRENT_TEST.with(|t| *t.borrow_mut() = Some(rel.to_string()));
    let outcome = panic::catch_unwind(AssertUnwindSafe(f));
    CURRENT_TEST.with(|t| *t.borrow_mut() = None);
    match outcome {
        Ok(result) => result,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "non-string payload".to_string());
            let at = LAST_PANIC_LOCATION.with(|l| l.borrow_mut().take()).unwrap_or_default();
            let reason = format!("PANIC: {} {at}", first_line(&what));
            eprintln!("\n!!!!! PANIC in {rel}: {reason}");
            TestResult::new(rel, Status::Fail, reason.trim_end())
        }
    }
}

fn run_test_inner(root: &Path, rel: &str, harness: &HarnessCache) -> TestResult {
    let source = match std::fs::read_to_string(root.join(rel)) {
        Ok(s) => s,
        Err(e) => return TestResult::new(rel, Status::Fail, &format!("cannot read: {e}")),
    };
    let fm = match frontmatter::parse(&source) {
        Ok(fm) => fm,
        Err(e) => return TestResult::new(rel, Status::Fail, &format!("frontmatter: {e}")),
    };
    let plan = match select::select(rel, &source, &fm) {
        Selection::Skip(reason) => return TestResult::new(rel, Status::Skip, &reason),
        Selection::Run(plan) => plan,
    };
    let mut full = String::new();
    for name in &plan.harness {
        match harness.get(name) {
            // A harness file that uses host hooks cannot work here.
            Ok(text) if text.contains("$262") => return TestResult::new(rel, Status::Skip, "host hooks"),
            Ok(text) => {
                full.push_str(&text);
                full.push('\n');
            }
            Err(e) => return TestResult::new(rel, Status::Fail, &e),
        }
    }
    full.push_str(&source);
    match judge(&full, rel, &plan.expect) {
        Verdict::Pass => TestResult::new(rel, Status::Pass, ""),
        Verdict::Fail(reason) => TestResult::new(rel, Status::Fail, &reason),
    }
}

thread_local! {
    /// The test this thread is running, for the panic hook.
    static CURRENT_TEST: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Where the last panic on this thread happened.
    static LAST_PANIC_LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces the default panic hook: panics inside a test are recorded (with
/// their location) for the test's failure reason and announced on stderr by
/// [`run_test`]; panics elsewhere go to the previous hook.
pub fn install_panic_hook() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        let in_test = CURRENT_TEST.with(|t| t.borrow().is_some());
        if in_test {
            let at = info.location().map(|l| format!("at {}:{}", l.file(), l.line())).unwrap_or_default();
            LAST_PANIC_LOCATION.with(|l| *l.borrow_mut() = Some(at));
        } else {
            previous(info);
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fail(v: Verdict) -> String {
        match v {
            Verdict::Fail(r) => r,
            Verdict::Pass => panic!("expected a failure"),
        }
    }

    #[test]
    fn positive_tests() {
        assert_eq!(judge("var x = 1 + 1;", "t.js", &Expectation::Pass), Verdict::Pass);
        assert!(
            fail(judge("throw new TypeError('boom');", "t.js", &Expectation::Pass)).starts_with("uncaught TypeError")
        );
        assert!(fail(judge("var = ;", "t.js", &Expectation::Pass)).starts_with("compile error: "));
    }

    #[test]
    fn negative_parse_tests() {
        assert_eq!(judge("var = ;", "t.js", &Expectation::CompileError), Verdict::Pass);
        // Strict mode is always on: `with` is an early error.
        assert_eq!(judge("with ({}) {}", "t.js", &Expectation::CompileError), Verdict::Pass);
        assert_eq!(fail(judge("var x;", "t.js", &Expectation::CompileError)), "expected a compile error");
    }

    #[test]
    fn negative_runtime_tests() {
        let ty = |t: &str| Expectation::RuntimeError(t.to_string());
        assert_eq!(judge("null.x;", "t.js", &ty("TypeError")), Verdict::Pass);
        assert_eq!(judge("undeclared = 1;", "t.js", &ty("ReferenceError")), Verdict::Pass);
        let custom = "function Test262Error(m) { this.message = m; }\n\
                      Test262Error.prototype.toString = function () { return 'Test262Error: ' + this.message; };\n\
                      throw new Test262Error('x');";
        assert_eq!(judge(custom, "t.js", &ty("Test262Error")), Verdict::Pass);
        assert!(fail(judge("null.x;", "t.js", &ty("RangeError"))).starts_with("uncaught TypeError"));
        assert_eq!(fail(judge("1;", "t.js", &ty("TypeError"))), "expected uncaught TypeError, completed");
        assert!(fail(judge("var = ;", "t.js", &ty("TypeError"))).starts_with("compile error"));
        // `TypeErrorX` is not a `TypeError`.
        assert!(!is_error_of_type("TypeErrorX: no", "TypeError"));
        assert!(is_error_of_type("TypeError", "TypeError"));
    }

    #[test]
    fn terminations_fail() {
        let small = Limits { gas: 100_000, ..limits() };
        assert!(fail(judge_with("for (;;) {}", "t.js", &Expectation::Pass, small)).contains("out of gas"));
    }

    #[test]
    fn panics_become_failures() {
        install_panic_hook();
        let r = guarded("test/x.js", || panic!("boom"));
        assert_eq!(r.status, Status::Fail);
        assert!(r.reason.starts_with("PANIC: boom at conformance/src/run.rs:"), "{}", r.reason);
        let ok = guarded("test/y.js", || TestResult::new("test/y.js", Status::Pass, ""));
        assert_eq!(ok.status, Status::Pass);
    }

    #[test]
    fn harness_cache_reports_missing_files() {
        let cache = HarnessCache::new("/nonexistent-test262/harness");
        assert!(cache.get("assert.js").is_err());
    }

    #[test]
    fn first_line_is_bounded() {
        assert_eq!(first_line("a\nb"), "a");
        assert_eq!(first_line(&"x".repeat(1000)).len(), 300);
    }
}
