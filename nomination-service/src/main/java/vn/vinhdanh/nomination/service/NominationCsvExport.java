package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.nomination.domain.Nomination;
import vn.vinhdanh.nomination.domain.Nominee;
import vn.vinhdanh.province.ProvinceClock;

/**
 * A movement's nominations as RFC 4180 CSV for spreadsheet users: CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break, and a UTF-8 byte order mark, without which Excel reads the file in the local ANSI
 * code page and garbles Vietnamese. An agency exports only its own.
 */
@ApplicationScoped
public class NominationCsvExport {

    /** What the export is, for a download's Content-Type. */
    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter VIETNAM_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ProvinceClock.ZONE);
    private static final List<String> HEADER = List.of(
            "Mã hồ sơ",
            "Cơ quan đề nghị",
            "Cá nhân/Tập thể/Hộ gia đình",
            "Họ tên/Tên tập thể/Tên hộ gia đình",
            "Giới tính",
            "Năm sinh",
            "Dân tộc",
            "Chức vụ",
            "Đơn vị",
            "Đối tượng",
            "Số thành viên",
            "Cấp",
            "Lĩnh vực",
            "Hình thức đề nghị",
            "Trạng thái",
            "Phiên bản tiêu chí",
            "Nghi trùng với",
            "Thời điểm trình (giờ Việt Nam)");

    private final NominationQueries nominations;

    public NominationCsvExport(NominationQueries nominations) {
        this.nominations = nominations;
    }

    /** The movement's nominations, newest first; 404 for a movement that does not exist. */
    public String export(UUID movementId) {
        return of(nominations.ofMovement(movementId));
    }

    static String of(List<Nomination> nominations) {
        StringBuilder csv = new StringBuilder().append(BYTE_ORDER_MARK);
        row(csv, HEADER);
        for (Nomination n : nominations) {
            Nominee nominee = n.nominee;
            row(
                    csv,
                    Arrays.asList(
                            n.id.toString(),
                            n.agencyCode,
                            nominee.kind.name(),
                            nominee.name,
                            nominee.gender,
                            text(nominee.birthYear),
                            nominee.ethnicity,
                            nominee.position,
                            nominee.organization,
                            nominee.targetGroup.name(),
                            text(nominee.memberCount),
                            n.level.name(),
                            n.sector.name(),
                            n.proposedAward,
                            n.status.name(),
                            text(n.criteriaVersion),
                            text(n.duplicateOf),
                            VIETNAM_TIME.format(n.submittedAt)));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        List<String> cells = new ArrayList<>(fields.size());
        for (String field : fields) {
            cells.add(cell(field));
        }
        csv.append(String.join(",", cells)).append("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        // a cell starting with = + - @ is a formula to a spreadsheet: a nominee name must never run as one (OWASP)
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
