//! Results and reports: one [`TestResult`] per test, the per-directory table
//! with the overall in-scope figure and the skip reasons, the most common
//! failure reasons, the results file (`PASS|FAIL|SKIP <path> [reason]`, one
//! line per test, sorted by path, so two runs diff cleanly) and the
//! comparison of a run against such a file as a baseline.

use std::collections::{BTreeMap, HashMap};
use std::fmt::{self, Write as _};

/// How one test ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Pass,
    Fail,
    Skip,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "PASS",
            Status::Fail => "FAIL",
            Status::Skip => "SKIP",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "PASS" => Some(Status::Pass),
            "FAIL" => Some(Status::Fail),
            "SKIP" => Some(Status::Skip),
            _ => None,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The result of one test: its path relative to the checkout
/// (`test/language/…`), its status and a one-line reason (empty on a pass).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestResult {
    pub path: String,
    pub status: Status,
    pub reason: String,
}

impl TestResult {
    /// A result; the reason is flattened to one line.
    pub fn new(path: &str, status: Status, reason: &str) -> TestResult {
        let reason: String = reason.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        TestResult { path: path.to_string(), status, reason: reason.trim().to_string() }
    }
}

/// The table group of a path: the first two components under `test/`
/// (`language/expressions`, `built-ins/Array`).
pub fn group_of(path: &str) -> String {
    let rest = path.strip_prefix("test/").unwrap_or(path);
    let mut parts = rest.split('/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), Some(_)) => format!("{a}/{b}"),
        (Some(a), _, _) => a.to_string(),
        _ => rest.to_string(),
    }
}

/// Counts for one group or for the whole run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: usize,
    pub passed: usize,
    pub failed: usize,
    pub skipped: usize,
}

impl Counts {
    fn add(&mut self, status: Status) {
        self.total += 1;
        match status {
            Status::Pass => self.passed += 1,
            Status::Fail => self.failed += 1,
            Status::Skip => self.skipped += 1,
        }
    }

    /// Tests that were run: total minus skipped.
    pub fn in_scope(&self) -> usize {
        self.total - self.skipped
    }

    /// Passed as a percentage of the in-scope tests.
    pub fn percent(&self) -> f64 {
        if self.in_scope() == 0 { 0.0 } else { 100.0 * self.passed as f64 / self.in_scope() as f64 }
    }
}

/// Everything the table shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub groups: BTreeMap<String, Counts>,
    pub overall: Counts,
    pub skip_reasons: BTreeMap<String, usize>,
    /// Failures whose reason starts with `PANIC`.
    pub panics: usize,
}

pub fn summarize(results: &[TestResult]) -> Summary {
    let mut s = Summary::default();
    for r in results {
        s.groups.entry(group_of(&r.path)).or_default().add(r.status);
        s.overall.add(r.status);
        if r.status == Status::Skip {
            *s.skip_reasons.entry(r.reason.clone()).or_default() += 1;
        }
        if r.status == Status::Fail && r.reason.starts_with("PANIC") {
            s.panics += 1;
        }
    }
    s
}

/// The per-directory table, the overall figure and the skip reasons.
pub fn render_summary(s: &Summary) -> String {
    let mut out = String::new();
    let width = s.groups.keys().map(|k| k.len()).max().unwrap_or(0).max("directory".len());
    let _ = writeln!(
        out,
        "{:<width$}  {:>7}  {:>8}  {:>7}  {:>7}  {:>7}",
        "directory", "pass", "in-scope", "%", "skipped", "total"
    );
    for (group, c) in &s.groups {
        let percent = if c.in_scope() == 0 { "-".to_string() } else { format!("{:.1}%", c.percent()) };
        let _ = writeln!(
            out,
            "{group:<width$}  {:>7}  {:>8}  {percent:>7}  {:>7}  {:>7}",
            c.passed,
            c.in_scope(),
            c.skipped,
            c.total
        );
    }
    let o = &s.overall;
    let _ = writeln!(
        out,
        "\noverall (in scope): {} / {} passed = {:.1}%   ({} failed, {} skipped of {} tests)",
        o.passed,
        o.in_scope(),
        o.percent(),
        o.failed,
        o.skipped,
        o.total
    );
    if s.panics > 0 {
        let _ = writeln!(out, "!!! {} test(s) PANICKED inside jsvm (reason PANIC in the results file) !!!", s.panics);
    }
    if !s.skip_reasons.is_empty() {
        let _ = writeln!(out, "\nskipped, by reason:");
        let mut reasons: Vec<(&String, &usize)> = s.skip_reasons.iter().collect();
        reasons.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (reason, n) in reasons {
            let _ = writeln!(out, "  {n:>7}  {reason}");
        }
    }
    out
}

/// A failure reason with its specifics (quoted text, numbers, file
/// positions, values in «») blurred, so similar failures group together.
pub fn normalize_reason(reason: &str) -> String {
    let mut out = String::new();
    let mut chars = reason.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        // An apostrophe inside a word (`don't`) opens no quote.
        let opens_quote = c == '«' || c == '"' || c == '`' || (c == '\'' && !prev.is_alphanumeric());
        // Digits inside a word (`Test262Error`) stay.
        let number = c.is_ascii_digit() && !prev.is_alphanumeric();
        prev = c;
        match c {
            _ if opens_quote => {
                let close = if c == '«' { '»' } else { c };
                let mut closed = false;
                for d in chars.by_ref() {
                    if d == close {
                        closed = true;
                        break;
                    }
                }
                out.push(c);
                out.push('…');
                if closed {
                    out.push(close);
                }
            }
            _ if number => {
                while chars.peek().is_some_and(|d| d.is_ascii_digit()) {
                    chars.next();
                }
                out.push('N');
            }
            _ => out.push(c),
        }
    }
    // Stack-trace positions such as ` (test/…/x.js:N:N)` go.
    if let Some(at) = out.find(" (test/") {
        out.truncate(at);
    }
    let out = out.trim();
    match out.char_indices().nth(120) {
        Some((at, _)) => format!("{}…", &out[..at]),
        None => out.to_string(),
    }
}

/// The `n` most common normalized failure reasons, with counts.
pub fn failure_groups(results: &[TestResult], n: usize) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for r in results.iter().filter(|r| r.status == Status::Fail) {
        *counts.entry(normalize_reason(&r.reason)).or_default() += 1;
    }
    let mut groups: Vec<(String, usize)> = counts.into_iter().collect();
    groups.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    groups.truncate(n);
    groups
}

pub fn render_failure_groups(groups: &[(String, usize)]) -> String {
    let mut out = String::new();
    if !groups.is_empty() {
        let _ = writeln!(out, "most common failure reasons:");
        for (reason, n) in groups {
            let _ = writeln!(out, "  {n:>7}  {reason}");
        }
    }
    out
}

/// The results file: one `STATUS path [reason]` line per test, sorted by
/// path.
pub fn write_results(results: &[TestResult]) -> String {
    let mut sorted: Vec<&TestResult> = results.iter().collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    let mut out = String::new();
    for r in sorted {
        out.push_str(r.status.as_str());
        out.push(' ');
        out.push_str(&r.path);
        if !r.reason.is_empty() {
            out.push(' ');
            out.push_str(&r.reason);
        }
        out.push('\n');
    }
    out
}

/// Reads a results file back.
pub fn parse_results(text: &str) -> Result<Vec<TestResult>, String> {
    let mut results = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, ' ');
        let status = parts.next().and_then(Status::parse);
        let path = parts.next().filter(|p| !p.is_empty());
        match (status, path) {
            (Some(status), Some(path)) => results.push(TestResult::new(path, status, parts.next().unwrap_or(""))),
            _ => return Err(format!("line {}: expected `PASS|FAIL|SKIP <path> [reason]`", n + 1)),
        }
    }
    Ok(results)
}

/// One test whose status differs from the baseline's (`before` is `None`
/// for a test the baseline does not have).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub path: String,
    pub before: Option<Status>,
    pub after: Status,
    pub reason: String,
}

/// A run compared with a baseline.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    pub changes: Vec<Change>,
    /// Now PASS, before anything else (or absent).
    pub newly_passing: usize,
    /// Now FAIL, before PASS.
    pub newly_failing: usize,
}

/// The tests of `current` whose status changed since `baseline`, by path.
/// Tests of the baseline that this run did not include are ignored, so a
/// filtered run compares cleanly with a full baseline.
pub fn diff(baseline: &[TestResult], current: &[TestResult]) -> Diff {
    let before: HashMap<&str, Status> = baseline.iter().map(|r| (r.path.as_str(), r.status)).collect();
    let mut d = Diff::default();
    let mut sorted: Vec<&TestResult> = current.iter().collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    for r in sorted {
        let old = before.get(r.path.as_str()).copied();
        if old == Some(r.status) {
            continue;
        }
        if r.status == Status::Pass {
            d.newly_passing += 1;
        }
        if r.status == Status::Fail && old == Some(Status::Pass) {
            d.newly_failing += 1;
        }
        d.changes.push(Change { path: r.path.clone(), before: old, after: r.status, reason: r.reason.clone() });
    }
    d
}

pub fn render_diff(d: &Diff) -> String {
    let mut out = String::new();
    for c in &d.changes {
        let before = c.before.map_or("NEW ", |s| s.as_str());
        let _ = write!(out, "{before} -> {} {}", c.after, c.path);
        if !c.reason.is_empty() {
            let _ = write!(out, "  {}", c.reason);
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "\nchanged since baseline: {} ({} newly passing, {} newly failing)",
        d.changes.len(),
        d.newly_passing,
        d.newly_failing
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(path: &str, status: Status, reason: &str) -> TestResult {
        TestResult::new(path, status, reason)
    }

    #[test]
    fn groups() {
        assert_eq!(group_of("test/language/expressions/addition/a.js"), "language/expressions");
        assert_eq!(group_of("test/built-ins/Array/from/a.js"), "built-ins/Array");
        assert_eq!(group_of("test/language/a.js"), "language");
    }

    #[test]
    fn results_file_round_trip() {
        let results = vec![
            r("test/language/b.js", Status::Fail, "uncaught Test262Error: x\n  at f (test/language/b.js:3:1)"),
            r("test/language/a.js", Status::Pass, ""),
            r("test/language/c.js", Status::Skip, "feature Proxy"),
        ];
        let text = write_results(&results);
        assert_eq!(
            text,
            "PASS test/language/a.js\n\
             FAIL test/language/b.js uncaught Test262Error: x   at f (test/language/b.js:3:1)\n\
             SKIP test/language/c.js feature Proxy\n"
        );
        let back = parse_results(&text).unwrap();
        assert_eq!(back.len(), 3);
        assert_eq!(write_results(&back), text);
        assert_eq!(back[2], r("test/language/c.js", Status::Skip, "feature Proxy"));
        assert!(parse_results("MAYBE test/x.js\n").is_err());
        assert!(parse_results("PASS\n").is_err());
    }

    #[test]
    fn baseline_diff() {
        let baseline = vec![
            r("test/a.js", Status::Pass, ""),
            r("test/b.js", Status::Fail, "x"),
            r("test/c.js", Status::Pass, ""),
            r("test/d.js", Status::Skip, "modules"),
            r("test/not-run.js", Status::Pass, ""),
        ];
        let current = vec![
            r("test/e.js", Status::Pass, ""),
            r("test/c.js", Status::Fail, "compile error: y"),
            r("test/b.js", Status::Pass, ""),
            r("test/a.js", Status::Pass, ""),
            r("test/d.js", Status::Skip, "modules"),
        ];
        let d = diff(&baseline, &current);
        assert_eq!(d.newly_passing, 2);
        assert_eq!(d.newly_failing, 1);
        let paths: Vec<&str> = d.changes.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(paths, vec!["test/b.js", "test/c.js", "test/e.js"]);
        assert_eq!(d.changes[1].before, Some(Status::Pass));
        assert_eq!(d.changes[2].before, None);
        let text = render_diff(&d);
        assert!(text.contains("FAIL -> PASS test/b.js"));
        assert!(text.contains("PASS -> FAIL test/c.js  compile error: y"));
        assert!(text.contains("NEW  -> PASS test/e.js"));
        assert!(text.contains("3 (2 newly passing, 1 newly failing)"));
        assert_eq!(diff(&current, &current), Diff::default());
    }

    #[test]
    fn summary_and_table() {
        let results = vec![
            r("test/language/expressions/a.js", Status::Pass, ""),
            r("test/language/expressions/b.js", Status::Fail, "PANIC: oops"),
            r("test/language/expressions/c.js", Status::Skip, "modules"),
            r("test/language/statements/d.js", Status::Pass, ""),
            r("test/language/statements/e.js", Status::Skip, "modules"),
            r("test/language/statements/f.js", Status::Skip, "sloppy mode"),
        ];
        let s = summarize(&results);
        assert_eq!(s.overall, Counts { total: 6, passed: 2, failed: 1, skipped: 3 });
        assert_eq!(s.overall.in_scope(), 3);
        assert_eq!(s.groups["language/statements"], Counts { total: 3, passed: 1, failed: 0, skipped: 2 });
        assert_eq!(s.skip_reasons["modules"], 2);
        assert_eq!(s.panics, 1);
        let table = render_summary(&s);
        assert!(table.contains("overall (in scope): 2 / 3 passed = 66.7%"));
        assert!(table.contains("PANICKED"));
        assert!(table.contains("language/statements"));
    }

    #[test]
    fn failure_reason_groups() {
        assert_eq!(
            normalize_reason("uncaught Test262Error: Expected SameValue(«1», «\"a\"») to be true"),
            "uncaught Test262Error: Expected SameValue(«…», «…») to be true"
        );
        assert_eq!(
            normalize_reason("compile error: 'x' is not supported at 12"),
            "compile error: '…' is not supported at N"
        );
        assert_eq!(normalize_reason("uncaught TypeError: boom (test/x.js:3:4)"), "uncaught TypeError: boom");
        assert_eq!(normalize_reason("can't do 'that'"), "can't do '…'");
        let results = vec![
            r("test/a.js", Status::Fail, "uncaught TypeError: 1"),
            r("test/b.js", Status::Fail, "uncaught TypeError: 2"),
            r("test/c.js", Status::Fail, "out of gas"),
            r("test/d.js", Status::Pass, ""),
        ];
        assert_eq!(
            failure_groups(&results, 10),
            vec![("uncaught TypeError: N".to_string(), 2), ("out of gas".to_string(), 1)]
        );
        assert_eq!(failure_groups(&results, 1).len(), 1);
    }
}
