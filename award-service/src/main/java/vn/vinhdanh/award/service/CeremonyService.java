package vn.vinhdanh.award.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.CeremonyScheduled;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.Topics;
import vn.vinhdanh.messaging.outbox.Outbox;
import vn.vinhdanh.problem.ProblemException;

/**
 * Honouring ceremonies. Every change an award's presentation depends on sends {@code ceremony.scheduled.v1} for that
 * award, keyed by its nomination, in the transaction of the change: attaching it, rescheduling the ceremony (for
 * every award it holds), and, with {@code cancelled = true}, detaching it or cancelling the ceremony.
 */
@ApplicationScoped
public class CeremonyService {

    public record Details(String name, CeremonyOccasion occasion, LocalDate ceremonyDate, LocalTime startTime,
            String place, Sector sector) {
    }

    private final Outbox outbox;
    private final Caller caller;
    private final AuditTrail audit;

    public CeremonyService(Outbox outbox, Caller caller, AuditTrail audit) {
        this.outbox = outbox;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public Ceremony create(Details details) {
        Ceremony ceremony = new Ceremony();
        ceremony.id = UUID.randomUUID();
        apply(ceremony, details);
        ceremony.status = CeremonyStatus.SCHEDULED;
        ceremony.createdAt = Instant.now();
        ceremony.createdBy = caller.label();
        ceremony.updatedAt = ceremony.createdAt;
        ceremony.updatedBy = ceremony.createdBy;
        ceremony.persist();
        audit.record("ceremony.create", "ceremony", ceremony.id, describe(ceremony));
        return ceremony;
    }

    /** Changes a scheduled ceremony; if anything the event carries changed, every attached award is re-announced. */
    @Transactional
    public Ceremony update(UUID id, Details details) {
        Ceremony ceremony = lockScheduled(id);
        Details before = details(ceremony);
        apply(ceremony, details);
        ceremony.updatedAt = Instant.now();
        ceremony.updatedBy = caller.label();
        boolean rescheduled = !Objects.equals(before.name(), details.name())
                || before.occasion() != details.occasion()
                || !before.ceremonyDate().equals(details.ceremonyDate())
                || !Objects.equals(before.startTime(), details.startTime())
                || !before.place().equals(details.place());
        int announced = 0;
        if (rescheduled) {
            List<Award> awards = attachedAwards(ceremony.id);
            awards.forEach(award -> announce(ceremony, award, false));
            announced = awards.size();
        }
        audit.record("ceremony.update", "ceremony", ceremony.id, describe(ceremony)
                + (rescheduled ? "; re-announced to " + announced + " award(s)" : "; nothing announced changed"));
        return ceremony;
    }

    @Transactional
    public Ceremony cancel(UUID id, String reason) {
        Ceremony ceremony = lockScheduled(id);
        ceremony.status = CeremonyStatus.CANCELLED;
        ceremony.cancelReason = reason;
        ceremony.updatedAt = Instant.now();
        ceremony.updatedBy = caller.label();
        List<Award> awards = attachedAwards(ceremony.id);
        awards.forEach(award -> announce(ceremony, award, true));
        audit.record("ceremony.cancel", "ceremony", ceremony.id, reason + "; " + awards.size() + " award(s) told");
        return ceremony;
    }

    /**
     * Attaches draft or granted awards. An award already at this ceremony is left as it is (nothing is sent again);
     * one at another ceremony is refused: detach it there first.
     */
    @Transactional
    public Ceremony attach(UUID id, List<UUID> awardIds) {
        Ceremony ceremony = lockScheduled(id);
        Set<UUID> wanted = new LinkedHashSet<>(awardIds);
        Map<UUID, Award> found = Award.<Award>find("id in ?1", wanted).withLock(LockModeType.PESSIMISTIC_WRITE)
                .stream().collect(Collectors.toMap(a -> a.id, a -> a));
        List<UUID> unknown = wanted.stream().filter(awardId -> !found.containsKey(awardId)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("unknown-award", "no award has the id(s) " + unknown);
        }
        List<String> revoked = found.values().stream().filter(a -> a.status == AwardStatus.REVOKED)
                .map(a -> a.id.toString()).sorted().toList();
        if (!revoked.isEmpty()) {
            throw ProblemException.conflict("award-revoked", "a revoked award cannot be presented: "
                    + String.join(", ", revoked));
        }
        Map<UUID, CeremonyAward> existing = CeremonyAward.<CeremonyAward>find("awardId in ?1", wanted)
                .withLock(LockModeType.PESSIMISTIC_WRITE).stream()
                .collect(Collectors.toMap(ca -> ca.awardId, ca -> ca));
        // a cancelled ceremony keeps its awards for the record, but no longer holds them: they may move here
        Set<UUID> cancelled = existing.isEmpty() ? Set.of() : Ceremony.<Ceremony>list("id in ?1 and status = ?2",
                existing.values().stream().map(ca -> ca.ceremonyId).collect(Collectors.toSet()),
                CeremonyStatus.CANCELLED).stream().map(c -> c.id).collect(Collectors.toSet());
        List<String> elsewhere = existing.values().stream()
                .filter(ca -> !ca.ceremonyId.equals(ceremony.id) && !cancelled.contains(ca.ceremonyId))
                .map(ca -> ca.awardId + " (at ceremony " + ca.ceremonyId + ")").sorted().toList();
        if (!elsewhere.isEmpty()) {
            throw ProblemException.conflict("award-in-another-ceremony", "already to be presented elsewhere: "
                    + String.join(", ", elsewhere) + "; detach it there first");
        }
        Instant now = Instant.now();
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
            announce(ceremony, found.get(awardId), false);
            attached++;
        }
        audit.record("ceremony.attach", "ceremony", ceremony.id, attached + " award(s) attached of "
                + wanted.size() + " asked: " + wanted);
        return ceremony;
    }

    @Transactional
    public Ceremony detach(UUID id, UUID awardId) {
        Ceremony ceremony = lockScheduled(id);
        CeremonyAward link = CeremonyAward.<CeremonyAward>findByIdOptional(awardId, LockModeType.PESSIMISTIC_WRITE)
                .filter(ca -> ca.ceremonyId.equals(ceremony.id))
                .orElseThrow(() -> ProblemException.notFound("award at ceremony " + id, awardId));
        Award award = Award.findById(awardId);
        link.delete();
        announce(ceremony, award, true);
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
                announce(ceremony, award, true);
            }
        });
    }

    public Ceremony get(UUID id) {
        return Ceremony.<Ceremony>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("ceremony", id));
    }

    public List<Ceremony> list(CeremonyStatus status, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder query = new StringBuilder("ceremonyDate >= :from and ceremonyDate <= :to");
        Parameters parameters = Parameters.with("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                .and("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return Ceremony.<Ceremony>find(query + " order by ceremonyDate, id", parameters).page(page, size).list();
    }

    /** The awards of several ceremonies in one query, for list views. */
    public Map<UUID, List<Award>> awardsOf(Collection<UUID> ceremonyIds) {
        if (ceremonyIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Award.getEntityManager().createQuery("""
                select ca.ceremonyId, a from CeremonyAward ca, Award a
                where a.id = ca.awardId and ca.ceremonyId in :ids
                order by ca.attachedAt, a.recipientName, a.id""", Object[].class)
                .setParameter("ids", ceremonyIds).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[0], java.util.LinkedHashMap::new,
                Collectors.mapping(r -> (Award) r[1], Collectors.toList())));
    }

    private List<Award> attachedAwards(UUID ceremonyId) {
        return awardsOf(List.of(ceremonyId)).getOrDefault(ceremonyId, List.of());
    }

    private void announce(Ceremony ceremony, Award award, boolean cancelled) {
        outbox.publish(Topics.AWARD_EVENTS, EventTypes.CEREMONY_SCHEDULED, award.nominationId,
                new CeremonyScheduled(ceremony.id, ceremony.name, ceremony.occasion, ceremony.ceremonyDate,
                        ceremony.startsAt(), ceremony.place, award.id, award.nominationId, cancelled, Instant.now()));
    }

    private Ceremony lockScheduled(UUID id) {
        Ceremony ceremony = Ceremony.<Ceremony>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("ceremony", id));
        if (ceremony.status == CeremonyStatus.CANCELLED) {
            throw ProblemException.conflict("ceremony-cancelled", "ceremony " + id + " was cancelled ("
                    + ceremony.cancelReason + "); schedule a new one");
        }
        return ceremony;
    }

    private static void apply(Ceremony ceremony, Details details) {
        ceremony.name = details.name();
        ceremony.occasion = details.occasion();
        ceremony.ceremonyDate = details.ceremonyDate();
        ceremony.startTime = details.startTime();
        ceremony.place = details.place();
        ceremony.sector = details.sector();
    }

    private static Details details(Ceremony c) {
        return new Details(c.name, c.occasion, c.ceremonyDate, c.startTime, c.place, c.sector);
    }

    private static String describe(Ceremony c) {
        return c.name + ", " + c.occasion + ", " + c.ceremonyDate + (c.startTime == null ? "" : " " + c.startTime)
                + ", " + c.place + (c.sector == null ? "" : ", sector " + c.sector);
    }
}
