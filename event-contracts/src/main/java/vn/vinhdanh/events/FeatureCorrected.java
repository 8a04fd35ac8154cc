package vn.vinhdanh.events;

import java.time.Instant;
import java.util.UUID;

/** {@value EventTypes#FEATURE_CORRECTED}: a published story was corrected; it stays published. */
public record FeatureCorrected(UUID featureId, UUID nominationId, String slug, String note, Instant correctedAt) {}
