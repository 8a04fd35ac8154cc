package vn.vinhdanh.events;

import java.time.Instant;
import java.util.UUID;

/** {@value EventTypes#FEATURE_DRAFTED} */
public record FeatureDrafted(UUID featureId, UUID nominationId, String title, Instant draftedAt) {}
