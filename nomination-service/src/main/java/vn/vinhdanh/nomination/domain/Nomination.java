package vn.vinhdanh.nomination.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.AwardBlockReason;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.province.VietnameseText;

/** A proposal to honour an individual, a collective or a household as an advanced model in a movement. */
@Entity
public class Nomination extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "movement_id")
    public Movement movement;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(nullable = false)
    public int revision;

    @Embedded
    public Nominee nominee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    @Column(name = "proposed_award", nullable = false)
    public String proposedAward;

    @Column(nullable = false)
    public String achievements;

    @Column(name = "good_practices")
    public String goodPractices;

    @Column(name = "publicity_consent", nullable = false)
    public boolean publicityConsent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus status;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The movement's criteria version this nomination was judged against; a later version never changes it. */
    @Column(name = "criteria_version", nullable = false)
    public int criteriaVersion;

    /** {@link VietnameseText#fold} of the nominee's name, for searches with or without diacritics. */
    @Column(name = "nominee_name_folded", nullable = false)
    public String nomineeNameFolded;

    /** Who the nominee is for the duplicate guard: folded name and birth year, or folded name and organization. */
    @Column(name = "duplicate_key", nullable = false)
    public String duplicateKey;

    /** The earlier nomination of the same nominee in the movement, when the agency confirmed it is not a mistake. */
    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    /**
     * Why award-service cannot draft this nomination's award (award.blocked.v1); null while nothing is blocked. With
     * {@link #awardBlockReason} and {@link #awardBlockedAt}, set by the block and cleared by the agency's title
     * correction (award-service is then trying again) or by award-service's unblock.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "award_block_cause")
    public AwardBlockReason awardBlockCause;

    /** The block's reason in Vietnamese, as award-service gave it, for the agency. */
    @Column(name = "award_block_reason")
    public String awardBlockReason;

    /** When award-service blocked the award; the mark of a pending block. */
    @Column(name = "award_blocked_at")
    public Instant awardBlockedAt;

    @ElementCollection
    @CollectionTable(name = "nomination_evidence", joinColumns = @JoinColumn(name = "nomination_id"))
    @OrderColumn(name = "position")
    public List<Evidence> evidence = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "nomination_attachment", joinColumns = @JoinColumn(name = "nomination_id"))
    @OrderColumn(name = "position")
    public List<Attachment> attachments = new ArrayList<>();

    @OneToMany(mappedBy = "nomination", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    public List<TimelineEntry> timeline = new ArrayList<>();

    /**
     * Records a step reported by another service. The timeline keeps every step; the status follows only steps that
     * move the nomination forward, because the three upstream topics are not ordered among themselves.
     *
     * @param recordedAt when this service records it: the nomination's {@code updatedAt}
     */
    public TimelineEntry advance(
            NominationStatus step,
            Instant occurredAt,
            String actor,
            String note,
            UUID sourceEventId,
            Instant recordedAt) {
        TimelineEntry entry = addStep(step, occurredAt, actor, note, sourceEventId);
        if (step.isLaterThan(status)) {
            status = step;
        }
        updatedAt = recordedAt;
        return entry;
    }

    /**
     * The agency sends the nomination back to the council after a return for information: a new revision, SUBMITTED
     * again. Safe against late events because review events for one nomination arrive in order and the RETURNED that
     * allowed the amendment was the last of its round.
     */
    public TimelineEntry resubmit(String actor, String note, Instant at) {
        revision++;
        status = NominationStatus.SUBMITTED;
        updatedAt = at;
        return addStep(NominationStatus.SUBMITTED, at, actor, note, null);
    }

    /**
     * Records an event that leaves the status where it is: the entry carries the status the nomination has now, so a
     * reader of the timeline sees at which stage it happened.
     *
     * @param recordedAt when this service records it: the nomination's {@code updatedAt}
     */
    public TimelineEntry recordEvent(
            TimelineEvent event,
            Instant occurredAt,
            String actor,
            String note,
            UUID sourceEventId,
            Instant recordedAt) {
        TimelineEntry entry = addStep(status, occurredAt, actor, note, sourceEventId);
        entry.event = event;
        updatedAt = recordedAt;
        return entry;
    }

    /**
     * award-service cannot draft the award of the approved nomination. The block stays until the agency corrects the
     * title or award-service drafts the award; a second block (the corrected title does not fit either) replaces it.
     *
     * @param reasonVi why, in Vietnamese: the entry's note and what the agency's page shows
     */
    public TimelineEntry blockAward(
            AwardBlockReason cause,
            String reasonVi,
            Instant blockedAt,
            String actor,
            UUID sourceEventId,
            Instant recordedAt) {
        awardBlockCause = cause;
        awardBlockReason = reasonVi;
        awardBlockedAt = blockedAt;
        return recordEvent(TimelineEvent.AWARD_BLOCKED, blockedAt, actor, reasonVi, sourceEventId, recordedAt);
    }

    /** award-service drafted the award after all: nothing is blocked any more. */
    public TimelineEntry unblockAward(
            String note, Instant unblockedAt, String actor, UUID sourceEventId, Instant recordedAt) {
        clearAwardBlock();
        return recordEvent(TimelineEvent.AWARD_UNBLOCKED, unblockedAt, actor, note, sourceEventId, recordedAt);
    }

    /**
     * The approved title is proposed upward by award-service: nothing is blocked any more (a corrected title may have
     * led here), and the province now submits it to the higher level.
     */
    public TimelineEntry proposeUpward(
            String note, Instant proposedAt, String actor, UUID sourceEventId, Instant recordedAt) {
        clearAwardBlock();
        return recordEvent(TimelineEvent.UPWARD_PROPOSED, proposedAt, actor, note, sourceEventId, recordedAt);
    }

    public boolean isAwardBlocked() {
        return awardBlockedAt != null;
    }

    /**
     * Whether the agency may correct the proposed title now: the council approved it and award-service's block has
     * had no correction since. A correction clears the block, so a second one waits for award-service's answer (a new
     * block or the unblock) instead of racing the retry the first one started.
     */
    public boolean awaitsTitleCorrection() {
        return status == NominationStatus.APPROVED && isAwardBlocked();
    }

    /** The agency replaces the blocked title; the approval itself, and the content the council judged, stay. */
    public TimelineEntry correctTitle(String title, String actor, String note, Instant at) {
        proposedAward = title;
        clearAwardBlock();
        return recordEvent(TimelineEvent.TITLE_CORRECTED, at, actor, note, null, at);
    }

    private void clearAwardBlock() {
        awardBlockCause = null;
        awardBlockReason = null;
        awardBlockedAt = null;
    }

    private TimelineEntry addStep(
            NominationStatus step, Instant occurredAt, String actor, String note, UUID sourceEventId) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.nomination = this;
        entry.status = step;
        entry.occurredAt = occurredAt;
        entry.actor = actor;
        entry.note = note;
        entry.sourceEventId = sourceEventId;
        timeline.add(entry);
        return entry;
    }

    /**
     * Individuals by folded name and birth year; collectives by folded name and organization; households by folded
     * name (the head's, "Hộ ông Vàng A Sử") and organization (the village and commune), apart from a collective of the
     * same name. Written in Java at every write, so a new kind needs no migration of the column.
     */
    public static String duplicateKeyOf(Nominee nominee) {
        return switch (nominee.kind) {
            case COLLECTIVE ->
                "C|" + VietnameseText.fold(nominee.name) + "|" + VietnameseText.fold(nominee.organization);
            case HOUSEHOLD ->
                "H|" + VietnameseText.fold(nominee.name) + "|" + VietnameseText.fold(nominee.organization);
            case INDIVIDUAL ->
                "I|" + VietnameseText.fold(nominee.name) + "|"
                        + (nominee.birthYear == null ? "" : nominee.birthYear.toString());
        };
    }
}
