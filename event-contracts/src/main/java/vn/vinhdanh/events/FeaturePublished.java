package vn.vinhdanh.events;

import java.time.Instant;
import java.util.UUID;

/** {@value EventTypes#FEATURE_PUBLISHED} */
public record FeaturePublished(UUID featureId, UUID nominationId, String slug, String title, Instant publishedAt) {}
