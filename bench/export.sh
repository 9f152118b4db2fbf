#!/usr/bin/env bash
# The export paths on 100,000 published claims: the ClaimReview feed over HTTP (claims/s, heap), the CSV and JSON
# reports of everything, a PDF of about 1,000 claims, and the same SQL alone (see bench/export.md).
#   bench/export.sh                     BENCH_RUNS=3 by default (each after one warm-up run)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] \
    || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -B -q test -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
        -Dbench.runs="${BENCH_RUNS:-3}" 2>&1 \
    | grep -E 'EXPORT BENCHMARK|BENCH DATA' || { echo "export.sh: the benchmark did not run; see target/surefire-reports" >&2; exit 1; }
