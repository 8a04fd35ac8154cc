package vn.vinhdanh.award.domain;

import vn.vinhdanh.events.NomineeKind;

/**
 * Who an award type may go to. Certificates of merit and commendation ({@link #ANY}) go to individuals and
 * collectives alike, and to households where the type has a household factor ({@link AwardType#accepts}); a
 * household's own title (<i>Gia đình văn hóa</i>) goes to households only.
 */
public enum Recipient {
    INDIVIDUAL,
    COLLECTIVE,
    HOUSEHOLD,
    ANY;

    /** Whether the kind is one this recipient names; a household under ANY also needs the type's household factor. */
    public boolean names(NomineeKind kind) {
        return this == ANY || name().equals(kind.name());
    }
}
