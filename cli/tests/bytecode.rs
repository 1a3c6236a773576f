//! `jsvm compile`, and `exec`/`disasm` of bytecode files: the same run as
//! from source, and exit 3 with the reason for any file that is not valid
//! bytecode of this format version.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

const SCRIPT: &str = "function f(n) {\n  if (n > 2) throw new Error('deep ' + n);\n  return f(n + 1);\n}\nprint('start', 6 * 7);\nf(0);\n";

/// A fresh directory for one test's files.
fn workdir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jsvm-bytecode-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn jsvm(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_jsvm")).args(args).output().unwrap();
    let code = out.status.code().unwrap_or(-1);
    (code, String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Writes `prog.js` and compiles it to `prog.jsbc` (the default name).
fn compiled(dir: &Path) -> (PathBuf, PathBuf) {
    let source = dir.join("prog.js");
    std::fs::write(&source, SCRIPT).unwrap();
    let (code, out, err) = jsvm(&["compile", source.to_str().unwrap()]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    (source, dir.join("prog.jsbc"))
}

#[test]
fn a_compiled_file_runs_exactly_as_its_source() {
    let dir = workdir("runs");
    let (source, bytecode) = compiled(&dir);
    let from_source = jsvm(&["exec", source.to_str().unwrap()]);
    let from_bytecode = jsvm(&["exec", bytecode.to_str().unwrap()]);
    assert_eq!(from_source.0, 1);
    assert_eq!(from_source.1, "start 42\n");
    assert!(from_source.2.contains("at f (prog.js:2:20)"), "{}", from_source.2);
    assert_eq!(from_source, from_bytecode);
    // The gas is the same too.
    let json = |file: &Path| {
        let (_, out, _) = jsvm(&["exec", file.to_str().unwrap(), "--json", "--seed", "1"]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        (v["verdict"].clone(), v["gas_used"].clone(), v["error"].clone())
    };
    assert_eq!(json(&source), json(&bytecode));
}

#[test]
fn bytecode_is_told_apart_by_its_contents_not_its_name() {
    let dir = workdir("magic");
    let (_, bytecode) = compiled(&dir);
    let renamed = dir.join("looks-like-source.js");
    std::fs::copy(&bytecode, &renamed).unwrap();
    let (code, out, _) = jsvm(&["exec", renamed.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (1, "start 42\n"));
}

#[test]
fn compile_writes_where_it_is_told() {
    let dir = workdir("output");
    let source = dir.join("prog.js");
    std::fs::write(&source, SCRIPT).unwrap();
    let target = dir.join("other.bin");
    let (code, _, _) = jsvm(&["compile", source.to_str().unwrap(), "-o", target.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(std::fs::read(&target).unwrap().starts_with(b"jsvm"));
}

#[test]
fn compile_errors_exit_3() {
    let dir = workdir("syntax");
    let source = dir.join("bad.js");
    std::fs::write(&source, "let = ;").unwrap();
    let (code, _, err) = jsvm(&["compile", source.to_str().unwrap()]);
    assert_eq!(code, 3);
    assert!(err.starts_with("SyntaxError:"), "{err}");
    assert!(!dir.join("bad.jsbc").exists());
}

#[test]
fn disasm_reads_bytecode_files() {
    let dir = workdir("disasm");
    let (source, bytecode) = compiled(&dir);
    let from_source = jsvm(&["disasm", source.to_str().unwrap()]);
    let from_bytecode = jsvm(&["disasm", bytecode.to_str().unwrap()]);
    assert_eq!(from_source.0, 0);
    assert!(from_source.1.contains("fn1 f (Normal"), "{}", from_source.1);
    assert_eq!(from_source, from_bytecode);
}

#[track_caller]
fn assert_invalid(file: &Path, reason: &str) {
    for command in ["exec", "disasm"] {
        let (code, out, err) = jsvm(&[command, file.to_str().unwrap()]);
        assert_eq!((code, out.as_str()), (3, ""), "{command}: {err}");
        assert!(err.starts_with(&format!("jsvm: invalid bytecode: {reason}")), "{command}: {err}");
    }
}

#[test]
fn a_truncated_file_exits_3() {
    let dir = workdir("truncated");
    let (_, bytecode) = compiled(&dir);
    let bytes = std::fs::read(&bytecode).unwrap();
    std::fs::write(&bytecode, &bytes[..bytes.len() / 2]).unwrap();
    assert_invalid(&bytecode, "the file is truncated");
}

#[test]
fn a_flipped_byte_exits_3() {
    let dir = workdir("flipped");
    let (_, bytecode) = compiled(&dir);
    let mut bytes = std::fs::read(&bytecode).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x10;
    std::fs::write(&bytecode, &bytes).unwrap();
    assert_invalid(&bytecode, "checksum mismatch");
}

#[test]
fn another_format_version_exits_3_naming_both() {
    let dir = workdir("version");
    let (_, bytecode) = compiled(&dir);
    let mut bytes = std::fs::read(&bytecode).unwrap();
    bytes[8] = bytes[8].wrapping_add(1);
    std::fs::write(&bytecode, &bytes).unwrap();
    let found = u16::from_le_bytes([bytes[8], bytes[9]]);
    assert_invalid(
        &bytecode,
        &format!("bytecode format version {found} is not supported (this jsvm reads version {})", jsvm::FORMAT_VERSION),
    );
}

#[test]
fn code_the_verifier_refuses_exits_3_naming_function_and_pc() {
    use jsvm_vm::isa::file::{decode_module, encode_module};
    use jsvm_vm::isa::{Instr, Reg};
    let dir = workdir("verify");
    let (_, bytecode) = compiled(&dir);
    // Well-formed and with a good checksum, but reading a register that f
    // does not have.
    let mut module = decode_module(&std::fs::read(&bytecode).unwrap(), usize::MAX).unwrap();
    let f = &mut module.functions[1];
    f.code[0] = Instr::Move { dst: Reg(0), src: Reg(f.register_count) };
    std::fs::write(&bytecode, encode_module(&module)).unwrap();
    assert_invalid(&bytecode, "register r");
    let (_, _, err) = jsvm(&["exec", bytecode.to_str().unwrap()]);
    assert!(err.trim_end().ends_with("(src) out of range (function f, pc 0)"), "{err}");
}

#[test]
fn a_file_too_big_for_the_memory_limit_exits_5() {
    let dir = workdir("memory");
    let source = dir.join("big.js");
    std::fs::write(&source, "let x = 0;\n".to_string() + &"x = x + 1;\n".repeat(50_000)).unwrap();
    let (code, _, err) = jsvm(&["compile", source.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let bytecode = dir.join("big.jsbc");
    let (code, _, err) = jsvm(&["exec", bytecode.to_str().unwrap(), "--memory", "1MiB"]);
    assert_eq!(code, 5, "{err}");
    assert!(err.starts_with("jsvm: out of memory: loading this bytecode needs more than 1048576 bytes"), "{err}");
    let (code, _, _) = jsvm(&["exec", bytecode.to_str().unwrap()]);
    assert_eq!(code, 0);
}
