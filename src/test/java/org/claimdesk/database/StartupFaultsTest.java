package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.claimdesk.ClaimDeskApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up faults seen from outside, as an operator sees them: the app is launched as its own process
 * and must end with a non-zero exit code and one clear message, not a stack-trace wall.
 */
class StartupFaultsTest {

    @TempDir
    Path temp;

    @Test
    void anUnreachableExternalDatabaseNamesTheUrlWithoutThePassword() throws Exception {
        int closedPort = freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/claimdesk?password=super-secret-1";

        Launch launch = launch(Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", "claimdesk",
                "SPRING_DATASOURCE_PASSWORD", "super-secret-2"));

        assertThat(launch.exitCode()).isNotZero();
        assertThat(launch.output())
                .contains("Cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:" + closedPort
                        + "/claimdesk?password=**** as user 'claimdesk'")
                .contains("SPRING_DATASOURCE_URL")
                .doesNotContain("super-secret")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnusableDataDirectoryIsNamed() throws Exception {
        Path notADirectory = Files.writeString(temp.resolve("a-file"), "not a directory");
        Path dataDirectory = notADirectory.resolve("postgres");

        Launch launch = launch(Map.of("CLAIMDESK_EMBEDDEDDB_DIRECTORY", dataDirectory.toString()));

        assertThat(launch.exitCode()).isNotZero();
        assertThat(launch.output())
                .contains("The embedded PostgreSQL data directory " + dataDirectory + " cannot be created")
                .contains("CLAIMDESK_EMBEDDEDDB_DIRECTORY")
                .doesNotContain("\tat ");
    }

    @Test
    void aDataDirectoryInUseByAnotherInstanceIsNamed() throws Exception {
        Path dataDirectory = temp.resolve("shared-data");
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start()) {
            Launch launch = launch(Map.of("CLAIMDESK_EMBEDDEDDB_DIRECTORY", dataDirectory.toString()));

            assertThat(launch.exitCode()).isNotZero();
            assertThat(launch.output())
                    .contains("The embedded PostgreSQL data directory " + dataDirectory
                            + " is already used by another running ClaimDesk")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void restartsAfterACrashThatLeftItsPostgresRunning() throws Exception {
        Map<String, String> environment = Map.of("CLAIMDESK_EMBEDDEDDB_DIRECTORY", temp.resolve("data").toString());
        Path firstLog = temp.resolve("first.log");
        Process first = start(environment, firstLog);
        awaitStarted(first, firstLog);
        long postmaster = Long.parseLong(Files.readAllLines(temp.resolve("data/postmaster.pid")).getFirst().strip());

        first.destroyForcibly().waitFor(); // like kill -9 or the OOM killer: no shutdown hooks run
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the crash")
                .contains(true);

        Path secondLog = temp.resolve("second.log");
        Process second = start(environment, secondLog);
        try {
            awaitStarted(second, secondLog);
            assertThat(Files.readString(secondLog)).contains("that an earlier ClaimDesk left running");
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private record Launch(int exitCode, String output) {
    }

    private static void awaitStarted(Process process, Path log) throws Exception {
        // generous: a start takes 10-20 s, but minutes on a machine busy with other builds
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!Files.readString(log).contains("Started ClaimDeskApplication")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("ClaimDesk did not start:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    private Process start(Map<String, String> environment, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // surefire's class path ends in an empty entry, which would put the working directory (and its
        // db/ folder beside target/classes/db) on the launched app's class path
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classPath,
                ClaimDeskApplication.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CLAIMDESK_"));
        builder.environment().put("SERVER_PORT", "0");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private Launch launch(Map<String, String> environment) throws IOException, InterruptedException {
        File log = temp.resolve("app-" + System.nanoTime() + ".log").toFile();
        Process process = start(environment, log.toPath());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("ClaimDesk did not stop within 120 s:\n" + Files.readString(log.toPath()));
        }
        return new Launch(process.exitValue(), Files.readString(log.toPath()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
