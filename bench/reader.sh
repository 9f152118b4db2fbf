#!/usr/bin/env bash
# Server time to open the article reader on a 10,000-word article with 200 claims (see bench/reader.md).
#   bench/reader.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/java" ]] \
    || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -B -q test -Dtest=ReaderOpenBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
    | grep 'READER BENCHMARK' || { echo "reader.sh: the benchmark did not run; see target/surefire-reports" >&2; exit 1; }
