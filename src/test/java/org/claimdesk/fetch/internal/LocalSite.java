package org.claimdesk.fetch.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/** A real web server on 127.0.0.1 with the pages the fetcher tests need; each request on its own thread. */
final class LocalSite implements AutoCloseable {

    static final String ARTICLE = "<!doctype html><html><head><title>Grüße</title></head>"
            + "<body><p>Der Bürgermeister sagte: „Alles gut.“</p></body></html>";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private volatile @Nullable String lastUserAgent;

    LocalSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        page("/article", "text/html; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8));
        page("/latin1", "text/html; charset=ISO-8859-1",
                "<p>Müller öffnet die Tür in der Straße</p>".getBytes(StandardCharsets.ISO_8859_1));
        page("/meta-charset", "text/html", ("<html><head><meta charset=\"windows-1252\"><title>x</title></head>"
                + "<body>\u201cK\u00e4se\u201d \u2013 100 \u20ac</body></html>")
                .getBytes(Charset.forName("windows-1252")));
        page("/meta-http-equiv", "application/xhtml+xml", ("<html><head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=ISO-8859-15\"/></head><body>\u20ac</body></html>")
                .getBytes(Charset.forName("ISO-8859-15")));
        page("/plain", "text/plain", "Just text, no markup.".getBytes(StandardCharsets.UTF_8));
        page("/image", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        page("/untyped", null, "<p>no type</p>".getBytes(StandardCharsets.UTF_8));
        respond("/echo/", exchange -> send(exchange, 200, "text/plain",
                exchange.getRequestURI().getRawPath().getBytes(StandardCharsets.US_ASCII)));
        respond("/missing", exchange -> send(exchange, 404, "text/html",
                "<p>gone</p>".getBytes(StandardCharsets.UTF_8)));
        respond("/hop/", exchange -> {
            int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
            redirect(exchange, 302, left == 0 ? url("/article") : url("/hop/" + (left - 1)));
        });
        respond("/moved/relative", exchange -> redirect(exchange, 301, "../article?from=relative"));
        respond("/to-metadata", exchange -> redirect(exchange, 307, "http://169.254.169.254/latest/meta-data/"));
        respond("/nowhere", exchange -> {
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        respond("/large-declared", exchange -> send(exchange, 200, "text/html", filler(2048)));
        respond("/endless", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0); // chunked, no length announced
            try (OutputStream body = exchange.getResponseBody()) {
                byte[] chunk = filler(512);
                for (int i = 0; i < 100_000; i++) {
                    body.write(chunk); // until the fetcher hangs up
                }
            } catch (IOException hungUp) {
                // expected
            }
        });
        respond("/slow", exchange -> {
            sleep(Duration.ofSeconds(3));
            send(exchange, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
        });
        respond("/slow-body", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write("<p>first words".getBytes(StandardCharsets.UTF_8));
                body.flush();
                sleep(Duration.ofSeconds(3));
                body.write("</p>".getBytes(StandardCharsets.UTF_8));
            } catch (IOException hungUp) {
                // expected
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Nullable String lastUserAgent() {
        return lastUserAgent;
    }

    private void page(String path, @Nullable String contentType, byte[] body) {
        respond(path, exchange -> send(exchange, 200, contentType, body));
    }

    private void respond(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            lastUserAgent = exchange.getRequestHeaders().getFirst("User-Agent");
            handler.handle(exchange);
        });
    }

    private static void send(HttpExchange exchange, int status, @Nullable String contentType, byte[] body)
            throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException hungUp) {
            // the fetcher may refuse before reading
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static byte[] filler(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
