package vn.vinhdanh.nomination.service;

import static vn.vinhdanh.province.VietnameseText.nfc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vinhdanh.events.CriteriaSnapshot;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.nomination.domain.Attachment;
import vn.vinhdanh.nomination.domain.Criterion;
import vn.vinhdanh.nomination.domain.Evidence;
import vn.vinhdanh.nomination.domain.Movement;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.Nominee;
import vn.vinhdanh.province.VietnameseText;

/**
 * Copies a submission onto the nomination (text trimmed and in NFC, media types and checksums in lower case) and
 * the nomination onto the event the council receives.
 */
final class NominationMapping {

    private NominationMapping() {}

    static Nominee toNominee(SubmitNomination.Nominee given) {
        Nominee nominee = new Nominee();
        nominee.kind = given.kind();
        nominee.name = nfc(given.name());
        nominee.gender = given.gender();
        nominee.birthYear = given.birthYear();
        nominee.ethnicity = nfc(given.ethnicity());
        nominee.position = nfc(given.position());
        nominee.organization = nfc(given.organization());
        nominee.targetGroup = given.targetGroup();
        nominee.memberCount = given.memberCount();
        return nominee;
    }

    /** The content of a submission or an amendment; identity, status and times are the use case's. */
    static void fill(Nomination nomination, SubmitNomination given, Nominee nominee, String duplicateKey) {
        nomination.nominee = nominee;
        nomination.nomineeNameFolded = VietnameseText.fold(nominee.name);
        nomination.duplicateKey = duplicateKey;
        nomination.level = given.level();
        nomination.sector = given.sector();
        nomination.proposedAward = given.proposedAward();
        nomination.achievements = nfc(given.achievements());
        nomination.goodPractices = nfc(given.goodPractices());
        nomination.publicityConsent = given.publicityConsent();
        nomination.evidence.clear();
        nomination.evidence.addAll(toEvidence(given.evidence()));
        nomination.attachments.clear();
        nomination.attachments.addAll(toAttachments(given.attachments()));
    }

    private static List<Evidence> toEvidence(List<SubmitNomination.Evidence> given) {
        List<Evidence> evidence = new ArrayList<>();
        if (given != null) {
            for (SubmitNomination.Evidence item : given) {
                Evidence entry = new Evidence();
                entry.criterionCode = item.criterionCode();
                entry.text = nfc(item.text());
                evidence.add(entry);
            }
        }
        return evidence;
    }

    private static List<Attachment> toAttachments(List<SubmitNomination.Attachment> given) {
        List<Attachment> attachments = new ArrayList<>();
        if (given != null) {
            for (SubmitNomination.Attachment item : given) {
                Attachment attachment = new Attachment();
                attachment.name = nfc(item.name());
                attachment.mediaType = item.mediaType().toLowerCase(Locale.ROOT);
                attachment.sizeBytes = item.sizeBytes();
                attachment.sha256 = item.sha256().toLowerCase(Locale.ROOT);
                attachment.url = item.url();
                attachments.add(attachment);
            }
        }
        return attachments;
    }

    /**
     * @param criteriaVersion the version the nomination was judged against
     * @param groupCriteria its criteria for the nominee's target group
     */
    static NominationSubmitted toEvent(Nomination nomination, int criteriaVersion, List<Criterion> groupCriteria) {
        Movement movement = nomination.movement;
        Nominee nominee = nomination.nominee;
        CriteriaSnapshot criteria = new CriteriaSnapshot(
                criteriaVersion,
                nominee.targetGroup,
                groupCriteria.stream().map(NominationMapping::toEvent).toList());
        return new NominationSubmitted(
                nomination.id,
                nomination.revision,
                nomination.agencyCode,
                movement.id,
                movement.name,
                movement.year,
                nomination.level,
                nomination.sector,
                nomination.proposedAward,
                new vn.vinhdanh.events.Nominee(
                        nominee.kind,
                        nominee.name,
                        nominee.gender,
                        nominee.birthYear,
                        nominee.ethnicity,
                        nominee.position,
                        nominee.organization,
                        nominee.targetGroup,
                        nominee.memberCount),
                nomination.achievements,
                nomination.goodPractices,
                nomination.publicityConsent,
                nomination.submittedAt,
                criteria,
                nomination.evidence.stream()
                        .map(e -> new vn.vinhdanh.events.Evidence(e.criterionCode, e.text))
                        .toList(),
                nomination.attachments.stream()
                        .map(a -> new vn.vinhdanh.events.Attachment(a.name, a.mediaType, a.sizeBytes, a.sha256, a.url))
                        .toList(),
                nomination.duplicateOf);
    }

    private static vn.vinhdanh.events.Criterion toEvent(Criterion criterion) {
        return new vn.vinhdanh.events.Criterion(
                criterion.code, criterion.description, criterion.weight, criterion.required);
    }
}
