package vn.vinhdanh.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldingDropsDiacriticsAndCaseAndTurnsDIntoD() {
        assertThat(VietnameseText.fold("Lò Thị Mai")).isEqualTo("lo thi mai");
        assertThat(VietnameseText.fold("  ĐINH   Văn Đức ")).isEqualTo("dinh van duc");
        assertThat(VietnameseText.fold(Normalizer.normalize("Nguyễn Thị Thu Hường", Normalizer.Form.NFD)))
                .isEqualTo("nguyen thi thu huong");
        assertThat(VietnameseText.fold("Hợp tác xã Ỷ La")).isEqualTo("hop tac xa y la");
        assertThat(VietnameseText.fold(null)).isNull();
    }

    @Test
    void nfcComposesAndTrims() {
        String decomposed = Normalizer.normalize(" Nguyễn Thị Thu Hường ", Normalizer.Form.NFD);
        assertThat(VietnameseText.nfc(decomposed))
                .isEqualTo("Nguyễn Thị Thu Hường")
                .isNotEqualTo(decomposed.strip());
        assertThat(VietnameseText.nfc(null)).isNull();
    }

    @Test
    void slugsAreTheFoldedWordsJoinedByHyphens() {
        assertThat(VietnameseText.slug("Đặng Văn Đức")).isEqualTo("dang-van-duc");
        assertThat(VietnameseText.slug("Hợp tác xã Dược liệu Sa Pa (HTX)")).isEqualTo("hop-tac-xa-duoc-lieu-sa-pa-htx");
        assertThat(VietnameseText.slug("——")).isEmpty();
    }
}
