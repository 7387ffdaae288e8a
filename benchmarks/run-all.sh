#!/usr/bin/env bash
# Every benchmark of docs/benchmarks.md for one toolkit profile, full runs, results into
# benchmarks/results/ (overwritten), one after the other so that they never compete for the CPU:
#   1. the side-by-side comparison, full counts   -> results/<profile>.csv   (+ .txt, the printed table)
#   2. memory held per suspended waiter           -> results/waiters-<profile>.txt
#   3. virtual time under the test kit            -> results/virtual-time-<profile>.txt
#   4. JMH: dispatch, the awaiting functions, the queue candidates, with -prof gc
#                                                 -> results/jmh-<profile>.csv (+ .txt)
#   5. the diagnostics' cost                      -> results/diagnostics-<profile>.csv (+ .txt)
# Run it on a quiet machine (no build or test alongside): the figures are ratios of one run.
# Usage: bash benchmarks/run-all.sh [fx21|fx26]
#   fx21: JDK 17 + JavaFX 21 + Monocle (java on the PATH or JAVA_HOME);
#   fx26: JDK 25 + JavaFX 26 Headless: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bash benchmarks/run-all.sh fx26
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-fx21}
case "$profile" in
  fx21) P=() ;;
  fx26) P=(-Pfx26) ;;
  *) echo "usage: $0 [fx21|fx26]" >&2; exit 2 ;;
esac
results=benchmarks/results
mkdir -p "$results"
mvn_() { mvn -B -q -ntp -Dkotlin.compiler.daemon=false "${P[@]}" "$@"; }
exec_() { # profile-id output-file [extra maven args]
  local id=$1 out=$2; shift 2
  echo "== $id -> $out"
  mvn_ -pl benchmarks -DskipTests "-P$id" verify "$@" 2>&1 | grep -v -e '^\[0m' -e 'Unsupported JavaFX configuration' \
    -e 'PlatformImpl startup' | tee "$out"
}
echo "fxinter benchmarks, profile $profile, commit $(git rev-parse --short HEAD), $(date -u +%FT%TZ)"
mvn_ -pl benchmarks -am -DskipTests install

exec_ bench "$results/$profile.txt" -Dbench.args=full -Dbench.csv="$PWD/$results/$profile.csv"
exec_ waiters "$results/waiters-$profile.txt"
exec_ virtual-time "$results/virtual-time-$profile.txt"
exec_ jmh "$results/jmh-$profile.txt" \
  -Djmh.args="DispatchBenchmark AwaitBenchmark QueueBenchmark -prof gc -rf csv -rff $PWD/$results/jmh-$profile.csv"
echo "== diagnostics -> $results/diagnostics-$profile.txt"
bash benchmarks/diagnostics-cost.sh "$profile" | tee "$results/diagnostics-$profile.txt"

# The new figures as one CSV for the plot (figure,unit,fxinter,peer,limit): the programs' csv lines,
# and the awaiting functions from JMH (time and bytes per await, against the hand-written waiter).
more=$results/$profile-more.csv
{
  echo "figure,unit,fxinter,peer,limit"
  cat "$results/waiters-$profile.txt" "$results/virtual-time-$profile.txt" "$results/diagnostics-$profile.txt" \
    | sed -n 's/^csv,//p'
  awk -F, '{ gsub(/"/, "") }
    $1 ~ /AwaitBenchmark\.[a-zA-Z]+$/ { split($1, n, "."); t[n[length(n)]] = $5 }
    $1 ~ /AwaitBenchmark\.[a-zA-Z]+:gc.alloc.rate.norm$/ { split($1, m, ":"); split(m[1], n, "."); b[n[length(n)]] = $5 }
    END {
      printf "await_event_time,ns,%.1f,,%.1f\n", t["awaitEvent"], t["handWritten"]
      printf "await_next_time,ns,%.1f,,%.1f\n", t["nextAwait"], t["handWritten"]
      printf "await_event_alloc,B,%.1f,,%.1f\n", b["awaitEvent"], b["handWritten"]
      printf "await_next_alloc,B,%.1f,,%.1f\n", b["nextAwait"], b["handWritten"]
    }' "$results/jmh-$profile.csv"
} > "$more"
echo "wrote $more"
echo "== done: $results/*$profile*"
