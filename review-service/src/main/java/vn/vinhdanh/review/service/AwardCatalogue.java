package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vinhdanh.events.AwardTypePublished;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.review.domain.CatalogueTitle;

/**
 * The catalogue's read model as award-service publishes it, and the check a new vote rule's award code goes through.
 * An entry replaces what was known of its code unless a higher revision is known already (a redriven or replayed old
 * event changes nothing).
 */
@ApplicationScoped
public class AwardCatalogue {

    /** Before award-service's first publication has arrived there is nothing to check against: 503, try again. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** @return whether the read model changed */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(AwardTypePublished published) {
        CatalogueTitle title = CatalogueTitle.findById(published.code());
        if (title != null && title.revision >= published.revision()) {
            return false;
        }
        boolean known = title != null;
        if (!known) {
            title = new CatalogueTitle();
            title.code = published.code();
        }
        title.nameVi = published.nameVi() == null ? published.code() : published.nameVi();
        title.nameEn = published.nameEn() == null ? published.code() : published.nameEn();
        title.revision = published.revision();
        title.publishedAt = published.publishedAt();
        if (!known) {
            title.persist();
        }
        return true;
    }

    /**
     * Whether the catalogue holds the code. While it has not arrived at all (a new installation, award-service not up
     * yet) nothing can be told apart: 503 catalogue-unavailable with Retry-After, as nomination intake answers.
     */
    public boolean knows(String code) {
        if (CatalogueTitle.findById(code) != null) {
            return true;
        }
        if (CatalogueTitle.count() == 0) {
            throw ProblemException.unavailable(
                            "catalogue-unavailable",
                            "the award catalogue has not arrived from award-service yet; retry shortly",
                            "Danh mục danh hiệu, hình thức khen thưởng chưa sẵn sàng; đề nghị thử lại sau ít phút.")
                    .retryAfter(RETRY_AFTER_SECONDS);
        }
        return false;
    }
}
