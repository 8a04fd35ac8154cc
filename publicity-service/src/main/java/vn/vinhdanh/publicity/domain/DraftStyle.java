package vn.vinhdanh.publicity.domain;

import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;

/**
 * How a draft is written for a sector: which Qute templates ({@code features/<style>-individual.txt} and
 * {@code …-collective.txt}) and which title. Sectors with the same readers share a style.
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
    ECONOMY("economy", "Điển hình làm kinh tế giỏi", "Tập thể điển hình phát triển kinh tế"),
    DEFAULT("default", "Gương điển hình tiên tiến", "Tập thể điển hình tiên tiến");

    private final String templateName;
    private final String individualTitle;
    private final String collectiveTitle;

    DraftStyle(String templateName, String individualTitle, String collectiveTitle) {
        this.templateName = templateName;
        this.individualTitle = individualTitle;
        this.collectiveTitle = collectiveTitle;
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

    /** The Qute template id, e.g. {@code features/health-individual.txt}. */
    public String template(NomineeKind kind) {
        return "features/" + templateName + "-" + (kind == NomineeKind.INDIVIDUAL ? "individual" : "collective")
                + ".txt";
    }

    public String title(NomineeKind kind, String name, String organization) {
        return kind == NomineeKind.INDIVIDUAL
                ? individualTitle + ": " + name + " – " + organization
                : collectiveTitle + ": " + name;
    }
}
