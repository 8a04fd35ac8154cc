package vn.vinhdanh.publicity.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.province.ProvinceClock;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureCorrection;
import vn.vinhdanh.publicity.domain.FeatureStatus;

/**
 * What the public news pages show: published stories only (a killed one vanishes, a scheduled one waits for its
 * time), newest first, and the honour roll's counts. Every query runs on an index that starts with the status.
 */
@ApplicationScoped
public class PublicNews {

    public static final int PAGE_SIZE = 20;

    /** The year of publication as the province counts it. */
    private static final String YEAR_IN_VIETNAM =
            "cast(extract(year from published_at at time zone '" + ProvinceClock.ZONE.getId() + "') as int)";

    /** What a story's address shows: the story, a 410 for a killed one, or a 404 for anything never public. */
    public sealed interface Lookup {}

    public record Visible(Feature feature, List<FeatureCorrection> corrections) implements Lookup {}

    public record Gone(Feature feature) implements Lookup {}

    public record Missing() implements Lookup {}

    /** Counts of published stories, each map in display order. */
    public record HonourRoll(
            long total, Map<Integer, Long> byYear, Map<Level, Long> byLevel, Map<Sector, Long> bySector) {}

    private final Clock clock;

    public PublicNews(Clock clock) {
        this.clock = clock;
    }

    public StoryPage page(StoryFilter filter, int page) {
        return StoryPage.read(
                "f.status = :status and f.publishedAt <= :now" + filter.conditions(),
                filter.bind(Parameters.with("status", FeatureStatus.PUBLISHED).and("now", Instant.now(clock))),
                page,
                PAGE_SIZE);
    }

    public Lookup story(String slug) {
        Feature feature = Feature.<Feature>find("slug", slug).firstResult();
        if (feature == null || feature.publishedAt == null || feature.publishedAt.isAfter(Instant.now(clock))) {
            return new Missing();
        }
        return switch (feature.status) {
            case PUBLISHED -> new Visible(feature, FeatureCorrection.of(feature.id));
            case KILLED -> new Gone(feature);
            default -> new Missing();
        };
    }

    public HonourRoll honourRoll() {
        Instant now = Instant.now(clock);
        Map<Integer, Long> byYear = new LinkedHashMap<>();
        for (Object[] row : counts(YEAR_IN_VIETNAM, now)) {
            byYear.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        Map<Level, Long> byLevel = new EnumMap<>(Level.class);
        for (Object[] row : counts("level", now)) {
            byLevel.put(Level.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        Map<Sector, Long> bySector = new EnumMap<>(Sector.class);
        for (Object[] row : counts("sector", now)) {
            bySector.put(Sector.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        long total = byYear.values().stream().mapToLong(Long::longValue).sum();
        return new HonourRoll(total, byYear, byLevel, bySector);
    }

    /** Published stories counted by one column (an expression of trusted text, never of input), in its order. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> counts(String column, Instant now) {
        return Panache.getEntityManager()
                .createNativeQuery("select " + column + " as k, count(*) from feature"
                        + " where status = 'PUBLISHED' and published_at <= :now group by 1 order by 1")
                .setParameter("now", now)
                .getResultList();
    }
}
