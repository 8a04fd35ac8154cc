package vn.vinhdanh.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.vinhdanh.deploy.stack.PlatformApi;
import vn.vinhdanh.deploy.stack.Service;

/**
 * The stage latencies of one run, from the services' own timestamps in their databases (one machine, one clock):
 * no REST reads, so measuring does not load what is measured. And the checks that every nomination arrived.
 */
final class Measurements {

    /** Micros since the epoch of each nomination id, per timestamp kind. */
    private final Map<String, Long> submitted = new HashMap<>();

    private final Map<String, Long> caseOpened = new HashMap<>();
    private final Map<String, Long> decidedAt = new HashMap<>();
    private final Map<String, Long> awardDrafted = new HashMap<>();
    private final Map<String, Long> awardGranted = new HashMap<>();
    private final Map<String, Long> awardedConsumed = new HashMap<>();
    private final Map<String, Long> featureDrafted = new HashMap<>();
    private final Map<String, Long> featurePublished = new HashMap<>();
    private final Map<String, Long> publicizedConsumed = new HashMap<>();
    private final Set<String> slugs = new HashSet<>();

    final Map<String, Object> counts = new LinkedHashMap<>();

    void load(ServiceDatabases db, String movementId, String councilId) throws SQLException {
        UUID movement = UUID.fromString(movementId);
        try (Connection c = db.connect(Service.NOMINATION)) {
            query(
                    c,
                    "select id, submitted_at from nomination where movement_id = ?",
                    movement,
                    rs -> submitted.put(rs.getString(1), micros(rs.getTimestamp(2))));
            counts.put("nominations", submitted.size());
            counts.put(
                    "nominationsPublicized",
                    count(
                            c,
                            "select count(*) from nomination where movement_id = ?" + " and status = 'PUBLICIZED'",
                            movement));
            counts.put("timelinesWithPublicized", count(c, """
                    select count(distinct t.nomination_id) from nomination_timeline t
                    join nomination n on n.id = t.nomination_id
                    where n.movement_id = ? and t.status = 'PUBLICIZED'""", movement));
        }
        Map<String, String> decidedEvents;
        try (Connection c = db.connect(Service.REVIEW)) {
            query(
                    c,
                    "select nomination_id, opened_at, decided_at, outcome from review_case where council_id = ?",
                    UUID.fromString(councilId),
                    rs -> {
                        String nomination = rs.getString(1);
                        if (submitted.containsKey(nomination)) {
                            caseOpened.put(nomination, micros(rs.getTimestamp(2)));
                            if ("APPROVED".equals(rs.getString(4))) {
                                decidedAt.put(nomination, micros(rs.getTimestamp(3)));
                            }
                        }
                    });
            decidedEvents = nominationOfEvent(c, "review.decided.v1");
            counts.put("reviewCasesOpened", caseOpened.size());
            counts.put("reviewCasesApproved", decidedAt.size());
        }
        Map<String, String> grantedEvents;
        try (Connection c = db.connect(Service.AWARD)) {
            query(
                    c,
                    "select event_id, processed_at from processed_event where event_type = 'review.decided.v1'",
                    null,
                    rs -> {
                        String nomination = decidedEvents.get(rs.getString(1));
                        if (nomination != null && submitted.containsKey(nomination)) {
                            awardDrafted.put(nomination, micros(rs.getTimestamp(2)));
                        }
                    });
            query(c, "select nomination_id, granted_at from award where status = 'GRANTED'", null, rs -> {
                if (submitted.containsKey(rs.getString(1))) {
                    awardGranted.put(rs.getString(1), micros(rs.getTimestamp(2)));
                }
            });
            grantedEvents = nominationOfEvent(c, "award.granted.v1");
            counts.put("awardsDrafted", awardDrafted.size());
            counts.put("awardsGranted", awardGranted.size());
        }
        Map<String, String> publishedEvents;
        try (Connection c = db.connect(Service.PUBLICITY)) {
            query(c, "select nomination_id, created_at, published_at, status, slug from feature", null, rs -> {
                String nomination = rs.getString(1);
                if (submitted.containsKey(nomination)) {
                    featureDrafted.put(nomination, micros(rs.getTimestamp(2)));
                    if ("PUBLISHED".equals(rs.getString(4))) {
                        featurePublished.put(nomination, micros(rs.getTimestamp(3)));
                        slugs.add(rs.getString(5));
                    }
                }
            });
            publishedEvents = nominationOfEvent(c, "feature.published.v1");
            counts.put("featuresDrafted", featureDrafted.size());
            counts.put("featuresPublished", featurePublished.size());
        }
        try (Connection c = db.connect(Service.NOMINATION)) {
            query(
                    c,
                    "select event_id, event_type, processed_at from processed_event"
                            + " where event_type in ('award.granted.v1', 'feature.published.v1')",
                    null,
                    rs -> {
                        String id = rs.getString(1);
                        if ("award.granted.v1".equals(rs.getString(2))) {
                            String nomination = grantedEvents.get(id);
                            if (nomination != null && submitted.containsKey(nomination)) {
                                awardedConsumed.put(nomination, micros(rs.getTimestamp(3)));
                            }
                        } else {
                            String nomination = publishedEvents.get(id);
                            if (nomination != null && submitted.containsKey(nomination)) {
                                publicizedConsumed.put(nomination, micros(rs.getTimestamp(3)));
                            }
                        }
                    });
        }
    }

    /** Stage name → latencies, in the order of the flow. */
    Map<String, Latencies> stages() {
        Map<String, Latencies> stages = new LinkedHashMap<>();
        stages.put("submit → review case open", between(submitted, caseOpened));
        stages.put("approve → award drafted", between(decidedAt, awardDrafted));
        stages.put("approve → feature draft open", between(decidedAt, featureDrafted));
        stages.put(
                "approve → award granted (incl. the officer's batching and signing)", between(decidedAt, awardGranted));
        stages.put(
                "decision signed → award.granted consumed (timeline AWARDED)", between(awardGranted, awardedConsumed));
        stages.put("feature published → timeline PUBLICIZED", between(featurePublished, publicizedConsumed));
        stages.put("submit → feature published", between(submitted, featurePublished));
        stages.put("submit → publicized (timeline PUBLICIZED consumed)", between(submitted, publicizedConsumed));
        return stages;
    }

    /** The first submission's and the last publication's server times, for the wall time as the services saw it. */
    double serverWallSeconds() {
        long first =
                submitted.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long last = publicizedConsumed.values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        return (last - first) / 1e6;
    }

    /** Pages through the public JSON feed; returns how many of this run's published stories it lists. */
    int countInFeed(PlatformApi platform, Errors errors) {
        Set<String> seen = new HashSet<>();
        URI next = null;
        int pages = 0;
        do {
            URI page = next;
            JsonNode feed = errors.attempt("feed", () -> platform.jsonFeed(page));
            if (feed == null) {
                break;
            }
            for (JsonNode item : feed.path("items")) {
                String url = item.path("url").asText();
                String slug = url.substring(url.lastIndexOf('/') + 1);
                if (slugs.contains(slug)) {
                    seen.add(slug);
                }
            }
            String nextUrl =
                    feed.path("next_url").isTextual() ? feed.path("next_url").asText() : "";
            next = nextUrl.isBlank() ? null : URI.create(nextUrl);
            pages++;
        } while (next != null);
        counts.put("feedPagesRead", pages);
        counts.put("publishedInFeed", seen.size());
        return seen.size();
    }

    /** The events the four services have dead-lettered ({@code vinhdanh_dead_letters_total}): none, in a good run. */
    static int deadLetters(PlatformApi platform, Errors errors) {
        int total = 0;
        for (Service service : Service.values()) {
            String metrics = errors.attempt("metrics", () -> platform.metrics(service));
            if (metrics == null) {
                continue;
            }
            for (String line : metrics.split("\n")) {
                if (line.startsWith("vinhdanh_dead_letters_total")) {
                    total += (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        return total;
    }

    private static Latencies between(Map<String, Long> from, Map<String, Long> to) {
        List<Double> millis = new ArrayList<>();
        from.forEach((id, start) -> {
            Long end = to.get(id);
            if (end != null) {
                millis.add((end - start) / 1000.0);
            }
        });
        return Latencies.ofMillis(
                millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static long micros(Timestamp timestamp) {
        return timestamp == null ? 0 : timestamp.getTime() / 1000 * 1_000_000 + timestamp.getNanos() / 1000;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, Object parameter, Row row) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setFetchSize(5000);
            if (parameter != null) {
                statement.setObject(1, parameter);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    /** Event id → message key (the nomination's id) of the outbox's events of {@code type}. */
    private static Map<String, String> nominationOfEvent(Connection c, String type) throws SQLException {
        Map<String, String> nominations = new HashMap<>();
        query(
                c,
                "select id, message_key from outbox_event where event_type = ?",
                type,
                rs -> nominations.put(rs.getString(1), rs.getString(2)));
        return nominations;
    }

    private static long count(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
