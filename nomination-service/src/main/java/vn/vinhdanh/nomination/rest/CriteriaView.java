package vn.vinhdanh.nomination.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.nomination.domain.CriteriaVersion;
import vn.vinhdanh.nomination.domain.Criterion;

public record CriteriaView(
        UUID movementId, int version, Instant createdAt, String createdBy, List<CriterionView> criteria) {

    public record CriterionView(
            TargetGroup targetGroup, String code, String description, BigDecimal weight, boolean required) {
        static CriterionView of(Criterion criterion) {
            return new CriterionView(
                    criterion.targetGroup, criterion.code, criterion.description, criterion.weight, criterion.required);
        }
    }

    /** @param targetGroup only this group's criteria, or all when null */
    static CriteriaView of(CriteriaVersion version, TargetGroup targetGroup) {
        List<Criterion> criteria = targetGroup == null ? version.criteria : version.of(targetGroup);
        return new CriteriaView(
                version.movementId,
                version.version,
                version.createdAt,
                version.createdBy,
                criteria.stream().map(CriterionView::of).toList());
    }
}
