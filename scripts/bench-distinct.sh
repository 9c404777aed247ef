#!/bin/sh
# Times the real binary on text that does not repeat (docs/performance.md, "Distinct text"):
# `beijiang-bench --corpus distinct` draws the seed's and the composed test articles' sentences with
# every digit redrawn (fixed random seed). Reports, for ROUNDS runs each, wall seconds, MB/s and
# peak resident memory of `extract --format jsonl` and `export --format json`, output to /dev/null;
# then, where `python3 -c 'import jionlp'` works, jionlp's ner.extract_money on the first
# JIONLP_MB megabytes of the same text, timed in the same run.
# Usage: scripts/bench-distinct.sh [MEGABYTES] [ROUNDS]    (defaults: 20 and 3)
set -eu
megabytes=${1:-20}
rounds=${2:-3}
cd "$(dirname "$0")/.."
. scripts/measure-process.sh
swift build -c release --product beijiang >/dev/null
swift build -c release --product beijiang-bench >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
articles=$(find Tests -path '*Fixtures*' -name 'composed*.txt' | sort)
# shellcheck disable=SC2086
.build/release/beijiang-bench --corpus distinct "$megabytes" $articles >"$work/distinct.txt"
bytes=$(wc -c <"$work/distinct.txt")
echo "distinct text: $bytes bytes from the seed and $(echo "$articles" | wc -w) composed articles"
run() {
  label=$1
  shift
  for round in $(seq "$rounds"); do
    measure_process "$work/time" "$@"
    echo "$label $round $bytes $wall $user $peak" | awk '{ mb = $3 / 1e6;
      printf "%-8s run %d  %6.2f MB  wall %6.2f s  user %6.2f s  %7.1f MB/s  peak %5d MB\n",
        $1, $2, mb, $4, $5, mb / $4, $6 / 1024 }'
  done
}
run extract .build/release/beijiang extract "$work/distinct.txt" --format jsonl
run export .build/release/beijiang export "$work/distinct.txt" --format json
if python3 -c 'import jionlp' 2>/dev/null; then
  head -c "$(awk -v m="${JIONLP_MB:-1}" 'BEGIN { print int(m * 1e6) }')" "$work/distinct.txt" >"$work/sample.txt"
  python3 - "$work/sample.txt" <<'PY'
import sys, time
import jionlp
text = open(sys.argv[1], encoding="utf-8", errors="ignore").read()
paragraphs = [p for p in text.split("\n") if p.strip()]
jionlp.ner.extract_money(paragraphs[0])  # loads its tables outside the timing
start = time.perf_counter()
found = sum(len(jionlp.ner.extract_money(p)) for p in paragraphs)
seconds = time.perf_counter() - start
mb = len(text.encode("utf-8")) / 1e6
print(f"jionlp   extract_money  {mb:6.2f} MB  {seconds:6.2f} s  {mb / seconds:7.2f} MB/s  {found} amounts")
PY
else
  echo "jionlp: not installed (pip install jionlp) — peer timing skipped"
fi
