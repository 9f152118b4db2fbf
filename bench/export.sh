#!/usr/bin/env bash
# The export paths on 100,000 published claims: the ClaimReview feed over HTTP (claims/s, heap), the CSV and JSON
# reports of everything, a PDF of about 1,000 claims, and the same SQL alone (see bench/export.md).
#   bench/export.sh                     BENCH_RUNS=3 by default (each after one warm-up run)
# Maven's whole output goes to target/bench/export.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] \
    || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
mkdir -p target/bench
log=target/bench/export.log
if ! ./mvnw -B test -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
        -Dbench.runs="${BENCH_RUNS:-3}" >"$log" 2>&1; then
    grep -E '^\[ERROR\]' "$log" | head -20 >&2
    echo "export.sh: the benchmark failed; see $log and target/surefire-reports" >&2
    exit 1
fi
grep -E 'EXPORT BENCHMARK|BENCH DATA' "$log"
