#!/usr/bin/env bash
# Runs a kordon-spark job with spark-submit on a Spark standalone cluster on this machine (one master and one
# worker on 127.0.0.1, executors in JVMs of their own), as on a real cluster: the shaded kordon-spark.jar shipped to
# the executors, Spark from a SPARK_HOME. No Spark distribution is downloaded: SPARK_HOME is made of the jars of
# kordon-spark's Maven classpath (Spark and its dependencies; Kordon's own jars left out, as a real SPARK_HOME has
# none). The master and worker are stopped at the end.
# Usage: kordon-bench/scripts/spark-standalone.sh <job> <job options>...
#   e.g. kordon-bench/scripts/spark-standalone.sh screen --list kordon-cli/src/main/resources/sample --input q.csv --output r.csv
# Environment: WORKER_CORES (2), WORKER_MEMORY (3g), EXECUTOR_MEMORY (2g), WORK (/tmp/kordon-standalone).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
. "$here/.mvn/select-jdk.sh"; kordon_select_jdk
work="${WORK:-/tmp/kordon-standalone}"
if [ ! -f "$here/kordon-spark/target/kordon-spark.jar" ] || [ ! -f "$here/kordon-spark/target/classpath.txt" ]; then
  (cd "$here" && ./mvnw -B -q -ntp -DskipTests package -pl kordon-spark -am >&2)
fi
rm -rf "$work" && mkdir -p "$work/home/jars"
touch "$work/home/RELEASE"
tr ':' '\n' < "$here/kordon-spark/target/classpath.txt" | grep -v '/kordon-[a-z]*-[0-9]' | while read -r j; do ln -s "$j" "$work/home/jars/"; done
cp "$here/kordon-spark/target/kordon-spark.jar" "$work/kordon-spark.jar"
export SPARK_HOME="$work/home" SPARK_SCALA_VERSION=2.13 JAVA_HOME
opens=$(sed -n 's:.*<kordon.spark.opens>\(.*\)</kordon.spark.opens>.*:\1:p' "$here/kordon-spark/pom.xml")
java="$JAVA_HOME/bin/java"
"$java" $opens -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 \
  --webui-port 18080 > "$work/master.log" 2>&1 &
master=$!
"$java" $opens -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
  --cores "${WORKER_CORES:-2}" --memory "${WORKER_MEMORY:-3g}" --webui-port 18081 --work-dir "$work/worker" \
  spark://127.0.0.1:7077 > "$work/worker.log" 2>&1 &
worker=$!
trap 'kill $worker $master 2>/dev/null || true' EXIT
for _ in $(seq 60); do grep -q "Successfully registered with master" "$work/worker.log" 2>/dev/null && break; sleep 1; done
echo "spark-standalone: master spark://127.0.0.1:7077, worker with ${WORKER_CORES:-2} cores; logs in $work" >&2
"$java" $opens -Xmx1g -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit --master spark://127.0.0.1:7077 \
  --conf spark.executor.memory="${EXECUTOR_MEMORY:-2g}" --conf spark.ui.enabled=false \
  --class org.kordon.spark.KordonSpark "$work/kordon-spark.jar" "$@"
