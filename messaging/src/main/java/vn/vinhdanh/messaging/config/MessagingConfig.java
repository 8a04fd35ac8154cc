package vn.vinhdanh.messaging.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "vinhdanh.messaging")
public interface MessagingConfig {

    /** The service's name: CloudEvents {@code source} is {@code /vinhdanh/<service>}, and it names the dead-letter topic. */
    String service();

    Relay relay();

    Consumer consumer();

    interface Relay {
        /** Rows sent per round trip to the broker. */
        @WithDefault("500")
        int batchSize();

        /** Fallback only: commits wake the relay at once; this catches rows written by another instance. */
        @WithDefault("500ms")
        Duration pollInterval();

        /** Published rows are kept this long for diagnosis, then deleted. */
        @WithDefault("P7D")
        Duration retention();

        @WithDefault("true")
        boolean enabled();
    }

    interface Consumer {
        /** Attempts for an event whose handler fails for a reason other than an unreachable database. */
        @WithDefault("4")
        int maxAttempts();

        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("5s")
        Duration maxBackoff();
    }
}
