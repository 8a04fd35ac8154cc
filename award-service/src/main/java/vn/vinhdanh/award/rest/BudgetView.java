package vn.vinhdanh.award.rest;

import java.time.Instant;
import vn.vinhdanh.award.domain.Budget;

/** {@code committedVnd}: the totals of the decisions signed on this fund in this year; revocations do not refund it. */
public record BudgetView(
        int year,
        String fund,
        long amountVnd,
        long committedVnd,
        long remainingVnd,
        Instant updatedAt,
        String updatedBy) {

    static BudgetView of(Budget b) {
        return new BudgetView(
                b.key.year(), b.key.fund(), b.amountVnd, b.committedVnd, b.remainingVnd(), b.updatedAt, b.updatedBy);
    }
}
