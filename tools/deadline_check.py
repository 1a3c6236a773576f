#!/usr/bin/env python3
"""The deadline check: every gas probe, repeated forever, and every shape of
tools/memory_bound.py, runs under `jsvm exec --timeout 1` with gas and
memory to spare; each must end (timeout, or its own verdict) within 1.1 s.

    python3 tools/deadline_check.py [path/to/jsvm]    (default: target/release/jsvm)
"""

import os
import pathlib
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from memory_bound import SHAPES, script_file  # noqa: E402

PROBES = pathlib.Path(__file__).parent / "gasprobe" / "probes"
LIMIT = 1.1


def wall_time(jsvm, source):
    with script_file(source) as path:
        started = time.monotonic()
        done = subprocess.run(
            [jsvm, "exec", path, "--timeout", "1", "--gas", "1e15", "--memory", "1GiB"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=30,
        )
        return time.monotonic() - started, done.returncode, done.stderr.decode(errors="replace").strip()[:60]

def main():
    jsvm = sys.argv[1] if len(sys.argv) > 1 else "target/release/jsvm"
    programs = {f"probe {p.stem}": "while (true) {\n" + p.read_text() + "\n}" for p in sorted(PROBES.glob("*.js"))}
    programs.update({f"shape {name}": source for name, source in SHAPES.items()})
    late = 0
    for name, source in programs.items():
        seconds, code, error = wall_time(jsvm, source)
        ok = seconds <= LIMIT
        late += not ok
        print(f"{'ok  ' if ok else 'LATE'} {name:40} {seconds:5.2f} s  exit {code}  {error}")
    if late:
        print(f"{late} program(s) ended later than {LIMIT} s")
        sys.exit(1)


if __name__ == "__main__":
    main()
