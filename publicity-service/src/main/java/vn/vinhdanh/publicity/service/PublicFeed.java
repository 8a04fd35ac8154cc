package vn.vinhdanh.publicity.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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
 * What the public feeds show: published stories, newest first, and the tombstones of killed ones. A story appears
 * only once its publication time has passed, so an embargo holds even if a clock or the scheduler misbehaves.
 */
@ApplicationScoped
public class PublicFeed {

    public static final int PAGE_SIZE = 50;

    public record Filter(Sector sector, Level level) {
    }

    /** Enough to answer a conditional GET without loading the page. */
    public record Freshness(long count, Instant lastModified) {

        public String etag(String representation, int page) {
            long modified = lastModified == null ? 0 : lastModified.toEpochMilli();
            return representation + "-" + count + "-" + modified + "-" + page;
        }
    }

    public record Page(List<Feature> entries, Map<UUID, List<FeatureCorrection>> corrections, boolean hasNext) {
    }

    public Freshness freshness(Filter filter, Instant now) {
        Object[] row = Feature.find("select count(f), max(f.updatedAt) from Feature f where " + where(filter),
                parameters(filter, now)).project(Object[].class).firstResult();
        return new Freshness(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    public Page page(Filter filter, int page, Instant now) {
        List<Feature> rows = Feature.<Feature>find("from Feature f where " + where(filter)
                        + " order by f.publishedAt desc, f.id", parameters(filter, now))
                .range(page * PAGE_SIZE, page * PAGE_SIZE + PAGE_SIZE).list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        List<Feature> entries = hasNext ? rows.subList(0, PAGE_SIZE) : rows;
        Map<UUID, List<FeatureCorrection>> corrections = FeatureCorrection
                .ofAll(entries.stream().map(feature -> feature.id).toList()).stream()
                .collect(Collectors.groupingBy(correction -> correction.featureId));
        return new Page(entries, corrections, hasNext);
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder("f.status in :statuses and f.publishedAt <= :now");
        if (filter.sector() != null) {
            where.append(" and f.sector = :sector");
        }
        if (filter.level() != null) {
            where.append(" and f.level = :level");
        }
        return where.toString();
    }

    private static Parameters parameters(Filter filter, Instant now) {
        Parameters parameters = Parameters.with("statuses", List.of(FeatureStatus.PUBLISHED, FeatureStatus.KILLED))
                .and("now", now);
        if (filter.sector() != null) {
            parameters.and("sector", filter.sector());
        }
        if (filter.level() != null) {
            parameters.and("level", filter.level());
        }
        return parameters;
    }
}
