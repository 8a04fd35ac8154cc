package vn.vinhdanh.award.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.vinhdanh.award.domain.BlockedApproval;
import vn.vinhdanh.problem.ProblemException;

/** Reads of the approvals that could not be drafted, for the emulation board. */
@ApplicationScoped
public class BlockedApprovalQueries {

    /**
     * One page, newest block first, and how many match: those still blocked, or with {@code includeResolved} also
     * those drafted since (a corrected title, the board's retry).
     */
    public Found<BlockedApproval> list(boolean includeResolved, int page, int size) {
        // the condition as the partial index of unresolved rows states it, so that index serves the default list
        String query = (includeResolved ? "" : "unblockedAt is null ") + "order by blockedAt desc, nominationId";
        PanacheQuery<BlockedApproval> found = BlockedApproval.find(query);
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }

    /** The blocked approval of a nomination, resolved or not; 404 when none of its approvals was ever blocked. */
    public BlockedApproval get(UUID nominationId) {
        return BlockedApproval.<BlockedApproval>findByIdOptional(nominationId)
                .orElseThrow(() -> ProblemException.notFound(
                        "blocked approval of nomination", "đề nghị khen thưởng bị tạm dừng của hồ sơ", nominationId));
    }
}
