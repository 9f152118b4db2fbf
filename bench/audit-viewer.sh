#!/usr/bin/env bash
# The audit viewer on a trail of 200,000 entries: first page per filter, app vs. SQL alone, and the CSV
# export (see bench/audit-viewer.md).
#   bench/audit-viewer.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] \
    || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -B -q test -Dtest=AuditViewerBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
    | grep 'AUDIT BENCHMARK' || { echo "audit-viewer.sh: the benchmark did not run; see target/surefire-reports" >&2; exit 1; }
