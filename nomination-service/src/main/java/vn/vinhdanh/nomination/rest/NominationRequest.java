package vn.vinhdanh.nomination.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.nomination.service.SubmitNomination;

/**
 * The body of a submission, an amendment ({@code changeNote}) and a draft. Its fields are those of
 * {@link SubmitNomination}, in the same order: the command is what the use cases fingerprint and store.
 */
public record NominationRequest(
        @NotNull UUID movementId,
        /** Taken from the agency's token; only an admin submitting on an agency's behalf names it. */
        @Size(max = 50)
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "upper-case letters, digits, '_' and '-' only")
        String agencyCode,

        @NotNull @Valid NomineeRequest nominee,
        @NotNull Level level,
        @NotNull Sector sector,

        @NotBlank
        @Size(max = 60)
        @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "an award code such as BANG_KHEN_CHU_TICH_UBND_TINH")
        String proposedAward,

        @NotBlank @Size(max = 20000) String achievements,
        @Size(max = 20000) String goodPractices,
        @NotNull Boolean publicityConsent,
        /** Per criterion of the nominee's target group; every required criterion needs an entry. */
        @Size(max = 100) List<@NotNull @Valid EvidenceRequest> evidence,
        @Size(max = 50) List<@NotNull @Valid AttachmentRequest> attachments,
        /** true submits even though the same nominee is already nominated in the movement. */
        Boolean confirmDuplicate,
        /** Only when amending a returned nomination, and then required: what changed in answer to the council. */
        @Size(max = 2000) String changeNote) {

    /** Field by field; a draft's body may be incomplete, so absent parts stay absent (null lists, null elements). */
    public SubmitNomination toCommand() {
        return new SubmitNomination(
                movementId,
                agencyCode,
                nominee == null ? null : nominee.toCommand(),
                level,
                sector,
                proposedAward,
                achievements,
                goodPractices,
                publicityConsent,
                evidence == null
                        ? null
                        : evidence.stream()
                                .map(e -> e == null ? null : e.toCommand())
                                .toList(),
                attachments == null
                        ? null
                        : attachments.stream()
                                .map(a -> a == null ? null : a.toCommand())
                                .toList(),
                confirmDuplicate,
                changeNote);
    }

    public record EvidenceRequest(
            @NotBlank @Size(max = 30) String criterionCode,
            @NotBlank @Size(max = 20000) String text) {

        SubmitNomination.Evidence toCommand() {
            return new SubmitNomination.Evidence(criterionCode, text);
        }
    }

    /** Metadata of a document kept in a document store; the service never receives the file. */
    public record AttachmentRequest(
            @NotBlank @Size(max = 255) String name,

            @NotBlank
            @Size(max = 100)
            @Pattern(
                    regexp = "[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+",
                    message = "a media type such as application/pdf")
            String mediaType,

            @NotNull @Min(0) @Max(10_737_418_240L) Long sizeBytes,

            @NotBlank @Pattern(regexp = "[0-9A-Fa-f]{64}", message = "64 hexadecimal digits")
            String sha256,

            @NotBlank
            @Size(max = 2000)
            // spelt out rather than (?i): the pattern is also the OpenAPI document's, an ECMA-262 regex without flags
            @Pattern(regexp = "[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*", message = "an absolute http(s) URL")
            String url) {

        SubmitNomination.Attachment toCommand() {
            return new SubmitNomination.Attachment(name, mediaType, sizeBytes, sha256, url);
        }
    }

    public record NomineeRequest(
            @NotNull NomineeKind kind,
            @NotBlank @Size(max = 200) String name,

            @Pattern(regexp = "MALE|FEMALE", message = "MALE or FEMALE")
            String gender,

            @Min(1900) @Max(2100) Integer birthYear,
            @Size(max = 60) String ethnicity,
            @Size(max = 200) String position,
            @NotBlank @Size(max = 300) String organization,
            @NotNull TargetGroup targetGroup,
            @Min(2) @Max(1000000) Integer memberCount) {

        SubmitNomination.Nominee toCommand() {
            return new SubmitNomination.Nominee(
                    kind, name, gender, birthYear, ethnicity, position, organization, targetGroup, memberCount);
        }
    }
}
