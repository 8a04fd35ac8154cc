package vn.vinhdanh.nomination.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import vn.vinhdanh.nomination.config.WebhookConfig;
import vn.vinhdanh.nomination.domain.AttemptResult;
import vn.vinhdanh.nomination.domain.WebhookSignature;
import vn.vinhdanh.nomination.service.DeliveryJob;

/**
 * One HTTP attempt of a delivery, hardened against the receiver: connect and read timeouts, an answer body read up
 * to a limit and discarded, redirects not followed (a 3xx is a failure, retried; following it would let a public
 * name send the request anywhere), and no request to a non-public address ({@link DestinationGuard}). Every outcome,
 * refusals included, is an {@link AttemptResult}: nothing here throws for the receiver's sake.
 */
@ApplicationScoped
public class WebhookSender {

    static final String CLOUDEVENTS_JSON = "application/cloudevents+json";
    static final String USER_AGENT = "vinhdanh-webhooks/1 (+https://www.standardwebhooks.com)";

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxResponseBytes;
    private final DestinationGuard guard;
    private final Clock clock;

    @Inject
    public WebhookSender(WebhookConfig config, Clock clock) {
        this(
                config.connectTimeout(),
                config.readTimeout(),
                config.maxResponseBytes(),
                new DestinationGuard(config.allowPrivateAddresses()),
                clock);
    }

    WebhookSender(
            Duration connectTimeout, Duration readTimeout, int maxResponseBytes, DestinationGuard guard, Clock clock) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxResponseBytes = maxResponseBytes;
        this.guard = guard;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1: no h2c upgrade headers on http://, which some receivers' servers mishandle
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public AttemptResult send(DeliveryJob job) {
        Instant startedAt = Instant.now(clock);
        long started = System.nanoTime();
        URI uri;
        try {
            uri = URI.create(job.url());
            String refusal = guard.refusal(uri.getHost());
            if (refusal != null) {
                return AttemptResult.failed(startedAt, millisSince(started), refusal);
            }
        } catch (UnknownHostException e) {
            return AttemptResult.failed(startedAt, millisSince(started), "unknown host: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return AttemptResult.failed(startedAt, millisSince(started), "invalid URL: " + e.getMessage());
        }
        byte[] body = job.body().getBytes(StandardCharsets.UTF_8);
        String id = job.eventId().toString();
        long timestamp = startedAt.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Content-Type", CLOUDEVENTS_JSON)
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(job.secrets(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        CompletableFuture<HttpResponse<Long>> answer = client.sendAsync(request, DiscardedBody.upTo(maxResponseBytes));
        try {
            // the client's own timeout ends at the headers; this bounds the body too
            HttpResponse<Long> response =
                    answer.get(connectTimeout.plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            return AttemptResult.answered(startedAt, millisSince(started), status, reasonOf(response));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return AttemptResult.failed(
                    startedAt,
                    millisSince(started),
                    "timeout: no complete answer within " + readTimeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return AttemptResult.failed(startedAt, millisSince(started), describe(e.getCause()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return AttemptResult.failed(startedAt, millisSince(started), "interrupted: the instance is shutting down");
        }
    }

    /** Why an answer is not a delivery; null for a 2xx. */
    private static String reasonOf(HttpResponse<?> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return null;
        }
        if (status >= 300 && status < 400) {
            return "redirect not followed (Location: "
                    + response.headers().firstValue("Location").orElse("none") + ")";
        }
        return "HTTP " + status;
    }

    /** A few words an agency's developer recognises, not a stack trace. */
    static String describe(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "connect timeout";
        }
        if (failure instanceof HttpTimeoutException) {
            return "timeout: no answer within the read timeout";
        }
        if (failure instanceof ConnectException) {
            String message = failure.getMessage();
            return message == null || message.toLowerCase(Locale.ROOT).contains("refused")
                    ? "connection refused"
                    : "connection failed: " + message;
        }
        if (failure instanceof UnknownHostException) {
            return "unknown host: " + failure.getMessage();
        }
        if (failure instanceof SSLException) {
            return "TLS failure: " + failure.getMessage();
        }
        if (failure instanceof IOException) {
            Throwable cause = failure.getCause();
            if (cause instanceof ConnectException || cause instanceof SSLException) {
                return describe(cause);
            }
            return "network error: " + failure.getMessage();
        }
        return "error: " + failure;
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
