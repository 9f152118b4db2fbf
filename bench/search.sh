#!/usr/bin/env bash
# Full-text search and similar claims on a generated desk of 100,000 claims (see bench/search.md).
#   bench/search.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] \
    || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -B -q test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.runs="${BENCH_RUNS:-100}" -Dbench.warmup="${BENCH_WARMUP:-20}" 2>&1 \
    | grep 'SEARCH BENCHMARK' || { echo "search.sh: the benchmark did not run; see target/surefire-reports" >&2; exit 1; }
