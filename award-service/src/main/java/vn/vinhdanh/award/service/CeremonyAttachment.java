package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.AwardStatus;
import vn.vinhdanh.award.domain.Ceremony;
import vn.vinhdanh.award.domain.CeremonyAward;
import vn.vinhdanh.award.domain.CeremonyStatus;
import vn.vinhdanh.problem.ProblemException;

/**
 * An officer attaches awards to a scheduled ceremony, at which they are presented, or detaches them; a revoked award
 * leaves its ceremony by itself. Each change is announced for the award it concerns.
 */
@ApplicationScoped
public class CeremonyAttachment {

    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;
    private final CeremonyAnnouncements announcements;

    public CeremonyAttachment(Caller caller, AuditTrail audit, Clock clock, CeremonyAnnouncements announcements) {
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.announcements = announcements;
    }

    /**
     * Attaches draft or granted awards. An award already at this ceremony is left as it is (nothing is sent again);
     * one at another ceremony is refused: detach it there first.
     */
    @Transactional
    public Ceremony attach(UUID id, List<UUID> awardIds) {
        Ceremony ceremony = CeremonyPlanning.lockScheduled(id);
        Set<UUID> wanted = new LinkedHashSet<>(awardIds);
        Map<UUID, Award> found = Award.<Award>find("id in ?1", wanted).withLock(LockModeType.PESSIMISTIC_WRITE).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a));
        List<UUID> unknown =
                wanted.stream().filter(awardId -> !found.containsKey(awardId)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable(
                    "unknown-award",
                    "no award has the id(s) " + unknown,
                    "Không tìm thấy khen thưởng có mã " + unknown + ".");
        }
        List<String> revoked = found.values().stream()
                .filter(a -> a.status == AwardStatus.REVOKED)
                .map(a -> a.id.toString())
                .sorted()
                .toList();
        if (!revoked.isEmpty()) {
            throw ProblemException.conflict(
                    "award-revoked",
                    "a revoked award cannot be presented: " + String.join(", ", revoked),
                    "Khen thưởng đã thu hồi không được trao tại lễ: " + String.join(", ", revoked) + ".");
        }
        Map<UUID, CeremonyAward> existing =
                CeremonyAward.<CeremonyAward>find("awardId in ?1", wanted)
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .stream()
                        .collect(Collectors.toMap(ca -> ca.awardId, ca -> ca));
        // a cancelled ceremony keeps its awards for the record, but no longer holds them: they may move here
        Set<UUID> cancelled = existing.isEmpty()
                ? Set.of()
                : Ceremony.<Ceremony>list(
                                "id in ?1 and status = ?2",
                                existing.values().stream()
                                        .map(ca -> ca.ceremonyId)
                                        .collect(Collectors.toSet()),
                                CeremonyStatus.CANCELLED)
                        .stream()
                        .map(c -> c.id)
                        .collect(Collectors.toSet());
        List<CeremonyAward> elsewhere = existing.values().stream()
                .filter(ca -> !ca.ceremonyId.equals(ceremony.id) && !cancelled.contains(ca.ceremonyId))
                .sorted(Comparator.comparing(ca -> ca.awardId.toString()))
                .toList();
        if (!elsewhere.isEmpty()) {
            throw ProblemException.conflict(
                    "award-in-another-ceremony",
                    "already to be presented elsewhere: "
                            + elsewhere.stream()
                                    .map(ca -> ca.awardId + " (at ceremony " + ca.ceremonyId + ")")
                                    .collect(Collectors.joining(", "))
                            + "; detach it there first",
                    "Khen thưởng đã được xếp trao tại lễ khác: "
                            + elsewhere.stream()
                                    .map(ca -> ca.awardId + " (tại lễ " + ca.ceremonyId + ")")
                                    .collect(Collectors.joining(", "))
                            + "; đề nghị gỡ khỏi lễ đó trước.");
        }
        Instant now = Instant.now(clock);
        int attached = 0;
        for (UUID awardId : wanted) {
            CeremonyAward link = existing.get(awardId);
            if (link != null && link.ceremonyId.equals(ceremony.id)) {
                continue;
            }
            boolean isNew = link == null;
            if (isNew) {
                link = new CeremonyAward();
                link.awardId = awardId;
            }
            link.ceremonyId = ceremony.id;
            link.attachedAt = now;
            link.attachedBy = caller.label();
            if (isNew) { // persisted once filled: the insert takes the state it has now
                link.persist();
            }
            announcements.announce(ceremony, found.get(awardId), false);
            attached++;
        }
        audit.record(
                "ceremony.attach",
                "ceremony",
                ceremony.id,
                attached + " award(s) attached of " + wanted.size() + " asked: " + wanted);
        return ceremony;
    }

    @Transactional
    public Ceremony detach(UUID id, UUID awardId) {
        Ceremony ceremony = CeremonyPlanning.lockScheduled(id);
        CeremonyAward link = CeremonyAward.<CeremonyAward>findByIdOptional(awardId, LockModeType.PESSIMISTIC_WRITE)
                .filter(ca -> ca.ceremonyId.equals(ceremony.id))
                .orElseThrow(() ->
                        ProblemException.notFound("award at ceremony " + id, "khen thưởng trao tại lễ " + id, awardId));
        Award award = Award.findById(awardId);
        link.delete();
        announcements.announce(ceremony, award, true);
        audit.record("ceremony.detach", "ceremony", ceremony.id, "award " + awardId + " detached");
        return ceremony;
    }

    /**
     * A revoked award is not presented: it leaves its scheduled ceremony, and publicity is told. Called in the
     * revocation's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawRevoked(Award award) {
        CeremonyAward.<CeremonyAward>findByIdOptional(award.id).ifPresent(link -> {
            Ceremony ceremony = Ceremony.findById(link.ceremonyId);
            if (ceremony.status == CeremonyStatus.SCHEDULED) { // a cancelled one keeps it for the record
                link.delete();
                announcements.announce(ceremony, award, true);
            }
        });
    }
}
