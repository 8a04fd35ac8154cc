package vn.vinhdanh.nomination.rest;

import jakarta.validation.constraints.Size;
import vn.vinhdanh.nomination.service.WithdrawNomination;

/** Optional body of a withdrawal: why the agency takes the nomination back, for the timeline. */
public record WithdrawalRequest(@Size(max = 2000) String reason) {

    public WithdrawNomination toCommand() {
        return new WithdrawNomination(reason);
    }
}
