package vn.vinhdanh.nomination.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.vinhdanh.events.AwardUpwardProposal;

/**
 * What the agency reads on its timeline for each stage of an upward proposal, in the words of its papers: "Đã đề nghị
 * cấp trên khen thưởng", "UBND tỉnh đã trình Thủ tướng Chính phủ (Tờ trình số 109/TTr-UBND, ngày 10/09/2025)", "Cấp
 * trên không khen thưởng: …". Dates as Vietnamese papers write them, day first.
 */
final class UpwardProposalNotes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private UpwardProposalNotes() {}

    static String of(AwardUpwardProposal p) {
        String who = p.higherAuthority() == null ? "cấp trên" : p.higherAuthority();
        String form = p.awardName() == null ? p.awardCode() : p.awardName();
        return switch (p.stage()) {
            case PROPOSED -> "Đã đề nghị cấp trên khen thưởng: " + form + " (" + who + " quyết định)";
            case SUBMITTED ->
                "UBND tỉnh đã trình " + who + " (Tờ trình số " + p.submissionNumber() + ", ngày " + day(p.submittedOn())
                        + "): " + form;
            case REFUSED ->
                "Cấp trên không khen thưởng: " + p.refusalReason() + " (" + who + ", ngày " + day(p.refusedOn()) + ")";
        };
    }

    private static String day(LocalDate date) {
        return date == null ? "…" : DAY.format(date);
    }
}
