package vn.vinhdanh.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import vn.vinhdanh.deploy.stack.PlatformClient;
import vn.vinhdanh.deploy.stack.Service;

/**
 * The editors: every draft feature that has its award is submitted for review, approved and published, by as many
 * editors as there are agency clients, with at most four features waiting per editor.
 */
final class EditorStage extends Stage {

    private final Semaphore slots;
    private final Set<String> featuresTaken = ConcurrentHashMap.newKeySet();

    EditorStage(int n, int clients, WorkloadCounts counts, PlatformClient platform, Errors errors) {
        super("editor", Service.PUBLICITY, clients, n, counts, platform, errors);
        this.slots = new Semaphore(clients * 4);
    }

    @Override
    boolean round(Connection publicity) throws Exception {
        if (counts.featuresPublished.get() >= n && featuresTaken.size() >= n) {
            return false;
        }
        try (PreparedStatement query = publicity.prepareStatement("""
                select f.id, f.nomination_id from feature f join granted_award g on g.nomination_id = f.nomination_id
                where f.status = 'DRAFT'""")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String featureId = rows.getString(1);
                    if (counts.nominationIds.contains(rows.getString(2)) && featuresTaken.add(featureId)) {
                        slots.acquire();
                        pool.submit(() -> {
                            try {
                                publish(featureId);
                            } finally {
                                slots.release();
                            }
                        });
                    }
                }
            }
        }
        return true;
    }

    private void publish(String featureId) {
        if (errors.attempt(name, () -> platform.publishFeature(featureId)) != null) {
            counts.featuresPublished.incrementAndGet();
        }
    }
}
