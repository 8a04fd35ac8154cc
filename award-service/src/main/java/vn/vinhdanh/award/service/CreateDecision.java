package vn.vinhdanh.award.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Prepare a decision. {@code issuer} and {@code fund} may be null or blank for the configured ones; {@code awardIds}
 * may be null or empty. The components are named and ordered as the request's JSON fields: the command is the
 * fingerprint of an {@code Idempotency-Key}.
 */
public record CreateDecision(String issuer, LocalDate decisionDate, String signer, String fund, List<UUID> awardIds) {}
