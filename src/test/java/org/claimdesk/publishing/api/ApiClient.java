package org.claimdesk.publishing.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.claimdesk.security.AccessTokenService;
import org.claimdesk.support.TestSignIn;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * The API as an integration calls it: real HTTP to the running test server, with personal access tokens
 * issued through the real token service for the demo accounts.
 */
final class ApiClient {

    private final int port;
    private final ApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();

    ApiClient(int port, ApplicationContext context) {
        this.port = port;
        this.context = context;
    }

    /** A fresh token of a demo account (password {@code <user>-demo}), valid for 30 days. */
    String tokenOf(String user) {
        TestSignIn.signIn(context, user, user + "-demo");
        try {
            return context.getBean(AccessTokenService.class)
                    .create("Test " + System.nanoTime(), LocalDate.now().plusDays(30)).secret();
        } finally {
            TestSignIn.signOut(context);
        }
    }

    HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
        return http.send(request(path, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String token) throws IOException, InterruptedException {
        return http.send(request(path, token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String token, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest.Builder request(String path, @Nullable String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
