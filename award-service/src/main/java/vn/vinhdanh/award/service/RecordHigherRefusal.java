package vn.vinhdanh.award.service;

import java.time.LocalDate;

/**
 * The higher level's refusal of an upward proposal; {@code refusedOn} may be null (today), {@code issuer} too (the
 * authority the proposal went to: the President, or the Prime Minister for his forms).
 */
public record RecordHigherRefusal(String reason, LocalDate refusedOn, String issuer) {}
