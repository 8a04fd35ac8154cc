package vn.vinhdanh.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The floors the platform's figures are compared with, measured in the same run on the same machine. */
final class Floors {

    private Floors() {}

    record PgResult(long transactions, double elapsedSeconds, Latencies latencies) {
        double rate() {
            return transactions / elapsedSeconds;
        }
    }

    /**
     * The commit pattern of a submission without the application: per transaction one insert of the nomination row
     * and one of its outbox row (tables shaped like nomination-service's, outbox with the same identity column and
     * partial index), committed, from {@code clients} connections at once, for {@code duration}.
     *
     * @param payload the document as JSON, the outbox row's payload
     */
    static PgResult postgres(
            String jdbcUrl,
            String user,
            String password,
            int clients,
            Duration duration,
            Map<String, Object> document,
            String payload,
            Errors errors)
            throws Exception {
        try (Connection setup = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = setup.createStatement()) {
            statement.execute("drop table if exists floor_outbox, floor_nomination");
            statement.execute("""
                    create table floor_nomination (
                        id uuid primary key, movement_id uuid not null, agency_code varchar(50) not null,
                        revision integer not null, nominee_kind varchar(20) not null,
                        nominee_name varchar(200) not null, nominee_birth_year integer,
                        nominee_organization varchar(300) not null, nominee_target_group varchar(30) not null,
                        level varchar(20) not null, sector varchar(40) not null,
                        proposed_award varchar(60) not null, achievements text not null, good_practices text,
                        publicity_consent boolean not null, status varchar(30) not null,
                        submitted_at timestamp with time zone not null, updated_at timestamp with time zone not null,
                        version bigint not null)""");
            statement.execute("""
                    create table floor_outbox (
                        id uuid primary key, position bigint generated always as identity unique,
                        topic varchar(200) not null, message_key varchar(200) not null,
                        event_type varchar(200) not null, subject varchar(200),
                        occurred_at timestamp with time zone not null, payload text not null,
                        published_at timestamp with time zone)""");
            statement.execute(
                    "create index floor_outbox_unpublished on floor_outbox (position)" + " where published_at is null");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> nominee = (Map<String, Object>) document.get("nominee");
        AtomicLong done = new AtomicLong();
        AtomicInteger index = new AtomicInteger();
        long[] latencies = new long[4_000_000];
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(
                    () -> {
                        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
                            connection.setAutoCommit(false);
                            PreparedStatement row = connection.prepareStatement("""
                            insert into floor_nomination (id, movement_id, agency_code, revision, nominee_kind,
                                nominee_name, nominee_birth_year, nominee_organization, nominee_target_group, level,
                                sector, proposed_award, achievements, good_practices, publicity_consent, status,
                                submitted_at, updated_at, version)
                            values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 'SUBMITTED', ?, ?, 0)""");
                            PreparedStatement outbox = connection.prepareStatement("""
                            insert into floor_outbox (id, topic, message_key, event_type, subject, occurred_at,
                                payload) values (?, 'nomination.events', ?, 'nomination.submitted.v1', ?, ?, ?)""");
                            UUID movement = UUID.randomUUID();
                            while (System.nanoTime() < deadline) {
                                long t0 = System.nanoTime();
                                UUID id = UUID.randomUUID();
                                Timestamp now = Timestamp.from(Instant.now());
                                row.setObject(1, id);
                                row.setObject(2, movement);
                                row.setString(3, (String) document.get("agencyCode"));
                                row.setString(4, (String) nominee.get("kind"));
                                row.setString(5, (String) nominee.get("name"));
                                row.setInt(6, (Integer) nominee.get("birthYear"));
                                row.setString(7, (String) nominee.get("organization"));
                                row.setString(8, (String) nominee.get("targetGroup"));
                                row.setString(9, (String) document.get("level"));
                                row.setString(10, (String) document.get("sector"));
                                row.setString(11, (String) document.get("proposedAward"));
                                row.setString(12, (String) document.get("achievements"));
                                row.setString(13, (String) document.get("goodPractices"));
                                row.setTimestamp(14, now);
                                row.setTimestamp(15, now);
                                row.executeUpdate();
                                outbox.setObject(1, UUID.randomUUID());
                                outbox.setString(2, id.toString());
                                outbox.setString(3, id.toString());
                                outbox.setTimestamp(4, now);
                                outbox.setString(5, payload);
                                outbox.executeUpdate();
                                connection.commit();
                                int i = index.getAndIncrement();
                                if (i < latencies.length) {
                                    latencies[i] = System.nanoTime() - t0;
                                }
                                done.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.record("floor-postgres", e.toString());
                        }
                    },
                    "floor-pg-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new PgResult(done.get(), elapsed, Latencies.ofNanos(latencies, Math.min(index.get(), latencies.length)));
    }

    /**
     * Produce→consume latency on the broker: a producer configured like the outbox relay (acks=all, idempotent,
     * linger 0) sends {@code messages} records, one every {@code pauseMillis}; a consumer with default fetch settings
     * (as the services' consumers) reads them; latency = receive time - send time in this JVM.
     */
    static Latencies kafka(String bootstrapServers, int messages, long pauseMillis, Errors errors) throws Exception {
        String topic = "benchmark.latency." + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        long[] latencies = new long[messages];
        AtomicInteger received = new AtomicInteger();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps);
                KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            consumer.poll(Duration.ofMillis(100));
            // warm the producer's metadata and connection; the reader skips it
            producer.send(new ProducerRecord<>(topic, "warm-up", "0")).get();
            Thread reader = new Thread(
                    () -> {
                        long giveUp = System.nanoTime()
                                + Duration.ofSeconds(30 + messages * pauseMillis / 1000)
                                        .toNanos();
                        while (received.get() < messages && System.nanoTime() < giveUp) {
                            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                                long now = System.nanoTime();
                                if ("warm-up".equals(record.key())) {
                                    continue;
                                }
                                int i = received.getAndIncrement();
                                if (i < messages) {
                                    latencies[i] = now - Long.parseLong(record.value());
                                }
                            }
                        }
                    },
                    "floor-kafka-reader");
            reader.start();
            for (int i = 0; i < messages; i++) {
                producer.send(new ProducerRecord<>(topic, Integer.toString(i), Long.toString(System.nanoTime())));
                Thread.sleep(pauseMillis);
            }
            producer.flush();
            reader.join();
        }
        if (received.get() < messages) {
            errors.record("floor-kafka", "received " + received.get() + " of " + messages + " records");
        }
        return Latencies.ofNanos(latencies, Math.min(received.get(), messages));
    }

    /** The three floors as they go into the results file. */
    static Map<String, Object> report(PgResult pg, HttpLoad.Result crud, Latencies kafka) {
        Map<String, Object> floors = new LinkedHashMap<>();
        floors.put(
                "postgresInsertPlusOutbox",
                Map.of(
                        "transactionsPerSecond",
                        Latencies.round(pg.rate()),
                        "transactions",
                        pg.transactions(),
                        "seconds",
                        Latencies.round(pg.elapsedSeconds()),
                        "commitLatency",
                        pg.latencies().summary()));
        floors.put(
                "plainQuarkusCrudPost",
                Map.of(
                        "requestsPerSecond",
                        Latencies.round(crud.rate()),
                        "requests",
                        crud.ok(),
                        "errors",
                        crud.errors(),
                        "seconds",
                        Latencies.round(crud.elapsedSeconds()),
                        "latency",
                        crud.latencies().summary()));
        floors.put("kafkaProduceConsume", kafka.summary());
        return floors;
    }
}
