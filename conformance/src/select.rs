//! The skip rules: which test262 tests are in scope for jsvm (DESIGN §2:
//! strict-mode ES2023 scripts, no `eval`, modules, Proxy, Promise,
//! typed arrays, …) and, for those that are, how to run them. Every skip
//! carries a short reason; the report counts tests per reason.

use crate::frontmatter::{self, Frontmatter};

/// Directories (relative to the checkout, prefix match on whole path
/// components) whose tests are out of scope, with the reason.
const SKIPPED_DIRS: &[(&str, &str)] = &[
    ("test/intl402", "Intl: out by design"),
    ("test/staging", "staging (unfinished proposals)"),
    ("test/annexB/language", "Annex B language (sloppy web compat)"),
    ("test/annexB/built-ins/Date", "Date: out by design"),
    ("test/annexB/built-ins/TypedArrayConstructors", "typed arrays: out by design"),
    ("test/built-ins/Proxy", "Proxy: out by design"),
    ("test/built-ins/Promise", "Promise: not yet"),
    ("test/built-ins/Date", "Date: out by design"),
    ("test/built-ins/TypedArray", "typed arrays: out by design"),
    ("test/built-ins/TypedArrayConstructors", "typed arrays: out by design"),
    ("test/built-ins/ArrayBuffer", "typed arrays: out by design"),
    ("test/built-ins/SharedArrayBuffer", "typed arrays: out by design"),
    ("test/built-ins/Atomics", "typed arrays: out by design"),
    ("test/built-ins/DataView", "typed arrays: out by design"),
    ("test/built-ins/WeakRef", "WeakRef/FinalizationRegistry: out by design"),
    ("test/built-ins/FinalizationRegistry", "WeakRef/FinalizationRegistry: out by design"),
    ("test/built-ins/AsyncFunction", "async: not yet"),
    ("test/built-ins/AsyncGeneratorFunction", "async: not yet"),
    ("test/built-ins/AsyncGeneratorPrototype", "async: not yet"),
    ("test/built-ins/AsyncFromSyncIteratorPrototype", "async: not yet"),
    ("test/built-ins/AsyncIteratorPrototype", "async: not yet"),
    ("test/built-ins/BigInt", "BigInt: not yet"),
    ("test/built-ins/Temporal", "Temporal: out of scope"),
    ("test/built-ins/ShadowRealm", "ShadowRealm: out of scope"),
    ("test/built-ins/AsyncDisposableStack", "async: not yet"),
    ("test/language/statements/await-using", "async: not yet"),
    ("test/language/module-code", "modules"),
    ("test/language/import", "modules"),
    ("test/language/export", "modules"),
    ("test/language/eval-code", "eval/Function: out by design"),
    ("test/language/expressions/dynamic-import", "modules"),
];

/// Feature tags that put a test out of scope: things DESIGN §2 rules out,
/// and proposals newer than ES2023.
const SKIPPED_FEATURES: &[&str] = &[
    // Out by design or not yet.
    "Proxy",
    "async-functions",
    "async-iteration",
    "Symbol.asyncIterator",
    "BigInt",
    "TypedArray",
    "ArrayBuffer",
    "SharedArrayBuffer",
    "Atomics",
    "Atomics.wait",
    "Atomics.waitAsync",
    "Atomics.pause",
    "DataView",
    "resizable-arraybuffer",
    "arraybuffer-transfer",
    "immutable-arraybuffer",
    "Float16Array",
    "Int8Array",
    "Int16Array",
    "Int32Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "Uint16Array",
    "Uint32Array",
    "Float32Array",
    "Float64Array",
    "BigInt64Array",
    "BigUint64Array",
    "uint8array-base64",
    "WeakRef",
    "FinalizationRegistry",
    "Promise",
    "Temporal",
    "dynamic-import",
    "top-level-await",
    "json-modules",
    "source-phase-imports",
    "source-phase-imports-module-source",
    "ShadowRealm",
    "decorators",
    "Array.fromAsync",
    "cross-realm",
    "IsHTMLDDA",
    "tail-call-optimization",
    "host-gc-required",
    "caller",
    // Module-only syntax.
    "import.meta",
    "export-star-as-namespace-from-module",
    "arbitrary-module-namespace-names",
    // Proposals after ES2023.
    "error-stack-accessor",
    "nonextensible-applies-to-private",
    "canonical-tz",
];

/// The globals of typed arrays and array buffers.
const TYPED_ARRAY_GLOBALS: &[&str] = &[
    "ArrayBuffer",
    "SharedArrayBuffer",
    "DataView",
    "Int8Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "Int16Array",
    "Uint16Array",
    "Int32Array",
    "Uint32Array",
    "Float16Array",
    "Float32Array",
    "Float64Array",
    "BigInt64Array",
    "BigUint64Array",
];

/// Harness files that hold BigInt literals, so no test including them
/// compiles until BigInt is in.
const HARNESS_USING_BIGINT: &[&str] = &["temporalHelpers.js"];

/// Feature-tag prefixes that put a test out of scope.
const SKIPPED_FEATURE_PREFIXES: &[&str] = &["promise-", "Promise.", "Intl-", "Intl.", "import-"];

/// How a test that is run should end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expectation {
    /// Compiles and runs to completion.
    Pass,
    /// Fails to compile (phase `parse` or `early`).
    CompileError,
    /// Compiles, then throws an uncaught error of this type.
    RuntimeError(String),
}

/// A test in scope: what to prepend and what to expect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Harness files to prepend, in order (empty for `raw` tests).
    pub harness: Vec<String>,
    pub expect: Expectation,
}

/// The verdict of the skip rules for one test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    Skip(String),
    Run(Plan),
}

/// Whether a test file is a fixture (imported by other tests, never run).
pub fn is_fixture(path: &str) -> bool {
    path.ends_with("_FIXTURE.js")
}

/// The directory rule that skips `path` (relative to the checkout, with `/`
/// separators), if any.
pub fn skip_for_path(path: &str) -> Option<&'static str> {
    SKIPPED_DIRS
        .iter()
        .find(|(dir, _)| path.strip_prefix(dir).is_some_and(|rest| rest.starts_with('/')))
        .map(|(_, r)| *r)
}

/// Whether a feature tag is out of scope.
pub fn feature_out_of_scope(feature: &str) -> bool {
    SKIPPED_FEATURES.contains(&feature) || SKIPPED_FEATURE_PREFIXES.iter().any(|p| feature.starts_with(p))
}

/// Applies every rule to one test: its path, its full source and its parsed
/// frontmatter.
pub fn select(path: &str, source: &str, fm: &Frontmatter) -> Selection {
    if let Some(reason) = skip_for_path(path) {
        return Selection::Skip(reason.to_string());
    }
    if fm.has_flag("module") {
        return Selection::Skip("modules".to_string());
    }
    if fm.negative.as_ref().is_some_and(|n| n.phase == "resolution") {
        return Selection::Skip("modules".to_string());
    }
    if fm.has_flag("noStrict") {
        return Selection::Skip("sloppy mode".to_string());
    }
    if fm.has_flag("async") {
        return Selection::Skip("async".to_string());
    }
    if fm.has_flag("CanBlockIsTrue") {
        return Selection::Skip("agents (CanBlockIsTrue)".to_string());
    }
    if let Some(f) = fm.features.iter().find(|f| feature_out_of_scope(f)) {
        return Selection::Skip(format!("feature {f}"));
    }
    let expect = match &fm.negative {
        None => Expectation::Pass,
        Some(n) => match n.phase.as_str() {
            "parse" | "early" => Expectation::CompileError,
            "runtime" => Expectation::RuntimeError(n.error_type.clone()),
            other => return Selection::Skip(format!("unknown negative phase {other}")),
        },
    };
    // Text checks look at the code, not at the frontmatter's prose.
    let code = frontmatter::strip_block(source);
    if code.contains("$262") {
        return Selection::Skip("host hooks".to_string());
    }
    // A test that must not compile never runs, so `eval` in it is harmless
    // (often it is the point: `function eval() {}` is an early error).
    if expect != Expectation::CompileError && uses_eval_or_function(&code) {
        return Selection::Skip("eval/Function: out by design".to_string());
    }
    // Tests elsewhere that lean on a global or syntax jsvm leaves out,
    // untagged.
    const AS_VALUE: &[char] = &['(', '.', ')', ';', ',', '=', '!'];
    if mentions_call(&code, "Date", AS_VALUE) {
        return Selection::Skip("Date: out by design".to_string());
    }
    if TYPED_ARRAY_GLOBALS.iter().any(|name| mentions_call(&code, name, AS_VALUE)) {
        return Selection::Skip("typed arrays: out by design".to_string());
    }
    if mentions_call(&code, "Promise", AS_VALUE) {
        return Selection::Skip("Promise: not yet".to_string());
    }
    if expect != Expectation::CompileError && (uses_async_syntax(&code) || code.contains("AsyncDisposableStack")) {
        return Selection::Skip("async".to_string());
    }
    if mentions_call(&code, "Proxy", &['(']) {
        return Selection::Skip("Proxy: out by design".to_string());
    }
    if uses_bigint_literal(&code) || fm.includes.iter().any(|inc| HARNESS_USING_BIGINT.contains(&inc.as_str())) {
        return Selection::Skip("BigInt: not yet".to_string());
    }
    let harness = if fm.has_flag("raw") {
        Vec::new()
    } else {
        let mut h = vec!["assert.js".to_string(), "sta.js".to_string()];
        for inc in &fm.includes {
            if !h.contains(inc) {
                h.push(inc.clone());
            }
        }
        h
    };
    Selection::Run(Plan { harness, expect })
}

/// Whether `code` calls or takes the global `eval` (`eval(…)`,
/// `(0, eval)(…)`, `eval?.(…)`, `var e = eval;`) or calls `Function` or
/// %GeneratorFunction% (both compile their arguments).
fn uses_eval_or_function(code: &str) -> bool {
    mentions_call(code, "eval", &['(', ')', '?', ';', ',', '=', '!', '.'])
        || mentions_call(code, "Function", &['('])
        || mentions_call(code, "GeneratorFunction", &['('])
        // The harness's getWellKnownIntrinsicObject compiles each source
        // text with `new Function`.
        || code.contains("getWellKnownIntrinsicObject(")
        || ["new Function", "Function.call(", "Function.apply(", "extends Function"]
            .iter()
            .any(|call| code.contains(call))
}

/// Whether `code` has an async function, arrow, method or generator: the
/// word `async` followed on its line by `function`, `(`, `*`, `[`, `#`, or
/// a name and then `=>` or `(`.
fn uses_async_syntax(code: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    code.match_indices("async").any(|(at, _)| {
        let before_ok = code[..at].chars().next_back().is_none_or(|c| !(is_ident(c) || c == '.'));
        let rest = &code[at + "async".len()..];
        let after = rest.trim_start_matches([' ', '\t']);
        if !before_ok || after.len() == rest.len() && !after.starts_with('(') {
            return false;
        }
        if after.starts_with(['(', '*', '[', '#']) {
            return true;
        }
        let name_len = after.find(|c: char| !is_ident(c)).unwrap_or(after.len());
        let (name, tail) = after.split_at(name_len);
        let tail = tail.trim_start_matches([' ', '\t']);
        !name.is_empty() && (name == "function" || tail.starts_with("=>") || tail.starts_with('('))
    })
}

/// Whether `code` holds a BigInt literal such as `1n` or `0xFFn`: a number
/// that starts a token and ends in `n`.
fn uses_bigint_literal(code: &str) -> bool {
    let bytes = code.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let starts_token = i == 0 || bytes.get(i - 1).is_some_and(|&p| !is_ident(p) && p != b'.');
        if b.is_ascii_digit() && starts_token {
            let mut j = i;
            while bytes.get(j).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_') {
                j += 1;
            }
            let number = bytes.get(i..j).and_then(|token| token.strip_suffix(b"n"));
            if number.is_some_and(is_integer_literal) {
                return true;
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    false
}

/// Whether `text` is a decimal, hex, octal or binary integer literal.
fn is_integer_literal(text: &[u8]) -> bool {
    let digits = |t: &[u8], ok: fn(&u8) -> bool| !t.is_empty() && t.iter().all(|c| ok(c) || *c == b'_');
    match text {
        [b'0', b'x' | b'X', rest @ ..] => digits(rest, u8::is_ascii_hexdigit),
        [b'0', b'o' | b'O' | b'b' | b'B', rest @ ..] => digits(rest, u8::is_ascii_digit),
        _ => digits(text, u8::is_ascii_digit),
    }
}

/// Whether `code` uses the identifier `name` (a whole identifier, not the
/// tail of a longer one such as `GeneratorFunction` or a property `x.eval`)
/// followed, after optional spaces, by one of `followers`: `eval(`,
/// `(0, eval)(…)`, `Function (`.
fn mentions_call(code: &str, name: &str, followers: &[char]) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    code.match_indices(name).any(|(at, _)| {
        let before_ok = code[..at].chars().next_back().is_none_or(|c| !(is_ident(c) || c == '.'));
        let after = code[at + name.len()..].trim_start_matches([' ', '\t']);
        before_ok && after.chars().next().is_some_and(|c| followers.contains(&c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frontmatter::{Negative, parse};

    fn sel(path: &str, src: &str) -> Selection {
        select(path, src, &parse(src).unwrap())
    }

    fn skip(reason: &str) -> Selection {
        Selection::Skip(reason.to_string())
    }

    #[test]
    fn directory_rules() {
        assert_eq!(skip_for_path("test/annexB/language/x.js"), Some("Annex B language (sloppy web compat)"));
        assert_eq!(skip_for_path("test/annexB/built-ins/escape/x.js"), None);
        assert_eq!(skip_for_path("test/built-ins/Proxy/create.js"), Some("Proxy: out by design"));
        assert_eq!(skip_for_path("test/language/expressions/dynamic-import/a.js"), Some("modules"));
        assert_eq!(skip_for_path("test/language/eval-code/direct/a.js"), Some("eval/Function: out by design"));
        // Whole components only: `DateX` is not `Date`.
        assert_eq!(skip_for_path("test/built-ins/DateX/a.js"), None);
        assert_eq!(skip_for_path("test/language/expressions/addition/a.js"), None);
        assert!(is_fixture("test/language/module-code/a_FIXTURE.js"));
    }

    #[test]
    fn flag_rules() {
        let p = "test/language/x.js";
        assert_eq!(sel(p, "/*---\nflags: [noStrict]\n---*/"), skip("sloppy mode"));
        assert_eq!(sel(p, "/*---\nflags: [module]\n---*/"), skip("modules"));
        assert_eq!(sel(p, "/*---\nflags: [async]\n---*/"), skip("async"));
        assert_eq!(sel(p, "/*---\nnegative:\n  phase: resolution\n  type: SyntaxError\n---*/"), skip("modules"));
    }

    #[test]
    fn feature_rules() {
        let p = "test/language/x.js";
        assert_eq!(sel(p, "/*---\nfeatures: [class, Proxy]\n---*/"), skip("feature Proxy"));
        assert!(!feature_out_of_scope("Reflect.construct"), "Reflect is in scope");
        assert_eq!(sel(p, "/*---\nfeatures: [promise-with-resolvers]\n---*/"), skip("feature promise-with-resolvers"));
        assert_eq!(sel(p, "/*---\nfeatures: [Intl-enumeration]\n---*/"), skip("feature Intl-enumeration"));
        assert_eq!(sel(p, "/*---\nfeatures: [import-defer]\n---*/"), skip("feature import-defer"));
        for f in ["class", "generators", "destructuring-binding", "Symbol.iterator", "optional-chaining", "let"] {
            assert!(!feature_out_of_scope(f), "{f}");
        }
    }

    #[test]
    fn source_rules() {
        let p = "test/language/x.js";
        assert_eq!(sel(p, "/*---\n---*/\n$262.createRealm();"), skip("host hooks"));
        assert_eq!(sel(p, "/*---\n---*/\neval('1');"), skip("eval/Function: out by design"));
        assert_eq!(
            sel(p, "/*---\n---*/\nvar f = new Function('a', 'return a');"),
            skip("eval/Function: out by design")
        );
        assert_eq!(sel(p, "/*---\n---*/\nFunction('return 1')();"), skip("eval/Function: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\n(0, eval)('1');"), skip("eval/Function: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\nvar e = eval;"), skip("eval/Function: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\neval?.('1');"), skip("eval/Function: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\nvar d = new Date(0);"), skip("Date: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\nDate.now();"), skip("Date: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\nif (Date === null) {}"), skip("Date: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\nif (eval === null) {}"), skip("eval/Function: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\nnew Proxy({}, {});"), skip("Proxy: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\nvar g = GeneratorFunction('yield 1');"), skip("eval/Function: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\nFunction.call(this, 'return 1');"), skip("eval/Function: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\nvar big = 10n;"), skip("BigInt: not yet"));
        assert_eq!(sel(p, "/*---\n---*/\nnew Uint8Array(4);"), skip("typed arrays: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\nPromise.resolve(1);"), skip("Promise: not yet"));
        assert_eq!(sel(p, "/*---\n---*/\nvar n = eval.length;"), skip("eval/Function: out by design"));
        assert_eq!(sel(p, "/*---\n---*/\nclass F extends Function {}"), skip("eval/Function: out by design"));
        let intrinsic = "/*---\n---*/\nvar p = getWellKnownIntrinsicObject('%IteratorHelperPrototype%');";
        assert_eq!(sel(p, intrinsic), skip("eval/Function: out by design"));
        for asynchronous in ["async function f() {}", "var f = async x => x;", "({ async m() {} });", "async () => 1;"]
        {
            assert_eq!(sel(p, &format!("/*---\n---*/\n{asynchronous}")), skip("async"), "{asynchronous}");
        }
        for not_async in ["var async = 1;", "async\nfunction f() {}", "o.async(1);", "var asyncFn;"] {
            assert!(matches!(sel(p, &format!("/*---\n---*/\n{not_async}")), Selection::Run(_)), "{not_async}");
        }
        let temporal = "/*---\nincludes: [temporalHelpers.js]\n---*/\nIterator.from(x);";
        assert_eq!(sel(p, temporal), skip("BigInt: not yet"));
        assert_eq!(sel(p, "/*---\n---*/\nf(0xFFn);"), skip("BigInt: not yet"));
        assert!(matches!(
            sel(p, "/*---\n---*/\nvar x1n = 1e5, y = a1n, z = 1.5, s = '%23Description';"),
            Selection::Run(_)
        ));
        let mentions = "/*---\n---*/\nvar Dates = 1; o.Date(); getDate(); var Proxy2;";
        assert!(matches!(sel(p, mentions), Selection::Run(_)));
        // A negative syntax test never runs: `eval` in it is fine.
        let early = "/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\nfunction eval() {}";
        assert!(matches!(sel(p, early), Selection::Run(_)));
        // Prose in the frontmatter and longer identifiers do not count.
        let ok = "/*---\ndescription: uses eval(x) and $262\n---*/\nvar GeneratorFunction = 1; myeval(1); MyGeneratorFunction(); o.eval(1); evaluate(); var evil;";
        assert!(matches!(sel(p, ok), Selection::Run(_)));
    }

    #[test]
    fn plans() {
        let p = "test/language/x.js";
        let src = "/*---\nincludes: [compareArray.js, sta.js]\n---*/";
        let expected = Plan {
            harness: vec!["assert.js".into(), "sta.js".into(), "compareArray.js".into()],
            expect: Expectation::Pass,
        };
        assert_eq!(sel(p, src), Selection::Run(expected));
        let raw = sel(p, "/*---\nflags: [raw]\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/");
        assert_eq!(raw, Selection::Run(Plan { harness: vec![], expect: Expectation::CompileError }));
        let fm = Frontmatter {
            negative: Some(Negative { phase: "runtime".into(), error_type: "TypeError".into() }),
            ..Frontmatter::default()
        };
        match select(p, "", &fm) {
            Selection::Run(plan) => assert_eq!(plan.expect, Expectation::RuntimeError("TypeError".into())),
            other => panic!("{other:?}"),
        }
    }
}
