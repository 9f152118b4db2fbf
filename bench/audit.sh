#!/usr/bin/env bash
# What the audit entry adds to a claim save: ClaimService.update with and without it, and the same SQL alone,
# on the generated desk (see bench/audit.md).
#   bench/audit.sh                      BENCH_RUNS=1000 BENCH_WARMUP=3000 BENCH_FLUSH=on by default
#   (3,000 warm-up rounds: the JIT compiles the save path fully only after thousands of calls; see bench/audit.md)
#   BENCH_FLUSH=off bench/audit.sh      commits without waiting for the WAL flush (synchronous_commit off)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] \
    || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -B -q test -Dtest=AuditOverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
        -Dbench.runs="${BENCH_RUNS:-1000}" -Dbench.warmup="${BENCH_WARMUP:-3000}" -Dbench.flush="${BENCH_FLUSH:-on}" 2>&1 \
    | grep 'AUDIT BENCHMARK' || { echo "audit.sh: the benchmark did not run; see target/surefire-reports" >&2; exit 1; }
