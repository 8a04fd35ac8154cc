package vn.vinhdanh.messaging.config;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the plumbing's two producers (the outbox relay, the dead letters) set alike. */
public final class ProducerSettings {

    /**
     * Largest record the platform sends: an event carries a whole nomination (up to the 2 MB request body, plus its
     * criteria). Topics (deploy/k8s) and the local broker accept the same; Kafka's default of 1 MiB would leave a
     * large nomination stuck at the head of the outbox.
     */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

    private ProducerSettings() {}

    /**
     * Every record acknowledged by all in-sync replicas, with an idempotent producer (no duplicates from its own
     * retries); String keys and values up to {@link #MAX_RECORD_BYTES}; at most 10 s blocked waiting for metadata.
     */
    public static Properties acknowledgedByAll(String bootstrapServers, String clientId) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(MAX_RECORD_BYTES));
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return properties;
    }
}
