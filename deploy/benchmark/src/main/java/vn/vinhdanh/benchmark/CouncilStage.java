package vn.vinhdanh.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.vinhdanh.deploy.stack.ApiResponse;
import vn.vinhdanh.deploy.stack.PlatformClient;
import vn.vinhdanh.deploy.stack.Service;

/**
 * The council secretary: as review cases open, puts them before the council in meetings of at most 500 cases, in
 * which every voting member approves them all; the meeting closes and its results are decided. Two meetings at once.
 */
final class CouncilStage extends Stage {

    private final String councilId;
    private final Batches batches = new Batches();
    private final Set<String> casesTaken = ConcurrentHashMap.newKeySet();
    private Instant caseWatermark = Instant.EPOCH;

    CouncilStage(int n, WorkloadCounts counts, PlatformClient platform, String councilId, Errors errors) {
        super("council", Service.REVIEW, 2, n, counts, platform, errors);
        this.councilId = councilId;
    }

    @Override
    boolean round(Connection review) throws Exception {
        if (counts.casesInMeetings.get() >= n) {
            return false;
        }
        // rows come oldest first; the watermark may only pass a case once it is in a meeting, because a case
        // left waiting (one over a full meeting, or one whose submission's answer this driver has not read yet)
        // must still be found next round
        List<String> available = new ArrayList<>();
        List<Instant> availableOpened = new ArrayList<>();
        Instant newest = caseWatermark;
        Instant oldestUnknown = null;
        try (PreparedStatement query = review.prepareStatement("""
                select id, nomination_id, opened_at from review_case
                where council_id = ? and status = 'OPEN' and opened_at >= ?
                order by opened_at, id""")) {
            query.setObject(1, UUID.fromString(councilId));
            query.setTimestamp(2, Timestamp.from(caseWatermark.minusSeconds(5)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String caseId = rows.getString(1);
                    Instant opened = rows.getTimestamp(3).toInstant();
                    if (casesTaken.contains(caseId)) {
                        continue;
                    }
                    if (counts.nominationIds.contains(rows.getString(2))) {
                        available.add(caseId);
                        availableOpened.add(opened);
                        newest = opened.isAfter(newest) ? opened : newest;
                    } else if (oldestUnknown == null) {
                        oldestUnknown = opened;
                    }
                }
            }
        }
        int taken = 0;
        if (batches.due(
                available.size(),
                counts.intakeDone && available.size() + counts.casesInMeetings.get() >= counts.submitted.get())) {
            for (List<String> caseIds : Batches.of(available)) {
                casesTaken.addAll(caseIds);
                counts.casesInMeetings.addAndGet(caseIds.size());
                counts.meetings.incrementAndGet();
                taken += caseIds.size();
                pool.submit(() -> holdMeeting(caseIds));
            }
        }
        Instant oldestWaiting = taken < available.size() ? availableOpened.get(taken) : null;
        if (oldestUnknown != null && (oldestWaiting == null || oldestUnknown.isBefore(oldestWaiting))) {
            oldestWaiting = oldestUnknown;
        }
        caseWatermark = oldestWaiting != null && oldestWaiting.isBefore(newest) ? oldestWaiting : newest;
        return true;
    }

    private void holdMeeting(List<String> caseIds) {
        JsonNode results = errors.attempt(name, () -> platform.holdMeeting(councilId, caseIds));
        if (results != null) {
            for (JsonNode result : results) {
                if (result.path("status").asInt() == 200
                        && "APPROVED".equals(result.path("outcome").asText())) {
                    counts.decided.incrementAndGet();
                } else {
                    errors.record(name, "case not approved: " + ApiResponse.abbreviate(result.toString()));
                }
            }
        }
    }
}
