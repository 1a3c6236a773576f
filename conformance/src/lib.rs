//! A test262 conformance runner for jsvm. It walks a local checkout of
//! tc39/test262, decides for each test whether it is in scope
//! ([`select`], reading the [`frontmatter`]), runs the ones that are in
//! process on a pool of threads sharing a work queue ([`run`]), and reports
//! per-directory pass rates, skip reasons, a results file and the changes
//! against a baseline ([`report`]). The binary `test262` (`src/main.rs`) is
//! the command line around [`collect_tests`] and [`run_all`].

pub mod frontmatter;
pub mod report;
pub mod run;
pub mod select;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use report::{Status, TestResult};
use run::HarnessCache;

/// Stack size of the worker threads: deep ASTs recurse in the compiler.
const WORKER_STACK: usize = 256 * 1024 * 1024;

/// The test files under `paths` (each relative to `root/test`, or to `root`
/// when it starts with `test/`; a directory or a single file), as
/// `/`-separated paths relative to `root`, sorted, without fixtures, keeping
/// only those containing `filter`.
pub fn collect_tests(root: &Path, paths: &[String], filter: Option<&str>) -> Result<Vec<String>, String> {
    let mut found = Vec::new();
    for p in paths {
        let p = p.trim_end_matches('/');
        let rel = if p == "test" || p.starts_with("test/") { p.to_string() } else { format!("test/{p}") };
        let full = root.join(&rel);
        if full.is_file() {
            found.push(rel);
        } else if full.is_dir() {
            walk(root, &full, &mut found)?;
        } else {
            return Err(format!("{}: no such file or directory", full.display()));
        }
    }
    found.retain(|p| p.ends_with(".js") && !select::is_fixture(p) && filter.is_none_or(|f| p.contains(f)));
    found.sort();
    found.dedup();
    Ok(found)
}

fn walk(root: &Path, dir: &Path, found: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| format!("{}: {e}", path.display()))?;
        if kind.is_dir() {
            walk(root, &path, found)?;
        } else if kind.is_file() {
            found.push(relative(root, &path));
        }
    }
    Ok(())
}

/// `path` relative to `root`, with `/` separators.
fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Runs `tests` (paths relative to `root`) on `threads` worker threads that
/// take tests from a shared queue. Progress goes to stderr when `progress`.
/// Results come back in the order of `tests`.
pub fn run_all(root: &Path, tests: &[String], threads: usize, progress: bool) -> Result<Vec<TestResult>, String> {
    let harness = HarnessCache::new(root.join("harness"));
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<TestResult>>> = Mutex::new(vec![None; tests.len()]);
    let threads = threads.clamp(1, tests.len().max(1));
    let worker = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(test) = tests.get(i) else { break };
            let result = run::run_test(root, test, &harness);
            if let Ok(mut r) = results.lock() {
                r[i] = Some(result);
            }
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if progress && (n.is_multiple_of(500) || n == tests.len()) {
                eprint!("\r{n} / {} tests", tests.len());
                let _ = std::io::stderr().flush();
                if n == tests.len() {
                    eprintln!();
                }
            }
        }
    };
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|i| {
                std::thread::Builder::new()
                    .name(format!("test262-{i}"))
                    .stack_size(WORKER_STACK)
                    .spawn_scoped(scope, worker)
            })
            .collect();
        let mut errors = Vec::new();
        for h in handles {
            match h {
                Ok(h) => {
                    if h.join().is_err() {
                        errors.push("a worker thread panicked".to_string());
                    }
                }
                Err(e) => errors.push(format!("cannot start a worker thread: {e}")),
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors.join("; ")) }
    })?;
    let results = results.into_inner().map_err(|_| "results lock poisoned".to_string())?;
    Ok(results
        .into_iter()
        .zip(tests)
        .map(|(r, path)| r.unwrap_or_else(|| TestResult::new(path, Status::Fail, "not run")))
        .collect())
}

/// The default checkout location.
pub fn default_root() -> PathBuf {
    PathBuf::from("./test262")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collect_and_run_a_tiny_checkout() {
        let root = std::env::temp_dir().join(format!("jsvm-conformance-{}", std::process::id()));
        let dir = root.join("test/language/demo");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::create_dir_all(root.join("harness")).unwrap();
        std::fs::write(
            root.join("harness/assert.js"),
            "function assert(b, m) { if (b !== true) throw new Test262Error(m); }\n",
        )
        .unwrap();
        std::fs::write(
            root.join("harness/sta.js"),
            "function Test262Error(m) { this.message = m; }\n\
             Test262Error.prototype.toString = function () { return 'Test262Error: ' + this.message; };\n",
        )
        .unwrap();
        std::fs::write(dir.join("pass.js"), "/*---\nflags: [onlyStrict]\n---*/\nassert(1 + 1 === 2);\n").unwrap();
        std::fs::write(dir.join("fail.js"), "/*---\n---*/\nassert(1 === 2, 'nope');\n").unwrap();
        std::fs::write(dir.join("skip.js"), "/*---\nflags: [noStrict]\n---*/\n").unwrap();
        std::fs::write(dir.join("neg.js"), "/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\nvar = ;\n")
            .unwrap();
        std::fs::write(dir.join("x_FIXTURE.js"), "").unwrap();
        let tests = collect_tests(&root, &["language".to_string()], None).unwrap();
        assert_eq!(
            tests,
            vec![
                "test/language/demo/fail.js",
                "test/language/demo/neg.js",
                "test/language/demo/pass.js",
                "test/language/demo/skip.js"
            ]
        );
        assert_eq!(collect_tests(&root, &["test/language/demo/".to_string()], Some("pass")).unwrap().len(), 1);
        assert!(collect_tests(&root, &["nope".to_string()], None).is_err());
        let results = run_all(&root, &tests, 2, false).unwrap();
        let statuses: Vec<Status> = results.iter().map(|r| r.status).collect();
        assert_eq!(statuses, vec![Status::Fail, Status::Pass, Status::Pass, Status::Skip]);
        assert_eq!(results[0].reason, "uncaught Test262Error: nope");
        assert_eq!(results[3].reason, "sloppy mode");
        let _ = std::fs::remove_dir_all(&root);
    }
}
