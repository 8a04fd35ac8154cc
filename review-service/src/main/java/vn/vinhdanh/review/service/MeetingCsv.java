package vn.vinhdanh.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.vinhdanh.review.domain.Ballot;
import vn.vinhdanh.review.domain.Meeting;
import vn.vinhdanh.review.domain.ReviewCase;

/**
 * The meeting's cases with scores, ballot counts, results and decisions, for the minutes: UTF-8 with a BOM (so that
 * a spreadsheet reads the Vietnamese names right), RFC 4180, and safe from formula injection.
 */
@ApplicationScoped
public class MeetingCsv {

    private final MeetingQueries meetings;

    public MeetingCsv(MeetingQueries meetings) {
        this.meetings = meetings;
    }

    public record Export(String filename, String content) {}

    public Export export(UUID meetingId) {
        Meeting meeting = meetings.get(meetingId);
        List<Ballot> ballots = meetings.ballots(meetingId);
        Map<UUID, ReviewCase> cases = MeetingQueries.casesOf(ballots);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(
                "case_id,nomination_id,round,nominee,agency,proposed_award,weighted_total,submitted_sheets,"
                        + "eligible,participants,in_writing,approvals,rejections,abstentions,ballot,carried,decision,reason\r\n");
        for (Ballot b : ballots) {
            ReviewCase c = cases.get(b.caseId);
            boolean closed = b.status == Ballot.Status.CLOSED;
            csv.append(String.join(
                            ",",
                            List.of(
                                    c.id.toString(),
                                    c.nominationId.toString(),
                                    String.valueOf(c.round),
                                    cell(c.nomineeName),
                                    cell(c.agencyCode),
                                    cell(c.proposedAward),
                                    c.weightedTotal == null ? "" : c.weightedTotal.toPlainString(),
                                    String.valueOf(c.submittedSheets),
                                    String.valueOf(b.eligible),
                                    String.valueOf(b.participants),
                                    String.valueOf(b.inWriting),
                                    closed ? String.valueOf(b.approvals) : "",
                                    closed ? String.valueOf(b.rejections) : "",
                                    closed ? String.valueOf(b.abstentions) : "",
                                    b.status.name(),
                                    b.passed == null ? "" : String.valueOf(b.passed),
                                    c.outcome == null ? "" : c.outcome.name(),
                                    cell(c.reason))))
                    .append("\r\n");
        }
        String filename =
                "meeting-" + meeting.heldOn + "-" + meetingId.toString().substring(0, 8) + ".csv";
        return new Export(filename, csv.toString());
    }

    /** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
