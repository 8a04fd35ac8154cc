package vn.vinhdanh.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

    @ParameterizedTest(name = "{0} seats, {1} recused, {2} approvals, base {3} → carried: {4}")
    @CsvSource({
        // the decree's base is the whole council: a recused member cannot approve, so counts against
        "7, 1, 6, FULL_MEMBERSHIP, false", // 6/7 = 85.7 %
        "10, 1, 9, FULL_MEMBERSHIP, true", // 9/10 = 90 %
        "7, 1, 6, VOTING_MEMBERS, true", // 6/6: the recused member leaves the base
        "10, 2, 8, VOTING_MEMBERS, true",
        "10, 2, 7, VOTING_MEMBERS, false",
    })
    void aRecusedMemberUnderEachMemberBase(
            int seats, int recused, int approvals, VoteRule.MemberBase memberBase, boolean carried) {
        Tally tally = new Tally(seats, seats - recused, approvals, approvals, 0, 0);
        assertThat(tally.evaluate(50, false, 90, true, VoteRule.Base.ALL_MEMBERS, memberBase)
                        .passed())
                .isEqualTo(carried);
    }

    @Test
    void theExplanationShowsTheArithmeticAndItsBase() {
        Tally tally = new Tally(7, 6, 6, 6, 0, 0);
        Tally.Result full =
                tally.evaluate(50, false, 90, true, VoteRule.Base.ALL_MEMBERS, VoteRule.MemberBase.FULL_MEMBERSHIP);
        assertThat(full.explanation())
                .contains("6 of 7 members took part")
                .endsWith("6/7 = 85.7 % < 90 % (base: all 7 members, 1 recused counted as not approving)");
        assertThat(full.explanationVi())
                .contains("6 phiếu đồng ý trên 7 thành viên = 85,7 % (cần ≥ 90 %: không đạt)")
                .contains(
                        "toàn bộ 7 thành viên Hội đồng, trong đó 1 thành viên có xung đột lợi ích được tính là không đồng ý");
        Tally.Result voting =
                tally.evaluate(50, false, 90, true, VoteRule.Base.ALL_MEMBERS, VoteRule.MemberBase.VOTING_MEMBERS);
        assertThat(voting.explanation())
                .endsWith("6/6 = 100.0 % ≥ 90 % (base: the 6 members entitled to vote, 1 recused left out)");
        // 89.95 % is cut to 89.9, never rounded up to the 90 it did not reach
        Tally.Result short1 =
                new Tally(2000, 2000, 1799, 201, 0).evaluate(50, false, 90, true, VoteRule.Base.ALL_MEMBERS);
        assertThat(short1.explanation()).contains("1799/2000 = 89.9 % < 90 %");
        Tally.Result majority = new Tally(7, 4, 2, 2, 0).evaluate(50, false, 50, false, VoteRule.Base.VOTES_CAST);
        assertThat(majority.explanation()).endsWith("2/4 = 50.0 % ≤ 50 % (base: the 4 ballots cast)");
    }
}
