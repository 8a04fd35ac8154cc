package vn.vinhdanh.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quorum and threshold arithmetic at its edges, in integers: no rounding decides a vote. */
class TallyTest {

    @ParameterizedTest(name = "{0} members, {1} approvals of {2} ballots → carried: {3}")
    @CsvSource({
        // at least 90 % of all members (Decree 91/2017 Art. 45(8))
        "10, 9, 10, true",
        "10, 8, 10, false",
        "11, 10, 11, true", // 90 % of 11 is 9.9: 10 approvals needed
        "11, 9, 11, false",
        "20, 18, 18, true", // absent members count against: 18 of 20 is exactly 90 %
        "20, 17, 20, false",
        "9, 9, 9, true",
        "9, 8, 9, false", // 88.9 %
    })
    void ninetyPercentOfAllMembers(int members, int approvals, int ballots, boolean carried) {
        Tally tally = new Tally(members, ballots, approvals, ballots - approvals, 0);
        assertThat(tally.evaluate(50, false, 90, true, VoteRule.Base.ALL_MEMBERS)
                        .passed())
                .isEqualTo(carried);
    }

    @ParameterizedTest(name = "{0} ballots, {1} approvals, {2} abstentions → carried: {3}")
    @CsvSource({
        "4, 3, 0, true",
        "4, 2, 0, false", // a tie is not a majority
        "5, 3, 0, true",
        "6, 3, 1, false", // abstentions are ballots cast
        "7, 4, 2, true",
    })
    void simpleMajorityOfBallotsCast(int ballots, int approvals, int abstentions, boolean carried) {
        Tally tally = new Tally(7, ballots, approvals, ballots - approvals - abstentions, abstentions);
        assertThat(tally.evaluate(50, false, 50, false, VoteRule.Base.VOTES_CAST)
                        .passed())
                .isEqualTo(carried);
    }

    @ParameterizedTest(name = "{0} of {1} members took part → quorum: {2}")
    @CsvSource({
        "5, 10, false", // more than half: 5 of 10 is not enough
        "6, 10, true",
        "4, 7, true",
        "3, 7, false",
        "0, 0, false", // a council without eligible members never has a quorum
    })
    void quorumOfMoreThanHalf(int participants, int eligible, boolean quorum) {
        Tally tally = new Tally(eligible, participants, participants, 0, 0);
        Tally.Result result = tally.evaluate(50, false, 50, false, VoteRule.Base.VOTES_CAST);
        assertThat(result.quorumMet()).isEqualTo(quorum);
        assertThat(result.passed()).isEqualTo(quorum);
    }

    @ParameterizedTest(name = "80 % inclusive of {0} ballots with {1} approvals → {2}")
    @CsvSource({"10, 8, true", "10, 7, false", "6, 5, true", "6, 4, false"})
    void eightyPercentOfBallotsCast(int ballots, int approvals, boolean carried) {
        Tally tally = new Tally(ballots, ballots, approvals, ballots - approvals, 0);
        assertThat(tally.evaluate(50, false, 80, true, VoteRule.Base.VOTES_CAST).passed())
                .isEqualTo(carried);
    }
}
