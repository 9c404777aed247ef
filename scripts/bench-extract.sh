#!/bin/sh
# Times the real `beijiang extract` binary (process start to exit, output to /dev/null) on the
# benchmark texts of `beijiang-bench --corpus`: the seed repeated COPIES times, and shuffled seed
# sentences of the same length. Prints the best of ROUNDS runs: wall, user and system seconds,
# peak memory, and MB/s of wall time and of user time.
# Usage: scripts/bench-extract.sh [COPIES] [ROUNDS]    (defaults: 1000 and 5)
set -eu
copies=${1:-1000}
rounds=${2:-5}
cd "$(dirname "$0")/.."
swift build -c release --product beijiang >/dev/null
swift build -c release --product beijiang-bench >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for corpus in repeated shuffled; do
  .build/release/beijiang-bench --corpus "$corpus" "$copies" >"$work/$corpus.txt"
  bytes=$(wc -c <"$work/$corpus.txt")
  best=""
  for _ in $(seq "$rounds"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" .build/release/beijiang extract "$work/$corpus.txt" >/dev/null
    run=$(cat "$work/time")
    if [ -z "$best" ] || awk -v a="${run%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best=$run; fi
  done
  echo "$corpus $bytes $best" | awk '{ mb = $2 / 1e6;
    printf "%-9s %6.2f MB  wall %.2f s  user %.2f s  sys %.2f s  %4d MB peak  %5.1f MB/s wall  %5.1f MB/s user\n",
      $1, mb, $3, $4, $5, $6 / 1024, mb / $3, mb / $4 }'
done
