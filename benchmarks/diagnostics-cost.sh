#!/usr/bin/env bash
# The diagnostics' cost (issue "Diagnostics and pulses", point 4), side by side in one run:
# DispatchBenchmark.fxinter with the dispatcher as it was before the diagnostics (commit BEFORE,
# its jar swapped into the same class path) and as it is now, alternately, ROUNDS forks each; then
# the current dispatcher with a slow-task listener and with the hang watchdog. -prof gc for the
# bytes per dispatch. Writes benchmarks/results/diagnostics-<profile>.csv (JMH's CSV, one row per
# fork, the variant in the first column) and prints the ratios of the medians.
# Usage: bash benchmarks/diagnostics-cost.sh [fx21|fx26]   (fx26 needs JAVA_HOME on a JDK >= 25)
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-fx21}
BEFORE=${BEFORE:-138de27}   # the last commit before the diagnostics touched the dispatcher
ROUNDS=${ROUNDS:-4}
JMH_OPTS=${JMH_OPTS:--wi 5 -w 1 -i 10 -r 1 -prof gc}
mvn_() { mvn -B -q -ntp -Dkotlin.compiler.daemon=false "$@"; }
if [ "$profile" = fx26 ]; then
  P=(-Pfx26); fxargs="-Dglass.platform=Headless -Dprism.order=sw --enable-native-access=ALL-UNNAMED"
else
  P=(); fxargs="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=benchmarks/target/diagnostics-cost
rm -rf "$work" && mkdir -p "$work"

mvn_ "${P[@]}" -pl benchmarks -am -DskipTests install
mvn_ "${P[@]}" -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$PWD/$work/cp.txt"
now_jar=$(ls dispatcher/target/fxinter-dispatcher-*.jar | grep -v -e sources -e javadoc | head -n 1)
rest=$(tr ':' '\n' < "$work/cp.txt" | grep -v '/fxinter-dispatcher/' | paste -sd: -)
rest="benchmarks/target/classes:$rest"

git worktree remove --force "$work/before-src" 2>/dev/null || true
git worktree add -q --detach "$work/before-src" "$BEFORE"
mvn_ "${P[@]}" -f "$work/before-src/pom.xml" -pl dispatcher -Dmaven.test.skip=true package
before_jar=$(ls "$work"/before-src/dispatcher/target/fxinter-dispatcher-*.jar | head -n 1)

run() { # variant jar benchmark-regex
  "$java" $fxargs -cp "$2:$rest" org.openjdk.jmh.Main "$3" -f 1 $JMH_OPTS -rf csv -rff "$work/$1-$round.csv" \
    > "$work/$1-$round.log" 2>&1 || { tail -n 30 "$work/$1-$round.log"; exit 1; }
  sed 1d "$work/$1-$round.csv" | sed "s/^/$1,/" >> "$work/all.csv"
  echo "  $1 round $round: $(sed -n 2p "$work/$1-$round.csv" | cut -d, -f5) ns/op"
}
: > "$work/all.csv"
for round in $(seq 1 "$ROUNDS"); do
  run before "$before_jar" 'DispatchBenchmark.fxinter$'
  run now "$now_jar" 'DispatchBenchmark.fxinter$'
done
for round in $(seq 1 "$((ROUNDS / 2))"); do
  run listener "$now_jar" 'DispatchBenchmark.fxinterWithSlowTaskListener$'
  run watchdog "$now_jar" 'DispatchBenchmark.fxinterWithHangWatchdog$'
done
git worktree remove --force "$work/before-src"

out=benchmarks/results/diagnostics-$profile.csv
{ echo "variant,$(head -n 1 "$work/now-1.csv")"; cat "$work/all.csv"; } > "$out"
echo "wrote $out"
# median ns/op and B/op per variant, and the ratios
awk -F, '
  { gsub(/"/, "") }
  $2 ~ /DispatchBenchmark/ && $2 !~ /:/ { t[$1] = t[$1] " " $6 }
  $2 ~ /gc.alloc.rate.norm/ { b[$1] = b[$1] " " $6 }
  function med(s,   n, a, i, j, x) { n = split(s, a, " "); for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j > 0 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  function mx(s,   n, a, i, m) { n = split(s, a, " "); m = a[1]; for (i = 2; i <= n; i++) if (a[i] + 0 > m + 0) m = a[i]; return m }
  END {
    split("before now listener watchdog", v, " ")
    for (i = 1; i <= 4; i++) printf "%-9s ns/op median %7.1f worst %7.1f   B/op median %6.1f\n", v[i], med(t[v[i]]), mx(t[v[i]]), med(b[v[i]])
    printf "ratios of the medians: now/before %.3f, listener/now %.3f, watchdog/now %.3f\n",
      med(t["now"]) / med(t["before"]), med(t["listener"]) / med(t["now"]), med(t["watchdog"]) / med(t["now"])
    printf "ratios of the worst forks: now/before %.3f\n", mx(t["now"]) / mx(t["before"])
    # for run-all.sh: figure, unit, fxinter, peer (none), limit
    printf "csv,dispatch_diagnostics_off,ns,%.2f,,%.2f\n", med(t["now"]), med(t["before"])
    printf "csv,dispatch_slow_task_listener,ns,%.2f,,%.2f\n", med(t["listener"]), med(t["now"])
    printf "csv,dispatch_hang_watchdog,ns,%.2f,,%.2f\n", med(t["watchdog"]), med(t["now"])
    printf "csv,dispatch_alloc_diagnostics_off,B,%.2f,,%.2f\n", med(b["now"]), med(b["before"])
  }' "$out"
