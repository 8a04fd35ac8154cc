package vn.vinhdanh.review.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import vn.vinhdanh.review.service.SaveScoreSheet;

/** Scores 0 to 10 (one decimal) per criterion of the nomination's criteria snapshot. */
public record ScoreSheetRequest(
        @NotNull @Size(max = 100) List<@NotNull @Valid Item> scores,
        @Size(max = 5000) String comment) {

    public SaveScoreSheet toCommand() {
        return new SaveScoreSheet(scores.stream().map(Item::toCommand).toList(), comment);
    }

    public record Item(
            @NotBlank @Size(max = 30) String criterionCode,
            @NotNull BigDecimal score,
            @Size(max = 2000) String comment) {

        SaveScoreSheet.Item toCommand() {
            return new SaveScoreSheet.Item(criterionCode, score, comment);
        }
    }
}
