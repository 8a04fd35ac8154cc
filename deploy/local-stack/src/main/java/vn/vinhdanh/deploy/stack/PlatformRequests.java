package vn.vinhdanh.deploy.stack;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of the platform's API, written once for the demo, the tests and the benchmark: maps in the field
 * order of the services' request records, so that they depend on the published API only, not on the services'
 * classes.
 */
public final class PlatformRequests {

    /** A seat on a council: the member's subject (their token's {@code sub}), name and position. */
    public record Seat(String memberId, String fullName, String position) {

        boolean votes() {
            return !"SECRETARY".equals(position);
        }
    }

    /** The seats of every council the demo, the tests and the benchmark set up. */
    public static final List<Seat> COUNCIL_SEATS = List.of(
            new Seat("hd-chu-tich", "Chủ tịch UBND tỉnh", "CHAIR"),
            new Seat("hd-pho-chu-tich-1", "Giám đốc Sở Nội vụ", "VICE_CHAIR"),
            new Seat("hd-pho-chu-tich-2", "Chủ tịch Ủy ban MTTQ tỉnh", "VICE_CHAIR"),
            new Seat("hd-uy-vien-thuong-truc", "Trưởng ban Thi đua – Khen thưởng", "STANDING_MEMBER"),
            new Seat("hd-uy-vien-1", "Chủ tịch Liên đoàn Lao động tỉnh", "MEMBER"),
            new Seat("hd-uy-vien-2", "Bí thư Tỉnh đoàn", "MEMBER"),
            new Seat("hd-uy-vien-3", "Giám đốc Sở Giáo dục và Đào tạo", "MEMBER"),
            new Seat("hd-thu-ky", "Phó trưởng ban Thi đua – Khen thưởng", "SECRETARY"));

    private PlatformRequests() {}

    /** A regular provincial movement organised by the province's people's committee. */
    public static Map<String, Object> movement(String code, String name, int year) {
        Map<String, Object> movement = new LinkedHashMap<>();
        movement.put("code", code);
        movement.put("name", name);
        movement.put("kind", "REGULAR");
        movement.put("level", "PROVINCE");
        movement.put("year", year);
        movement.put("organizer", "UBND tỉnh Lào Cai");
        return movement;
    }

    public static Map<String, Object> individual(
            String name,
            String gender,
            int birthYear,
            String ethnicity,
            String position,
            String organization,
            String targetGroup) {
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

    public static Map<String, Object> collective(String name, String organization, int memberCount) {
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("kind", "COLLECTIVE");
        nominee.put("name", name);
        nominee.put("organization", organization);
        nominee.put("targetGroup", "COLLECTIVE");
        nominee.put("memberCount", memberCount);
        return nominee;
    }

    /** A household, named by its head as it is known ("Hộ ông …"), with its village and commune. */
    public static Map<String, Object> household(String name, String village) {
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("kind", "HOUSEHOLD");
        nominee.put("name", name);
        nominee.put("organization", village);
        nominee.put("targetGroup", "HOUSEHOLD");
        return nominee;
    }

    /** A nomination whose nominee consents to publicity; {@code agencyCode} is also the agency that submits it. */
    public static Map<String, Object> nomination(
            String movementId,
            String agencyCode,
            Map<String, Object> nominee,
            String level,
            String sector,
            String proposedAward,
            String achievements,
            String goodPractices) {
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

    /** A council of {@link #COUNCIL_SEATS}. */
    static Map<String, Object> council(String name, String level, LocalDate validFrom) {
        List<Map<String, String>> members = COUNCIL_SEATS.stream()
                .map(seat ->
                        Map.of("memberId", seat.memberId(), "fullName", seat.fullName(), "position", seat.position()))
                .toList();
        return Map.of("name", name, "level", level, "validFrom", validFrom.toString(), "members", members);
    }

    static Map<String, Object> meeting(String councilId, LocalDate heldOn, List<String> caseIds) {
        return Map.of(
                "councilId",
                councilId,
                "title",
                "Phiên họp Hội đồng Thi đua – Khen thưởng",
                "heldOn",
                heldOn.toString(),
                "caseIds",
                caseIds);
    }

    /** One member's ballot approving every one of the cases, cast in the meeting. */
    static Map<String, Object> approvals(List<String> caseIds) {
        List<Map<String, String>> votes = caseIds.stream()
                .map(caseId -> Map.of("caseId", caseId, "choice", "APPROVE"))
                .toList();
        return Map.of("inWriting", false, "votes", votes);
    }

    /** A council's decision on a case; the reason is left out when there is none (an approval). */
    static Map<String, String> outcome(String outcome, String reason) {
        return reason == null ? Map.of("outcome", outcome) : Map.of("outcome", outcome, "reason", reason);
    }

    /** @param fund null for award-service's default */
    static Map<String, Object> decision(LocalDate decisionDate, String signer, String fund, List<String> awardIds) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("decisionDate", decisionDate.toString());
        decision.put("signer", signer);
        if (fund != null) {
            decision.put("fund", fund);
        }
        decision.put("awardIds", awardIds);
        return decision;
    }
}
