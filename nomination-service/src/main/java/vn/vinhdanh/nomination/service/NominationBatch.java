package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.vinhdanh.problem.ProblemException;

/**
 * An agency submits many nominations at once, each in its own transaction, and learns for each what a single
 * submission would have answered. One transaction per item rather than one for all the valid ones: whether an item is
 * valid is only known for sure at its commit (a duplicate submitted concurrently, a constraint), and an item that
 * fails there must not take the others down; a submitted item is then always committed, with its event in the outbox.
 */
@ApplicationScoped
public class NominationBatch {

    private static final Logger LOG = Logger.getLogger(NominationBatch.class);

    private final NominationSubmission submission;

    public NominationBatch(NominationSubmission submission) {
        this.submission = submission;
    }

    /**
     * What became of one item: the nomination it created, or why it was refused.
     *
     * @param refusal the problem a single submission would have answered; a failure the client cannot act on is a
     *                500 whose reference is in the log
     */
    public record Outcome(UUID id, ProblemException refusal) {}

    /** @param index the item's place in the batch, for the log */
    public Outcome submit(int index, SubmitNomination item) {
        try {
            return new Outcome(submission.submitAlone(item), null);
        } catch (ProblemException e) {
            return new Outcome(null, e);
        } catch (RuntimeException e) {
            ProblemException problem = causeOf(e);
            if (problem != null) {
                return new Outcome(null, problem);
            }
            String reference = UUID.randomUUID().toString();
            LOG.errorf(e, "Unexpected error %s on batch item %d", reference, index);
            return new Outcome(
                    null,
                    new ProblemException(
                            500,
                            "internal",
                            "Internal error",
                            "The item could not be submitted. Reference: " + reference,
                            "Không gửi được hồ sơ này do lỗi hệ thống. Mã tra cứu: " + reference,
                            null));
        }
    }

    private static ProblemException causeOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }
}
