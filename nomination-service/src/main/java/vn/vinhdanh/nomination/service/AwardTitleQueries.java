package vn.vinhdanh.nomination.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.nomination.domain.AwardTitle;
import vn.vinhdanh.problem.ProblemException;

/** The titles a nomination may propose, as the catalogue's read model holds them. */
@ApplicationScoped
public class AwardTitleQueries {

    /**
     * Which titles to list; every criterion given applies, together.
     *
     * @param level titles with a grant at this level (in force on {@code on} when that is given too)
     * @param recipientKind titles that may go to this kind of nominee
     * @param on titles with a grant in force on this day (at {@code level} when that is given too)
     */
    public record Filter(Level level, NomineeKind recipientKind, LocalDate on) {}

    public record Found(List<AwardTitle> items, long total) {}

    @Transactional
    public Found list(Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.recipientKind() != null) {
            where.add(
                    switch (filter.recipientKind()) {
                        case INDIVIDUAL -> "a.forIndividuals = true";
                        case COLLECTIVE -> "a.forCollectives = true";
                        case HOUSEHOLD -> "a.forHouseholds = true";
                    });
        }
        if (filter.level() != null || filter.on() != null) {
            List<String> grant = new ArrayList<>();
            if (filter.level() != null) {
                grant.add("g.level = :level");
                parameters.and("level", filter.level());
            }
            if (filter.on() != null) {
                grant.add("g.validFrom <= :on and (g.validTo is null or g.validTo >= :on)");
                parameters.and("on", filter.on());
            }
            where.add("exists (select 1 from AwardTitle t join t.grants g where t.code = a.code and "
                    + String.join(" and ", grant) + ")");
        }
        String query = "from AwardTitle a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<AwardTitle> found = AwardTitle.find(query + " order by a.code", parameters);
        List<AwardTitle> items = found.page(Page.of(page, size)).list();
        // the grants of the whole page in one batched query, while the session is open
        items.forEach(title -> title.grants.size());
        return new Found(items, found.count());
    }

    /** Every title with its grants, for a form's choice (a few dozen rows, two queries). */
    @Transactional
    public List<AwardTitle> all() {
        List<AwardTitle> titles = AwardTitle.listAll();
        titles.forEach(title -> title.grants.size());
        return titles;
    }

    @Transactional
    public AwardTitle get(String code) {
        AwardTitle title = AwardTitle.<AwardTitle>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("award type", "danh hiệu, hình thức khen thưởng", code));
        title.grants.size();
        return title;
    }
}
