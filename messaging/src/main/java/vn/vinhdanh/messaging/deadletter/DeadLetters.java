package vn.vinhdanh.messaging.deadletter;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.config.MessagingConfig;

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

    public DeadLetters(MessagingConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
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
        String originalTopic = text(original.headers().lastHeader(DeadLetterHeaders.TOPIC));
        put(headers, DeadLetterHeaders.TOPIC, originalTopic != null && original.topic().equals(topic())
                ? originalTopic : original.topic());
        put(headers, DeadLetterHeaders.PARTITION, String.valueOf(original.partition()));
        put(headers, DeadLetterHeaders.OFFSET, String.valueOf(original.offset()));
        put(headers, DeadLetterHeaders.CONSUMER, config.service());
        put(headers, DeadLetterHeaders.REASON, truncate(String.valueOf(failure.getMessage())));
        if (failure.getCause() != null) {
            put(headers, DeadLetterHeaders.CAUSE, truncate(failure.getCause().toString()));
        }
        int attempt = 0;
        while (true) {
            try {
                producer().send(letter).get(30, TimeUnit.SECONDS);
                LOG.warnf("Dead-lettered %s-%d@%d to %s: %s", original.topic(), original.partition(),
                        original.offset(), topic(), failure.getMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dead-lettering", e);
            } catch (Exception e) {
                attempt++;
                LOG.errorf("Dead-lettering %s-%d@%d failed (attempt %d): %s", original.topic(),
                        original.partition(), original.offset(), attempt, e);
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
                    Properties properties = new Properties();
                    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.service() + "-dead-letters");
                    properties.put(ProducerConfig.ACKS_CONFIG, "all");
                    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
                    properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
                    properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                            String.valueOf(vn.vinhdanh.messaging.outbox.OutboxRelay.MAX_RECORD_BYTES));
                    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    producer = new KafkaProducer<>(properties);
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

    static String text(Header header) {
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(String text) {
        return text.length() <= MAX_HEADER_TEXT ? text : text.substring(0, MAX_HEADER_TEXT) + "…";
    }
}
