package vn.vinhdanh.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A legal basis reads as a reference to an instrument: the forms the council's papers use, and every seeded one. */
class LegalBasisTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NĐ 91/2017/NĐ-CP",
                "Nghị định 152/2025/NĐ-CP",
                "Nghị định số 98/2023/NĐ-CP Điều 46 khoản 2",
                "Luật 06/2022/QH15",
                "QĐ 12/2024/QĐ-UBND",
                "Quyết định 1234/QĐ-UBND",
                "Thông tư 12/2019/TT-BNV",
                "Quy chế hoạt động của Hội đồng",
                "Quy chế 2024",
                "Luật TĐKT 2022",
                "Luật Thi đua, khen thưởng",
                "Tờ trình 109/TTr-UBND",
                // the seeded rows (V3, V5)
                "Nguyên tắc tập trung dân chủ, biểu quyết theo đa số (Luật TĐKT 2003, sửa đổi 2005, 2013; quy chế hội"
                        + " đồng)",
                "NĐ 91/2017 Điều 45 khoản 8 (90%); NĐ 152/2025 Điều 60 khoản 3: công khai lấy ý kiến",
                "Công khai 10 ngày làm việc và tỷ lệ phiếu chưa xác minh cho giai đoạn NĐ 91/2017/NĐ-CP",
                "Quy trình cũ của tỉnh: từ 80% phiếu đồng ý cho bằng khen (chưa xác minh)"
            })
    void aReferenceIsAccepted(String text) {
        assertThat(LegalBasis.readsAsReference(text)).isTrue();
        // typed with combining diacritics, it is the same reference
        assertThat(LegalBasis.readsAsReference(Normalizer.normalize(text, Normalizer.Form.NFD)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc",
                "theo ý kiến của lãnh đạo",
                "theo luật",
                "Quy chế",
                "NĐ",
                "Nghị định",
                "1%",
                "12/2024",
                "xem hồ sơ SONĐ 5"
            })
    void textThatCitesNothingIsNot(String text) {
        assertThat(LegalBasis.readsAsReference(text)).isFalse();
    }
}
