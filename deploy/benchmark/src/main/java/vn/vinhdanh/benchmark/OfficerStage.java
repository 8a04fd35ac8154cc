package vn.vinhdanh.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.vinhdanh.deploy.stack.PlatformClient;
import vn.vinhdanh.deploy.stack.Service;
import vn.vinhdanh.province.ProvinceClock;

/** The award officer: as awards are drafted, lists them in decisions of at most 500 and signs them; two at once. */
final class OfficerStage extends Stage {

    static final String SIGNER = "Chủ tịch UBND tỉnh Lào Cai";

    private final Batches batches = new Batches();
    private final Set<String> awardsTaken = ConcurrentHashMap.newKeySet();

    OfficerStage(int n, WorkloadCounts counts, PlatformClient platform, Errors errors) {
        super("award-officer", Service.AWARD, 2, n, counts, platform, errors);
    }

    @Override
    boolean round(Connection award) throws Exception {
        if (counts.awardsInDecisions.get() >= n) {
            return false;
        }
        List<String> available = new ArrayList<>();
        try (PreparedStatement query = award.prepareStatement(
                "select id, nomination_id from award where status = 'DRAFT' and decision_id is null")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (!awardsTaken.contains(rows.getString(1)) && counts.nominationIds.contains(rows.getString(2))) {
                        available.add(rows.getString(1));
                    }
                }
            }
        }
        boolean upstreamDone = counts.intakeDone
                && counts.decided.get() >= counts.submitted.get()
                && available.size() + counts.awardsInDecisions.get() >= counts.decided.get();
        if (!batches.due(available.size(), upstreamDone)) {
            return true;
        }
        for (List<String> batch : Batches.of(available)) {
            awardsTaken.addAll(batch);
            counts.awardsInDecisions.addAndGet(batch.size());
            counts.decisions.incrementAndGet();
            pool.submit(() -> signDecision(batch));
        }
        return true;
    }

    private void signDecision(List<String> awardIds) {
        JsonNode decision = errors.attempt(
                name, () -> platform.createDecision(LocalDate.now(ProvinceClock.ZONE), SIGNER, null, awardIds));
        if (decision == null) {
            return;
        }
        if (errors.attempt(name, () -> platform.signDecision(decision.path("id").asText())) != null) {
            counts.awardsSigned.addAndGet(awardIds.size());
        }
    }
}
