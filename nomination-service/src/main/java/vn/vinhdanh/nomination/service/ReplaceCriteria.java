package vn.vinhdanh.nomination.service;

import java.math.BigDecimal;
import java.util.List;
import vn.vinhdanh.events.TargetGroup;

/** The whole set of a movement's criteria, all target groups together; it becomes the movement's next version. */
public record ReplaceCriteria(List<Criterion> criteria) {

    public record Criterion(
            TargetGroup targetGroup, String code, String description, BigDecimal weight, Boolean required) {}
}
