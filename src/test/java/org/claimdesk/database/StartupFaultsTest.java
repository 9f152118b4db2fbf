package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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

    private record Launch(int exitCode, String output) {
    }

    private Launch launch(Map<String, String> environment) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = temp.resolve("app-" + System.nanoTime() + ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ClaimDeskApplication.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log);
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CLAIMDESK_"));
        builder.environment().put("SERVER_PORT", "0");
        builder.environment().putAll(environment);
        Process process = builder.start();
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
