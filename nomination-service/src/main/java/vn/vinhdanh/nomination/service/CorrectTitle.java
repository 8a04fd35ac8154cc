package vn.vinhdanh.nomination.service;

/**
 * @param proposedAward the title to propose instead of the blocked one: a code of the award catalogue
 * @param reason        why, for the timeline and award-service; required, at most 2000 characters
 */
public record CorrectTitle(String proposedAward, String reason) {}
