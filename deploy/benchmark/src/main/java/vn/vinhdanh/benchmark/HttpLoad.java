package vn.vinhdanh.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import vn.vinhdanh.deploy.stack.ApiResponse;

/**
 * Closed-loop load: {@code clients} threads, each sending its next request as soon as the previous one answered,
 * until {@code count} requests were sent (or {@code duration} passed, when count is 0). Latency is measured per
 * request on the client, from just before sending to the whole body received.
 */
final class HttpLoad {

    record Result(int sent, int ok, long errors, double elapsedSeconds, Latencies latencies, List<String> firstErrors) {
        double rate() {
            return ok / elapsedSeconds;
        }
    }

    private final HttpClient http;
    private final Errors errors;

    HttpLoad(HttpClient http, Errors errors) {
        this.http = http;
        this.errors = errors;
    }

    /**
     * @param request   the i-th request
     * @param onSuccess called with the body of each response with status {@code expected}
     */
    Result run(
            String label,
            int clients,
            int count,
            Duration duration,
            int expected,
            IntFunction<HttpRequest> request,
            ObjIntConsumer<String> onSuccess)
            throws InterruptedException {
        int capacity = count > 0 ? count : 2_000_000;
        long[] latencies = new long[capacity];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger recorded = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicLong failed = new AtomicLong();
        List<String> firstErrors = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = count > 0 ? Long.MAX_VALUE : started + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(
                    () -> {
                        while (true) {
                            int i = next.getAndIncrement();
                            if (i >= capacity || System.nanoTime() >= deadline) {
                                return;
                            }
                            HttpRequest req = request.apply(i);
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<String> response =
                                        http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                                long elapsed = System.nanoTime() - t0;
                                latencies[recorded.getAndIncrement()] = elapsed;
                                if (response.statusCode() == expected) {
                                    ok.incrementAndGet();
                                    if (onSuccess != null) {
                                        onSuccess.accept(response.body(), i);
                                    }
                                } else {
                                    failed.incrementAndGet();
                                    errors.record(
                                            label,
                                            req.method() + " " + req.uri().getPath() + " answered "
                                                    + response.statusCode() + ": "
                                                    + ApiResponse.abbreviate(response.body()));
                                }
                            } catch (Exception e) {
                                failed.incrementAndGet();
                                errors.record(
                                        label, req.method() + " " + req.uri().getPath() + " failed: " + e);
                                if (e instanceof InterruptedException) {
                                    Thread.currentThread().interrupt();
                                    return;
                                }
                            }
                        }
                    },
                    label + "-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsedSeconds = (System.nanoTime() - started) / 1e9;
        int sent = recorded.get();
        return new Result(
                sent, ok.get(), failed.get(), elapsedSeconds, Latencies.ofNanos(latencies, sent), firstErrors);
    }
}
