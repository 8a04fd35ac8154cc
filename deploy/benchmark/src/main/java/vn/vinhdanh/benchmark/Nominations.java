package vn.vinhdanh.benchmark;

import java.util.List;
import java.util.Map;
import vn.vinhdanh.deploy.stack.PlatformRequests;

/**
 * The nominations the benchmark submits: individuals with distinct Vietnamese names (family × middle × given name ×
 * birth year, so the duplicate guard never fires), spread over agencies and sectors, all proposed for the provincial
 * chairman's Bằng khen, which the issuer QĐ-UBND may grant.
 */
final class Nominations {

    static final String AWARD = "BANG_KHEN_CHU_TICH_UBND_TINH";
    static final List<String> AGENCIES = List.of(
            "SO-GDDT",
            "SO-YTE",
            "SO-NNPTNT",
            "SO-VHTTDL",
            "SO-KHCN",
            "SO-CT",
            "SO-TC",
            "SO-NV",
            "CA-TINH",
            "TINH-DOAN",
            "LDLD-TINH",
            "UBND-XA-TA-PHOI");
    private static final List<String> SECTORS = List.of(
            "EDUCATION_TRAINING",
            "HEALTH",
            "AGRICULTURE",
            "LITERATURE_ARTS",
            "SCIENCE_TECHNOLOGY",
            "ECONOMY",
            "ECONOMY",
            "OTHER",
            "SECURITY",
            "YOUTH",
            "OTHER",
            "AGRICULTURE");
    private static final List<String> FAMILY = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Lý", "Vàng", "Giàng", "Sùng");
    private static final List<String> MIDDLE =
            List.of("Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Hữu", "Seo", "A", "Thanh");
    private static final List<String> GIVEN = List.of(
            "Hường", "Mai", "Sử", "Chứ", "Lan", "Dũng", "Hùng", "Hoa", "Thảo", "Phong", "Tùng", "Hạnh", "Quang", "Sơn",
            "Nga", "Bình", "Tâm", "Trang", "Khoa", "Linh", "Vân", "Tuấn", "Hải", "Yến", "Long", "Nhung", "Cường",
            "Thắm", "Pao", "Dế");
    private static final List<String> ETHNICITIES = List.of("Kinh", "Tày", "H'Mông", "Dao", "Giáy", "Nùng");
    private static final String ACHIEVEMENTS = "Đưa giống chè Shan tuyết vào trồng tập trung trên 30 ha ở xã Tả Phời,"
            + " thu nhập của các hộ tham gia tăng 25%. Chủ trì mô hình liên kết sản xuất với hợp tác xã, hướng dẫn"
            + " hơn 200 lượt hộ dân áp dụng quy trình canh tác an toàn.";
    private static final String PRACTICES = "Hướng dẫn bà con làm phân hữu cơ vi sinh từ phụ phẩm nông nghiệp.";

    private Nominations() {}

    static String agency(int i) {
        return AGENCIES.get(i % AGENCIES.size());
    }

    /** The i-th nomination (i from 0 to 167,999 all distinct). */
    static Map<String, Object> nomination(String movementId, int i) {
        int n = i;
        String family = FAMILY.get(n % FAMILY.size());
        n /= FAMILY.size();
        String middle = MIDDLE.get(n % MIDDLE.size());
        n /= MIDDLE.size();
        String given = GIVEN.get(n % GIVEN.size());
        n /= GIVEN.size();
        int birthYear = 1960 + n % 40;
        boolean female = "Thị".equals(middle) || i % 2 == 0;

        Map<String, Object> nominee = PlatformRequests.individual(
                family + " " + middle + " " + given,
                female ? "FEMALE" : "MALE",
                birthYear,
                ETHNICITIES.get(i % ETHNICITIES.size()),
                "Chuyên viên",
                "Đơn vị " + agency(i),
                "PUBLIC_EMPLOYEE");
        return PlatformRequests.nomination(
                movementId,
                agency(i),
                nominee,
                "PROVINCE",
                SECTORS.get(i % SECTORS.size()),
                AWARD,
                ACHIEVEMENTS,
                PRACTICES);
    }
}
