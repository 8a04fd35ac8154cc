package vn.vinhdanh.publicity.rest;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.vinhdanh.publicity.domain.FeatureCorrection;

/** The story's text as the feeds carry it: corrections are shown with it, never silently folded in. */
final class FeedText {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private FeedText() {
    }

    static String withCorrections(String body, List<FeatureCorrection> corrections) {
        if (corrections.isEmpty()) {
            return body;
        }
        StringBuilder text = new StringBuilder(body);
        for (FeatureCorrection correction : corrections) {
            text.append("\n\nĐính chính (").append(VIETNAMESE_DATE.format(correction.correctedAt)).append("): ")
                    .append(correction.note);
        }
        return text.toString();
    }
}
