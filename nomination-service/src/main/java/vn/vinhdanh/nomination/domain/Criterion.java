package vn.vinhdanh.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import vn.vinhdanh.events.TargetGroup;

/** A criterion (tiêu chí) for one target group; nominations of that group must bring evidence for a required one. */
@Embeddable
public class Criterion {

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false)
    public TargetGroup targetGroup;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal weight;

    @Column(nullable = false)
    public boolean required;
}
