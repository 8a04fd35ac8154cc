package vn.vinhdanh.deploy.stack;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Demo data for a fresh local stack: one emulation movement of Lào Cai province and seven nominations taken
 * through the whole flow over the public REST API, so that every screen and feed has something to show: four
 * approved (granted together by one signed decision, three of them publicised), one rejected, one returned for
 * more documents, one still under review.
 *
 * <p>Everything goes through the services' APIs, never their databases, so the data is exactly what a user could
 * have entered, and every Kafka hop of the platform is exercised on the way.</p>
 */
public final class DemoData {

    /** The movement whose presence means the demo data has been loaded before. */
    public static final String MOVEMENT_CODE = "LC-TDTD-2017";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** Decisions are dated in the province's time zone, as the council's decisions are. */
    private static final ZoneId VIETNAM_TIME = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The provincial emulation and commendation fund, award-service's default fund. */
    private static final String FUND = "QTDKT-TINH";
    private static final long BUDGET_VND = 500_000_000L;
    private static final String SIGNER = "Chủ tịch UBND tỉnh Lào Cai";

    private final PlatformClient client;
    private final PrintStream out;

    public DemoData(PlatformClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /**
     * Loads the demo data unless movement {@value #MOVEMENT_CODE} already exists.
     *
     * @return true if loaded now, false if it was there already
     * @throws IllegalStateException if a step does not complete within its timeout
     */
    public boolean load() {
        if (client.findMovement(MOVEMENT_CODE).isPresent()) {
            out.println("Demo data already loaded (movement " + MOVEMENT_CODE + " exists); skipping.");
            return false;
        }
        String movementId;
        try {
            movementId = client.createMovement(movement()).path("id").asText();
        } catch (ApiException e) {
            if (e.status() == 409) {
                out.println("Demo data already loaded (movement " + MOVEMENT_CODE + " exists); skipping.");
                return false;
            }
            throw e;
        }
        out.println("Loading demo data: movement " + MOVEMENT_CODE);

        // the councils first, so that every case opens in the council of its level
        nominations().stream().map(DemoNomination::level).distinct().forEach(client::ensureCouncil);
        out.println("  councils set up for levels " + nominations().stream().map(DemoNomination::level).distinct().toList());

        List<DemoNomination> demo = nominations();
        List<String> ids = new ArrayList<>();
        for (DemoNomination nomination : demo) {
            ids.add(client.submitNomination(nomination.request(movementId)).path("id").asText());
        }
        out.println("  submitted " + ids.size() + " nominations");

        // each step waits for the previous one to be reflected, so every timeline reads in the natural order
        List<String> caseIds = new ArrayList<>();
        for (String id : ids) {
            caseIds.add(client.awaitOpenReviewCase(id).path("id").asText());
            client.awaitStatus(id, "UNDER_REVIEW");
        }
        out.println("  review cases opened by review-service");

        Map<String, Integer> decisions = new LinkedHashMap<>();
        List<String> toApprove = new ArrayList<>();
        for (int i = 0; i < demo.size(); i++) {
            Plan plan = demo.get(i).plan;
            if ("APPROVED".equals(plan.outcome)) {
                toApprove.add(caseIds.get(i));
            } else if (plan.outcome != null) {
                client.decide(caseIds.get(i), plan.outcome, plan.reason);
            }
            decisions.merge(plan.outcome == null ? "left open" : plan.outcome.toLowerCase(Locale.ROOT), 1,
                    Integer::sum);
        }
        // approvals go through the council's secret ballot: one meeting per council, every member votes
        client.approveByCouncil(toApprove);
        out.println("  council decisions: " + decisions.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", ")));

        // approvals only draft the awards: the officer lists them in one decision, which the chairman signs
        List<String> draftAwardIds = new ArrayList<>();
        for (int i = 0; i < demo.size(); i++) {
            if ("APPROVED".equals(demo.get(i).plan.outcome)) {
                draftAwardIds.add(client.awaitAward(ids.get(i)).path("id").asText());
                client.awaitStatus(ids.get(i), "APPROVED");
            }
        }
        LocalDate decisionDate = LocalDate.now(VIETNAM_TIME);
        ensureBudget(decisionDate.getYear());
        JsonNode decision = client.signDecision(client.createDecision(decisionDate, SIGNER, FUND, draftAwardIds)
                .path("id").asText());
        out.println("  decision " + decision.path("decisionNumber").asText() + " of " + decisionDate + " signed: "
                + draftAwardIds.size() + " awards, " + NumberFormat.getIntegerInstance(VIETNAMESE)
                .format(decision.path("totalAmountVnd").asLong()) + " VND from fund " + FUND);

        Map<String, Long> amounts = new LinkedHashMap<>();
        for (int i = 0; i < demo.size(); i++) {
            Plan plan = demo.get(i).plan;
            String id = ids.get(i);
            if ("APPROVED".equals(plan.outcome)) {
                amounts.put(id, client.awaitAward(id).path("amountVnd").asLong());
                client.awaitStatus(id, "AWARDED");
            } else if (plan.outcome != null) {
                client.awaitStatus(id, plan.outcome);
            }
        }
        out.println("  awards granted by award-service: " + amounts.size());

        int published = 0;
        for (int i = 0; i < demo.size(); i++) {
            if (demo.get(i).plan == Plan.APPROVE_AND_PUBLISH) {
                String id = ids.get(i);
                client.publishFeature(client.awaitPublishableDraft(id).path("id").asText());
                client.awaitStatus(id, "PUBLICIZED");
                published++;
            }
        }
        out.println("  press features published by publicity-service: " + published);

        printSummary(demo, ids, amounts);
        return true;
    }

    /** The demo fund's budget of the year, set once; a re-run on the same database leaves it as it is. */
    private void ensureBudget(int year) {
        boolean present = client.budgets(year).stream().anyMatch(b -> FUND.equals(b.path("fund").asText()));
        if (!present) {
            client.setBudget(year, FUND, BUDGET_VND);
            out.println("  budget " + year + " of fund " + FUND + ": "
                    + NumberFormat.getIntegerInstance(VIETNAMESE).format(BUDGET_VND) + " VND");
        }
    }

    private void printSummary(List<DemoNomination> demo, List<String> ids, Map<String, Long> amounts) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Nominee", "Sector", "Proposed award", "Amount (VND)", "Status"});
        for (int i = 0; i < demo.size(); i++) {
            DemoNomination nomination = demo.get(i);
            JsonNode current = client.nomination(ids.get(i));
            Long amount = amounts.get(ids.get(i));
            rows.add(new String[] {
                    nomination.name(),
                    nomination.sector,
                    nomination.proposedAward,
                    amount == null ? "" : NumberFormat.getIntegerInstance(VIETNAMESE).format(amount),
                    current.path("status").asText()});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        out.println();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("  ");
            for (int column = 0; column < widths.length; column++) {
                String cell = rows.get(r)[column];
                // the amount column reads better right-aligned
                line.append(column == 3 ? " ".repeat(widths[column] - cell.length()) + cell
                        : cell + " ".repeat(widths[column] - cell.length()));
                line.append("  ");
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                int total = 0;
                for (int width : widths) {
                    total += width + 2;
                }
                out.println("  " + "-".repeat(total - 2));
            }
        }
    }

    private static Map<String, Object> movement() {
        Map<String, Object> movement = new LinkedHashMap<>();
        movement.put("code", MOVEMENT_CODE);
        movement.put("name", "Phong trào thi đua yêu nước toàn diện tỉnh Lào Cai năm 2017");
        movement.put("kind", "REGULAR");
        movement.put("level", "PROVINCE");
        movement.put("year", 2017);
        movement.put("organizer", "UBND tỉnh Lào Cai");
        return movement;
    }

    /** What the council does with a demo nomination. */
    private enum Plan {
        APPROVE_AND_PUBLISH("APPROVED", null),
        APPROVE("APPROVED", null),
        REJECT("REJECTED", "Thành tích thuộc thẩm quyền khen thưởng của Chủ tịch UBND thị xã Sa Pa; đề nghị đơn vị"
                + " trình UBND thị xã xem xét, khen thưởng theo thẩm quyền."),
        RETURN("RETURNED", "Đề nghị bổ sung văn bản xác nhận hiệu quả áp dụng của sáng kiến do Hội đồng sáng kiến"
                + " cấp huyện cấp và biên bản họp xét của đơn vị."),
        LEAVE_OPEN(null, null);

        private final String outcome;
        private final String reason;

        Plan(String outcome, String reason) {
            this.outcome = outcome;
            this.reason = reason;
        }
    }

    private record DemoNomination(Map<String, Object> nominee, String agencyCode, String level, String sector,
                                  String proposedAward, String achievements, String goodPractices, Plan plan) {

        String name() {
            return (String) nominee.get("name");
        }

        Map<String, Object> request(String movementId) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("movementId", movementId);
            request.put("agencyCode", agencyCode);
            request.put("nominee", nominee);
            request.put("level", level);
            request.put("sector", sector);
            request.put("proposedAward", proposedAward);
            request.put("achievements", achievements);
            request.put("goodPractices", goodPractices);
            request.put("publicityConsent", true);
            return request;
        }
    }

    private static Map<String, Object> individual(String name, String gender, int birthYear, String ethnicity,
                                                  String position, String organization, String targetGroup) {
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("kind", "INDIVIDUAL");
        nominee.put("name", name);
        nominee.put("gender", gender);
        nominee.put("birthYear", birthYear);
        nominee.put("ethnicity", ethnicity);
        nominee.put("position", position);
        nominee.put("organization", organization);
        nominee.put("targetGroup", targetGroup);
        return nominee;
    }

    private static Map<String, Object> collective(String name, String organization, int memberCount) {
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("kind", "COLLECTIVE");
        nominee.put("name", name);
        nominee.put("organization", organization);
        nominee.put("targetGroup", "COLLECTIVE");
        nominee.put("memberCount", memberCount);
        return nominee;
    }

    private static List<DemoNomination> nominations() {
        return List.of(
                new DemoNomination(
                        individual("Lò Thị Mai", "FEMALE", 1984, "Tày", "Giáo viên",
                                "Trường PTDTBT THCS Bản Lầu, huyện Mường Khương", "PUBLIC_EMPLOYEE"),
                        "SO-GDDT", "PROVINCE", "EDUCATION_TRAINING", "BANG_KHEN_CHU_TICH_UBND_TINH",
                        "Mười lăm năm gắn bó với học sinh vùng cao Mường Khương; ba năm liền có học sinh đạt giải"
                                + " kỳ thi học sinh giỏi cấp tỉnh; tỷ lệ học sinh lớp chủ nhiệm duy trì sĩ số đạt 100%.",
                        "Mở lớp \"Tiếng Việt cho em\" vào buổi chiều cho học sinh người Mông và Pa Dí; vận động"
                                + " phụ huynh đưa con trở lại trường sau mùa nương.",
                        Plan.APPROVE_AND_PUBLISH),
                new DemoNomination(
                        collective("Hợp tác xã Nông nghiệp Dịch vụ Bản Phố",
                                "Xã Bản Phố, huyện Bắc Hà", 35),
                        "SO-NNPTNT", "COMMUNE", "AGRICULTURE", "TAP_THE_LAO_DONG_XUAT_SAC",
                        "Phục tráng giống lúa Séng Cù và mận Tam Hoa trên 42 ha; liên kết tiêu thụ cho 120 hộ"
                                + " đồng bào Mông; doanh thu năm 2017 tăng 38% so với năm trước.",
                        "Sản xuất theo tiêu chuẩn VietGAP, truy xuất nguồn gốc bằng mã QR; hướng dẫn xã viên ghi"
                                + " nhật ký canh tác.",
                        Plan.APPROVE_AND_PUBLISH),
                new DemoNomination(
                        individual("Giàng Seo Lử", "MALE", 1986, "Mông", "Đội trưởng Đội vận động quần chúng",
                                "Đồn Biên phòng Y Tý, huyện Bát Xát", "SOLDIER"),
                        "BCH-BDBP", "PROVINCE", "SECURITY", "CHIEN_SI_THI_DUA_CAP_TINH",
                        "Bám bản, bám dân trên tuyến biên giới Y Tý – A Mú Sung; phối hợp triệt phá hai đường dây"
                                + " mua bán người; vận động 46 hộ bỏ hủ tục trong việc cưới, việc tang.",
                        "Mô hình \"Nâng bước em tới trường\": nhận đỡ đầu 12 học sinh có hoàn cảnh khó khăn.",
                        Plan.APPROVE_AND_PUBLISH),
                new DemoNomination(
                        collective("Trạm Y tế xã Tả Van", "Thị xã Sa Pa", 8),
                        "SO-YT", "COMMUNE", "HEALTH", "TAP_THE_LAO_DONG_XUAT_SAC",
                        "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới một tuổi đạt 98%; không để xảy ra dịch bệnh trên"
                                + " địa bàn; 100% phụ nữ có thai được khám thai ít nhất ba lần.",
                        "Tổ chức khám lưu động tại các thôn Lao Chải, Giàng Tả Chải vào ngày chợ phiên.",
                        Plan.APPROVE),
                new DemoNomination(
                        individual("Phàn Thị Mẩy", "FEMALE", 1990, "Dao", "Chủ cơ sở lưu trú homestay",
                                "Thôn Tả Phìn, thị xã Sa Pa", "CITIZEN"),
                        "UBND-TX-SAPA", "COMMUNE", "ECONOMY", "BANG_KHEN_CHU_TICH_UBND_TINH",
                        "Phát triển du lịch cộng đồng gắn với tắm lá thuốc của người Dao đỏ; tạo việc làm thường"
                                + " xuyên cho 9 lao động địa phương.",
                        "Hướng dẫn du khách thêu thổ cẩm cùng phụ nữ trong thôn.",
                        Plan.REJECT),
                new DemoNomination(
                        individual("Nguyễn Thị Thu Hà", "FEMALE", 1979, "Kinh",
                                "Phó Trưởng phòng Văn hóa và Thông tin",
                                "UBND huyện Văn Bàn", "CIVIL_SERVANT"),
                        "SO-VHTTDL", "PROVINCE", "LITERATURE_ARTS", "BANG_KHEN_CHU_TICH_UBND_TINH",
                        "Chủ trì sưu tầm, phục dựng lễ hội Xíp Xí của người Tày huyện Văn Bàn; xây dựng 14 đội văn"
                                + " nghệ quần chúng ở các thôn bản.",
                        "Sáng kiến số hóa tư liệu hát then, hát quan làng phục vụ giảng dạy tại trường học.",
                        Plan.RETURN),
                new DemoNomination(
                        collective("Đoàn Thanh niên xã Xuân Quang", "Huyện Bảo Thắng", 120),
                        "TINH-DOAN", "COMMUNE", "YOUTH", "GIAY_KHEN",
                        "Tham gia làm mới 3,5 km đường giao thông nông thôn; ra quân hiến máu tình nguyện ba đợt"
                                + " với 210 đơn vị máu.",
                        "Mô hình \"Thắp sáng đường quê\" bằng đèn năng lượng mặt trời.",
                        Plan.LEAVE_OPEN));
    }
}
