package vn.vinhdanh.review.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.vinhdanh.review.domain.ScoreSheet;

public record ScoreSheetView(
        String memberId,
        ScoreSheet.Status status,
        BigDecimal weightedTotal,
        String comment,
        Instant submittedAt,
        Instant updatedAt,
        List<Item> scores) {

    public record Item(String criterionCode, BigDecimal score, String comment) {}

    static ScoreSheetView of(ScoreSheet sheet) {
        return new ScoreSheetView(
                sheet.key.memberId(),
                sheet.status,
                sheet.weightedTotal,
                sheet.comment,
                sheet.submittedAt,
                sheet.updatedAt,
                sheet.scores.stream()
                        .map(s -> new Item(s.criterionCode, s.score, s.comment))
                        .toList());
    }
}
