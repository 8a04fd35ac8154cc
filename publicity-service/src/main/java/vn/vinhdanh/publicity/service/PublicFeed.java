package vn.vinhdanh.publicity.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureStatus;

/**
 * What the public feeds show: published stories, newest first, and the tombstones of killed ones. A story appears
 * only once its publication time has passed, so an embargo holds even if a clock or the scheduler misbehaves. The
 * caller passes one {@code now} to {@link #freshness} and {@link #page}, so the validators describe that page.
 */
@ApplicationScoped
public class PublicFeed {

    public static final int PAGE_SIZE = 50;

    /** Enough to answer a conditional GET without loading the page. */
    public record Freshness(long count, Instant lastModified) {

        public String etag(String representation, int page) {
            long modified = lastModified == null ? 0 : lastModified.toEpochMilli();
            return representation + "-" + count + "-" + modified + "-" + page;
        }
    }

    public Freshness freshness(StoryFilter filter, Instant now) {
        Object[] row = Feature.find(
                        "select count(f), max(f.updatedAt) from Feature f where " + where(filter),
                        parameters(filter, now))
                .project(Object[].class)
                .firstResult();
        return new Freshness(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    public StoryPage page(StoryFilter filter, int page, Instant now) {
        return StoryPage.read(where(filter), parameters(filter, now), page, PAGE_SIZE);
    }

    private static String where(StoryFilter filter) {
        return "f.status in :statuses and f.publishedAt <= :now" + filter.conditions();
    }

    private static Parameters parameters(StoryFilter filter, Instant now) {
        return filter.bind(Parameters.with("statuses", List.of(FeatureStatus.PUBLISHED, FeatureStatus.KILLED))
                .and("now", now));
    }
}
