package vn.vinhdanh.publicity.domain;

import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;

/**
 * How a draft is written for a sector: which Qute templates ({@code features/<style>-individual.txt},
 * {@code …-collective.txt} and {@code …-household.txt}) and which title. Sectors with the same readers share a style.
 * A household (hộ gia đình) is written about as a family of its village, whatever the sector: every style uses
 * {@code features/default-household.txt} and the title "Gia đình tiêu biểu", except a style with household wording of
 * its own (economy and agriculture: a household that does well at farming and business).
 */
public enum DraftStyle {
    EDUCATION("education", "Gương sáng ngành giáo dục", "Tập thể tiêu biểu ngành giáo dục"),
    HEALTH("health", "Gương sáng ngành y tế", "Tập thể tiêu biểu ngành y tế"),
    YOUTH("youth", "Gương thanh niên tiêu biểu", "Tập thể thanh niên tiêu biểu"),
    SECURITY("security", "Gương sáng bảo vệ an ninh trật tự", "Tập thể tiêu biểu bảo vệ an ninh trật tự"),
    PRESS_ARTS(
            "press-arts",
            "Gương sáng báo chí, văn học – nghệ thuật",
            "Tập thể tiêu biểu báo chí, văn học – nghệ thuật"),
    ECONOMY(
            "economy",
            "Điển hình làm kinh tế giỏi",
            "Tập thể điển hình phát triển kinh tế",
            "Gia đình sản xuất, kinh doanh giỏi"),
    DEFAULT("default", "Gương điển hình tiên tiến", "Tập thể điển hình tiên tiến", "Gia đình tiêu biểu");

    private final String templateName;
    private final String individualTitle;
    private final String collectiveTitle;

    /** Null for a style without household wording of its own, which writes as {@link #DEFAULT} does. */
    private final String householdTitle;

    DraftStyle(String templateName, String individualTitle, String collectiveTitle) {
        this(templateName, individualTitle, collectiveTitle, null);
    }

    DraftStyle(String templateName, String individualTitle, String collectiveTitle, String householdTitle) {
        this.templateName = templateName;
        this.individualTitle = individualTitle;
        this.collectiveTitle = collectiveTitle;
        this.householdTitle = householdTitle;
    }

    public static DraftStyle of(Sector sector) {
        return switch (sector) {
            case EDUCATION_TRAINING -> EDUCATION;
            case HEALTH -> HEALTH;
            case YOUTH -> YOUTH;
            case SECURITY -> SECURITY;
            case PRESS, LITERATURE_ARTS -> PRESS_ARTS;
            case ECONOMY, AGRICULTURE -> ECONOMY;
            case SPORTS, SCIENCE_TECHNOLOGY, OTHER -> DEFAULT;
        };
    }

    /**
     * The Qute template id, e.g. {@code features/health-individual.txt}; for a household
     * {@code features/default-household.txt} unless the style has household wording of its own.
     */
    public String template(NomineeKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> "features/" + templateName + "-individual.txt";
            case COLLECTIVE -> "features/" + templateName + "-collective.txt";
            case HOUSEHOLD -> "features/" + householdStyle().templateName + "-household.txt";
        };
    }

    /** A person and a household are named with their place ("Hộ ông Vàng A Sử – thôn Lao Chải, xã Y Tý"). */
    public String title(NomineeKind kind, String name, String organization) {
        return switch (kind) {
            case INDIVIDUAL -> individualTitle + ": " + name + " – " + organization;
            case COLLECTIVE -> collectiveTitle + ": " + name;
            case HOUSEHOLD -> householdStyle().householdTitle + ": " + name + " – " + organization;
        };
    }

    private DraftStyle householdStyle() {
        return householdTitle != null ? this : DEFAULT;
    }
}
