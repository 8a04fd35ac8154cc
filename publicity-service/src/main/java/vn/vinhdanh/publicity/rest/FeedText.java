package vn.vinhdanh.publicity.rest;

import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.vinhdanh.province.ProvinceClock;
import vn.vinhdanh.publicity.domain.FeatureCorrection;

/** The story's text as the feeds carry it: corrections are shown with it, never silently folded in. */
final class FeedText {

    /** The day of an instant in Việt Nam, as its readers write it; the news pages use it too. */
    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ProvinceClock.ZONE);

    private FeedText() {}

    static String withCorrections(String body, List<FeatureCorrection> corrections) {
        if (corrections.isEmpty()) {
            return body;
        }
        StringBuilder text = new StringBuilder(body);
        for (FeatureCorrection correction : corrections) {
            text.append("\n\nĐính chính (")
                    .append(DAY.format(correction.correctedAt))
                    .append("): ")
                    .append(correction.note);
        }
        return text.toString();
    }
}
