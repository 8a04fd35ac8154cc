package vn.vinhdanh.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What the agency puts forward for one criterion of the nominee's target group. */
@Embeddable
public class Evidence {

    @Column(name = "criterion_code", nullable = false)
    public String criterionCode;

    @Column(name = "evidence", nullable = false)
    public String text;
}
