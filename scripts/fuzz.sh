#!/usr/bin/env bash
# Fuzz the model (decode, structure, extraction, export) with libFuzzer and AddressSanitizer.
# Usage: scripts/fuzz.sh SECONDS [JOBS]
# New inputs that add coverage go to fuzz-artifacts/corpus (not committed); crashes and hangs go to
# fuzz-artifacts/ as crash-* / timeout-* files. Replay one with: swift run beijiang-fuzz FILE
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:?usage: scripts/fuzz.sh SECONDS [JOBS]}"
jobs="${2:-1}"
BEIJIANG_FUZZ=1 swift build -c release --scratch-path .build-fuzz --product beijiang-fuzz
mkdir -p fuzz-artifacts/corpus
binary=".build-fuzz/release/beijiang-fuzz"
"$binary" fuzz-artifacts/corpus Tests/FuzzCorpus \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
  -jobs="$jobs" -workers="$jobs" -artifact_prefix=fuzz-artifacts/ -print_final_stats=1
