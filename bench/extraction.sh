#!/usr/bin/env bash
# Article extraction benchmark: time per page and text quality on the real news pages of the shared
# fixtures; see bench/extraction.md.
#
#   bench/extraction.sh
#
# Settings (environment):
#   WARMUP=200        warm-up extractions per page before timing
#   ITERATIONS=200    timed extractions per page
#   BENCH_JAVA_OPTS=  extra JVM options, e.g. "-Xmx256m"
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WARMUP="${WARMUP:-200}"
ITERATIONS="${ITERATIONS:-200}"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-}"
FALLBACK_JDK=/usr/lib/jvm/temurin-25-jdk-amd64

die() {
    echo "extraction.sh: $*" >&2
    exit 1
}

[[ "$WARMUP" =~ ^[0-9]+$ ]] || die "WARMUP must be a whole number, not '$WARMUP'"
[[ "$ITERATIONS" =~ ^[1-9][0-9]*$ ]] || die "ITERATIONS must be a positive whole number, not '$ITERATIONS'"

java_feature_version() { # prints e.g. 25 for a JDK home, nothing if it is not one
    [[ -x "$1/bin/java" ]] || return 0
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | awk -F' = ' '/^ *java\.specification\.version = / { split($2, v, "."); print v[1] }'
}

JDK=""
for candidate in "${JAVA_HOME:-}" "$FALLBACK_JDK"; do
    [[ -n "$candidate" ]] || continue
    version="$(java_feature_version "$candidate")"
    if [[ -n "$version" && "$version" -ge 25 ]]; then
        JDK="$candidate"
        break
    fi
done
[[ -n "$JDK" ]] || die "no JDK 25 found: set JAVA_HOME to one (checked JAVA_HOME='${JAVA_HOME:-}' and $FALLBACK_JDK)"

CLASSPATH_FILE="$(mktemp "${TMPDIR:-/tmp}/claimdesk-extraction-cp.XXXXXX")"
trap 'rm -f "$CLASSPATH_FILE"' EXIT

echo "Compiling and resolving the test classpath (./mvnw -q test-compile dependency:build-classpath) ..."
(cd "$ROOT" && JAVA_HOME="$JDK" ./mvnw -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=test)

# The fixtures are read from src/test/resources/fixtures, as the tests read them.
cd "$ROOT"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options on purpose
"$JDK/bin/java" $BENCH_JAVA_OPTS \
    -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CLASSPATH_FILE")" \
    org.claimdesk.article.extraction.ExtractionBenchmark "$WARMUP" "$ITERATIONS"
