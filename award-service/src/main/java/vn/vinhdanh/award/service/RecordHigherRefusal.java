package vn.vinhdanh.award.service;

import java.time.LocalDate;

/**
 * The higher level's refusal of an upward proposal; {@code refusedOn} may be null (today), {@code issuer} too (the
 * President, who decides every form proposed upward so far).
 */
public record RecordHigherRefusal(String reason, LocalDate refusedOn, String issuer) {}
