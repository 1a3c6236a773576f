#!/usr/bin/env python3
"""The memory-bound check: every shape that once made the host allocate past
its budget runs under `jsvm exec --memory M` for M = 1, 16 and 64 MiB, and
its peak RSS must stay within M + the empty script's RSS + 16 MiB.

    python3 tools/memory_bound.py [path/to/jsvm]    (default: target/debug/jsvm)

Each child runs with an address-space cap, so a regression fails the check
instead of exhausting the machine. Exits 1 if any shape is over its bound.
"""

import contextlib
import os
import resource
import subprocess
import sys
import tempfile

MIB = 1 << 20
SLACK = 16 * MIB
ADDRESS_SPACE_CAP = 8 << 30
GAS = "2e7"

SHAPES = {
    "index atoms (lastIndexOf)": "Array.prototype.lastIndexOf.call({length: 2**53-1}, 0)",
    "index atoms (reduceRight)": "Array.prototype.reduceRight.call({length: 2**53-1}, (a, b) => a, 0)",
    "index atoms (findLast)": "Array.prototype.findLast.call({length: 2**53-1}, () => false)",
    "index atoms (reverse)": "Array.prototype.reverse.call({length: 2**53-1})",
    "print.apply of big strings": 'const s = "x".repeat(100000); print.apply(null, new Array(8000).fill(s))',
    "join": 'new Array(1000).fill("x".repeat(1 << 20)).join("")',
    "join of holes": 'new Array(1e7).join("x".repeat(100))',
    "String.raw": 'String.raw({raw: new Array(1000).fill("x".repeat(1 << 20))})',
    "replace match list": '"a".repeat(1 << 22).replace(/a/g, "")',
    "normalize": '"\\u00e9".repeat(1 << 24).normalize("NFD")',
    "case mapping": '"\\u00df".repeat(1 << 24).toUpperCase()',
    "concat": 'const s = "x".repeat(1 << 20); const a = []; for (let i = 0; i < 200; i++) a.push(s.concat(s, s, s, s, s, s, s))',
    "template literal of big strings": 'const s = "x".repeat(1 << 20); const t = `' + "${s}" * 400 + '`',
    "per-iteration copies of a 5 000-binding loop scope": "let keep; for (let "
    + ", ".join(f"a{i} = 0" for i in range(5000))
    + "; a0 < 20000; a0++) { if (a0 % 1000 == 0) keep = () => ["
    + ",".join(f"a{i}" for i in range(5000))
    + "] }",
    "apply with a huge argument list": "Math.max.apply(null, new Array(1e6).fill(1))",
    "roots in a find loop": "const a = new Array(1e6).fill(0); a.find(x => { ({}); return false })",
    "sort": "const a = []; for (let i = 0; i < 100000; i++) a.push(Math.random()); a.sort()",
    "spread of a generator": "function* g() { for (let i = 0; i < 100000; i++) yield i } const a = [...g()]",
    "256 large patterns": 'for (let i = 0; i < 256; i++) new RegExp("(?:[^a]){" + (3938 + i) + "}", "u")',
    # Compiling: refused up front when it could need more than M, compiled
    # (and its bytecode counted) when not.
    "compiling a 10 MB source": "1;" * 5_000_000,
    "compiling 400 000 arrows": "const f = [" + "x=>x," * 400_000 + "];",
    "compiling 8 000 six-parameter arrows": "const f = [" + "(a,b,c,d,e,f)=>0," * 8_000 + "];",
}


@contextlib.contextmanager
def script_file(source):
    """A temporary `.js` file holding `source`, removed afterwards."""
    with tempfile.NamedTemporaryFile("w", suffix=".js", delete=False) as f:
        f.write(source)
    try:
        yield f.name
    finally:
        os.unlink(f.name)


def peak_rss(jsvm, source, memory):
    """Runs `source` and returns (peak RSS in bytes, exit code, first stderr line)."""
    with script_file(source) as path:
        cap = lambda: resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP))
        child = subprocess.Popen(
            [jsvm, "exec", path, "--memory", str(memory), "--gas", GAS, "--timeout", "60"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=cap,
        )
        _, status, usage = os.wait4(child.pid, 0)
        error = child.stderr.read().decode(errors="replace").strip().split("\n")[0]
        return usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status), error

def main():
    jsvm = sys.argv[1] if len(sys.argv) > 1 else "target/debug/jsvm"
    empty, _, _ = peak_rss(jsvm, "", 64 * MIB)
    print(f"empty script: {empty / MIB:.1f} MiB peak RSS")
    over = 0
    for name, source in SHAPES.items():
        for megabytes in (1, 16, 64):
            memory = megabytes * MIB
            rss, code, error = peak_rss(jsvm, source, memory)
            bound = memory + empty + SLACK
            ok = rss <= bound and code in (0, 1, 4, 5, 6, 7)
            over += not ok
            verdict = "ok  " if ok else "OVER"
            print(f"{verdict} {name:34} --memory {megabytes:2}MiB  peak {rss / MIB:7.1f} MiB "
                  f"(bound {bound / MIB:5.1f})  exit {code}  {error}")
    if over:
        print(f"{over} run(s) over the bound")
        sys.exit(1)


if __name__ == "__main__":
    main()
