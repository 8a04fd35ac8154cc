package vn.vinhdanh.publicity.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.Nominee;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.publicity.domain.GrantedAward;

/**
 * The draft's Vietnamese text depends on the sector and on individual, collective or household, and uses the
 * nomination's facts.
 */
@QuarkusTest
class DraftTemplatesTest {

    @Inject
    FeatureWriter writer;

    @Test
    void aHealthIndividualAndAnEducationCollectiveGetDifferentCorrectText() {
        FeatureWriter.Copy nurse = writer.draft(
                nomination(
                        Sector.HEALTH,
                        individual("Vàng Thị Sinh", "FEMALE", "Nữ hộ sinh", "Trạm Y tế xã Tả Phìn, Sa Pa", "Dao")),
                award());
        FeatureWriter.Copy school = writer.draft(
                nomination(
                        Sector.EDUCATION_TRAINING,
                        collective("Trường PTDTBT Tiểu học Bản Phố", "Phòng Giáo dục huyện Bắc Hà", 38)),
                null);

        assertThat(nurse.title()).isEqualTo("Gương sáng ngành y tế: Vàng Thị Sinh – Trạm Y tế xã Tả Phìn, Sa Pa");
        assertThat(nurse.body())
                .startsWith("Thấm nhuần lời dạy của Bác Hồ “Lương y phải như từ mẫu”, Vàng Thị Sinh (Nữ hộ sinh, "
                        + "Trạm Y tế xã Tả Phìn, Sa Pa) đã được Hội đồng Thi đua – Khen thưởng xét chọn là gương điển "
                        + "hình tiên tiến ngành y tế trong Phong trào thi đua yêu nước năm 2025.")
                .contains("Chị là người dân tộc Dao, sinh năm 1990.")
                .contains("Thành tích nổi bật\nĐỡ đẻ an toàn cho hơn 300 sản phụ.")
                .contains("Cách làm hay, sáng tạo\nLập nhóm Zalo tư vấn sức khỏe bằng tiếng Dao.")
                .contains("Ghi nhận những đóng góp đó, Vàng Thị Sinh đã được tặng Chiến sĩ thi đua cấp tỉnh theo "
                        + "Quyết định số 12/QĐ-UBND.")
                .endsWith("Tấm gương tận tụy của Vàng Thị Sinh góp phần lan tỏa y đức và tinh thần phục vụ người bệnh "
                        + "trong toàn ngành y tế.")
                .doesNotContain("trồng người", "học sinh", "{", "}");

        assertThat(school.title()).isEqualTo("Tập thể tiêu biểu ngành giáo dục: Trường PTDTBT Tiểu học Bản Phố");
        assertThat(school.body())
                .startsWith("Trường PTDTBT Tiểu học Bản Phố (Phòng Giáo dục huyện Bắc Hà) là tập thể tiêu biểu của "
                        + "ngành giáo dục, được Hội đồng Thi đua – Khen thưởng xét chọn trong Phong trào thi đua yêu "
                        + "nước năm 2025, nơi mỗi thầy cô, mỗi cán bộ cùng chung sức vì học sinh thân yêu.")
                .contains("Tập thể có 38 thành viên.")
                .contains("Thành tích nổi bật\nĐỡ đẻ an toàn cho hơn 300 sản phụ.")
                .endsWith("Những kết quả của tập thể Trường PTDTBT Tiểu học Bản Phố là minh chứng sinh động cho phong "
                        + "trào “Dạy tốt – học tốt”, góp phần nâng cao chất lượng giáo dục và đào tạo của địa phương.")
                .doesNotContain("Lương y", "người dân tộc", "được tặng", "{", "}");
        assertThat(nurse.summary()).isEqualTo("Đỡ đẻ an toàn cho hơn 300 sản phụ.");
    }

    @Test
    void aHouseholdIsWrittenAsAFamilyOfItsVillageInEverySectorAndAsAFarmingFamilyInTheEconomy() {
        Nominee household = household("Hộ ông Vàng A Sử", "thôn Lao Chải, xã Y Tý", "Mông", 1968);
        FeatureWriter.Copy family = writer.draft(nomination(Sector.OTHER, household), award());
        assertThat(family.title()).isEqualTo("Gia đình tiêu biểu: Hộ ông Vàng A Sử – thôn Lao Chải, xã Y Tý");
        assertThat(family.body())
                .startsWith(
                        "Ở thôn Lao Chải, xã Y Tý, nhắc đến Hộ ông Vàng A Sử, bà con nhắc đến một gia đình nền nếp,"
                                + " chăm chỉ làm ăn, sống đoàn kết, nghĩa tình với xóm giềng. Gia đình đã được Hội đồng Thi đua"
                                + " – Khen thưởng xét chọn là hộ gia đình tiêu biểu trong Phong trào thi đua yêu nước năm 2025.")
                .contains("Chủ hộ là người dân tộc Mông, sinh năm 1968.")
                .contains("Ghi nhận những nỗ lực đó, Hộ ông Vàng A Sử đã được tặng Chiến sĩ thi đua cấp tỉnh theo "
                        + "Quyết định số 12/QĐ-UBND.")
                .endsWith("Nếp nhà của Hộ ông Vàng A Sử là tấm gương để bà con trong thôn, bản học tập, góp phần xây"
                        + " dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh.")
                .doesNotContain("thành viên", "Anh là", "Chị là", "{", "}");

        // every sector without household wording of its own writes the same family's story
        for (Sector sector : new Sector[] {Sector.HEALTH, Sector.EDUCATION_TRAINING, Sector.SECURITY, Sector.PRESS}) {
            FeatureWriter.Copy copy = writer.draft(nomination(sector, household), award());
            assertThat(copy.title()).isEqualTo(family.title());
            assertThat(copy.body()).startsWith("Ở thôn Lao Chải, xã Y Tý, nhắc đến Hộ ông Vàng A Sử");
        }

        FeatureWriter.Copy farm = writer.draft(
                nomination(Sector.AGRICULTURE, household("Hộ bà Lò Thị Dung", "thôn Nà Lang, xã Bản Xèo", null, null)),
                null);
        assertThat(farm.title())
                .isEqualTo("Gia đình sản xuất, kinh doanh giỏi: Hộ bà Lò Thị Dung – thôn Nà Lang, xã Bản Xèo");
        assertThat(farm.body())
                .startsWith("Bằng sự cần cù và cách làm ăn bài bản, Hộ bà Lò Thị Dung (thôn Nà Lang, xã Bản Xèo) đã"
                        + " vươn lên thành hộ sản xuất, kinh doanh giỏi, được Hội đồng Thi đua – Khen thưởng xét chọn"
                        + " trong Phong trào thi đua yêu nước năm 2025, lĩnh vực nông nghiệp và phát triển nông thôn.")
                .doesNotContain("Chủ hộ là", "được tặng", "\n\n\n", "{", "}");
    }

    @Test
    void everySectorAndKindHasItsOwnLeadAndNoParagraphIsLeftEmpty() {
        Set<String> leads = new HashSet<>();
        Set<String> sectorGroupsSeen = new HashSet<>();
        for (Sector sector : Sector.values()) {
            for (NomineeKind kind : NomineeKind.values()) {
                Nominee nominee = switch (kind) {
                    case INDIVIDUAL -> individual("Lò Văn Minh", "MALE", null, "Công an xã Bản Vược", null);
                    case COLLECTIVE -> collective("Đội Văn nghệ Bản Hồ", "Xã Bản Hồ", null);
                    case HOUSEHOLD -> household("Hộ ông Sùng A Páo", "thôn Sín Chải, xã Tả Van", null, null);
                };
                FeatureWriter.Copy copy = writer.draft(nomination(sector, nominee), null);
                String lead = copy.body().split("\n", 2)[0];
                assertThat(lead).contains(nominee.name()).contains(nominee.organization());
                assertThat(copy.body())
                        .doesNotContain("\n\n\n", "()", "( ", "{", "}", " ,")
                        .contains("Thành tích nổi bật")
                        .contains("Cách làm hay, sáng tạo");
                if (sectorGroupsSeen.add(copy.title().split(":")[0])) {
                    assertThat(leads.add(lead))
                            .as("lead of %s %s is its own", sector, nominee.kind())
                            .isTrue();
                }
            }
        }
        // education, health, youth, security, press/literature–arts, economy/agriculture and the default, each for an
        // individual and a collective; a household's in economy/agriculture and in every other sector
        assertThat(sectorGroupsSeen).hasSize(16);
    }

    private static NominationSubmitted nomination(Sector sector, Nominee nominee) {
        return new NominationSubmitted(
                UUID.randomUUID(),
                1,
                "SO-YTE",
                UUID.randomUUID(),
                "Phong trào thi đua yêu nước năm 2025",
                2025,
                Level.PROVINCE,
                sector,
                "CHIEN_SI_THI_DUA_CAP_TINH",
                nominee,
                "Đỡ đẻ an toàn cho hơn 300 sản phụ.\nVận động bà con sinh con tại trạm.",
                "Lập nhóm Zalo tư vấn sức khỏe bằng tiếng Dao.",
                true,
                Instant.now(),
                null,
                null,
                null,
                null);
    }

    private static Nominee individual(
            String name, String gender, String position, String organization, String ethnicity) {
        return new Nominee(
                NomineeKind.INDIVIDUAL,
                name,
                gender,
                1990,
                ethnicity,
                position,
                organization,
                TargetGroup.PUBLIC_EMPLOYEE,
                null);
    }

    private static Nominee collective(String name, String organization, Integer members) {
        return new Nominee(
                NomineeKind.COLLECTIVE, name, null, null, null, null, organization, TargetGroup.COLLECTIVE, members);
    }

    private static Nominee household(String name, String village, String ethnicity, Integer headBirthYear) {
        return new Nominee(
                NomineeKind.HOUSEHOLD,
                name,
                "MALE",
                headBirthYear,
                ethnicity,
                null,
                village,
                TargetGroup.HOUSEHOLD,
                null);
    }

    private static GrantedAward award() {
        GrantedAward award = new GrantedAward();
        award.nominationId = UUID.randomUUID();
        award.awardName = "Chiến sĩ thi đua cấp tỉnh";
        award.decisionNumber = "12/QĐ-UBND";
        award.decisionDate = LocalDate.of(2026, 1, 10);
        return award;
    }
}
