package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vinhdanh.events.AwardTypePublished;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.nomination.domain.AwardTitle;

/**
 * Keeps the catalogue's read model as award-service publishes it: an entry replaces what was known of its code,
 * unless a higher revision is known already (a redriven or replayed old event changes nothing).
 */
@ApplicationScoped
public class AwardCatalogue {

    /** @return whether the read model changed */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(AwardTypePublished published) {
        AwardTitle title = AwardTitle.findById(published.code());
        if (title != null && title.revision >= published.revision()) {
            return false;
        }
        boolean known = title != null;
        if (!known) {
            title = new AwardTitle();
            title.code = published.code();
        }
        title.nameVi = published.nameVi();
        title.nameEn = published.nameEn();
        title.forIndividuals = published.recipientKinds().contains(NomineeKind.INDIVIDUAL);
        title.forCollectives = published.recipientKinds().contains(NomineeKind.COLLECTIVE);
        title.forHouseholds = published.recipientKinds().contains(NomineeKind.HOUSEHOLD);
        title.revision = published.revision();
        title.publishedAt = published.publishedAt();
        title.grants.clear();
        for (AwardTypePublished.Grant grant : published.grants()) {
            AwardTitle.Grant row = new AwardTitle.Grant();
            row.level = grant.level();
            row.authority = grant.authority();
            row.authorityNameVi = grant.authorityNameVi();
            row.validFrom = grant.validFrom();
            row.validTo = grant.validTo();
            title.grants.add(row);
        }
        if (!known) {
            title.persist();
        }
        return true;
    }
}
