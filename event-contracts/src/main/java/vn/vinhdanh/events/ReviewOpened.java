package vn.vinhdanh.events;

import java.time.Instant;
import java.util.UUID;

/** {@value EventTypes#REVIEW_OPENED} */
public record ReviewOpened(UUID caseId, UUID nominationId, int round, Instant openedAt) {}
