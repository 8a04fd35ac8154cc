package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.vinhdanh.audit.AuditTrail;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.Ceremony;
import vn.vinhdanh.award.domain.CeremonyStatus;
import vn.vinhdanh.problem.ProblemException;

/**
 * An officer schedules an honouring ceremony, changes it or calls it off. A change to anything the event carries
 * (name, occasion, traditional day, date, time, place) re-announces every award it holds; cancelling announces each with
 * {@code cancelled = true}.
 */
@ApplicationScoped
public class CeremonyPlanning {

    private final Caller caller;
    private final AuditTrail audit;
    private final Clock clock;
    private final CeremonyAnnouncements announcements;
    private final CeremonyQueries ceremonies;
    private final TraditionalDayQueries days;

    public CeremonyPlanning(
            Caller caller,
            AuditTrail audit,
            Clock clock,
            CeremonyAnnouncements announcements,
            CeremonyQueries ceremonies,
            TraditionalDayQueries days) {
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.announcements = announcements;
        this.ceremonies = ceremonies;
        this.days = days;
    }

    @Transactional
    public Ceremony create(ScheduleCeremony command) {
        Ceremony ceremony = new Ceremony();
        ceremony.id = UUID.randomUUID();
        apply(ceremony, normalised(command));
        ceremony.status = CeremonyStatus.SCHEDULED;
        ceremony.createdAt = Instant.now(clock);
        ceremony.createdBy = caller.label();
        ceremony.updatedAt = ceremony.createdAt;
        ceremony.updatedBy = ceremony.createdBy;
        ceremony.persist();
        audit.record("ceremony.create", "ceremony", ceremony.id, describe(ceremony));
        return ceremony;
    }

    /** Changes a scheduled ceremony; if anything the event carries changed, every attached award is re-announced. */
    @Transactional
    public Ceremony update(UUID id, ScheduleCeremony command) {
        ScheduleCeremony details = normalised(command);
        Ceremony ceremony = lockScheduled(id);
        ScheduleCeremony before = details(ceremony);
        apply(ceremony, details);
        ceremony.updatedAt = Instant.now(clock);
        ceremony.updatedBy = caller.label();
        boolean rescheduled = !Objects.equals(before.name(), details.name())
                || before.occasion() != details.occasion()
                || !before.ceremonyDate().equals(details.ceremonyDate())
                || !Objects.equals(before.startTime(), details.startTime())
                || !before.place().equals(details.place())
                || !Objects.equals(before.traditionalDay(), details.traditionalDay());
        int announced = 0;
        if (rescheduled) {
            List<Award> awards = ceremonies.awardsOf(ceremony.id);
            announcements.announceAll(ceremony, awards, false);
            announced = awards.size();
        }
        audit.record(
                "ceremony.update",
                "ceremony",
                ceremony.id,
                describe(ceremony)
                        + (rescheduled
                                ? "; re-announced to " + announced + " award(s)"
                                : "; nothing announced changed"));
        return ceremony;
    }

    @Transactional
    public Ceremony cancel(UUID id, String reason) {
        String why = reason.strip();
        Ceremony ceremony = lockScheduled(id);
        ceremony.status = CeremonyStatus.CANCELLED;
        ceremony.cancelReason = why;
        ceremony.updatedAt = Instant.now(clock);
        ceremony.updatedBy = caller.label();
        List<Award> awards = ceremonies.awardsOf(ceremony.id);
        announcements.announceAll(ceremony, awards, true);
        audit.record("ceremony.cancel", "ceremony", ceremony.id, why + "; " + awards.size() + " award(s) told");
        return ceremony;
    }

    /** The ceremony, locked for a change; a cancelled one is refused (409 ceremony-cancelled). */
    static Ceremony lockScheduled(UUID id) {
        Ceremony ceremony = Ceremony.<Ceremony>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("ceremony", "lễ trao tặng", id));
        if (ceremony.status == CeremonyStatus.CANCELLED) {
            throw ProblemException.conflict(
                    "ceremony-cancelled",
                    "ceremony " + id + " was cancelled (" + ceremony.cancelReason + "); schedule a new one",
                    "Lễ trao tặng " + id + " đã bị hủy (" + ceremony.cancelReason + "); đề nghị lên lịch lễ mới.");
        }
        return ceremony;
    }

    /** Stripped, and with the code of its traditional day (a fixed occasion's own; 400 for a code that does not fit). */
    private ScheduleCeremony normalised(ScheduleCeremony c) {
        String day = days.ofOccasion(c.occasion(), c.traditionalDay())
                .map(d -> d.code)
                .orElse(null);
        return new ScheduleCeremony(
                c.name().strip(),
                c.occasion(),
                c.ceremonyDate(),
                c.startTime(),
                c.place().strip(),
                c.sector(),
                day);
    }

    private static void apply(Ceremony ceremony, ScheduleCeremony details) {
        ceremony.name = details.name();
        ceremony.occasion = details.occasion();
        ceremony.ceremonyDate = details.ceremonyDate();
        ceremony.startTime = details.startTime();
        ceremony.place = details.place();
        ceremony.sector = details.sector();
        ceremony.traditionalDayCode = details.traditionalDay();
    }

    private static ScheduleCeremony details(Ceremony c) {
        return new ScheduleCeremony(
                c.name, c.occasion, c.ceremonyDate, c.startTime, c.place, c.sector, c.traditionalDayCode);
    }

    private static String describe(Ceremony c) {
        return c.name + ", " + c.occasion + (c.traditionalDayCode == null ? "" : " " + c.traditionalDayCode) + ", "
                + c.ceremonyDate + (c.startTime == null ? "" : " " + c.startTime)
                + ", " + c.place + (c.sector == null ? "" : ", sector " + c.sector);
    }
}
