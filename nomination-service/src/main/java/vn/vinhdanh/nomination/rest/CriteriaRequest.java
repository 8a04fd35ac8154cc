package vn.vinhdanh.nomination.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.nomination.service.ReplaceCriteria;

/** The whole set of a movement's criteria, all target groups together; it replaces the current set as a new version. */
public record CriteriaRequest(@NotNull @Size(max = 300) List<@NotNull @Valid CriterionRequest> criteria) {

    public ReplaceCriteria toCommand() {
        return new ReplaceCriteria(
                criteria.stream().map(CriterionRequest::toCommand).toList());
    }

    public record CriterionRequest(
            @NotNull TargetGroup targetGroup,

            @NotBlank
            @Size(max = 30)
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' and '-' only")
            String code,

            @NotBlank @Size(max = 2000) String description,

            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal weight,

            @NotNull Boolean required) {

        ReplaceCriteria.Criterion toCommand() {
            return new ReplaceCriteria.Criterion(targetGroup, code, description, weight, required);
        }
    }
}
