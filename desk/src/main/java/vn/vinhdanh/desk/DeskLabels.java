package vn.vinhdanh.desk;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.TargetGroup;
import vn.vinhdanh.events.VietnameseNames;
import vn.vinhdanh.province.ProvinceClock;

/** What a page prints for the shared kinds and for times: Vietnamese labels, dates as Lào Cai reads them. */
@TemplateExtension
public final class DeskLabels {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Vietnamese groups thousands with a dot and writes decimals with a comma. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private DeskLabels() {}

    static String vi(Level level) {
        return VietnameseNames.label(VietnameseNames.of(level));
    }

    static String vi(Sector sector) {
        return VietnameseNames.label(VietnameseNames.of(sector));
    }

    static String vi(TargetGroup group) {
        return VietnameseNames.label(VietnameseNames.of(group));
    }

    static String vi(NomineeKind kind) {
        return VietnameseNames.label(VietnameseNames.of(kind));
    }

    /** A moment in Asia/Ho_Chi_Minh, day first. */
    static String vn(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ProvinceClock.ZONE));
    }

    /** A score or a count with decimals as Vietnamese writes it: a decimal comma, no trailing zeros (8,5 not 8.500). */
    static String vn(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** An amount of money as an officer writes it: dots between thousands, then "đồng" (3.510.000 đồng). */
    static String vnd(Long amount) {
        if (amount == null) {
            return "";
        }
        return String.format(VIETNAMESE, "%,d", amount) + " đồng";
    }

    static String vn(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }
}
