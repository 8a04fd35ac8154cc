package vn.vinhdanh.award.rest;

import java.time.LocalDate;
import vn.vinhdanh.award.domain.BaseSalary;

/** In force from {@code effectiveFrom} until the next row's date. */
public record BaseSalaryView(LocalDate effectiveFrom, long amountVnd, String legalBasis) {

    static BaseSalaryView of(BaseSalary s) {
        return new BaseSalaryView(s.effectiveFrom, s.amountVnd, s.legalBasis);
    }
}
