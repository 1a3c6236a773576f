//! Unit tests: compile errors with positions, the nesting guard, and the
//! shape of generated code through the disassembler.

use jsvm_vm::isa::Instr;
use jsvm_vm::module::{Module, Position};

use crate::{CompileError, compile};

fn err(source: &str) -> CompileError {
    match compile(source, "t.js", usize::MAX) {
        Ok(m) => panic!("expected an error, got\n{}", jsvm_vm::isa::disasm::disassemble(m.module())),
        Err(e) => e,
    }
}

/// The compiled module; `compile` has run it through the verifier, which
/// refuses any register, target, constant, function index or handler out of
/// place.
fn module(source: &str) -> Module {
    match compile(source, "t.js", usize::MAX) {
        Ok(m) => (**m.module()).clone(),
        Err(e) => panic!("{e}"),
    }
}

fn dis(source: &str) -> String {
    jsvm_vm::isa::disasm::disassemble(&module(source))
}

#[track_caller]
fn assert_error(source: &str, message: &str, line: u32, column: u32) {
    let e = err(source);
    assert_eq!((e.message.as_str(), e.line, e.column), (message, line, column), "{source}");
}

#[test]
fn invalid_regular_expressions_are_early_errors() {
    assert_error("x = /(/;", "Invalid regular expression: /(/: Unterminated capturing group", 1, 5);
    assert_error("let a = 1;\n  x = /a/gg;", "Flag g is mentioned twice in regular expression literal", 2, 11);
    assert_error(
        "x = /\\k<n>(?<m>.)/u;",
        "Invalid regular expression: /\\k<n>(?<m>.)/u: Invalid named reference",
        1,
        5,
    );
}

#[test]
fn display_names_the_position() {
    let e = CompileError { message: "x".into(), line: 3, column: 7, kind: crate::CompileErrorKind::Syntax };
    assert_eq!(e.to_string(), "SyntaxError: x (3:7)");
}

#[test]
fn features_out_by_design_are_named() {
    assert_error("let a = 1;\nasync function f() {}", "async functions are not supported by jsvm", 2, 1);
    assert_error("x = async () => 1;", "async functions are not supported by jsvm", 1, 5);
    assert_error("with (a) {}", "with statements are not supported by jsvm", 1, 1);
    assert_error("import x from 'y';", "import and export are not supported by jsvm", 1, 1);
    assert_error("export const a = 1;", "import and export are not supported by jsvm", 1, 1);
    assert_error("f(import('x'));", "import() is not supported by jsvm", 1, 3);
    assert_error("let n = 10n;", "BigInt literals are not supported by jsvm", 1, 9);
}

#[test]
fn features_not_built_yet_are_named() {
    assert_error("class A { accessor x = 1; }", "accessor fields are not supported yet", 1, 11);
}

#[test]
fn early_errors_have_positions() {
    let e = err("let a;\nlet a;");
    assert!(e.message.contains("already been declared"), "{e}");
    assert_eq!(e.line, 2);
    let e = err("break;");
    assert_eq!((e.line, e.column), (1, 1));
    let e = err("x = 08;");
    assert_eq!((e.line, e.column), (1, 5), "{e}");
    let e = err("var a = 1;\n  delete a;");
    assert_eq!(e.line, 2, "{e}");
    let e = err("function f(a, a) {}");
    assert!(e.line == 1, "{e}");
    // Strict mode applies to the whole script.
    let e = err("var let = 1;");
    assert_eq!(e.line, 1);
}

#[test]
fn columns_count_chars_not_bytes() {
    assert_error("'ü€😀'; x = 1n;", "BigInt literals are not supported by jsvm", 1, 12);
}

#[test]
fn hashbang_keeps_positions() {
    assert_error("#!/usr/bin/env jsvm\nx = 1n;", "BigInt literals are not supported by jsvm", 2, 5);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let n = 100_000;
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let source = format!("x = {}1{};", open.repeat(n), close.repeat(n));
        assert_eq!(err(&source).message, "nesting too deep");
    }
    for source in [
        format!("{}x", "!".repeat(n)),
        format!("{}x", "-".repeat(n)),
        format!("{}1", "a=".repeat(n)),
        format!("x{}", "+x".repeat(n)),
        format!("x{}", "\n+x".repeat(n)),
        format!("{}x", "typeof ".repeat(n)),
        format!("x{}", ".y".repeat(n)),
        format!("x{}", "()".repeat(n)),
        format!("{}x;", "if (a) ".repeat(n)),
        format!("{}x;", "if (a) {} else ".repeat(n)),
        format!("{}x", "x => ".repeat(n)),
        format!("{}1{}", "`${".repeat(n), "}`".repeat(n)),
        format!("{}x;", "for (;;) ".repeat(n)),
        format!("{}x{}", "!!!!!!!!!!(".repeat(900), ")".repeat(900)),
        format!("x = {}1{};", "function(){return ".repeat(n), "}".repeat(n)),
        format!("{}1{}", "function f(){".repeat(n), "}".repeat(n)),
    ] {
        assert_eq!(err(&source).message, "nesting too deep", "{}", &source[..20]);
    }
}

#[test]
fn moderate_nesting_compiles() {
    module(&format!("x = {}1{};", "(".repeat(500), ")".repeat(500)));
    module(&format!("x = {}1{};", "[".repeat(500), "]".repeat(500)));
    module(&format!("{}{}", "{".repeat(500), "}".repeat(500)));
    module(&format!("x = 1{};", " + 1".repeat(500)));
    module(&format!("{}{}", "function f() {".repeat(200), "}".repeat(200)));
}

#[test]
fn script_vars_and_functions_are_globals() {
    let d = dis("var a = 1; function f() { return a; } let b = 2;");
    assert!(d.contains("DeclareGlobalVar k") && d.contains("; \"a\""), "{d}");
    assert!(d.contains("DeclareGlobalFunction"), "{d}");
    assert!(d.contains("SetGlobal") && d.contains("GetGlobal"), "{d}");
    // `b` is a register of the script.
    assert!(d.contains("LoadInt r0, 2") || d.contains("LoadInt r1, 2"), "{d}");
}

#[test]
fn typeof_unresolvable_name_does_not_throw() {
    let d = dis("typeof nothing;");
    assert!(d.contains("GetGlobalOrUndefined"), "{d}");
}

#[test]
fn captured_bindings_live_in_environments() {
    let d = dis("function f() { let x = 1; let y = 2; return () => x + y; }");
    assert!(d.contains("PushEnv #2"), "{d}");
    assert!(d.contains("GetEnv r1, d0, s0") && d.contains("GetEnv r2, d0, s1"), "{d}");
    let d = dis("function f() { let x = 1; return x; }");
    assert!(!d.contains("PushEnv"), "{d}");
}

#[test]
fn per_iteration_let_copies_the_environment() {
    let d = dis("for (let i = 0; i < 3; i++) { f(() => i); }");
    assert!(d.contains("PushEnv #1") && d.contains("CopyEnv") && d.contains("PopEnv"), "{d}");
}

#[test]
fn tdz_reads_are_checked() {
    let d = dis("function g() { return x; } let x = 1; g();");
    assert!(d.contains("CheckInit"), "{d}");
    let d = dis("let x = 1; x;");
    assert!(!d.contains("CheckInit"), "{d}");
}

#[test]
fn const_assignment_throws_after_the_right_side() {
    let d = dis("const c = 1; c = f();");
    let call = d.find("Call").unwrap();
    let throw = d.find("ThrowConstAssign").unwrap();
    assert!(call < throw, "{d}");
}

#[test]
fn finally_body_is_compiled_once() {
    let source = "function f() { for (;;) { try { try { if (a) break; if (b) continue; return 1; } \
                  finally { marker1(); } } finally { marker2(); } } }";
    let d = dis(source);
    assert_eq!(d.matches("\"marker1\"").count(), 1, "{d}");
    assert_eq!(d.matches("\"marker2\"").count(), 1, "{d}");
}

#[test]
fn for_of_closes_the_iterator_on_early_exit() {
    let d = dis("for (const x of xs) { if (x) break; }");
    assert!(d.contains("GetIterator") && d.contains("IteratorNext"), "{d}");
    // One close for `break`, one in the handler for a throwing body.
    assert_eq!(d.matches("IteratorClose").count(), 2, "{d}");
    let m = module("function f() { for (const x of xs) { return x; } }");
    let f = &m.functions[1];
    let close = f.code.iter().position(|i| matches!(i, Instr::IteratorClose { .. })).unwrap() as u32;
    // The close on the way out is not protected by the loop's own handler.
    assert!(f.handlers.iter().all(|h| !(h.start.0 <= close && close < h.end.0)), "{:?}", f.handlers);
}

#[test]
fn inner_handlers_come_first() {
    let m = module("try { try { f(); } catch (e) { g(); } } catch (e) { h(); }");
    let hs = &m.functions[0].handlers;
    assert_eq!(hs.len(), 2);
    assert!(hs[0].end.0 - hs[0].start.0 < hs[1].end.0 - hs[1].start.0, "{hs:?}");
}

#[test]
fn method_calls_pass_the_receiver() {
    let d = dis("o.m(1);");
    assert!(d.contains("GetGlobal r2, k") && d.contains("GetProp r1, r2"), "{d}");
    assert!(d.contains("Call r0, r1, r2, r3..+1"), "{d}");
    let d = dis("f(...a, 1);");
    assert!(d.contains("ArraySpread") && d.contains("CallSpread"), "{d}");
}

#[test]
fn call_positions_point_at_the_property() {
    let m = module("function f(o) {\n  return o.a.b();\n}");
    let f = &m.functions[1];
    let call = f.code.iter().position(|i| matches!(i, Instr::Call { .. })).unwrap() as u32;
    assert_eq!(f.position_at(call), Position { line: 2, column: 14 });
    assert_eq!(f.start, Position { line: 1, column: 1 });
}

#[test]
fn function_metadata() {
    let m = module("function f(a, b = 1, ...c) { return arguments; }");
    let f = &m.functions[1];
    assert_eq!((f.name.as_str(), f.param_count, f.length, f.keeps_arguments), ("f", 2, 1, true));
    let m = module("let g = () => 1; x = { m() {}, get p() { return 1; } };");
    let names: Vec<&str> = m.functions.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["", "g", "m", "get p"]);
}

#[test]
fn named_function_expressions_see_themselves() {
    let d = dis("let f = function me(n) { return n ? me(n - 1) : 0; };");
    assert!(d.contains("PushEnv #1") && d.contains("SetEnv d0, s0"), "{d}");
}

#[test]
fn arrows_use_the_enclosing_this_and_arguments() {
    let d = dis("function f() { return () => this.x + arguments[0]; }");
    assert!(d.contains("LoadThis") && d.contains("CreateArguments"), "{d}");
    assert!(d.contains("PushEnv #2"), "{d}");
}

#[test]
fn a_broad_program_compiles() {
    let source = r#"
        var o = { a: 1, 'b': 2, 3: 4, [k]: 5, m() { return this.a; }, get g() { return 1; },
                  set g(v) {}, __proto__: null, ...rest, f: function () {}, h: () => 1 };
        var arr = [1, , 3, ...arr2];
        label: for (var i = 0; i < 10; i++) {
            for (const k in o) { if (k) continue label; else break label; }
            while (i) { do { i--; } while (i > 5); }
            switch (i) { case 1: case 2: let q = () => i; break; default: i = 0; }
        }
        try { throw new Error("x"); } catch { } finally { }
        try { f(); } catch (e) { print(e); }
        let s = `a${1}b${o.a}c`;
        o.a += 1; o[k] -= 2; o.a++; ++o[k]; x ??= 1; o.b ||= 2; o[k] &&= 3;
        print(a?.b?.[c]?.(d), a?.b.c(), delete o.a, delete o[k], void 0, typeof x, -x, +x, ~x, !x);
        print(1 + 2 * 3 ** 2 / 4 % 5 - 6 << 1 >> 2 >>> 3 & 4 | 5 ^ 6, a == b, a != b, a === b,
              a !== b, a < b, a <= b, a > b, a >= b, a in b, a instanceof b, a ? b : c, (a, b));
        new Foo(1, ...args);
        debugger;
        function outer(a = 1, ...rest) {
            const self = this;
            return function inner() { return [a, rest, self, arguments]; };
        }
    "#;
    module(source);
}

#[test]
fn literals_in_loops_are_loaded_once_at_entry() {
    let d = dis("let s = 0; for (let i = 0; i < 1000; i++) { try { s = s * 31 % 1000; } catch (e) {} }");
    // The preamble loads the loop's constants; the loop body reads them.
    let lines: Vec<&str> = d.lines().collect();
    let preamble = format!("{}\n{}", lines[1], lines[2]);
    assert!(preamble.contains("LoadInt r4, 31") && preamble.contains("LoadInt r5, 1000"), "{d}");
    assert_eq!(d.matches(", 31\n").count() + d.matches(", 1000\n").count(), 2, "{d}");
    // Handler ranges and jump targets moved with the code.
    let handler = lines.iter().find(|l| l.contains("handler [")).unwrap();
    let target: usize = handler.rsplit('@').next().unwrap().split(' ').next().unwrap().parse().unwrap();
    assert!(lines.get(target + 1).is_some_and(|l| l.contains("Catch")), "{d}");
}

#[test]
fn loops_test_at_the_bottom() {
    let d = dis("let i = 0; while (i < 10) i++;");
    assert!(d.contains("JumpIfLt"), "{d}");
    assert!(!d.contains("JumpIfNotLt"), "{d}");
}

#[test]
fn destructuring_compiles_everywhere_a_pattern_may_stand() {
    for source in [
        "let {a, b: [c = 1, ...d], ...e} = f;",
        "[a, b] = [b, a];",
        "({x: o.p, ...o.q} = r);",
        "function f(a, [b], {c} = {}, ...[d]) {}",
        "for (const {a} of b) {}",
        "for ([k, v] of m) {}",
        "try {} catch ([e]) {}",
    ] {
        assert!(
            jsvm_vm::isa::disasm::disassemble(compile(source, "t.js", usize::MAX).unwrap().module()).contains("fn0"),
            "{source}"
        );
    }
}

#[test]
fn array_patterns_close_their_iterator() {
    let d = dis("const [a, b] = c;");
    assert!(d.contains("GetIterator") && d.contains("IteratorClose") && d.contains("IteratorCloseOnThrow"), "{d}");
    assert!(d.contains("handler ["), "{d}");
}

#[test]
fn nesting_the_guard_allows_compiles_on_a_thread_with_a_small_stack() {
    // 900 nested brackets take more than a megabyte of oxc's stack: the
    // compiler moves to a fresh stack when the caller's is too short.
    let n = 900;
    let source = format!("x = {}0{};", "[".repeat(n), "]".repeat(n));
    let thread = std::thread::Builder::new()
        .stack_size(128 * 1024)
        .spawn(move || crate::compile(&source, "deep.js", usize::MAX).map(|_| ()).map_err(|e| e.to_string()));
    let result =
        thread.map_err(|e| e.to_string()).and_then(|t| t.join().map_err(|_| "the thread panicked".to_string()));
    assert_eq!(result, Ok(Ok(())));
}
