package vn.vinhdanh.review.service;

import java.util.List;
import java.util.UUID;
import vn.vinhdanh.review.domain.VoteChoice;

/** A member's ballot papers; {@code inWriting} when they were absent from the meeting. */
public record CastVotes(boolean inWriting, List<Vote> votes) {

    public record Vote(UUID caseId, VoteChoice choice) {}
}
