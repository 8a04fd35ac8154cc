package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import vn.vinhdanh.award.domain.AwardStatus;

/** Counts and amounts of the awards granted in a year, each breakdown one GROUP BY in the database. */
@ApplicationScoped
public class AwardStatisticsQueries {

    private final EntityManager entityManager;

    public AwardStatisticsQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Group(String key, long awards, long amountVnd) {}

    public record YearStatistics(
            int year,
            long awards,
            long amountVnd,
            List<Group> byLevel,
            List<Group> bySector,
            List<Group> byAwardType,
            List<Group> byRecipientKind) {}

    /** Granted awards only, counted in the year of their decision: revoked and draft awards are not in it. */
    public YearStatistics of(int year) {
        List<Group> byLevel = groupBy("a.level", year);
        return new YearStatistics(
                year,
                byLevel.stream().mapToLong(Group::awards).sum(),
                byLevel.stream().mapToLong(Group::amountVnd).sum(),
                byLevel,
                groupBy("a.sector", year),
                groupBy("a.awardCode", year),
                groupBy("a.recipientKind", year));
    }

    /** {@code dimension} is one of the fixed attribute paths above, never caller input. */
    private List<Group> groupBy(String dimension, int year) {
        return entityManager
                .createQuery(
                        "select " + dimension + ", count(a), sum(a.amountVnd) from Award a"
                                + " where a.status = :granted and a.decisionDate between :from and :to"
                                + " group by " + dimension + " order by " + dimension,
                        Object[].class)
                .setParameter("granted", AwardStatus.GRANTED)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream()
                .map(row ->
                        new Group(String.valueOf(row[0]), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }
}
