package vn.vinhdanh.award.service;

import java.time.LocalDate;

/**
 * The higher level's decision on an upward proposal: its number ("1234/QĐ-CTN", "345/QĐ-TTg"), its date and who
 * issued it, as it names itself ("Chủ tịch nước", "Thủ tướng Chính phủ").
 */
public record RecordHigherDecision(String decisionNumber, LocalDate decisionDate, String issuer) {}
