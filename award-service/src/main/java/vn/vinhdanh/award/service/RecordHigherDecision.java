package vn.vinhdanh.award.service;

import java.time.LocalDate;

/**
 * The higher level's decision on an upward proposal: its number ("1234/QĐ-CTN", "345/QĐ-TTg"), its date and who
 * issued it, as it names itself ("Chủ tịch nước", "Thủ tướng Chính phủ"); {@code fund} is the province's fund that pays
 * the reward, null or blank for the configured one.
 */
public record RecordHigherDecision(String decisionNumber, LocalDate decisionDate, String issuer, String fund) {}
