package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

public record DecisionAwardsRequest(
        @NotEmpty @Size(max = 500) List<@NotNull UUID> awardIds) {}
