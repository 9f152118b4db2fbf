package org.claimdesk.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A real HTTP server on 127.0.0.1 serving fixed pages, standing in for news sites and sources in tests.
 * The application reaches it only because tests switch on {@code claimdesk.fetch.allow-loopback}.
 */
public final class LocalWebServer implements AutoCloseable {

    private final HttpServer server;

    private LocalWebServer(HttpServer server) {
        this.server = server;
    }

    public static LocalWebServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.start();
            return new LocalWebServer(server);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public LocalWebServer page(String path, String contentType, String body) {
        return page(path, contentType, body, StandardCharsets.UTF_8);
    }

    public LocalWebServer page(String path, String contentType, String body, Charset charset) {
        byte[] bytes = body.getBytes(charset);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
