package vn.vinhdanh.nomination.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NominationCsvExportTest {

    @Test
    void cellsAreQuotedAsRfc4180SaysAndFormulasAreDefused() {
        assertThat(NominationCsvExport.cell("Lò Thị Mai")).isEqualTo("Lò Thị Mai");
        assertThat(NominationCsvExport.cell("Bản Lầu, Mường Khương")).isEqualTo("\"Bản Lầu, Mường Khương\"");
        assertThat(NominationCsvExport.cell("Đội \"Thắp sáng\"")).isEqualTo("\"Đội \"\"Thắp sáng\"\"\"");
        assertThat(NominationCsvExport.cell("dòng 1\r\ndòng 2")).isEqualTo("\"dòng 1\r\ndòng 2\"");
        assertThat(NominationCsvExport.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(NominationCsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(NominationCsvExport.cell(null)).isEmpty();
    }
}
