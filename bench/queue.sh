#!/usr/bin/env bash
# Server time of a queue page (50 rows + the count) on 100,000 generated claims, per queue, filter and sort,
# and of the same SQL alone (see bench/queue.md). Plans go to target/bench/queue-explain.txt.
#   bench/queue.sh                      BENCH_RUNS=200 BENCH_WARMUP=30 by default
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] \
    || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -B -q test -Dtest=QueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
        -Dbench.runs="${BENCH_RUNS:-200}" -Dbench.warmup="${BENCH_WARMUP:-30}" 2>&1 \
    | grep 'QUEUE BENCHMARK' || { echo "queue.sh: the benchmark did not run; see target/surefire-reports" >&2; exit 1; }
