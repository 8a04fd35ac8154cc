package vn.vinhdanh.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.vinhdanh.deploy.stack.PlatformClient;
import vn.vinhdanh.deploy.stack.PlatformRequests;
import vn.vinhdanh.deploy.stack.Service;

/**
 * One nomination at a time through an otherwise idle platform: what a hop costs without a queue before it. Each is
 * submitted in a movement of the probe's own, put alone before the council as soon as its case is there and
 * approved; then the award and publicity databases are read every millisecond for the award draft and the feature
 * draft. "Visible" = the first read that sees the committed row, minus the case's {@code decided_at}: the whole
 * hop, commits included, as a reader sees it.
 */
final class Probe {

    private static final String STAGE = "probe";
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    /** The latencies of single approvals, each alone in the pipeline. */
    record Result(
            Latencies approveToFeatureDraftVisible,
            Latencies approveToFeatureDraftServer,
            Latencies approveToAwardDraftVisible,
            Latencies submitToCaseVisible,
            int probes) {}

    private final PlatformClient platform;
    private final ServiceDatabases db;
    private final String councilId;
    private final Errors errors;

    /** @param councilId the council in force for the province, in which the probe's cases open */
    Probe(PlatformClient platform, ServiceDatabases db, String councilId, Errors errors) {
        this.platform = platform;
        this.db = db;
        this.councilId = councilId;
        this.errors = errors;
    }

    Result run(int count) throws SQLException, InterruptedException {
        JsonNode movement = errors.attempt(
                STAGE,
                () -> platform.createMovement(PlatformRequests.movement(
                        "PROBE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT),
                        "Phong trào thi đua \"Dân vận khéo\" (benchmark probe)",
                        2026)));
        if (movement == null) {
            throw new IllegalStateException("Could not create the probe movement; see the error above");
        }
        String probeMovement = movement.path("id").asText();
        double[] featureVisible = new double[count];
        double[] featureServer = new double[count];
        double[] awardVisible = new double[count];
        double[] caseVisible = new double[count];
        int done = 0;
        try (Connection review = db.connect(Service.REVIEW);
                Connection award = db.connect(Service.AWARD);
                Connection publicity = db.connect(Service.PUBLICITY);
                PreparedStatement caseOf =
                        review.prepareStatement("select id, decided_at from review_case where nomination_id = ?");
                PreparedStatement awardOf = award.prepareStatement("select 1 from award where nomination_id = ?");
                PreparedStatement featureOf =
                        publicity.prepareStatement("select created_at from feature where nomination_id = ?")) {
            for (int i = 0; i < count; i++) {
                Map<String, Object> body = Nominations.nomination(probeMovement, i);
                Instant sent = Instant.now();
                JsonNode created = errors.attempt(STAGE, () -> platform.submitNomination(body));
                if (created == null) {
                    continue;
                }
                UUID nomination = UUID.fromString(created.path("id").asText());
                caseOf.setObject(1, nomination);
                String caseId = null;
                Instant caseSeen = null;
                long giveUp = System.nanoTime() + GIVE_UP.toNanos();
                while (caseId == null && System.nanoTime() < giveUp) {
                    try (ResultSet rs = caseOf.executeQuery()) {
                        if (rs.next()) {
                            caseId = rs.getString(1);
                            caseSeen = Instant.now();
                        }
                    }
                    if (caseId == null) {
                        Thread.sleep(1);
                    }
                }
                if (caseId == null) {
                    errors.record(STAGE, "no review case for " + nomination + " within 30 s");
                    continue;
                }
                List<String> alone = List.of(caseId);
                JsonNode results = errors.attempt(STAGE, () -> platform.holdMeeting(councilId, alone));
                if (results == null
                        || !"APPROVED".equals(results.path(0).path("outcome").asText())) {
                    errors.record(STAGE, "probe case " + caseId + " not approved: " + results);
                    continue;
                }
                Instant decidedAt;
                try (ResultSet rs = caseOf.executeQuery()) {
                    rs.next();
                    decidedAt = rs.getTimestamp(2).toInstant();
                }
                awardOf.setObject(1, nomination);
                featureOf.setObject(1, nomination);
                Instant awardSeen = null;
                Instant featureSeen = null;
                Instant featureCreated = null;
                giveUp = System.nanoTime() + GIVE_UP.toNanos();
                while ((awardSeen == null || featureSeen == null) && System.nanoTime() < giveUp) {
                    if (awardSeen == null) {
                        try (ResultSet rs = awardOf.executeQuery()) {
                            awardSeen = rs.next() ? Instant.now() : null;
                        }
                    }
                    if (featureSeen == null) {
                        try (ResultSet rs = featureOf.executeQuery()) {
                            if (rs.next()) {
                                featureSeen = Instant.now();
                                featureCreated = rs.getTimestamp(1).toInstant();
                            }
                        }
                    }
                    if (awardSeen == null || featureSeen == null) {
                        Thread.sleep(1);
                    }
                }
                if (awardSeen == null || featureSeen == null) {
                    errors.record(STAGE, "probe " + nomination + ": award or feature draft not there within 30 s");
                    continue;
                }
                featureVisible[done] = millisBetween(decidedAt, featureSeen);
                featureServer[done] = millisBetween(decidedAt, featureCreated);
                awardVisible[done] = millisBetween(decidedAt, awardSeen);
                caseVisible[done] = millisBetween(sent, caseSeen);
                done++;
            }
        }
        return new Result(
                Latencies.ofMillis(Arrays.copyOf(featureVisible, done)),
                Latencies.ofMillis(Arrays.copyOf(featureServer, done)),
                Latencies.ofMillis(Arrays.copyOf(awardVisible, done)),
                Latencies.ofMillis(Arrays.copyOf(caseVisible, done)),
                done);
    }

    private static double millisBetween(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }
}
