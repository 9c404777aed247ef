# Sourced by the bench scripts: `measure_process TIMEFILE COMMAND...` runs COMMAND under
# /usr/bin/time -v with its output to /dev/null and sets wall (seconds), user (seconds) and
# peak (kilobytes of resident memory) from the report.
measure_process() {
  timefile=$1
  shift
  /usr/bin/time -v -o "$timefile" "$@" >/dev/null
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
    for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$timefile")
  user=$(awk -F': ' '/User time/ { print $2 }' "$timefile")
  peak=$(awk -F': ' '/Maximum resident/ { print $2 }' "$timefile")
}
