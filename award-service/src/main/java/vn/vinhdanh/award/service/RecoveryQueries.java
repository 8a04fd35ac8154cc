package vn.vinhdanh.award.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.Repayment;

/** Reads of the recovery of revoked awards: the repayments of one, and the revoked awards still owing or all. */
@ApplicationScoped
public class RecoveryQueries {

    public List<Repayment> repayments(UUID awardId) {
        return Repayment.list("awardId = ?1 order by paidOn, recordedAt, id", awardId);
    }

    /**
     * One page of the revoked awards, newest revocation first, and how many match; with {@code outstandingOnly},
     * those still owing.
     */
    public Found<Award> revoked(boolean outstandingOnly, int page, int size) {
        // the status as a literal, so that the partial indexes of revoked awards apply
        String query = "status = vn.vinhdanh.award.domain.AwardStatus.REVOKED"
                + (outstandingOnly ? " and recoveredVnd < recoveryAmountVnd" : "") + " order by revokedAt desc, id";
        PanacheQuery<Award> found = Award.find(query);
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }
}
