package vn.vinhdanh.award.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.award.domain.Ceremony;
import vn.vinhdanh.award.domain.CeremonyStatus;
import vn.vinhdanh.award.domain.TraditionalDay;
import vn.vinhdanh.events.CeremonyOccasion;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;

/** Reads of ceremonies and the awards they present, and the traditional days a ceremony may be held on. */
@ApplicationScoped
public class CeremonyQueries {

    /** The traditional day asked for, and its next date. */
    public record NextTraditionalDay(TraditionalDay day, LocalDate date) {}

    private final Clock clock;
    private final TraditionalDayQueries days;

    public CeremonyQueries(Clock clock, TraditionalDayQueries days) {
        this.clock = clock;
        this.days = days;
    }

    public Ceremony get(UUID id) {
        return Ceremony.<Ceremony>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("ceremony", "lễ trao tặng", id));
    }

    /** One page by date, soonest first, optionally of one status and within [from, to], and how many match. */
    public Found<Ceremony> list(CeremonyStatus status, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder query = new StringBuilder("ceremonyDate >= :from and ceremonyDate <= :to");
        Parameters parameters = Parameters.with("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                .and("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        PanacheQuery<Ceremony> found = Ceremony.find(query + " order by ceremonyDate, id", parameters);
        return new Found<>(found.page(Page.of(page, size)).list(), found.count());
    }

    /** The awards of several ceremonies in one query, for list views. */
    public Map<UUID, List<Award>> awardsOf(Collection<UUID> ceremonyIds) {
        if (ceremonyIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Award.getEntityManager()
                .createQuery("""
                select ca.ceremonyId, a from CeremonyAward ca, Award a
                where a.id = ca.awardId and ca.ceremonyId in :ids
                order by ca.attachedAt, a.recipientName, a.id""", Object[].class)
                .setParameter("ids", ceremonyIds)
                .getResultList();
        return rows.stream()
                .collect(Collectors.groupingBy(
                        r -> (UUID) r[0],
                        LinkedHashMap::new,
                        Collectors.mapping(r -> (Award) r[1], Collectors.toList())));
    }

    /** The awards one ceremony presents (or, once cancelled, presented). */
    public List<Award> awardsOf(UUID ceremonyId) {
        return awardsOf(List.of(ceremonyId)).getOrDefault(ceremonyId, List.of());
    }

    /**
     * The next traditional day on or after {@code after} (today in Lào Cai when null), from the table of days: the
     * one named by {@code dayCode}, else the occasion's if one is given, else the sector's. An occasion without a
     * fixed day, or SECTOR_DAY without a day, is a 400 naming it.
     */
    public NextTraditionalDay nextTraditionalDay(
            Sector sector, CeremonyOccasion occasion, String dayCode, LocalDate after) {
        LocalDate from = after == null ? LocalDate.now(clock) : after;
        TraditionalDay day;
        if (occasion != null) {
            day = days.ofOccasion(occasion, dayCode)
                    .orElseThrow(() -> ProblemException.invalidField(
                            "occasion",
                            occasion
                                    + " has no fixed day; one of PATRIOTIC_EMULATION_DAY, TEACHERS_DAY, DOCTORS_DAY,"
                                    + " YOUTH_UNION_DAY, FAMILY_DAY, or SECTOR_DAY with day",
                            "Dịp " + occasion + " không có ngày cố định; đề nghị chọn một trong các dịp"
                                    + " PATRIOTIC_EMULATION_DAY, TEACHERS_DAY, DOCTORS_DAY, YOUTH_UNION_DAY,"
                                    + " FAMILY_DAY, hoặc SECTOR_DAY kèm ngày truyền thống."));
        } else if (dayCode != null) {
            day = days.ofOccasion(CeremonyOccasion.SECTOR_DAY, dayCode).orElseThrow();
        } else {
            day = days.ofSector(sector);
        }
        return new NextTraditionalDay(day, day.recurring().onOrAfter(from));
    }
}
