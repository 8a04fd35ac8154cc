package vn.vinhdanh.award.rest;

import java.time.LocalDate;
import vn.vinhdanh.award.domain.RewardPrinciple;

/** A principle of payment as one decree states it for its period; {@code verified = false}: the sentence not read. */
public record RewardPrincipleView(
        String code,
        String legalBasis,
        String article,
        LocalDate validFrom,
        LocalDate validTo,
        boolean verified,
        String source) {

    static RewardPrincipleView of(RewardPrinciple p) {
        return new RewardPrincipleView(
                p.key.code(), p.legalBasis, p.article, p.key.validFrom(), p.validTo, p.verified, p.source);
    }
}
