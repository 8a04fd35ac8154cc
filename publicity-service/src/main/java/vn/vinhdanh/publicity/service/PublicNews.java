package vn.vinhdanh.publicity.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
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

    public record Page(List<Feature> entries, Map<UUID, List<FeatureCorrection>> corrections, boolean hasNext) {
    }

    /** What a story's address shows: the story, a 410 for a killed one, or a 404 for anything never public. */
    public sealed interface Lookup {
    }

    public record Visible(Feature feature, List<FeatureCorrection> corrections) implements Lookup {
    }

    public record Gone(Feature feature) implements Lookup {
    }

    public record Missing() implements Lookup {
    }

    /** Counts of published stories, each map in display order. */
    public record HonourRoll(long total, Map<Integer, Long> byYear, Map<Level, Long> byLevel,
            Map<Sector, Long> bySector) {
    }

    public Page page(PublicFeed.Filter filter, int page, Instant now) {
        StringBuilder where = new StringBuilder("f.status = :status and f.publishedAt <= :now");
        Parameters parameters = Parameters.with("status", FeatureStatus.PUBLISHED).and("now", now);
        if (filter.sector() != null) {
            where.append(" and f.sector = :sector");
            parameters.and("sector", filter.sector());
        }
        if (filter.level() != null) {
            where.append(" and f.level = :level");
            parameters.and("level", filter.level());
        }
        List<Feature> rows = Feature.<Feature>find("from Feature f where " + where
                        + " order by f.publishedAt desc, f.id", parameters)
                .range(page * PAGE_SIZE, page * PAGE_SIZE + PAGE_SIZE).list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        List<Feature> entries = hasNext ? rows.subList(0, PAGE_SIZE) : rows;
        Map<UUID, List<FeatureCorrection>> corrections = FeatureCorrection
                .ofAll(entries.stream().map(feature -> feature.id).toList()).stream()
                .collect(Collectors.groupingBy(correction -> correction.featureId));
        return new Page(entries, corrections, hasNext);
    }

    public Lookup story(String slug, Instant now) {
        Feature feature = Feature.<Feature>find("slug", slug).firstResult();
        if (feature == null || feature.publishedAt == null || feature.publishedAt.isAfter(now)) {
            return new Missing();
        }
        return switch (feature.status) {
            case PUBLISHED -> new Visible(feature, FeatureCorrection.of(feature.id));
            case KILLED -> new Gone(feature);
            default -> new Missing();
        };
    }

    public HonourRoll honourRoll(Instant now) {
        Map<Integer, Long> byYear = new LinkedHashMap<>();
        for (Object[] row : counts("cast(extract(year from published_at at time zone 'Asia/Ho_Chi_Minh') as int)",
                now)) {
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
        return Panache.getEntityManager().createNativeQuery("select " + column + " as k, count(*) from feature"
                        + " where status = 'PUBLISHED' and published_at <= :now group by 1 order by 1")
                .setParameter("now", now)
                .getResultList();
    }
}
