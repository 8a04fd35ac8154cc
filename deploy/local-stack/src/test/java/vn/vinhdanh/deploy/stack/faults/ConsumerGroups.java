package vn.vinhdanh.deploy.stack.faults;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import vn.vinhdanh.deploy.stack.Service;

/** The services' consumer groups through the Kafka Admin API: lag, and a reset to the earliest offsets. */
public final class ConsumerGroups implements AutoCloseable {

    /** The topics each service's consumer group reads (the services' READMEs). */
    public static final Map<Service, List<String>> INPUTS = Map.of(
            Service.NOMINATION, List.of("review.events", "award.events", "publicity.events"),
            Service.REVIEW, List.of("nomination.events"),
            Service.AWARD, List.of("review.events", "nomination.events"),
            Service.PUBLICITY, List.of("review.events", "award.events"));

    private final Admin admin;

    public ConsumerGroups(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        this.admin = Admin.create(properties);
    }

    public static String group(Service service) {
        return service.moduleName();
    }

    /** Messages not yet committed by {@code service}'s group, over all its input topics. */
    public long lag(Service service) {
        Map<TopicPartition, Long> committed = committed(service);
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end :
                endOffsets(INPUTS.get(service)).entrySet()) {
            lag += Math.max(0, end.getValue() - committed.getOrDefault(end.getKey(), 0L));
        }
        return lag;
    }

    public Map<TopicPartition, Long> committed(Service service) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        try {
            Map<TopicPartition, OffsetAndMetadata> result = admin.listConsumerGroupOffsets(group(service))
                    .partitionsToOffsetAndMetadata()
                    .get(20, TimeUnit.SECONDS);
            result.forEach((partition, offset) -> {
                if (offset != null) {
                    offsets.put(partition, offset.offset());
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of " + group(service) + ": " + e, e);
        }
        return offsets;
    }

    /**
     * How many members of {@code service}'s consumer group read its event topics now: one per instance once the group
     * has settled. Members that read only other topics (the compacted award catalogue, with a consumer of its own in
     * each instance of nomination-, review- and publicity-service) are not counted.
     */
    public int members(Service service) {
        List<String> topics = INPUTS.get(service);
        try {
            return (int) admin
                    .describeConsumerGroups(List.of(group(service)))
                    .all()
                    .get(20, TimeUnit.SECONDS)
                    .get(group(service))
                    .members()
                    .stream()
                    .filter(member -> member.assignment().topicPartitions().stream()
                            .anyMatch(partition -> topics.contains(partition.topic())))
                    .count();
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe " + group(service) + ": " + e, e);
        }
    }

    /** Blocks until every group has committed the end of every input topic. */
    public void awaitNoLag(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<Service, Long> lags = new HashMap<>();
        while (System.nanoTime() < deadline) {
            lags.clear();
            for (Service service : Service.values()) {
                try {
                    lags.put(service, lag(service));
                } catch (RuntimeException e) {
                    lags.put(service, -1L);
                }
            }
            if (lags.values().stream().allMatch(lag -> lag == 0)) {
                return;
            }
            pause();
        }
        throw new AssertionError("consumer groups still behind after " + timeout + ": " + lags);
    }

    /**
     * Moves {@code service}'s group back to the beginning of every input topic, so that it receives every event
     * again. The group must be empty: stop the service first.
     */
    public void resetToEarliest(Service service) {
        Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
        for (Map.Entry<TopicPartition, Long> start :
                offsets(INPUTS.get(service), OffsetSpec.earliest()).entrySet()) {
            earliest.put(start.getKey(), new OffsetAndMetadata(start.getValue()));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                admin.alterConsumerGroupOffsets(group(service), earliest).all().get(20, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                // a member that just left may still be on the books for a moment: the group is not empty yet
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot reset " + group(service) + ": " + e, e);
                }
                pause();
            }
        }
    }

    public Map<TopicPartition, Long> endOffsets(List<String> topics) {
        return offsets(topics, OffsetSpec.latest());
    }

    private Map<TopicPartition, Long> offsets(List<String> topics, OffsetSpec spec) {
        try {
            Map<String, TopicDescription> descriptions =
                    admin.describeTopics(topics).allTopicNames().get(20, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            descriptions
                    .values()
                    .forEach(description -> description
                            .partitions()
                            .forEach(partition ->
                                    request.put(new TopicPartition(description.name(), partition.partition()), spec)));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result =
                    admin.listOffsets(request).all().get(20, TimeUnit.SECONDS);
            Map<TopicPartition, Long> offsets = new HashMap<>();
            result.forEach((partition, info) -> offsets.put(partition, info.offset()));
            return offsets;
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the offsets of " + topics + ": " + e, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
