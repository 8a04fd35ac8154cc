package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.UpwardNumbers;
import vn.vinhdanh.award.domain.UpwardProposal;
import vn.vinhdanh.award.domain.UpwardProposalStatus;
import vn.vinhdanh.events.UpwardProposalStage;
import vn.vinhdanh.problem.ProblemException;

/**
 * The award officer records the province's submission of an upward proposal: the Tờ trình's number and date, and
 * announces it ({@code award.upward-proposal.v1}, submitted), for the nominating agency's timeline.
 */
@ApplicationScoped
public class UpwardProposalSubmission {

    private final UpwardProposalAnnouncement announcement;
    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;

    public UpwardProposalSubmission(
            UpwardProposalAnnouncement announcement, Caller caller, AuditTrail audit, Clock clock) {
        this.announcement = announcement;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UpwardProposal submit(UUID nominationId, SubmitUpward command) {
        // the form first: a malformed number is the caller's mistake whatever the proposal's state
        if (!UpwardNumbers.isSubmission(command.submissionNumber())) {
            throw ProblemException.invalidField(
                    "submissionNumber",
                    "a submission number reads as <number>/TTr-UBND, e.g. 109/TTr-UBND",
                    "Số tờ trình phải có dạng <số>/TTr-UBND, ví dụ 109/TTr-UBND.");
        }
        UpwardProposal proposal = UpwardProposalQueries.lock(nominationId);
        LocalDate submittedOn = command.submittedOn();
        if (submittedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField(
                    "submittedOn",
                    submittedOn + " is in the future",
                    "Ngày trình " + submittedOn + " là ngày trong tương lai.");
        }
        if (submittedOn.isBefore(proposal.councilDecisionDate)) {
            throw ProblemException.invalidField(
                    "submittedOn",
                    submittedOn + " is before the council's approval of " + proposal.councilDecisionDate,
                    "Ngày trình " + submittedOn + " trước ngày Hội đồng thi đua – khen thưởng xét đạt ("
                            + proposal.councilDecisionDate + ").");
        }
        if (proposal.status != UpwardProposalStatus.AWAITING_SUBMISSION) {
            throw ProblemException.conflict(
                    "already-submitted",
                    "the proposal of nomination " + nominationId + " was submitted as " + proposal.submissionNumber
                            + " on " + proposal.submittedOn + " and is " + proposal.status,
                    "Đề nghị khen thưởng của hồ sơ " + nominationId + " đã được trình theo Tờ trình số "
                            + proposal.submissionNumber + " ngày " + proposal.submittedOn + ".");
        }
        proposal.submissionNumber = UpwardNumbers.normalised(command.submissionNumber());
        proposal.submittedOn = submittedOn;
        proposal.submittedAt = Instant.now(clock);
        proposal.submittedBy = caller.label();
        proposal.status = UpwardProposalStatus.SUBMITTED;
        announcement.announce(proposal, UpwardProposalStage.SUBMITTED, proposal.submittedAt);
        audit.record(
                "upward-proposal.submit",
                "upward-proposal",
                proposal.nominationId,
                proposal.awardCode + " submitted to " + proposal.higherAuthority.nameVi() + " as "
                        + proposal.submissionNumber + " on " + submittedOn);
        return proposal;
    }
}
