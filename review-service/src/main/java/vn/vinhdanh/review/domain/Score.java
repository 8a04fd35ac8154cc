package vn.vinhdanh.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One criterion's score, 0 to 10 in steps of 0.1, with the reviewer's remark. */
@Embeddable
public class Score {

    @Column(name = "criterion_code", nullable = false)
    public String criterionCode;

    @Column(nullable = false, precision = 4, scale = 1)
    public BigDecimal score;

    public String comment;

    public Score() {}

    public Score(String criterionCode, BigDecimal score, String comment) {
        this.criterionCode = criterionCode;
        this.score = score;
        this.comment = comment;
    }
}
