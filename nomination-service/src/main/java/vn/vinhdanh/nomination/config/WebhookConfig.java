package vn.vinhdanh.nomination.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Webhooks for agency portals: how endpoints are accepted, how deliveries are sent and retried. */
@ConfigMapping(prefix = "vinhdanh.webhooks")
public interface WebhookConfig {

    /** Turns the dispatcher off (e.g. for a read-only instance); deliveries are still written and wait. */
    @WithDefault("true")
    boolean enabled();

    /** Fallback only: commits that queue deliveries wake the dispatcher; this catches retries and other replicas. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Deliveries sent at the same time by one instance. */
    @WithDefault("8")
    int concurrency();

    /** Accept {@code http://} endpoint URLs (local development and tests); production endpoints are https only. */
    @WithDefault("false")
    boolean allowInsecureUrls();

    /**
     * Deliver to loopback, private, link-local, multicast and unspecified addresses. Off in production: an endpoint
     * URL must never reach into the platform's own network (SSRF).
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    @WithDefault("5s")
    Duration connectTimeout();

    /** From the request sent to the whole answer read (status, headers and at most the body limit). */
    @WithDefault("10s")
    Duration readTimeout();

    /** A receiver's answer body is read up to this many bytes and then discarded. */
    @WithDefault("65536")
    int maxResponseBytes();

    /** During a secret rotation, deliveries are signed with the previous secret too for this long. */
    @WithDefault("PT24H")
    Duration secretOverlap();

    Retry retry();

    interface Retry {
        /**
         * The ceiling of the wait before each retry, in order; the last one repeats. The wait itself is drawn
         * uniformly between zero and the ceiling (full jitter), so receivers recovering from an outage are not hit
         * by every sender at the same instant.
         */
        @WithDefault("30s,2m,10m,1h,3h,6h")
        List<Duration> delays();

        /** A delivery is retried for at least this long from its first attempt; a failure after that is final. */
        @WithDefault("PT24H")
        Duration window();
    }
}
