#!/usr/bin/env bash
# The audit viewer on the generated desk (BenchData: 200,000 audit entries): first page per filter and search,
# app vs. SQL alone, searches with an unindexed tail, and the CSV export (see bench/audit-viewer.md).
#   bench/audit-viewer.sh               BENCH_RUNS=50 BENCH_WARMUP=10 by default
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] \
    || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -B -q test -Dtest=AuditViewerBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
        -Dbench.runs="${BENCH_RUNS:-50}" -Dbench.warmup="${BENCH_WARMUP:-10}" 2>&1 \
    | grep 'AUDIT BENCHMARK' || { echo "audit-viewer.sh: the benchmark did not run; see target/surefire-reports" >&2; exit 1; }
