package vn.vinhdanh.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@value EventTypes#AWARD_TYPE_PUBLISHED} on {@value Topics#AWARD_CATALOGUE}, keyed by the award code: one title or
 * form of award-service's catalogue as it stands now, whole, so the last event of a code is all a reader needs (the
 * topic is compacted). Published again whenever the entry or who may grant it changes.
 *
 * <p>Readers check a proposed title against it before anything else happens to a nomination: it must accept the
 * nominee's kind and have a grant at the nomination's level that is in force on the day.
 *
 * @param recipientKinds the kinds of nominee it may go to: one, or several for certificates of merit and commendation
 * @param grants who may grant it at which nomination level and in which period; empty when no one may any more
 * @param revision increases with every publication of the code; a reader keeps the highest it has seen
 */
public record AwardTypePublished(
        String code,
        String nameVi,
        String nameEn,
        List<NomineeKind> recipientKinds,
        List<Grant> grants,
        long revision,
        Instant publishedAt) {

    /**
     * At {@code level}, {@code authority} (award-service's name for whom the decision's issuer acts for, e.g.
     * {@code PROVINCE_CHAIRMAN}) grants the title by decisions dated in [{@code validFrom}, {@code validTo}].
     *
     * @param validTo inclusive; null while in force
     */
    public record Grant(Level level, String authority, String authorityNameVi, LocalDate validFrom, LocalDate validTo) {

        public boolean appliesOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
        }
    }
}
