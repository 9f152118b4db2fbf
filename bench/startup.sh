#!/usr/bin/env bash
# Start-up benchmark of the production jar in demo mode (embedded PostgreSQL); see bench/README.md.
#
#   bench/startup.sh
#
# Settings (environment):
#   ROUNDS=3             rounds of one cold and one warm start each
#   BENCH_PORT=18080     HTTP port of the app under test (must be free)
#   BENCH_TIMEOUT=180    seconds to wait for the sign-in page before giving up
#   BENCH_JAVA_OPTS=     extra JVM options, e.g. "-Xmx512m"
#   BENCH_JAR=           jar to measure (default: target/claimdesk-*.jar, built when missing)
#   BENCH_KEEP=1         keep the temporary directory (logs, data directories)
#   BENCH_AOT=1          measure as the container image starts: the jar extracted and started with a
#                        JDK 25 AOT cache made by a training run first (see the Dockerfile)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-3}"
BENCH_PORT="${BENCH_PORT:-18080}"
BENCH_TIMEOUT="${BENCH_TIMEOUT:-180}"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-}"
FALLBACK_JDK=/usr/lib/jvm/temurin-25-jdk-amd64

die() {
    echo "startup.sh: $*" >&2
    exit 1
}

[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive whole number, not '$ROUNDS'"
[[ "$BENCH_PORT" =~ ^[0-9]+$ ]] || die "BENCH_PORT must be a port number, not '$BENCH_PORT'"
command -v curl >/dev/null || die "curl is needed to poll the sign-in page"

# --- JDK 25 (java for the app, jcmd for the heap figures) -----------------------------------------

java_feature_version() { # prints e.g. 25 for a JDK home, nothing if it is not one
    [[ -x "$1/bin/java" ]] || return 0
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | awk -F' = ' '/^ *java\.specification\.version = / { split($2, v, "."); print v[1] }'
}

JDK=""
for candidate in "${JAVA_HOME:-}" "$FALLBACK_JDK"; do
    [[ -n "$candidate" && -x "$candidate/bin/jcmd" ]] || continue
    version="$(java_feature_version "$candidate")"
    if [[ -n "$version" && "$version" -ge 25 ]]; then
        JDK="$candidate"
        break
    fi
done
[[ -n "$JDK" ]] || die "no JDK 25 found: set JAVA_HOME to one (checked JAVA_HOME='${JAVA_HOME:-}' and $FALLBACK_JDK)"
JAVA="$JDK/bin/java"
JCMD="$JDK/bin/jcmd"

# --- the jar ---------------------------------------------------------------------------------------

find_jar() {
    local jars=()
    shopt -s nullglob
    jars=("$ROOT"/target/claimdesk-*.jar)
    shopt -u nullglob
    if ((${#jars[@]} > 0)); then
        echo "${jars[0]}"
    fi
}

JAR="${BENCH_JAR:-$(find_jar)}"
if [[ -z "$JAR" ]]; then
    echo "No jar in target/: building it (./mvnw -B -q package -DskipTests) ..."
    (cd "$ROOT" && JAVA_HOME="$JDK" ./mvnw -B -q package -DskipTests)
    JAR="$(find_jar)"
    [[ -n "$JAR" ]] || die "the build produced no target/claimdesk-*.jar"
fi
[[ -f "$JAR" ]] || die "no such jar: $JAR"

# --- the app under test ----------------------------------------------------------------------------

if (exec 3<>"/dev/tcp/127.0.0.1/$BENCH_PORT") 2>/dev/null; then
    die "port $BENCH_PORT is in use: pick a free one with BENCH_PORT"
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/claimdesk-bench.XXXXXX")"
APP_PID=""
DATA_DIR=""

# Stops the app with SIGTERM (graceful shutdown, which also stops its PostgreSQL) and waits for it;
# SIGKILL after 60 s. A PostgreSQL server left behind by a killed app is stopped through its pid file.
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        local waited=0
        while kill -0 "$APP_PID" 2>/dev/null && ((waited < 600)); do
            sleep 0.1
            waited=$((waited + 1))
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            echo "startup.sh: the app did not stop within 60 s, killing it" >&2
            kill -KILL "$APP_PID" 2>/dev/null || true
        fi
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
    if [[ -n "$DATA_DIR" && -f "$DATA_DIR/postmaster.pid" ]]; then
        local pg_pid
        pg_pid="$(head -n 1 "$DATA_DIR/postmaster.pid" 2>/dev/null || true)"
        if [[ "$pg_pid" =~ ^[0-9]+$ ]] && kill -0 "$pg_pid" 2>/dev/null; then
            echo "startup.sh: stopping the PostgreSQL server left behind (pid $pg_pid)" >&2
            kill -INT "$pg_pid" 2>/dev/null || true # fast shutdown
            local waited=0
            while kill -0 "$pg_pid" 2>/dev/null && ((waited < 300)); do
                sleep 0.1
                waited=$((waited + 1))
            done
            if kill -0 "$pg_pid" 2>/dev/null; then
                kill -KILL "$pg_pid" 2>/dev/null || true
            fi
        fi
    fi
}

cleanup() {
    stop_app
    if [[ "${BENCH_KEEP:-}" == 1 ]]; then
        echo "Kept $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Measure a copy: a build running meanwhile (./mvnw package or verify) rewrites target/*.jar.
SOURCE_JAR="$JAR"
JAR="$WORK/claimdesk.jar"
cp "$SOURCE_JAR" "$JAR"

# BENCH_AOT=1: what the Dockerfile does. Extract the jar (app jar + lib/), train an AOT cache on a
# start that ends after the Spring context refresh, then measure starts that use the cache.
if [[ "${BENCH_AOT:-}" == 1 ]]; then
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
    JAR="$WORK/extracted/claimdesk.jar"
    DATA_DIR="$WORK/aot-training/postgres"
    mkdir -p "$WORK/aot-training/tmp"
    echo "Training the AOT cache ..."
    env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
        PORT="$BENCH_PORT" CLAIMDESK_EMBEDDEDDB_DIRECTORY="$DATA_DIR" \
        "$JAVA" -Djava.io.tmpdir="$WORK/aot-training/tmp" -XX:AOTCacheOutput="$WORK/app.aot" \
        -Dspring.context.exit=onRefresh -jar "$JAR" >"$WORK/aot-training.log" 2>&1 \
        || die "the AOT training run failed; see $WORK/aot-training.log (BENCH_KEEP=1 keeps it)"
    stop_app # the training run ends without shutdown hooks: stop its PostgreSQL through the pid file
    BENCH_JAVA_OPTS="-XX:AOTCache=$WORK/app.aot${BENCH_JAVA_OPTS:+ $BENCH_JAVA_OPTS}"
fi

now_ns() { date +%s%N; }

# jcmd GC.heap_info's first line, e.g. " garbage-first heap   total reserved 8192000K, committed 262144K,
# used 94578K [...]": prints the used KiB.
heap_used_kib() {
    "$JCMD" "$1" GC.heap_info 2>/dev/null | awk '
        /heap/ && /used/ {
            for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); print v; exit }
        }'
}

heap_used_mb() {
    local kib
    kib="$(heap_used_kib "$1")"
    [[ "$kib" =~ ^[0-9]+$ ]] || die "could not read the heap of pid $1 with $JCMD GC.heap_info"
    awk -v k="$kib" 'BEGIN { printf "%.0f", k / 1024 }'
}

# start_once LABEL: starts the app on $DATA_DIR (java.io.tmpdir $TMP_DIR), waits for GET /login to answer
# 200, reads the heap, stops the app. Sets SECONDS_TO_LOGIN, HEAP_MB (used as found) and LIVE_MB (used
# after a full GC).
start_once() {
    local label="$1" log="$WORK/$1.log" status="" started elapsed_ns
    started="$(now_ns)"
    # Demo mode: no external database, no separate management port, whatever this shell has set.
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
    env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
        -u MANAGEMENT_SERVER_PORT \
        PORT="$BENCH_PORT" CLAIMDESK_EMBEDDEDDB_DIRECTORY="$DATA_DIR" \
        "$JAVA" -Djava.io.tmpdir="$TMP_DIR" $BENCH_JAVA_OPTS -jar "$JAR" >"$log" 2>&1 &
    APP_PID=$!
    while :; do
        status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$BENCH_PORT/login" || true)"
        [[ "$status" == 200 ]] && break
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "startup.sh: the app exited during the $label start; the end of its log:" >&2
            tail -n 40 "$log" >&2
            exit 1
        fi
        if (($(now_ns) - started > BENCH_TIMEOUT * 1000000000)); then
            echo "startup.sh: no 200 from /login after ${BENCH_TIMEOUT}s ($label start, last status $status); the end of its log:" >&2
            tail -n 40 "$log" >&2
            exit 1
        fi
        sleep 0.05
    done
    elapsed_ns=$(($(now_ns) - started))
    SECONDS_TO_LOGIN="$(awk -v n="$elapsed_ns" 'BEGIN { printf "%.2f", n / 1e9 }')"
    HEAP_MB="$(heap_used_mb "$APP_PID")"
    "$JCMD" "$APP_PID" GC.run >/dev/null || die "jcmd $APP_PID GC.run failed"
    LIVE_MB="$(heap_used_mb "$APP_PID")"
    stop_app
}

median() { # of the arguments
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
        if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

jar_size_mb=$(($(stat -c %s "$SOURCE_JAR") / 1024 / 1024))
echo "ClaimDesk start-up benchmark"
echo "  jar:    ${SOURCE_JAR#"$ROOT"/} (${jar_size_mb} MB, built $(date -r "$SOURCE_JAR" '+%Y-%m-%d %H:%M'))"
echo "  java:   $("$JAVA" -version 2>&1 | head -n 1) ($JDK)${BENCH_JAVA_OPTS:+ $BENCH_JAVA_OPTS}"
echo "  host:   $(nproc) CPUs, $(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) memory"
echo "  rounds: $ROUNDS, port $BENCH_PORT"
echo "  cold = new empty data directory and new java.io.tmpdir (PostgreSQL binaries unpacked, initdb,"
echo "         all Liquibase changesets, demo accounts); warm = the same directories again."
echo "  time = launch of java -jar until GET /login answers 200; heap = used heap after that (jcmd"
echo "         GC.heap_info), as found and after a full GC (jcmd GC.run)."
echo

cold_s=() warm_s=() cold_heap=() warm_heap=() cold_live=() warm_live=()
printf '%-7s %8s %9s %9s %8s %9s %9s\n' round cold_s cold_heap cold_live warm_s warm_heap warm_live
for ((round = 1; round <= ROUNDS; round++)); do
    DATA_DIR="$WORK/round-$round/postgres"
    TMP_DIR="$WORK/round-$round/tmp"
    mkdir -p "$TMP_DIR"
    start_once "round-$round-cold"
    cold_s+=("$SECONDS_TO_LOGIN") cold_heap+=("$HEAP_MB") cold_live+=("$LIVE_MB")
    start_once "round-$round-warm"
    warm_s+=("$SECONDS_TO_LOGIN") warm_heap+=("$HEAP_MB") warm_live+=("$LIVE_MB")
    printf '%-7s %8s %9s %9s %8s %9s %9s\n' "$round" \
        "${cold_s[-1]}" "${cold_heap[-1]}" "${cold_live[-1]}" "${warm_s[-1]}" "${warm_heap[-1]}" "${warm_live[-1]}"
done
printf '%-7s %8s %9.0f %9.0f %8s %9.0f %9.0f\n' median \
    "$(median "${cold_s[@]}")" "$(median "${cold_heap[@]}")" "$(median "${cold_live[@]}")" \
    "$(median "${warm_s[@]}")" "$(median "${warm_heap[@]}")" "$(median "${warm_live[@]}")"
echo
echo "Seconds to the sign-in page; heap in MB (cold_heap/warm_heap as found, *_live after a full GC)."
