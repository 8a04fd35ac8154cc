package vn.vinhdanh.award.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.award.domain.Authority;
import vn.vinhdanh.award.domain.UpwardProposal;
import vn.vinhdanh.award.domain.UpwardProposalStatus;
import vn.vinhdanh.events.NomineeKind;

/**
 * A council approval of a state-level form and where it stands: the province's submission ({@code submissionNumber},
 * {@code submittedOn}) and the higher level's answer, a decision ({@code decisionNumber}, {@code decisionDate},
 * {@code awardId}, its reward charged to {@code fund}) or a refusal ({@code refusalReason}), by {@code issuer} on
 * {@code answeredOn}. {@code higherAuthority} is whom it goes to: {@code PRESIDENT} or {@code PRIME_MINISTER}.
 */
public record UpwardProposalView(
        UUID nominationId,
        UUID caseId,
        String awardCode,
        NomineeKind nomineeKind,
        String nomineeName,
        String agencyCode,
        LocalDate councilDecisionDate,
        UpwardProposalStatus status,
        Authority higherAuthority,
        Instant proposedAt,
        String submissionNumber,
        LocalDate submittedOn,
        String decisionNumber,
        LocalDate decisionDate,
        String issuer,
        UUID awardId,
        String fund,
        String refusalReason,
        LocalDate answeredOn) {

    static UpwardProposalView of(UpwardProposal p) {
        return new UpwardProposalView(
                p.nominationId,
                p.caseId,
                p.awardCode,
                p.nomineeKind,
                p.nomineeName,
                p.agencyCode,
                p.councilDecisionDate,
                p.status,
                p.higherAuthority,
                p.proposedAt,
                p.submissionNumber,
                p.submittedOn,
                p.decisionNumber,
                p.decisionDate,
                p.issuer,
                p.awardId,
                p.fund,
                p.refusalReason,
                p.answeredOn);
    }
}
