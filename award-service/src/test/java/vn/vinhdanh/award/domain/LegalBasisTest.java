package vn.vinhdanh.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class LegalBasisTest {

    @Test
    void decreesLawsResolutionsAndDecisionsReadAsReferences() {
        for (String basis : new String[] {
            "NĐ 73/2024/NĐ-CP",
            "Nghị định 73/2024/NĐ-CP",
            "Nghị định số 152/2025/NĐ-CP",
            "Luật 06/2022/QH15",
            "NQ 12/2025/NQ-HĐND",
            "QĐ 1/2024/QĐ-UBND",
            "QĐ 15/2023/QĐ-TTg",
            "Thông tư 12/2019/TT-BNV",
            "NĐ 152/2025/NĐ-CP Điều 54(1)(e)",
            "  NĐ 91/2017/NĐ-CP  ",
            Normalizer.normalize("Nghị định 73/2024/NĐ-CP", Normalizer.Form.NFD)
        }) {
            assertThat(LegalBasis.readsAsReference(basis)).as(basis).isTrue();
        }
    }

    @Test
    void numbersAndLooseWordsDoNot() {
        for (String basis : new String[] {
            "-9223372036854775808",
            "x",
            "NĐ thử nghiệm",
            "73/2024/NĐ-CP",
            "NĐ 73/2024",
            "NĐ 73/24/NĐ-CP",
            "theo chỉ đạo",
            "Điều 58",
            "",
            "NĐ73/2024/NĐ-CP"
        }) {
            assertThat(LegalBasis.readsAsReference(basis)).as(basis).isFalse();
        }
        assertThat(LegalBasis.readsAsReference(null)).isFalse();
    }

    @Test
    void itIsStoredTrimmedAndComposed() {
        assertThat(LegalBasis.normalized(Normalizer.normalize(" Nghị định 73/2024/NĐ-CP ", Normalizer.Form.NFD)))
                .isEqualTo("Nghị định 73/2024/NĐ-CP");
    }

    @Test
    void aSourceDocumentMayBeADecisionNumberedWithoutItsYear() {
        for (String document : new String[] {
            "QĐ 1234/QĐ-UBND",
            "Quyết định số 1234/QĐ-UBND",
            "NQ 38/2016/NQ-HĐND",
            "CV 56/UBND-TĐKT",
            "Công văn số 5678/UBND-NC ngày 1/8/2024"
        }) {
            assertThat(LegalBasis.readsAsDocument(document)).as(document).isTrue();
        }
        for (String document : new String[] {"đã xem", "1234", "QĐ 1234", "QĐ 1234/2016", "QĐ 1234/-UBND", ""}) {
            assertThat(LegalBasis.readsAsDocument(document)).as(document).isFalse();
        }
        assertThat(LegalBasis.readsAsDocument(null)).isFalse();
    }
}
