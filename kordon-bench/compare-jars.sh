#!/usr/bin/env bash
# Runs one JMH benchmark from several builds of benchmarks.jar back to back, alternating, so that a change is
# measured beside its baseline in the same session (same machine, same load). Prints each run's JMH summary.
#
#   git worktree add ../kordon-base <commit> && (cd ../kordon-base && ./mvnw -q -DskipTests package -pl kordon-bench -am)
#   ./mvnw -q -DskipTests package -pl kordon-bench -am
#   kordon-bench/compare-jars.sh 'ScreeningBenchmark.kordon$' 2 \
#       base=../kordon-base/kordon-bench/target/benchmarks.jar new=kordon-bench/target/benchmarks.jar
#
# Arguments: the benchmark pattern, the number of rounds, then name=jar pairs. Run from the repository root (the
# benchmarks read ../shared/data). JMH options: KORDON_JMH_OPTS (default: one fork, 2 x 5 s warm-up, 3 x 5 s
# measurement, one thread, sample mode in microseconds).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/.mvn/select-jdk.sh"
kordon_select_jdk >/dev/null
[ $# -ge 3 ] || { echo "usage: $0 PATTERN ROUNDS name=benchmarks.jar..." >&2; exit 2; }
pattern=$1; rounds=$2; shift 2
opts=${KORDON_JMH_OPTS:--f 1 -wi 2 -w 5 -i 3 -r 5 -t 1 -bm sample -tu us}
for round in $(seq 1 "$rounds"); do
  for pair in "$@"; do
    name=${pair%%=*}; jar=${pair#*=}
    [ -f "$jar" ] || { echo "no such jar: $jar" >&2; exit 2; }
    echo "== $name, round $round ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1 /proc/loadavg))"
    # -jvm: JMH forks with the JDK chosen here, not the first java on the PATH
    "$JAVA_HOME/bin/java" -jar "$jar" -jvm "$JAVA_HOME/bin/java" "$pattern" $opts 2>&1 \
      | grep -E '^(Benchmark|[A-Za-z]+Benchmark)' || { echo "the run of $name failed" >&2; exit 1; }
  done
done
