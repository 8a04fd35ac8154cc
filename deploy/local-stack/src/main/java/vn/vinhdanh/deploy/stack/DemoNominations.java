package vn.vinhdanh.deploy.stack;

import static vn.vinhdanh.deploy.stack.PlatformRequests.collective;
import static vn.vinhdanh.deploy.stack.PlatformRequests.household;
import static vn.vinhdanh.deploy.stack.PlatformRequests.individual;

import java.util.List;
import java.util.Map;

/**
 * What the demo contains: one emulation movement of Lào Cai province and seven nominations, each with what the
 * council does with it ({@link Plan}).
 */
final class DemoNominations {

    /** The movement whose presence means the demo data has been loaded before. */
    static final String MOVEMENT_CODE = "LC-TDTD-2017";

    private DemoNominations() {}

    static Map<String, Object> movement() {
        return PlatformRequests.movement(
                MOVEMENT_CODE, "Phong trào thi đua yêu nước toàn diện tỉnh Lào Cai năm 2017", 2017);
    }

    /** What the council does with a demo nomination. */
    enum Plan {
        APPROVE_AND_PUBLISH("APPROVED", null),
        APPROVE("APPROVED", null),
        REJECT(
                "REJECTED",
                "Thành tích thuộc thẩm quyền khen thưởng của Chủ tịch UBND thị xã Sa Pa; đề nghị đơn vị"
                        + " trình UBND thị xã xem xét, khen thưởng theo thẩm quyền."),
        RETURN(
                "RETURNED",
                "Đề nghị bổ sung văn bản xác nhận hiệu quả áp dụng của sáng kiến do Hội đồng sáng kiến"
                        + " cấp huyện cấp và biên bản họp xét của đơn vị."),
        LEAVE_OPEN(null, null);

        /** APPROVED, REJECTED or RETURNED; null: left open. */
        final String outcome;

        final String reason;

        Plan(String outcome, String reason) {
            this.outcome = outcome;
            this.reason = reason;
        }

        boolean approves() {
            return "APPROVED".equals(outcome);
        }
    }

    record DemoNomination(
            Map<String, Object> nominee,
            String agencyCode,
            String level,
            String sector,
            String proposedAward,
            String achievements,
            String goodPractices,
            Plan plan) {

        String name() {
            return (String) nominee.get("name");
        }

        Map<String, Object> request(String movementId) {
            return PlatformRequests.nomination(
                    movementId, agencyCode, nominee, level, sector, proposedAward, achievements, goodPractices);
        }
    }

    static List<DemoNomination> all() {
        return List.of(
                new DemoNomination(
                        individual(
                                "Lò Thị Mai",
                                "FEMALE",
                                1984,
                                "Tày",
                                "Giáo viên",
                                "Trường PTDTBT THCS Bản Lầu, huyện Mường Khương",
                                "PUBLIC_EMPLOYEE"),
                        "SO-GDDT",
                        "PROVINCE",
                        "EDUCATION_TRAINING",
                        "BANG_KHEN_CHU_TICH_UBND_TINH",
                        "Mười lăm năm gắn bó với học sinh vùng cao Mường Khương; ba năm liền có học sinh đạt giải"
                                + " kỳ thi học sinh giỏi cấp tỉnh; tỷ lệ học sinh lớp chủ nhiệm duy trì sĩ số đạt 100%.",
                        "Mở lớp \"Tiếng Việt cho em\" vào buổi chiều cho học sinh người Mông và Pa Dí; vận động"
                                + " phụ huynh đưa con trở lại trường sau mùa nương.",
                        Plan.APPROVE_AND_PUBLISH),
                new DemoNomination(
                        collective("Hợp tác xã Nông nghiệp Dịch vụ Bản Phố", "Xã Bản Phố, huyện Bắc Hà", 35),
                        "SO-NNPTNT",
                        "PROVINCE",
                        "AGRICULTURE",
                        "TAP_THE_LAO_DONG_XUAT_SAC",
                        "Phục tráng giống lúa Séng Cù và mận Tam Hoa trên 42 ha; liên kết tiêu thụ cho 120 hộ"
                                + " đồng bào Mông; doanh thu năm 2017 tăng 38% so với năm trước.",
                        "Sản xuất theo tiêu chuẩn VietGAP, truy xuất nguồn gốc bằng mã QR; hướng dẫn xã viên ghi"
                                + " nhật ký canh tác.",
                        Plan.APPROVE_AND_PUBLISH),
                new DemoNomination(
                        household("Hộ ông Vàng A Sử", "Thôn Sín Chải, xã Tả Van, thị xã Sa Pa"),
                        "SO-NNPTNT",
                        "PROVINCE",
                        "AGRICULTURE",
                        "BANG_KHEN_CHU_TICH_UBND_TINH",
                        "Chuyển 1,2 ha nương ngô kém hiệu quả sang trồng thảo quả dưới tán rừng và nuôi cá hồi nước"
                                + " lạnh; thu nhập năm 2017 đạt 260 triệu đồng, thoát nghèo bền vững.",
                        "Hướng dẫn 15 hộ người Mông trong thôn cách ươm cây thảo quả giống và giữ rừng đầu nguồn.",
                        Plan.APPROVE_AND_PUBLISH),
                new DemoNomination(
                        individual(
                                "Giàng Seo Lử",
                                "MALE",
                                1986,
                                "Mông",
                                "Đội trưởng Đội vận động quần chúng",
                                "Đồn Biên phòng Y Tý, huyện Bát Xát",
                                "SOLDIER"),
                        "BCH-BDBP",
                        "PROVINCE",
                        "SECURITY",
                        "CHIEN_SI_THI_DUA_CAP_TINH",
                        "Bám bản, bám dân trên tuyến biên giới Y Tý – A Mú Sung; phối hợp triệt phá hai đường dây"
                                + " mua bán người; vận động 46 hộ bỏ hủ tục trong việc cưới, việc tang.",
                        "Mô hình \"Nâng bước em tới trường\": nhận đỡ đầu 12 học sinh có hoàn cảnh khó khăn.",
                        Plan.APPROVE_AND_PUBLISH),
                new DemoNomination(
                        collective("Trạm Y tế xã Tả Van", "Thị xã Sa Pa", 8),
                        "SO-YTE",
                        "PROVINCE",
                        "HEALTH",
                        "TAP_THE_LAO_DONG_XUAT_SAC",
                        "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới một tuổi đạt 98%; không để xảy ra dịch bệnh trên"
                                + " địa bàn; 100% phụ nữ có thai được khám thai ít nhất ba lần.",
                        "Tổ chức khám lưu động tại các thôn Lao Chải, Giàng Tả Chải vào ngày chợ phiên.",
                        Plan.APPROVE),
                new DemoNomination(
                        individual(
                                "Phàn Thị Mẩy",
                                "FEMALE",
                                1990,
                                "Dao",
                                "Chủ cơ sở lưu trú homestay",
                                "Thôn Tả Phìn, thị xã Sa Pa",
                                "CITIZEN"),
                        "UBND-TX-SAPA",
                        "PROVINCE",
                        "ECONOMY",
                        "BANG_KHEN_CHU_TICH_UBND_TINH",
                        "Phát triển du lịch cộng đồng gắn với tắm lá thuốc của người Dao đỏ; tạo việc làm thường"
                                + " xuyên cho 9 lao động địa phương.",
                        "Hướng dẫn du khách thêu thổ cẩm cùng phụ nữ trong thôn.",
                        Plan.REJECT),
                new DemoNomination(
                        individual(
                                "Nguyễn Thị Thu Hà",
                                "FEMALE",
                                1979,
                                "Kinh",
                                "Phó Trưởng phòng Văn hóa và Thông tin",
                                "UBND huyện Văn Bàn",
                                "CIVIL_SERVANT"),
                        "SO-VHTTDL",
                        "PROVINCE",
                        "LITERATURE_ARTS",
                        "BANG_KHEN_CHU_TICH_UBND_TINH",
                        "Chủ trì sưu tầm, phục dựng lễ hội Xíp Xí của người Tày huyện Văn Bàn; xây dựng 14 đội văn"
                                + " nghệ quần chúng ở các thôn bản.",
                        "Sáng kiến số hóa tư liệu hát then, hát quan làng phục vụ giảng dạy tại trường học.",
                        Plan.RETURN),
                new DemoNomination(
                        collective("Đoàn Thanh niên xã Xuân Quang", "Huyện Bảo Thắng", 120),
                        "TINH-DOAN",
                        "DEPARTMENT",
                        "YOUTH",
                        "GIAY_KHEN",
                        "Tham gia làm mới 3,5 km đường giao thông nông thôn; ra quân hiến máu tình nguyện ba đợt"
                                + " với 210 đơn vị máu.",
                        "Mô hình \"Thắp sáng đường quê\" bằng đèn năng lượng mặt trời.",
                        Plan.LEAVE_OPEN));
    }
}
