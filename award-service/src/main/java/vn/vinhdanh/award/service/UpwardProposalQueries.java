package vn.vinhdanh.award.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.domain.UpwardProposal;
import vn.vinhdanh.award.domain.UpwardProposalStatus;
import vn.vinhdanh.problem.ProblemException;

/** Reads of the upward proposals: the province's proposals of state-level forms and the answers to them. */
@ApplicationScoped
public class UpwardProposalQueries {

    /** One page, newest proposal first, all or of one status, and how many match. */
    public Found<UpwardProposal> list(UpwardProposalStatus status, int page, int size) {
        PanacheQuery<UpwardProposal> found = status == null
                ? UpwardProposal.find("order by proposedAt desc, nominationId")
                : UpwardProposal.find("status = ?1 order by proposedAt desc, nominationId", status);
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }

    /** The upward proposal of a nomination; 404 when its approval was not proposed upward. */
    public UpwardProposal get(UUID nominationId) {
        return UpwardProposal.<UpwardProposal>findByIdOptional(nominationId).orElseThrow(() -> notFound(nominationId));
    }

    /** The catalogue's Vietnamese names of the proposals' forms, in one query, for the pages. */
    public Map<String, String> awardNames(Collection<UpwardProposal> proposals) {
        if (proposals.isEmpty()) {
            return Map.of();
        }
        var codes = proposals.stream().map(p -> p.awardCode).collect(Collectors.toSet());
        return AwardType.<AwardType>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(t -> t.code, t -> t.nameVi));
    }

    /** As {@link #get}, locked for a change: two officers recording answers at once do not both win. */
    static UpwardProposal lock(UUID nominationId) {
        return UpwardProposal.<UpwardProposal>findByIdOptional(nominationId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> notFound(nominationId));
    }

    private static ProblemException notFound(UUID nominationId) {
        return ProblemException.notFound(
                "upward proposal of nomination", "đề nghị khen thưởng trình cấp trên của hồ sơ", nominationId);
    }
}
