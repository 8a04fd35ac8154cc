package vn.vinhdanh.award.rest;

import java.time.LocalDate;
import vn.vinhdanh.award.domain.BaseSalary;

/** In force from {@code effectiveFrom} until the next row's date; {@code revision} counts its corrections from 1. */
public record BaseSalaryView(LocalDate effectiveFrom, long amountVnd, String legalBasis, int revision) {

    static BaseSalaryView of(BaseSalary s) {
        return new BaseSalaryView(s.effectiveFrom, s.amountVnd, s.legalBasis, s.revision);
    }
}
