package vn.vinhdanh.award.service;

import java.time.LocalDate;

/** The province's submission of an upward proposal: its Tờ trình "109/TTr-UBND" and the date it went up. */
public record SubmitUpward(String submissionNumber, LocalDate submittedOn) {}
