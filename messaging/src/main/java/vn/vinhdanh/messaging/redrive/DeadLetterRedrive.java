package vn.vinhdanh.messaging.redrive;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.messaging.CloudEventHeaders;
import vn.vinhdanh.messaging.HeaderValues;
import vn.vinhdanh.messaging.config.MessagingConfig;
import vn.vinhdanh.messaging.deadletter.DeadLetterHeaders;
import vn.vinhdanh.messaging.deadletter.DeadLetters;
import vn.vinhdanh.messaging.inbox.IdempotentConsumer;
import vn.vinhdanh.messaging.inbox.IncomingEventHandler;
import vn.vinhdanh.messaging.inbox.Outcome;

/**
 * Lists and redrives this service's dead letters. A redrive feeds each parked message back through the same
 * idempotent consumer and the handler of the topic it came from; one that fails again is parked again at the tail
 * of the dead-letter topic with a higher redrive count, so a still-broken message never blocks the others. Progress
 * is the committed offset of the consumer group {@code <service>-dead-letter-redrive}.
 */
@ApplicationScoped
public class DeadLetterRedrive {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int EMPTY_POLLS_BEFORE_DONE = 2;

    private final DeadLetters deadLetters;
    private final IdempotentConsumer consumer;
    private final Instance<IncomingEventHandler> handlers;
    private final MessagingConfig config;
    private final AuditTrail audit;
    private final String bootstrapServers;

    public DeadLetterRedrive(
            DeadLetters deadLetters,
            IdempotentConsumer consumer,
            Instance<IncomingEventHandler> handlers,
            MessagingConfig config,
            AuditTrail audit,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.deadLetters = deadLetters;
        this.consumer = consumer;
        this.handlers = handlers;
        this.config = config;
        this.audit = audit;
        this.bootstrapServers = bootstrapServers;
    }

    public record DeadLetter(
            String originalTopic,
            int originalPartition,
            long originalOffset,
            String key,
            String eventId,
            String eventType,
            String reason,
            String cause,
            int redriveCount,
            long offset,
            String payload) {}

    public record RedriveResult(int examined, int processed, int duplicates, int parkedAgain) {}

    /** The dead letters a redrive would take next, without taking them. */
    public List<DeadLetter> pending(int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> reader = newConsumer()) {
            reader.subscribe(List.of(deadLetters.topic()));
            int emptyPolls = 0;
            while (letters.size() < limit && emptyPolls < EMPTY_POLLS_BEFORE_DONE) {
                ConsumerRecords<String, String> records = reader.poll(POLL);
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                for (ConsumerRecord<String, String> record : records) {
                    if (letters.size() < limit) {
                        letters.add(describe(record));
                    }
                }
            }
            // no commit: listing must not move the redrive position
        }
        return letters;
    }

    /**
     * An admin's redrive (the API's or the admin page's): the events are redriven, then the trail records that the admin
     * ran it and its outcome, in a transaction of its own since each redriven event committed on its own.
     */
    public RedriveResult redriveRecorded(int limit) {
        RedriveResult result = redrive(limit);
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record(
                        "dead-letters.redrive", "dead-letter-topic", deadLetters.topic(), result.toString()));
        return result;
    }

    /** Redrives up to {@code limit} dead letters, oldest first. */
    public RedriveResult redrive(int limit) {
        int examined = 0;
        int processed = 0;
        int duplicates = 0;
        int parkedAgain = 0;
        try (KafkaConsumer<String, String> reader = newConsumer()) {
            reader.subscribe(List.of(deadLetters.topic()));
            int emptyPolls = 0;
            Map<TopicPartition, Long> endAtStart = null;
            outer:
            while (examined < limit && emptyPolls < EMPTY_POLLS_BEFORE_DONE) {
                ConsumerRecords<String, String> records = reader.poll(POLL);
                if (endAtStart == null && !reader.assignment().isEmpty()) {
                    // letters parked again during this redrive land behind this mark and wait for the next one
                    endAtStart = new HashMap<>(reader.endOffsets(reader.assignment()));
                }
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
                for (ConsumerRecord<String, String> letter : records) {
                    TopicPartition partition = new TopicPartition(letter.topic(), letter.partition());
                    if (endAtStart != null && letter.offset() >= endAtStart.getOrDefault(partition, Long.MAX_VALUE)) {
                        break outer;
                    }
                    examined++;
                    switch (redriveOne(letter)) {
                        case PROCESSED -> processed++;
                        case DUPLICATE -> duplicates++;
                        case DEAD_LETTERED -> parkedAgain++;
                    }
                    progress.put(partition, new OffsetAndMetadata(letter.offset() + 1));
                    if (examined >= limit) {
                        break;
                    }
                }
                if (!progress.isEmpty()) {
                    reader.commitSync(progress);
                }
            }
        }
        return new RedriveResult(examined, processed, duplicates, parkedAgain);
    }

    private Outcome redriveOne(ConsumerRecord<String, String> letter) {
        String originalTopic = HeaderValues.text(letter.headers(), DeadLetterHeaders.TOPIC);
        Optional<IncomingEventHandler> handler = handlers.stream()
                .filter(candidate -> candidate.topic().equals(originalTopic))
                .findFirst();
        int redriveCount = redriveCount(letter) + 1;
        HeaderValues.put(letter.headers(), DeadLetterHeaders.REDRIVE_COUNT, String.valueOf(redriveCount));
        if (handler.isEmpty()) {
            deadLetters.park(letter, new IllegalStateException("no handler for topic " + originalTopic));
            return Outcome.DEAD_LETTERED;
        }
        // the record keeps its dead-letter topic coordinates; the original topic matters only for the inbox log
        ConsumerRecord<String, String> replay =
                new ConsumerRecord<>(originalTopic, letter.partition(), letter.offset(), letter.key(), letter.value());
        letter.headers().forEach(header -> replay.headers().add(header));
        return consumer.consume(replay, handler.get());
    }

    private DeadLetter describe(ConsumerRecord<String, String> record) {
        return new DeadLetter(
                HeaderValues.text(record.headers(), DeadLetterHeaders.TOPIC),
                parseInt(HeaderValues.text(record.headers(), DeadLetterHeaders.PARTITION)),
                parseLong(HeaderValues.text(record.headers(), DeadLetterHeaders.OFFSET)),
                record.key(),
                HeaderValues.text(record.headers(), CloudEventHeaders.ID),
                HeaderValues.text(record.headers(), CloudEventHeaders.TYPE),
                HeaderValues.text(record.headers(), DeadLetterHeaders.REASON),
                HeaderValues.text(record.headers(), DeadLetterHeaders.CAUSE),
                redriveCount(record),
                record.offset(),
                record.value());
    }

    private static int redriveCount(ConsumerRecord<String, String> record) {
        return parseInt(HeaderValues.text(record.headers(), DeadLetterHeaders.REDRIVE_COUNT));
    }

    private static int parseInt(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long parseLong(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private KafkaConsumer<String, String> newConsumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, config.service() + "-dead-letter-redrive");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, config.service() + "-dead-letter-redrive");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(properties);
    }
}
