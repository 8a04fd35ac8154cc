package vn.vinhdanh.nomination.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.nomination.domain.AwardTitle;

@Schema(
        name = "AwardType",
        description = "A title or form a nomination may propose (proposedAward), as award-service"
                + " publishes its catalogue")
public record AwardTypeView(
        @Schema(description = "The value of proposedAward", examples = "BANG_KHEN_CHU_TICH_UBND_TINH")
        String code,

        String nameVi,
        String nameEn,

        @Schema(description = "The kinds of nominee it may go to")
        List<NomineeKind> recipientKinds,

        @Schema(description = "Who grants it at which nomination level, for decisions dated in the period")
        List<Grant> grants,

        @Schema(description = "When award-service published this entry")
        Instant publishedAt) {

    @Schema(name = "AwardTypeGrant")
    public record Grant(
            Level level,
            @Schema(examples = "PROVINCE_CHAIRMAN") String authority,

            @Schema(examples = "Chủ tịch Ủy ban nhân dân tỉnh")
            String authorityNameVi,

            LocalDate validFrom,

            @Schema(description = "Inclusive; absent while in force")
            LocalDate validTo) {}

    static AwardTypeView of(AwardTitle title) {
        List<NomineeKind> kinds = title.recipientKinds();
        List<Grant> grants = title.grants.stream()
                .map(g -> new Grant(g.level, g.authority, g.authorityNameVi, g.validFrom, g.validTo))
                .sorted((a, b) -> a.level() != b.level()
                        ? a.level().compareTo(b.level())
                        : a.validFrom().compareTo(b.validFrom()))
                .toList();
        return new AwardTypeView(title.code, title.nameVi, title.nameEn, kinds, grants, title.publishedAt);
    }
}
