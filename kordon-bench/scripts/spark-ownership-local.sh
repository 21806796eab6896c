#!/usr/bin/env bash
# kordon spark ownership in local mode (1 and 2 cores) beside kordon ownership, in one run, on the generated
# scale-free graph of kordon-bench (MakeStakes): wall time, peak RSS, and whether the result files agree.
# Usage: kordon-bench/scripts/spark-ownership-local.sh [companies=100000] [stakes=300000] [listed=1000] [workdir=/tmp/kordon-spark-own]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
companies="${1:-100000}"; stakes="${2:-300000}"; listed="${3:-1000}"; work="${4:-/tmp/kordon-spark-own}"
. "$here/.mvn/select-jdk.sh"; kordon_select_jdk
[ -f "$here/kordon-bench/target/benchmarks.jar" ] || (cd "$here" && ./run-tests -q -DskipTests -pl kordon-bench -am >&2)
mkdir -p "$work"
"$JAVA_HOME/bin/java" -cp "$here/kordon-bench/target/benchmarks.jar" org.kordon.bench.MakeStakes "$work" "$companies" "$stakes" "$listed"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; graph: $companies companies, $stakes stakes, $listed listed"
run() { # file name, label, command...
  local file="$1" label="$2"; shift 2
  /usr/bin/time -f "%e %M" -o "$work/$file.time" "$@" > "$work/$file.log" 2>&1
  read -r secs kb < "$work/$file.time"
  printf '%-22s %8.1f s  peak RSS %6.0f MB\n' "$label" "$secs" "$((kb / 1024))"
}
common=(--stakes "$work/stakes.csv" --listed "$work/listed.csv" --regime all --as-of 2026-11-24)
run cli "kordon ownership" "$here/kordon" ownership "${common[@]}" --output "$work/cli.csv"
run spark1 "spark local[1]" "$here/kordon" spark ownership "${common[@]}" --output "$work/spark1.csv" --master 'local[1]'
run spark2 "spark local[2]" "$here/kordon" spark ownership "${common[@]}" --output "$work/spark2.csv" --master 'local[2]'
grep -E "round [0-9]+:" "$work/spark2.log" | sed 's/^kordon spark: /  local[2] /'
for f in spark1 spark2; do
  if cmp -s <(cut -d, -f1-5 "$work/cli.csv") <(cut -d, -f1-5 "$work/$f.csv"); then
    echo "$f: entity, regime, status, share_min, share_max identical to kordon ownership ($(($(wc -l < "$work/cli.csv") - 1)) rows)"
  else
    echo "$f: DIFFERS from kordon ownership"; exit 1
  fi
  echo "$f: evidence identical in $(paste -d'\n' "$work/cli.csv" "$work/$f.csv" | awk 'NR%2{a=$0;next}{if(a==$0)n++}END{print n-1}') rows"
done
