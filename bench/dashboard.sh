#!/usr/bin/env bash
# Each dashboard panel, and the whole dashboard, on the generated desk of 100,000 claims (BenchData), as the app
# runs it and as its SQL alone (see bench/dashboard.md). Plans go to target/bench/dashboard-explain.txt.
#   bench/dashboard.sh                  BENCH_RUNS=40 BENCH_WARMUP=5 by default
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] \
    || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -B -q test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
        -Dbench.runs="${BENCH_RUNS:-40}" -Dbench.warmup="${BENCH_WARMUP:-5}" 2>&1 \
    | grep 'DASHBOARD BENCHMARK' || { echo "dashboard.sh: the benchmark did not run; see target/surefire-reports" >&2; exit 1; }
