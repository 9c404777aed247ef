#!/bin/sh
# The dashboard on a folder in tmux at 200x50 (docs/performance.md, "Session 8"): seconds until
# `已载入 COUNT 篇` shows, the resident memory (VmRSS) and user CPU (utime) of the process once
# loaded, and `A` (back to all articles after `d`, Down, Enter scoped to one) timed until a line
# starts with `COUNT 篇 · ` (the scoped header says `[COUNT 篇文档]`, so a bare `COUNT 篇` would
# match at once). Usage: scripts/bench-dashboard-memory.sh BINARY FOLDER COUNT
set -eu
bin=$1
dir=$2
count=$3
socket="beijiang-memory-$$"
home=$(mktemp -d)
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$home"' EXIT
screen() { tmux -L "$socket" capture-pane -p -t bench 2>/dev/null || true; }
start=$(date +%s.%N)
tmux -L "$socket" -f /dev/null new-session -d -s bench -x 200 -y 50 \
  env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" \
  LANG=zh_CN.UTF-8 LC_ALL= TERM=xterm-256color "$bin" "$dir"
until screen | grep -q "已载入 $count 篇"; do sleep 0.02; done
loaded=$(date +%s.%N)
pid=$(tmux -L "$socket" display-message -p -t bench '#{pane_pid}')
rss=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")
ticks=$(awk '{ print $14 }' "/proc/$pid/stat")
tmux -L "$socket" send-keys -t bench d
sleep 1
tmux -L "$socket" send-keys -t bench Down
sleep 0.5
tmux -L "$socket" send-keys -t bench Enter
sleep 1
keyed=$(date +%s.%N)
tmux -L "$socket" send-keys -t bench A
until screen | grep -q "^$count 篇 · "; do sleep 0.005; done
answered=$(date +%s.%N)
echo "$start $loaded $rss $ticks $keyed $answered" | awk '{
  printf "loaded %.2f s  resident %d MB  user cpu %.1f s  A answered %.0f ms (tmux)\n",
    $2 - $1, $3 / 1024, $4 / 100, ($6 - $5) * 1000 }'
