package vn.vinhdanh.nomination.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NominationCsvTest {

    @Test
    void cellsAreQuotedAsRfc4180SaysAndFormulasAreDefused() {
        assertThat(NominationCsv.cell("Lò Thị Mai")).isEqualTo("Lò Thị Mai");
        assertThat(NominationCsv.cell("Bản Lầu, Mường Khương")).isEqualTo("\"Bản Lầu, Mường Khương\"");
        assertThat(NominationCsv.cell("Đội \"Thắp sáng\"")).isEqualTo("\"Đội \"\"Thắp sáng\"\"\"");
        assertThat(NominationCsv.cell("dòng 1\r\ndòng 2")).isEqualTo("\"dòng 1\r\ndòng 2\"");
        assertThat(NominationCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(NominationCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(NominationCsv.cell(null)).isEmpty();
    }
}
