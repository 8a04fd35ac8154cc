package vn.vinhdanh.deploy.infra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void servesARecordWithHeadersAndKeepsItAcrossARestart() {
        String topic = "broker-test-" + UUID.randomUUID();
        byte[] traceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(StandardCharsets.UTF_8);
        Path dataDir;

        try (KafkaBroker broker = KafkaBroker.builder().build().start()) {
            dataDir = broker.dataDir();
            assertTrue(broker.isRunning());
            assertTrue(Files.exists(dataDir.resolve("data").resolve("meta.properties")), "storage was formatted");

            try (KafkaProducer<String, String> producer = producer(broker)) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(topic, "nomination-1", "{\"status\":\"SUBMITTED\"}");
                record.headers().add("traceparent", traceId);
                producer.send(record).get();
            } catch (Exception e) {
                throw new AssertionError("produce failed", e);
            }
            assertOneRecord(broker, topic, traceId);

            // a restart keeps the data directory and the ports, so the record is still there at the same address
            broker.restart();
            assertTrue(broker.isRunning());
            assertOneRecord(broker, topic, traceId);

            broker.stop();
            assertFalse(broker.isRunning());
        }
        assertFalse(Files.exists(dataDir), "close() deletes a data directory the broker created itself");
    }

    private static void assertOneRecord(KafkaBroker broker, String topic, byte[] expectedTraceId) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(broker)) {
            // assign rather than subscribe: a group rebalance would only add seconds to a test about the broker
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
        }
        assertEquals(1, received.size(), "records on " + topic);
        ConsumerRecord<String, String> record = received.get(0);
        assertEquals("nomination-1", record.key());
        assertEquals("{\"status\":\"SUBMITTED\"}", record.value());
        Header header = record.headers().lastHeader("traceparent");
        assertNotNull(header, "traceparent header");
        assertArrayEquals(expectedTraceId, header.value());
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        0),
                new StringSerializer(),
                new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(KafkaBroker broker) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer());
    }
}
