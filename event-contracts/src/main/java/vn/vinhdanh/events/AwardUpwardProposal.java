package vn.vinhdanh.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@value EventTypes#AWARD_UPWARD_PROPOSAL}: the council approved a form the province may only propose, decided above
 * it (a Huân chương and Anh hùng Lao động by the President; Chiến sĩ thi đua toàn quốc, Bằng khen and Cờ thi đua of
 * the Government by the Prime Minister): no award is drafted, the province proposes it upward. Sent once per stage:
 * proposed (awaiting the province's submission), submitted (its Tờ trình), refused by the higher level. The higher
 * decision itself is announced as {@link AwardGranted}, as any grant.
 *
 * @param higherAuthority who decides it, as the papers name them: "Chủ tịch nước", "Thủ tướng Chính phủ"
 * @param submissionNumber the province's Tờ trình, "109/TTr-UBND"; from {@code SUBMITTED} on, else null
 * @param submittedOn the Tờ trình's date; from {@code SUBMITTED} on, else null
 * @param refusalReason why the higher level refused; only for {@code REFUSED}
 * @param refusedOn the date of the refusal; only for {@code REFUSED}
 * @param occurredAt when award-service recorded the stage
 */
public record AwardUpwardProposal(
        UUID nominationId,
        UUID caseId,
        String awardCode,
        String awardName,
        NomineeKind nomineeKind,
        UpwardProposalStage stage,
        String higherAuthority,
        String submissionNumber,
        LocalDate submittedOn,
        String refusalReason,
        LocalDate refusedOn,
        Instant occurredAt) {}
