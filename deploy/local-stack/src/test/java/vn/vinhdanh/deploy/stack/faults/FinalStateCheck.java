package vn.vinhdanh.deploy.stack.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.stack.Service;

/**
 * Checks every nomination of a scenario in all four databases and on all four topics, once the platform is quiet
 * (outboxes empty, every consumer group at the end of its topics):
 * <ul>
 * <li><b>lost</b>: a nomination that is not {@code PUBLICIZED} with its whole timeline, or lacks its review case, its
 * granted award, its published feature, an outbox row or an event on its topic, or sits in a dead-letter topic;</li>
 * <li><b>duplicated</b>: a nomination with more than one review case, award, feature, received award, timeline step
 * of one status, outbox row of one event type, or more than one distinct event (by {@code ce_id}) of one type on a
 * topic. The same {@code ce_id} twice on a topic is a re-send, allowed because consumers ignore it: the database
 * checks prove that they did.</li>
 * </ul>
 * And each nomination's events appear on their topic in the order of the producing service's outbox.
 */
public final class FinalStateCheck {

    /** Producing service, topic and the event types each nomination has there exactly once. */
    private static final Map<String, List<String>> EXPECTED_EVENTS = new LinkedHashMap<>();

    private static final Map<String, Service> PRODUCER = new LinkedHashMap<>();
    private static final List<String> TIMELINE =
            List.of("SUBMITTED", "UNDER_REVIEW", "APPROVED", "AWARDED", "PUBLICIZED");
    public static final List<String> DEAD_LETTER_TOPICS =
            List.of("nomination-service.dlq", "review-service.dlq", "award-service.dlq", "publicity-service.dlq");

    static {
        EXPECTED_EVENTS.put("nomination.events", List.of("nomination.submitted.v1"));
        EXPECTED_EVENTS.put("review.events", List.of("review.opened.v1", "review.decided.v1"));
        EXPECTED_EVENTS.put("award.events", List.of("award.granted.v1"));
        EXPECTED_EVENTS.put("publicity.events", List.of("feature.drafted.v1", "feature.published.v1"));
        PRODUCER.put("nomination.events", Service.NOMINATION);
        PRODUCER.put("review.events", Service.REVIEW);
        PRODUCER.put("award.events", Service.AWARD);
        PRODUCER.put("publicity.events", Service.PUBLICITY);
    }

    private final Databases db;
    private final KafkaTestClient kafka;

    public FinalStateCheck(Databases db, KafkaTestClient kafka) {
        this.db = db;
        this.kafka = kafka;
    }

    /** What the check found for one scenario. */
    public record Verdict(
            int sent,
            Set<UUID> lost,
            Set<UUID> duplicated,
            List<String> problems,
            int resentCopies,
            int orderViolations) {

        public String summary() {
            return "sent " + sent + ", lost " + lost.size() + ", duplicated " + duplicated.size() + ", re-sent copies "
                    + resentCopies + ", order violations " + orderViolations
                    + (problems.isEmpty()
                            ? ""
                            : "; first problems: " + problems.subList(0, Math.min(20, problems.size())));
        }
    }

    /**
     * @param deadLettered nominations expected to have passed through a dead-letter topic (and been redriven), which
     *                     therefore may have letters there
     */
    public Verdict check(Collection<UUID> nominations, Set<UUID> deadLettered) {
        UUID[] ids = nominations.toArray(UUID[]::new);
        String[] keys = nominations.stream().map(UUID::toString).toArray(String[]::new);
        Set<UUID> lost = new LinkedHashSet<>();
        Set<UUID> duplicated = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        Tally tally = new Tally(lost, duplicated, problems);

        // nomination-service: final status and one timeline step per status
        Map<UUID, String> status = new HashMap<>();
        for (Object[] row :
                db.rows(Service.NOMINATION, "select id, status from nomination where id = any(?)", (Object) ids)) {
            status.put((UUID) row[0], (String) row[1]);
        }
        Map<UUID, Map<String, Long>> steps = grouped(Service.NOMINATION, """
                select nomination_id, status, count(*) from nomination_timeline where nomination_id = any(?)
                group by 1, 2""", ids);
        for (UUID id : ids) {
            if (!"PUBLICIZED".equals(status.get(id))) {
                tally.lost(id, "nomination status " + status.get(id));
            }
            Map<String, Long> perStatus = steps.getOrDefault(id, Map.of());
            for (String step : TIMELINE) {
                tally.exactlyOne(id, "timeline " + step, perStatus.getOrDefault(step, 0L));
            }
        }

        // review-service: one decided, approved case; award-service: one granted award; publicity-service: one
        // published feature and one received award
        oneRowEach(tally, ids, Service.REVIEW, "review_case", "status = 'DECIDED' and outcome = 'APPROVED'");
        oneRowEach(tally, ids, Service.AWARD, "award", "status = 'GRANTED'");
        oneRowEach(tally, ids, Service.PUBLICITY, "feature", "status = 'PUBLISHED' and award_name is not null");
        oneRowEach(tally, ids, Service.PUBLICITY, "granted_award", "true");

        // every outbox: one row per expected event type
        Map<String, Map<UUID, Long>> outboxPositions = new HashMap<>();
        for (Map.Entry<String, List<String>> topic : EXPECTED_EVENTS.entrySet()) {
            Service producer = PRODUCER.get(topic.getKey());
            Map<UUID, Map<String, Long>> rows = new HashMap<>();
            Map<UUID, Long> positions = new HashMap<>();
            for (Object[] row : db.rows(producer, """
                    select id, message_key, event_type, position from outbox_event
                    where topic = ? and message_key = any(?)""", topic.getKey(), keys)) {
                rows.computeIfAbsent(UUID.fromString((String) row[1]), k -> new TreeMap<>())
                        .merge((String) row[2], 1L, Long::sum);
                positions.put((UUID) row[0], ((Number) row[3]).longValue());
            }
            outboxPositions.put(topic.getKey(), positions);
            for (UUID id : ids) {
                for (String type : topic.getValue()) {
                    tally.exactlyOne(
                            id,
                            producer.moduleName() + " outbox " + type,
                            rows.getOrDefault(id, Map.of()).getOrDefault(type, 0L));
                }
            }
        }

        // every topic: each event once by ce_id (re-sends allowed), in outbox order per nomination
        int resent = 0;
        int orderViolations = 0;
        Set<String> wanted = Set.of(keys);
        for (Map.Entry<String, List<String>> topic : EXPECTED_EVENTS.entrySet()) {
            Map<UUID, Map<String, Set<String>>> distinct = new HashMap<>();
            Map<UUID, List<String>> firstSeenOrder = new HashMap<>();
            int records = 0;
            for (ConsumerRecord<String, String> record : kafka.readAll(topic.getKey(), Duration.ofSeconds(30))) {
                if (record.key() == null || !wanted.contains(record.key())) {
                    continue;
                }
                records++;
                UUID id = UUID.fromString(record.key());
                String eventId = KafkaTestClient.header(record, "ce_id");
                String type = KafkaTestClient.header(record, "ce_type");
                distinct.computeIfAbsent(id, k -> new HashMap<>())
                        .computeIfAbsent(type, k -> new LinkedHashSet<>())
                        .add(eventId);
                List<String> order = firstSeenOrder.computeIfAbsent(id, k -> new ArrayList<>());
                if (!order.contains(eventId)) {
                    order.add(eventId);
                }
            }
            int distinctEvents = 0;
            for (UUID id : ids) {
                Map<String, Set<String>> types = distinct.getOrDefault(id, Map.of());
                for (String type : topic.getValue()) {
                    tally.exactlyOne(
                            id,
                            topic.getKey() + " " + type,
                            types.getOrDefault(type, Set.of()).size());
                }
                distinctEvents += types.values().stream().mapToInt(Set::size).sum();
                // one key lives on one partition: offset order is the order consumers see
                long previous = Long.MIN_VALUE;
                for (String eventId : firstSeenOrder.getOrDefault(id, List.of())) {
                    Long position = outboxPositions.get(topic.getKey()).get(UUID.fromString(eventId));
                    if (position == null) {
                        continue;
                    }
                    if (position < previous) {
                        orderViolations++;
                        problems.add(id + ": " + topic.getKey() + " has event " + eventId + " after a later one");
                    }
                    previous = Math.max(previous, position);
                }
            }
            resent += records - distinctEvents;
        }

        // dead letters: none about these nominations, except those the scenario parked on purpose
        for (String dlq : DEAD_LETTER_TOPICS) {
            for (ConsumerRecord<String, String> letter : kafka.readAll(dlq, Duration.ofSeconds(10))) {
                if (letter.key() != null
                        && wanted.contains(letter.key())
                        && !deadLettered.contains(UUID.fromString(letter.key()))) {
                    tally.lost(
                            UUID.fromString(letter.key()),
                            "dead letter on " + dlq + ": " + KafkaTestClient.header(letter, "dead-letter-reason"));
                }
            }
        }
        return new Verdict(ids.length, lost, duplicated, problems, resent, orderViolations);
    }

    private void oneRowEach(Tally tally, UUID[] ids, Service service, String table, String finalCondition) {
        Map<UUID, long[]> counts = new HashMap<>();
        for (Object[] row : db.rows(
                service,
                "select nomination_id, count(*), count(*) filter (where " + finalCondition + ") from " + table
                        + " where nomination_id = any(?) group by 1",
                (Object) ids)) {
            counts.put((UUID) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        for (UUID id : ids) {
            long[] count = counts.getOrDefault(id, new long[2]);
            tally.exactlyOne(id, service.moduleName() + " " + table, count[0]);
            if (count[0] >= 1 && count[1] == 0) {
                tally.lost(id, service.moduleName() + " " + table + " never reached its final state");
            }
        }
    }

    private Map<UUID, Map<String, Long>> grouped(Service service, String sql, UUID[] ids) {
        Map<UUID, Map<String, Long>> result = new HashMap<>();
        for (Object[] row : db.rows(service, sql, (Object) ids)) {
            result.computeIfAbsent((UUID) row[0], k -> new HashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        return result;
    }

    private record Tally(Set<UUID> lost, Set<UUID> duplicated, List<String> problems) {

        void exactlyOne(UUID id, String what, long count) {
            if (count == 0) {
                lost(id, "no " + what);
            } else if (count > 1) {
                duplicated.add(id);
                problems.add(id + ": " + count + " × " + what);
            }
        }

        void lost(UUID id, String why) {
            lost.add(id);
            problems.add(id + ": " + why);
        }
    }
}
