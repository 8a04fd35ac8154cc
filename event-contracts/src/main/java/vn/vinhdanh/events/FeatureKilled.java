package vn.vinhdanh.events;

import java.time.Instant;
import java.util.UUID;

/** {@value EventTypes#FEATURE_KILLED}: a story was taken down for good (feeds keep a tombstone). */
public record FeatureKilled(UUID featureId, UUID nominationId, String slug, String reason, Instant killedAt) {}
