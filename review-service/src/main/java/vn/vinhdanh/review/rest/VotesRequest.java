package vn.vinhdanh.review.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.review.domain.VoteChoice;
import vn.vinhdanh.review.service.CastVotes;

/** A member's ballot papers; {@code inWriting} when they were absent from the meeting. */
public record VotesRequest(
        @NotNull Boolean inWriting,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Vote> votes) {

    public CastVotes toCommand() {
        return new CastVotes(inWriting, votes.stream().map(Vote::toCommand).toList());
    }

    public record Vote(@NotNull UUID caseId, @NotNull VoteChoice choice) {

        CastVotes.Vote toCommand() {
            return new CastVotes.Vote(caseId, choice);
        }
    }
}
