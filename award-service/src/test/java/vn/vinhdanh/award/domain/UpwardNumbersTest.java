package vn.vinhdanh.award.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The forms of the province's submission and of the higher decision's number. */
class UpwardNumbersTest {

    @Test
    void aSubmissionReadsAsDigitsSlashTTrUbnd() {
        assertThat(UpwardNumbers.isSubmission("109/TTr-UBND")).isTrue();
        assertThat(UpwardNumbers.isSubmission(" 1/TTr-UBND ")).isTrue();
        assertThat(UpwardNumbers.isSubmission("109/QĐ-UBND")).isFalse();
        assertThat(UpwardNumbers.isSubmission("TTr-UBND")).isFalse();
        assertThat(UpwardNumbers.isSubmission("0/TTr-UBND")).isFalse();
        assertThat(UpwardNumbers.isSubmission("109/2025/TTr-UBND")).isFalse();
    }

    @Test
    void aHigherDecisionCarriesThePresidentsOrThePrimeMinistersSign() {
        assertThat(UpwardNumbers.decision("1234/QĐ-CTN")).contains(new UpwardNumbers.Decision(1234, "QĐ-CTN"));
        assertThat(UpwardNumbers.decision("345/QĐ-TTg")).contains(new UpwardNumbers.Decision(345, "QĐ-TTg"));
        assertThat(UpwardNumbers.decision("1234/QĐ-UBND")).isEmpty();
        assertThat(UpwardNumbers.decision("1234/QD-CTN")).isEmpty();
        assertThat(UpwardNumbers.signOf(Authority.PRESIDENT)).isEqualTo("QĐ-CTN");
        assertThatThrownBy(() -> UpwardNumbers.signOf(Authority.PROVINCE_CHAIRMAN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
