package vn.vinhdanh.nomination.service;

import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.TargetGroup;

/**
 * A nomination as an agency sends it: to submit, to amend after a return (then with {@code changeNote}), or as a draft
 * being prepared (then possibly incomplete). Its components carry the names and the order of the request body's
 * fields: the Idempotency-Key fingerprint and a draft's stored content are this record as JSON, and must stay what
 * they were when they were taken from the body itself.
 *
 * @param agencyCode null for an agency (its token names it); an admin submitting on an agency's behalf names it
 * @param confirmDuplicate true submits even though the same nominee is already nominated in the movement
 * @param changeNote only when amending a returned nomination, and then required
 */
public record SubmitNomination(
        UUID movementId,
        String agencyCode,
        Nominee nominee,
        Level level,
        Sector sector,
        String proposedAward,
        String achievements,
        String goodPractices,
        Boolean publicityConsent,
        List<Evidence> evidence,
        List<Attachment> attachments,
        Boolean confirmDuplicate,
        String changeNote) {

    public record Nominee(
            NomineeKind kind,
            String name,
            String gender,
            Integer birthYear,
            String ethnicity,
            String position,
            String organization,
            TargetGroup targetGroup,
            Integer memberCount) {}

    /** What the agency puts forward for one criterion of the nominee's target group. */
    public record Evidence(String criterionCode, String text) {}

    /** Metadata of a document kept in a document store; the service never receives the file. */
    public record Attachment(String name, String mediaType, Long sizeBytes, String sha256, String url) {}
}
