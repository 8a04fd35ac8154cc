package vn.vinhdanh.publicity.service;

import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureCorrection;

/** A page of public stories, newest first, with their corrections; {@code hasNext} when another page follows. */
public record StoryPage(List<Feature> entries, Map<UUID, List<FeatureCorrection>> corrections, boolean hasNext) {

    /**
     * Reads page {@code page} of the features {@code f} matching {@code where}: one row more than the page holds
     * tells whether another follows, and the page's corrections come in one query.
     */
    static StoryPage read(String where, Parameters parameters, int page, int size) {
        List<Feature> rows = Feature.<Feature>find(
                        "from Feature f where " + where + " order by f.publishedAt desc, f.id", parameters)
                .range(page * size, page * size + size)
                .list();
        boolean hasNext = rows.size() > size;
        List<Feature> entries = hasNext ? rows.subList(0, size) : rows;
        Map<UUID, List<FeatureCorrection>> corrections =
                FeatureCorrection.ofAll(
                                entries.stream().map(feature -> feature.id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(correction -> correction.featureId));
        return new StoryPage(entries, corrections, hasNext);
    }
}
