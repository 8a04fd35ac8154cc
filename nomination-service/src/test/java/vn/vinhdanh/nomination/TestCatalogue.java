package vn.vinhdanh.nomination;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.vinhdanh.events.AwardTypePublished;
import vn.vinhdanh.events.AwardTypePublished.Grant;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.nomination.service.AwardCatalogue;

/**
 * The part of award-service's catalogue these tests propose, as its {@code award-type.published.v1} events say it,
 * recorded at start through the consumer's own use case (award-service does not run here; CatalogueConsumerTest
 * sends the event over the broker).
 */
@ApplicationScoped
public class TestCatalogue {

    static final LocalDate ALWAYS = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);

    static final List<AwardTypePublished> ENTRIES = List.of(
            entry(
                    "BANG_KHEN_CHU_TICH_UBND_TINH",
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                    "Provincial Chairman's Certificate of Merit",
                    List.of(NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE),
                    province()),
            entry(
                    "CHIEN_SI_THI_DUA_CAP_TINH",
                    "Chiến sĩ thi đua cấp tỉnh",
                    "Provincial Emulation Fighter",
                    List.of(NomineeKind.INDIVIDUAL),
                    province()),
            entry(
                    "CO_THI_DUA_UBND_TINH",
                    "Cờ thi đua của Ủy ban nhân dân tỉnh",
                    "Provincial People's Committee Emulation Flag",
                    List.of(NomineeKind.COLLECTIVE),
                    province()),
            entry(
                    "GIAY_KHEN",
                    "Giấy khen",
                    "Certificate of Commendation",
                    List.of(NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE),
                    List.of(
                            new Grant(
                                    Level.DEPARTMENT,
                                    "UNIT_HEAD",
                                    "Thủ trưởng cơ quan, đơn vị, doanh nghiệp",
                                    ALWAYS,
                                    null),
                            new Grant(
                                    Level.ENTERPRISE,
                                    "UNIT_HEAD",
                                    "Thủ trưởng cơ quan, đơn vị, doanh nghiệp",
                                    ALWAYS,
                                    null),
                            new Grant(
                                    Level.DISTRICT,
                                    "DISTRICT_CHAIRMAN",
                                    "Chủ tịch Ủy ban nhân dân cấp huyện",
                                    ALWAYS,
                                    LAST_DAY_OF_DISTRICTS))),
            entry(
                    "GIAY_KHEN_CHU_TICH_UBND_XA",
                    "Giấy khen của Chủ tịch UBND cấp xã",
                    "Commune Chairman's Certificate of Commendation",
                    List.of(NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE),
                    List.of(new Grant(
                            Level.COMMUNE, "COMMUNE_CHAIRMAN", "Chủ tịch Ủy ban nhân dân cấp xã", ALWAYS, null))),
            entry(
                    "GIA_DINH_VAN_HOA",
                    "Gia đình văn hóa",
                    "Cultural Family",
                    List.of(NomineeKind.HOUSEHOLD),
                    List.of(new Grant(
                            Level.COMMUNE, "COMMUNE_CHAIRMAN", "Chủ tịch Ủy ban nhân dân cấp xã", ALWAYS, null))),
            entry(
                    "LAO_DONG_TIEN_TIEN",
                    "Lao động tiên tiến",
                    "Advanced Worker",
                    List.of(NomineeKind.INDIVIDUAL),
                    List.of(
                            new Grant(
                                    Level.COMMUNE, "COMMUNE_CHAIRMAN", "Chủ tịch Ủy ban nhân dân cấp xã", ALWAYS, null),
                            new Grant(
                                    Level.DEPARTMENT,
                                    "UNIT_HEAD",
                                    "Thủ trưởng cơ quan, đơn vị, doanh nghiệp",
                                    ALWAYS,
                                    null),
                            new Grant(
                                    Level.DISTRICT,
                                    "DISTRICT_CHAIRMAN",
                                    "Chủ tịch Ủy ban nhân dân cấp huyện",
                                    ALWAYS,
                                    LAST_DAY_OF_DISTRICTS))));

    private final AwardCatalogue catalogue;

    public TestCatalogue(AwardCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Transactional
    void record(@Observes StartupEvent start) {
        ENTRIES.forEach(catalogue::record);
    }

    private static List<Grant> province() {
        return List.of(new Grant(Level.PROVINCE, "PROVINCE_CHAIRMAN", "Chủ tịch Ủy ban nhân dân tỉnh", ALWAYS, null));
    }

    private static AwardTypePublished entry(
            String code, String nameVi, String nameEn, List<NomineeKind> kinds, List<Grant> grants) {
        return new AwardTypePublished(code, nameVi, nameEn, kinds, grants, 1, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
