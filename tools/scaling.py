#!/usr/bin/env python3
"""The scaling check: shapes an adversary once made quadratic (property
deletes, colliding Map keys, the Symbol registry, for-in, private names,
string search, copying array methods) run at n and 4n; the time ratio of a
linear shape is about 4 (16 would be quadratic).

    python3 tools/scaling.py [path/to/jsvm]    (default: target/release/jsvm)
"""

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from memory_bound import script_file  # noqa: E402

SHAPES = {
    "property deletes": lambda n: f'const o = {{}}; for (let i = 0; i < {n}; i++) o["k" + i] = i; for (let i = 0; i < {n}; i++) delete o["k" + i];',
    "Map keys 2^32 apart": lambda n: f"const m = new Map(); for (let i = 0; i < {n}; i++) m.set(i * 4294967296, i);",
    "sparse indices 2^20 apart": lambda n: f"const a = []; for (let i = 1; i <= {n}; i++) a[i * 1048576] = i;",
    "Symbol registry": lambda n: f'for (let i = 0; i < {n}; i++) Symbol.for("s" + i); for (let i = 0; i < {n}; i++) Symbol.for("s" + i);',
    "for-in": lambda n: f'const o = {{}}; for (let i = 0; i < {n}; i++) o["k" + i] = i; let c = 0; for (const k in o) c++;',
    "private names": lambda n: "class A {" + "".join(f"#f{i} = {i};" for i in range(n // 5)) + "} new A();",
    "search for a^k b in a^n": lambda n: f'const t = "a".repeat({n} * 10); const p = "a".repeat(1000) + "b"; for (let i = 0; i < 20; i++) t.indexOf(p);',
    "toReversed/with/toSpliced": lambda n: f"const a = []; for (let i = 0; i < {n}; i++) a.push(i); for (let k = 0; k < 5; k++) {{ a.toReversed(); a.with(1, 2); a.toSpliced(1, 1); }}",
}


def seconds(jsvm, source):
    with script_file(source) as path:
        started = time.monotonic()
        subprocess.run([jsvm, "exec", path, "--gas", "1e13", "--memory", "2GiB"], stdout=subprocess.DEVNULL, check=False)
        return time.monotonic() - started

def main():
    jsvm = sys.argv[1] if len(sys.argv) > 1 else "target/release/jsvm"
    n = 40000
    baseline = seconds(jsvm, "")
    for name, shape in SHAPES.items():
        small = max(seconds(jsvm, shape(n)) - baseline, 1e-3)
        large = max(seconds(jsvm, shape(4 * n)) - baseline, 1e-3)
        print(f"{name:28} n={n}: {small:6.3f} s   4n: {large:6.3f} s   ratio {large / small:5.1f}")


if __name__ == "__main__":
    main()
