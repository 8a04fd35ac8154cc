package vn.vinhdanh.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vinhdanh.award.config.AwardConfig;
import vn.vinhdanh.award.domain.Award;
import vn.vinhdanh.problem.ProblemException;

/**
 * The quota of Chiến sĩ thi đua cơ sở: at most 15% (configurable) of the unit's Lao động tiên tiến of the same
 * emulation year (NĐ 91/2017 Art. 9(3)). The unit is the nominating agency and the year the movement's year, both
 * recorded on awards drafted since V4; awards without them are outside the quota (it cannot be told).
 */
@ApplicationScoped
public class Quotas {

    public static final String CSTD_CO_SO = "CHIEN_SI_THI_DUA_CO_SO";
    public static final String LAO_DONG_TIEN_TIEN = "LAO_DONG_TIEN_TIEN";

    record Unit(String agencyCode, int year) {}

    private final AwardConfig config;
    private final EntityManager entityManager;

    public Quotas(AwardConfig config, EntityManager entityManager) {
        this.config = config;
        this.entityManager = entityManager;
    }

    /** Called while signing, before the awards are granted: {@code awards} are those the decision will grant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkCstdCoSo(Collection<Award> awards) {
        Map<Unit, Long> newCstd = count(awards, CSTD_CO_SO);
        if (newCstd.isEmpty()) {
            return;
        }
        Map<Unit, Long> newLdtt = count(awards, LAO_DONG_TIEN_TIEN);
        // one signer per unit and year at a time, in a fixed order, so two decisions cannot both take the last place
        List<Unit> units = newCstd.keySet().stream()
                .sorted(Comparator.comparing(Unit::agencyCode).thenComparing(Unit::year))
                .toList();
        for (Unit unit : units) {
            AdvisoryLock.hold(entityManager, "quota:" + unit.agencyCode() + ":" + unit.year());
        }
        for (Unit unit : units) {
            Map<String, Long> granted = entityManager
                    .createQuery("""
                    select a.awardCode, count(a) from Award a
                    where a.status = vn.vinhdanh.award.domain.AwardStatus.GRANTED and a.agencyCode = :agency and a.movementYear = :year
                      and a.awardCode in :codes
                    group by a.awardCode""", Object[].class)
                    .setParameter("agency", unit.agencyCode())
                    .setParameter("year", unit.year())
                    .setParameter("codes", List.of(CSTD_CO_SO, LAO_DONG_TIEN_TIEN))
                    .getResultStream()
                    .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
            long cstd = granted.getOrDefault(CSTD_CO_SO, 0L) + newCstd.get(unit);
            long ldtt = granted.getOrDefault(LAO_DONG_TIEN_TIEN, 0L) + newLdtt.getOrDefault(unit, 0L);
            long allowed = ldtt * config.cstdCoSoQuotaPercent() / 100;
            if (cstd > allowed) {
                throw ProblemException.conflict(
                        "quota-exceeded",
                        unit.agencyCode() + ", " + unit.year() + ": "
                                + cstd + " Chiến sĩ thi đua cơ sở would be granted, but "
                                + config.cstdCoSoQuotaPercent()
                                + "% of its " + ldtt + " Lao động tiên tiến allows " + allowed,
                        "Đơn vị " + unit.agencyCode() + ", năm " + unit.year() + " vượt chỉ tiêu: sẽ có " + cstd
                                + " Chiến sĩ thi đua cơ sở, nhưng tỷ lệ khen thưởng "
                                + config.cstdCoSoQuotaPercent() + "% trên " + ldtt
                                + " Lao động tiên tiến chỉ cho phép " + allowed + ".");
            }
        }
    }

    private static Map<Unit, Long> count(Collection<Award> awards, String code) {
        return awards.stream()
                .filter(a -> code.equals(a.awardCode) && a.agencyCode != null && a.movementYear != null)
                .collect(Collectors.groupingBy(a -> new Unit(a.agencyCode, a.movementYear), Collectors.counting()));
    }
}
