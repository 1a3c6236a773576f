#!/usr/bin/env bash
# Seeds the corpora of the `compile` and `exec` targets with every program
# of the snapshot corpus (snapshots/cases/**/*.js), one file each, named
# after its path (arrays/slice.js -> arrays__slice.js). The structured
# targets start from nothing: their inputs are bytes for `arbitrary`, not
# JavaScript. fuzz/corpus/ is git-ignored; run this from anywhere.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cases="$here/../snapshots/cases"
for target in compile exec; do
    mkdir -p "$here/corpus/$target"
done
count=0
while IFS= read -r -d '' file; do
    name="${file#"$cases"/}"
    name="${name//\//__}"
    for target in compile exec; do
        cp "$file" "$here/corpus/$target/$name"
    done
    count=$((count + 1))
done < <(find "$cases" -name '*.js' -type f -print0)
echo "seeded fuzz/corpus/compile and fuzz/corpus/exec with $count programs"
