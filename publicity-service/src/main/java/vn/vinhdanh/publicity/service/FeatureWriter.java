package vn.vinhdanh.publicity.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.VietnameseNames;
import vn.vinhdanh.publicity.domain.DraftStyle;
import vn.vinhdanh.publicity.domain.GrantedAward;

/**
 * Drafts the Vietnamese copy of a feature from the nomination's facts; editors take it from there. The wording
 * depends on the sector ({@link DraftStyle}) and on whether the model is an individual, a collective or a household:
 * each {@code features/<style>-<kind>.txt} template fills the lead and the closing of the shared
 * {@code features/individual.txt}, {@code collective.txt} or {@code household.txt}, which set out the facts.
 */
@ApplicationScoped
public class FeatureWriter {

    private static final int SUMMARY_LENGTH = 280;

    private final Engine engine;

    public FeatureWriter(Engine engine) {
        this.engine = engine;
    }

    public record Copy(String title, String summary, String body) {}

    public Copy draft(NominationSubmitted nomination, GrantedAward award) {
        NomineeKind kind = nomination.nominee().kind();
        DraftStyle style = DraftStyle.of(nomination.sector());
        Template template = engine.getTemplate(style.template(kind));
        if (template == null) {
            throw new IllegalStateException("no draft template " + style.template(kind));
        }
        String body = template.data("nominee", nomination.nominee())
                .data("movementName", nomination.movementName())
                .data("sectorName", VietnameseNames.of(nomination.sector()))
                .data("achievements", nomination.achievements())
                .data("goodPractices", blankToNull(nomination.goodPractices()))
                .data("awardName", award == null ? null : award.awardName)
                .data("decisionNumber", award == null ? null : award.decisionNumber)
                .render()
                .strip()
                .replaceAll("\n{3,}", "\n\n");
        String title = style.title(
                kind, nomination.nominee().name(), nomination.nominee().organization());
        return new Copy(title, summarize(nomination.achievements()), body);
    }

    private static String summarize(String achievements) {
        String firstParagraph = achievements.strip().split("\\R", 2)[0];
        if (firstParagraph.length() <= SUMMARY_LENGTH) {
            return firstParagraph;
        }
        int cut = firstParagraph.lastIndexOf(' ', SUMMARY_LENGTH - 1);
        return firstParagraph.substring(0, cut > 0 ? cut : SUMMARY_LENGTH - 1) + "…";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
