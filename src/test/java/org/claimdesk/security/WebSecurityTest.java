package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The HTTP surface over a real socket: headers, sign-in redirects and who may read the actuator. */
@ClaimDeskIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebSecurityTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void signInPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/login", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
    }

    @Test
    void screensNeedASignedInUser() throws Exception {
        HttpResponse<String> response = get("/admin", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void wrongCredentialsReturnToTheSignInViewWithAnError() throws Exception {
        HttpResponse<String> response = post("/login", "username=viewer&password=" + enc("not the password"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error");
    }

    @Test
    void rightCredentialsOpenTheApp() throws Exception {
        HttpResponse<String> response = post("/login", "username=editor&password=" + enc("editor-demo"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().doesNotContain("error");
    }

    @Test
    void staticAssetsAreServedWithoutSignIn() throws Exception {
        HttpResponse<String> response = get("/assets/styles/claimdesk.css", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(".cd-main-layout");
    }

    @Test
    void healthIsOpenWithLivenessAndReadiness() throws Exception {
        assertThat(get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAreForAdminsOnly() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic("editor", "editor-demo")).statusCode()).isEqualTo(403);

        HttpResponse<String> admin = get("/actuator/prometheus", basic("admin", "admin-demo"));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("jvm_memory_used_bytes");
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
