package vn.vinhdanh.award.domain;

import vn.vinhdanh.events.NomineeKind;

/** Who an award type may go to; certificates of merit and commendation go to individuals and collectives alike. */
public enum Recipient {
    INDIVIDUAL,
    COLLECTIVE,
    ANY;

    public boolean accepts(NomineeKind kind) {
        return this == ANY || name().equals(kind.name());
    }
}
