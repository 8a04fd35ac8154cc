package vn.vinhdanh.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlugsTest {

    private static final UUID ID = UUID.fromString("1a2b3c4d-0000-0000-0000-000000000000");

    @Test
    void vietnameseNamesBecomeReadableAsciiSlugs() {
        assertThat(Slugs.of("Lò Thị Mai", ID)).isEqualTo("lo-thi-mai-1a2b3c4d");
        assertThat(Slugs.of("Đặng Văn Đức", ID)).isEqualTo("dang-van-duc-1a2b3c4d");
        assertThat(Slugs.of("Hợp tác xã Dược liệu Sa Pa (HTX)", ID))
                .isEqualTo("hop-tac-xa-duoc-lieu-sa-pa-htx-1a2b3c4d");
    }

    @Test
    void aNameWithoutLatinLettersStillGetsAUniqueSlug() {
        assertThat(Slugs.of("——", ID)).isEqualTo("1a2b3c4d");
    }
}
