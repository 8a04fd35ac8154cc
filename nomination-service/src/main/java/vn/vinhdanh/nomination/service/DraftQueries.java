package vn.vinhdanh.nomination.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.nomination.domain.NominationDraft;
import vn.vinhdanh.problem.ProblemException;

/** Reading drafts: an agency sees its own, an admin all. */
@ApplicationScoped
public class DraftQueries {

    private final CallerAgency agency;

    public DraftQueries(CallerAgency agency) {
        this.agency = agency;
    }

    /** Another agency's draft answers 404, as if it did not exist. */
    public NominationDraft get(UUID id) {
        return NominationDraft.<NominationDraft>findByIdOptional(id)
                .filter(draft -> agency.mayRead(draft.agencyCode))
                .orElseThrow(() -> ProblemException.notFound("nomination draft", "bản nháp hồ sơ", id));
    }

    /** The caller agency's drafts (an admin: all), most recently changed first; submitted ones only if asked. */
    public List<NominationDraft> list(boolean includeSubmitted, int page, int size) {
        return find(includeSubmitted, page, size).items();
    }

    /** One page of the drafts the caller may see, most recently changed first, and how many there are. */
    public Found<NominationDraft> find(boolean includeSubmitted, int page, int size) {
        String submitted = includeSubmitted ? "" : " and submittedNominationId is null";
        PanacheQuery<NominationDraft> found = agency.seesOwnOnly()
                ? NominationDraft.find("agencyCode = ?1" + submitted + " order by updatedAt desc, id", agency.code())
                : NominationDraft.find("1 = 1" + submitted + " order by updatedAt desc, id");
        return new Found<>(found.page(page, size).list(), found.count());
    }
}
