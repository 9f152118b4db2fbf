package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.claimdesk.ClaimDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With MANAGEMENT_SERVER_PORT the actuator moves to its own, internal port, where metrics need no sign-in. */
class ManagementPortTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void metricsAreReadableOnTheSeparateManagementPort() throws Exception {
        int managementPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            managementPort = socket.getLocalPort();
        }

        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(ClaimDeskApplication.class)
                .run("--server.port=0", "--management.server.port=" + managementPort,
                        "--claimdesk.embedded-db.ephemeral=true")) {
            HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_memory_used_bytes");
            assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
