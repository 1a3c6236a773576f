#!/usr/bin/env bash
# Seeds the corpora of the `compile` and `exec` targets with every program
# of the snapshot corpus (snapshots/cases/**/*.js), one file each, named
# after its path (arrays/slice.js -> arrays__slice.js), and the `load`
# target with each of them compiled to bytecode (`jsvm compile`, built
# here in debug mode); the `host` target with its known-good regression
# inputs (programs that call its host functions) and the same programs as
# `exec`. The structured targets start from nothing: their
# inputs are bytes for `arbitrary`, not JavaScript. fuzz/corpus/ is
# git-ignored; run this from anywhere.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cases="$here/../snapshots/cases"
for target in compile exec load host; do
    mkdir -p "$here/corpus/$target"
done
(cd "$here/.." && cargo build -q -p jsvm-cli)
jsvm="$here/../target/debug/jsvm"
count=0
while IFS= read -r -d '' file; do
    name="${file#"$cases"/}"
    name="${name//\//__}"
    for target in compile exec host; do
        cp "$file" "$here/corpus/$target/$name"
    done
    "$jsvm" compile "$file" -o "$here/corpus/load/${name%.js}.jsbc" 2>/dev/null || true
    count=$((count + 1))
done < <(find "$cases" -name '*.js' -type f -print0)
cp "$here"/regressions/host/*.js "$here/corpus/host/"
echo "seeded fuzz/corpus/compile, exec, load and host with $count programs"
