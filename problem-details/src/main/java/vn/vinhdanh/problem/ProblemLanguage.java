package vn.vinhdanh.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Map;

/**
 * The language a problem is told in: Vietnamese when the client's {@code Accept-Language} (RFC 9110 12.5.4, by its
 * q-values) prefers it to English, else English. Only {@code title}, {@code detail} and the reasons change; the
 * {@code type}, the status and the field names never do.
 */
public enum ProblemLanguage {
    ENGLISH("en"),
    VIETNAMESE("vi");

    private static final Map<Integer, String> VIETNAMESE_TITLES = Map.ofEntries(
            Map.entry(400, "Yêu cầu không hợp lệ"),
            Map.entry(401, "Chưa xác thực"),
            Map.entry(403, "Không có quyền"),
            Map.entry(404, "Không tìm thấy"),
            Map.entry(405, "Phương thức không được hỗ trợ"),
            Map.entry(406, "Không có định dạng phù hợp"),
            Map.entry(409, "Xung đột với trạng thái hiện tại"),
            Map.entry(412, "Điều kiện tiên quyết không thỏa mãn"),
            Map.entry(413, "Nội dung quá lớn"),
            Map.entry(415, "Kiểu nội dung không được hỗ trợ"),
            Map.entry(422, "Không xử lý được yêu cầu"),
            Map.entry(428, "Thiếu điều kiện tiên quyết"),
            Map.entry(429, "Quá nhiều yêu cầu"),
            Map.entry(500, "Lỗi hệ thống"),
            Map.entry(503, "Dịch vụ tạm thời không sẵn sàng"));

    private final String tag;

    ProblemLanguage(String tag) {
        this.tag = tag;
    }

    /** The {@code Content-Language} of a problem told in this language. */
    public String tag() {
        return tag;
    }

    public static ProblemLanguage of(HttpHeaders headers) {
        if (headers == null) {
            return ENGLISH;
        }
        try {
            // ordered by q-value, the most preferred first; a language of neither kind is passed over
            for (Locale locale : headers.getAcceptableLanguages()) {
                String language = locale.getLanguage();
                if ("vi".equalsIgnoreCase(language)) {
                    return VIETNAMESE;
                }
                if ("en".equalsIgnoreCase(language) || "*".equals(locale.toString()) || language.isEmpty()) {
                    return ENGLISH;
                }
            }
        } catch (RuntimeException e) {
            // a header that does not parse asks for nothing in particular
        }
        return ENGLISH;
    }

    /** The title of a problem of {@code status} in Vietnamese. */
    static String vietnameseTitle(int status) {
        return VIETNAMESE_TITLES.getOrDefault(status, status >= 500 ? "Lỗi hệ thống" : "Yêu cầu không thực hiện được");
    }
}
