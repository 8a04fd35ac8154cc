package vn.vinhdanh.review.service;

import java.math.BigDecimal;
import java.util.List;

/** A reviewer's draft scores, 0 to 10 (one decimal) per criterion of the nomination's criteria snapshot. */
public record SaveScoreSheet(List<Item> scores, String comment) {

    public record Item(String criterionCode, BigDecimal score, String comment) {}
}
