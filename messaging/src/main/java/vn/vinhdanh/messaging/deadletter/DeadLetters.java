package vn.vinhdanh.messaging.deadletter;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.HeaderValues;
import vn.vinhdanh.messaging.config.MessagingConfig;
import vn.vinhdanh.messaging.config.ProducerSettings;

/**
 * Parks a message this service cannot process on its dead-letter topic: original key, value and headers (so the
 * CloudEvents attributes survive a redrive) plus why it failed and where it came from.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final int MAX_HEADER_TEXT = 1_000;

    private final MessagingConfig config;
    private final String bootstrapServers;
    private volatile Producer<String, String> producer;

    public DeadLetters(
            MessagingConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    public String topic() {
        return Topics.deadLetterTopicOf(config.service());
    }

    /**
     * Returns only once the broker has the dead letter: the caller acknowledges the original right after, so giving
     * up here would lose it. An unreachable broker is therefore retried until it is back.
     */
    public void park(ConsumerRecord<String, String> original, Throwable failure) {
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic(), original.key(), original.value());
        Headers headers = letter.headers();
        for (Header header : original.headers()) {
            if (!header.key().startsWith("dead-letter-") || header.key().equals(DeadLetterHeaders.REDRIVE_COUNT)) {
                headers.add(header);
            }
        }
        String originalTopic = HeaderValues.text(original.headers(), DeadLetterHeaders.TOPIC);
        HeaderValues.put(
                headers,
                DeadLetterHeaders.TOPIC,
                originalTopic != null && original.topic().equals(topic()) ? originalTopic : original.topic());
        HeaderValues.put(headers, DeadLetterHeaders.PARTITION, String.valueOf(original.partition()));
        HeaderValues.put(headers, DeadLetterHeaders.OFFSET, String.valueOf(original.offset()));
        HeaderValues.put(headers, DeadLetterHeaders.CONSUMER, config.service());
        HeaderValues.put(headers, DeadLetterHeaders.REASON, truncate(String.valueOf(failure.getMessage())));
        if (failure.getCause() != null) {
            HeaderValues.put(
                    headers,
                    DeadLetterHeaders.CAUSE,
                    truncate(failure.getCause().toString()));
        }
        int attempt = 0;
        while (true) {
            try {
                producer().send(letter).get(30, TimeUnit.SECONDS);
                LOG.warnf(
                        "Dead-lettered %s-%d@%d to %s: %s",
                        original.topic(), original.partition(), original.offset(), topic(), failure.getMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dead-lettering", e);
            } catch (Exception e) {
                attempt++;
                LOG.errorf(
                        "Dead-lettering %s-%d@%d failed (attempt %d): %s",
                        original.topic(), original.partition(), original.offset(), attempt, e);
                try {
                    Thread.sleep(Math.min(5_000L, 200L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while dead-lettering", interrupted);
                }
            }
        }
    }

    private Producer<String, String> producer() {
        Producer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(
                            ProducerSettings.acknowledgedByAll(bootstrapServers, config.service() + "-dead-letters"));
                }
                current = producer;
            }
        }
        return current;
    }

    void close(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_HEADER_TEXT ? text : text.substring(0, MAX_HEADER_TEXT) + "…";
    }
}
