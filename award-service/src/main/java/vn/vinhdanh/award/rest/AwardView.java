package vn.vinhdanh.award.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;

public record AwardView(UUID id, UUID nominationId, UUID reviewCaseId, String awardCode, String awardName,
        NomineeKind recipientKind, String recipientName, Level level, Sector sector, String decisionNumber,
        LocalDate decisionDate, String legalBasis, BigDecimal multiplier, BigDecimal collectiveFactor,
        long baseSalaryVnd, long amountVnd, Instant grantedAt) {

    static AwardView of(Award a) {
        return new AwardView(a.id, a.nominationId, a.reviewCaseId, a.awardCode, a.awardName, a.recipientKind,
                a.recipientName, a.level, a.sector, a.decisionNumber, a.decisionDate, a.legalBasis, a.multiplier,
                a.collectiveFactor, a.baseSalaryVnd, a.amountVnd, a.grantedAt);
    }
}
