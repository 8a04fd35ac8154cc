package vn.vinhdanh.award.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vinhdanh.award.service.RevokeAward;
import vn.vinhdanh.events.RevocationCategory;

public record RevocationRequest(
        @NotBlank @Size(max = 2000) String reason, @NotNull RevocationCategory category) {

    RevokeAward toCommand() {
        return new RevokeAward(reason, category);
    }
}
