package vn.vinhdanh.nomination.messaging;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An agency portal's webhook receiver on a loopback port, for the tests: it records every request and answers as it
 * is told to. {@link #down()} closes the port (connection refused), {@link #up()} opens the same port again.
 */
final class WebhookReceiver implements AutoCloseable {

    enum Answer {
        /** 204 No Content: delivered. */
        ACCEPT,
        /** Nothing until long after the dispatcher's read timeout, then 204. */
        SLOW,
        /** 500 with a short body. */
        ERROR,
        /** 302 to {@code /hooks/moved}, which a sender must not follow. */
        REDIRECT,
        /** 200 with a body of 8 MiB, far beyond what a sender should read. */
        HUGE
    }

    /** One request as it arrived; header names in lower case. */
    record Received(String method, String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    static final String PATH = "/hooks";
    static final String MOVED = "/hooks/moved";
    private static final Duration SLOW_FOR = Duration.ofSeconds(4);

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private volatile Answer answer = Answer.ACCEPT;
    private volatile HttpServer server;

    private WebhookReceiver(int port) {
        this.port = port;
    }

    /** A receiver answering {@link Answer#ACCEPT} on a free loopback port. */
    static WebhookReceiver start() {
        try {
            HttpServer bound = bind(0);
            WebhookReceiver receiver = new WebhookReceiver(bound.getAddress().getPort());
            receiver.serve(bound);
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + PATH;
    }

    int port() {
        return port;
    }

    void answer(Answer answer) {
        this.answer = answer;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The port closed: a sender's connection is refused. */
    void down() {
        HttpServer running = server;
        server = null;
        if (running != null) {
            running.stop(0);
        }
    }

    /** The same port open again (the operating system may need a moment to free it). */
    void up() {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    try {
                        serve(bind(port));
                        return true;
                    } catch (IOException stillBound) {
                        return false;
                    }
                });
    }

    @Override
    public void close() {
        down();
        handlers.shutdownNow();
    }

    private static HttpServer bind(int port) throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    }

    private void serve(HttpServer bound) {
        bound.createContext(PATH, this::handle);
        bound.setExecutor(handlers);
        bound.start();
        server = bound;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            received.add(new Received(
                    exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
            switch (answer) {
                case ACCEPT -> exchange.sendResponseHeaders(204, -1);
                case SLOW -> {
                    sleep(SLOW_FOR);
                    exchange.sendResponseHeaders(204, -1);
                }
                case ERROR -> {
                    byte[] text = "database unavailable".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(500, text.length);
                    exchange.getResponseBody().write(text);
                }
                case REDIRECT -> {
                    exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port + MOVED);
                    exchange.sendResponseHeaders(302, -1);
                }
                case HUGE -> {
                    byte[] chunk = new byte[64 * 1024];
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    for (int i = 0; i < 128; i++) {
                        out.write(chunk);
                    }
                }
            }
        } catch (IOException clientGone) {
            // a sender that timed out or stopped reading closed the connection: expected for SLOW and HUGE
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
