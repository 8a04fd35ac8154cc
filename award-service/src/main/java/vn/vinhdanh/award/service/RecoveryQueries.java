package vn.vinhdanh.award.service;

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

    /** Revoked awards, newest revocation first; with {@code outstandingOnly}, those still owing. */
    public List<Award> revoked(boolean outstandingOnly, int page, int size) {
        // the status as a literal, so that the partial indexes of revoked awards apply
        String query = "status = vn.vinhdanh.award.domain.AwardStatus.REVOKED"
                + (outstandingOnly ? " and recoveredVnd < recoveryAmountVnd" : "") + " order by revokedAt desc, id";
        return Award.<Award>find(query).page(page, size).list();
    }
}
