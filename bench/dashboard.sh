#!/usr/bin/env bash
# Each dashboard panel's query, and the whole dashboard, on 100,000 generated claims (see bench/dashboard.md).
#   bench/dashboard.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] \
    || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -B -q test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
    | grep 'DASHBOARD BENCHMARK' || { echo "dashboard.sh: the benchmark did not run; see target/surefire-reports" >&2; exit 1; }
