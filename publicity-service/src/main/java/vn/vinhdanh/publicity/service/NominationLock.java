package vn.vinhdanh.publicity.service;

import java.util.UUID;
import vn.vinhdanh.publicity.domain.Feature;

/**
 * The approval (review.events) and the award and ceremony (award.events) of one nomination arrive on two topics,
 * consumed concurrently. Each handler reads what the other writes: without this lock, a draft opened while the
 * award is being recorded sees no award, the award sees no draft, both commit, and the story never gets its award.
 * The lock, held until commit, makes them take turns; the second one's queries (READ COMMITTED) see the first's
 * rows.
 */
final class NominationLock {

    private NominationLock() {}

    /** Takes the nomination's transaction-scoped advisory lock, waiting while another handler holds it. */
    static void hold(UUID nominationId) {
        Feature.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                .setParameter(1, "publicity-nomination:" + nominationId)
                .getSingleResult();
    }
}
