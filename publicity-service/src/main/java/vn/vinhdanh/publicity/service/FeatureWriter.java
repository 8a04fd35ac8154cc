package vn.vinhdanh.publicity.service;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vinhdanh.events.NominationSubmitted;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.publicity.domain.GrantedAward;
import vn.vinhdanh.publicity.domain.SectorNames;

/** Drafts the Vietnamese copy of a feature from the nomination's facts; editors take it from there. */
@ApplicationScoped
public class FeatureWriter {

    private static final int SUMMARY_LENGTH = 280;

    private final Template individual;
    private final Template collective;

    public FeatureWriter(@Location("features/individual.txt") Template individual,
            @Location("features/collective.txt") Template collective) {
        this.individual = individual;
        this.collective = collective;
    }

    public record Copy(String title, String summary, String body) {
    }

    public Copy draft(NominationSubmitted nomination, GrantedAward award) {
        boolean isIndividual = nomination.nominee().kind() == NomineeKind.INDIVIDUAL;
        String body = (isIndividual ? individual : collective)
                .data("nominee", nomination.nominee())
                .data("movementName", nomination.movementName())
                .data("sectorName", SectorNames.vietnamese(nomination.sector()))
                .data("achievements", nomination.achievements())
                .data("goodPractices", blankToNull(nomination.goodPractices()))
                .data("awardName", award == null ? null : award.awardName)
                .data("decisionNumber", award == null ? null : award.decisionNumber)
                .render()
                .strip()
                .replaceAll("\n{3,}", "\n\n");
        String title = isIndividual
                ? "Gương điển hình tiên tiến: " + nomination.nominee().name() + " – " + nomination.nominee().organization()
                : "Tập thể điển hình tiên tiến: " + nomination.nominee().name();
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
