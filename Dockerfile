# syntax=docker/dockerfile:1
#
# ClaimDesk container image (production-mode jar, Vaadin's pre-built frontend bundle, no Node.js).
#
#   docker build -t claimdesk .
#   docker run --rm -p 8080:8080 -v claimdesk-data:/app/data claimdesk
#       demo mode: no SPRING_DATASOURCE_URL, so the app runs its own embedded PostgreSQL 18 with its
#       data in the /app/data volume, and seeds the demo accounts
#   docker compose up
#       external PostgreSQL 18 and a first administrator from the environment (see compose.yaml)
#
# BuildKit is needed (the default builder since Docker 23) for COPY --chmod.

# ---- build stage ------------------------------------------------------------------------------------
# JDK 25 (the pom's enforcer rule requires it) on Ubuntu. The Maven wrapper downloads Maven itself,
# so no Maven image is needed.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# Wrapper and POM first: Maven and the dependencies are downloaded into a layer of their own that is
# reused until mvnw, .mvn/ or pom.xml change, instead of on every source edit. go-offline does not
# catch every artifact that plugins resolve at run time; the package step fetches those few.
# --chmod: mvnw may have lost its executable bit (e.g. in a checkout on Windows).
COPY --chmod=755 mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline

# Everything else the build reads: the code, the Liquibase changelogs (db/, packed into the jar) and
# our static CSS (frontend/, packed to META-INF/resources/assets). Tests run in CI, not here.
COPY src/ src/
COPY db/ db/
COPY frontend/ frontend/
RUN ./mvnw -B -ntp package -DskipTests

# Split the fat jar into Spring Boot's layers (dependencies, spring-boot-loader,
# snapshot-dependencies, application): the run image then gets the rarely changing libraries in
# layers of their own, and a code change ships only the small application layer.
# The result is app.jar plus lib/, still started with `java -jar app.jar`.
RUN cp target/claimdesk-*.jar app.jar \
 && java -Djarmode=tools -jar app.jar extract --layers --destination extracted

# ---- run stage --------------------------------------------------------------------------------------
# JRE 25 on Ubuntu: the embedded PostgreSQL binaries (zonky) are linked against glibc, so no Alpine.
FROM eclipse-temurin:25-jre

# curl: for the HEALTHCHECK below; the Temurin JRE image ships neither curl nor wget.
# tini: PID 1 that reaps zombies. In demo mode `pg_ctl start` daemonizes the PostgreSQL server, which is
# then re-parented to PID 1; the JVM does not reap processes it did not start itself.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl tini \
 && rm -rf /var/lib/apt/lists/*

# A fixed non-root user: PostgreSQL refuses to run as root, and a known uid/gid (10001, clear of
# the image's own `ubuntu` user, 1000) makes volume ownership predictable. --no-log-init keeps a high
# uid from bloating /var/log/faillog and lastlog.
RUN groupadd --gid 10001 claimdesk \
 && useradd --uid 10001 --gid 10001 --no-log-init --no-create-home --home-dir /app \
        --shell /usr/sbin/nologin claimdesk

WORKDIR /app

# Created and chowned before VOLUME: a new named volume is initialized from the image, so it starts
# out owned by 10001. A bind-mounted host directory keeps its own owner: `chown 10001:10001` it.
RUN mkdir -p /app/data /app/aot && chown 10001:10001 /app/data /app/aot
VOLUME ["/app/data"]

# The application in Spring Boot's layer order, least often changed first. The files stay owned by
# root, so the app cannot modify its own code.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

# MaxRAMPercentage=75: the heap follows the container's memory limit instead of the JVM's default
# of 25% of it. In demo mode the embedded PostgreSQL runs in the same container and shares that limit
# (its shared_buffers alone is 128 MB by default), so give it room under a small limit, e.g.
#   -e JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"
# ExitOnOutOfMemoryError: a JVM that ran out of heap is in an unknown state; exit and let the
# container's restart policy start a fresh one.
# CLAIMDESK_EMBEDDEDDB_DIRECTORY: the embedded PostgreSQL keeps its data in the volume (demo mode only;
# ignored when SPRING_DATASOURCE_URL is set).
ENV PORT=8080 \
    CLAIMDESK_EMBEDDEDDB_DIRECTORY=/app/data/postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

EXPOSE 8080

# The numeric id (not the name) lets Kubernetes' runAsNonRoot check it.
USER 10001:10001

# Ahead-of-time class loading and linking cache (JDK 25, JEP 483/514): a training run starts the app
# up to the end of the Spring context refresh (spring.context.exit=onRefresh) and records the classes
# it loads and links; starts from the cache take about half the time. The training run uses the
# embedded PostgreSQL in a scratch directory. It also leaves the unpacked PostgreSQL binaries in
# /tmp/embedded-pg, so a demo container's first start skips unpacking them. onRefresh ends the JVM
# without shutdown hooks, hence the explicit pg_ctl stop. A cache that no longer fits the JVM is
# ignored with a warning, never fatal.
RUN CLAIMDESK_EMBEDDEDDB_DIRECTORY=/tmp/aot-training \
    java -XX:AOTCacheOutput=/app/aot/app.aot -Dspring.context.exit=onRefresh -jar /app/app.jar \
 && /tmp/embedded-pg/PG-*/bin/pg_ctl -D /tmp/aot-training stop -m fast -w \
 && rm -rf /tmp/aot-training

# Readiness (includes the database), not just liveness: "healthy" means the app can serve requests.
# The shell form expands PORT and MANAGEMENT_SERVER_PORT when the check runs, so a changed port or a
# separate actuator port is followed. The status must be exactly 200: curl -f alone would pass a
# redirect. start-period covers the first start in demo mode, which runs initdb.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD test "$(curl -s -o /dev/null -w '%{http_code}' \
        "http://localhost:${MANAGEMENT_SERVER_PORT:-$PORT}/actuator/health/readiness")" = 200 || exit 1

# Exec form: java (under tini) receives SIGTERM from `docker stop` directly and shuts down
# gracefully, closing the embedded PostgreSQL too. Spring allows itself up to 20 s per shutdown phase,
# more than Docker's default 10 s stop timeout: use `docker stop -t 30` (compose.yaml sets
# stop_grace_period: 30s). This replaces the base image's entrypoint, /__cacert_entrypoint.sh, which
# only acts when USE_SYSTEM_CA_CERTS is set.
ENTRYPOINT ["/usr/bin/tini", "--", "java", "-XX:AOTCache=/app/aot/app.aot", "-jar", "/app/app.jar"]
