#!/bin/sh
# Times the release binary on a corpus of distinct articles (docs/performance.md, "A thousand
# articles"): `beijiang-bench --articles COUNT` writes COUNT composed articles of about 20 KB
# (sentences of the seed and the composed test articles drawn with a fixed seed, every digit
# redrawn). For ROUNDS runs each it reports
#   - the dashboard in tmux at 200x50: first frame and fully loaded (`已载入 COUNT 篇`), timed by
#     polling capture-pane every 10 ms from the moment tmux is asked to start it, the resident
#     memory (VmRSS) once loaded, and `d` until the Documents pane shows all articles;
#   - `summary` and `export --format json` (output to /dev/null): wall seconds and peak resident
#     memory from /usr/bin/time -v;
# and `beijiang-bench --corpus-keys FOLDER` times the answer to keys in process at that size.
# Usage: scripts/bench-corpus.sh [COUNT] [ROUNDS]    (defaults: 1000 and 3)
set -eu
count=${1:-1000}
rounds=${2:-3}
cd "$(dirname "$0")/.."
. scripts/measure-process.sh
swift build -c release --product beijiang >/dev/null
swift build -c release --product beijiang-bench >/dev/null
binary=$PWD/.build/release/beijiang
work=$(mktemp -d)
socket="beijiang-bench-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
# shellcheck disable=SC2046
.build/release/beijiang-bench --articles "$count" "$work/corpus" \
  $(find Tests -path '*Fixtures*' -name 'composed*.txt' | sort)
echo "corpus: $count articles, $(du -sb "$work/corpus" | cut -f1) bytes"

now() { date +%s.%N; }
# Polls the screen every 10 ms until it contains $1 (any text when $1 is empty); prints the time.
wait_for() {
  give_up=$(($(date +%s) + 120))
  while [ "$(date +%s)" -lt "$give_up" ]; do
    screen=$(tmux -L "$socket" capture-pane -p -t bench 2>/dev/null || true)
    if [ -n "$1" ]; then
      case $screen in *"$1"*) break ;; esac
    elif [ -n "$(printf '%s' "$screen" | tr -d ' \n')" ]; then
      break
    fi
    sleep 0.01
  done
  now
}

for round in $(seq "$rounds"); do
  home="$work/home"
  mkdir -p "$home"
  start=$(now)
  tmux -L "$socket" -f /dev/null new-session -d -s bench -x 200 -y 50 \
    env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" \
    LANG=zh_CN.UTF-8 LC_ALL= TERM=xterm-256color "$binary" "$work/corpus"
  first=$(wait_for "")
  loaded=$(wait_for "已载入 $count 篇")
  pid=$(tmux -L "$socket" display-message -p -t bench '#{pane_pid}')
  rss=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")
  keyed=$(now)
  tmux -L "$socket" send-keys -t bench d
  answered=$(wait_for "文档 $count/$count")
  tmux -L "$socket" send-keys -t bench q
  sleep 0.2
  tmux -L "$socket" kill-server 2>/dev/null || true
  echo "$round $start $first $loaded $rss $keyed $answered" | awk '{
    printf "dashboard run %d  first frame %.3f s  loaded %.3f s  resident %d MB  d answered %.0f ms (tmux)\n",
      $1, $3 - $2, $4 - $2, $5 / 1024, ($7 - $6) * 1000 }'
done

run() {
  label=$1
  shift
  for round in $(seq "$rounds"); do
    measure_process "$work/time" "$@"
    echo "$label $round $wall $user $peak" | awk '{
      printf "%-7s run %d  wall %6.2f s  user %6.2f s  peak %5d MB\n", $1, $2, $3, $4, $5 / 1024 }'
  done
}
run summary "$binary" summary "$work/corpus"
run export "$binary" export --format json "$work/corpus"
.build/release/beijiang-bench --corpus-keys "$work/corpus"
