package vn.vinhdanh.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.problem.ProblemException;

/** The publication rules on their own, without a database: what blocks a story and which step is refused how. */
class PublicationRulesTest {

    private static final Instant NOW = Instant.parse("2025-11-20T03:00:00Z");

    private static PublicationRules rules(FeatureStatus status, NomineeKind kind, boolean consent, String block) {
        return new PublicationRules(status, kind, consent, block, block == null ? null : "lý do " + block);
    }

    private static String typeOf(ProblemException problem) {
        return problem.toProblem("/x").type().toString();
    }

    @Test
    void theAwardsBlockComesBeforeAMissingConsentAndOnlyAnIndividualNeedsConsent() {
        PublicationRules both = rules(FeatureStatus.APPROVED, NomineeKind.INDIVIDUAL, false, "no reward rule");
        assertThat(both.blockerBeyondTheDesk()).contains("the award is blocked: no reward rule");
        assertThat(both.awardBlockReasonVi()).isEqualTo("lý do no reward rule");
        assertThatThrownBy(both::requirePublishable).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status()).isEqualTo(409);
            assertThat(typeOf(p)).endsWith("/award-blocked");
            assertThat(p.vietnameseDetail()).contains("“lý do no reward rule”");
        });

        PublicationRules consentOnly = rules(FeatureStatus.IN_REVIEW, NomineeKind.INDIVIDUAL, false, null);
        assertThat(consentOnly.awardBlocker()).isNull();
        assertThat(consentOnly.awardBlockReasonVi()).isNull();
        assertThatThrownBy(consentOnly::requireApprovable).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(typeOf(p)).endsWith("/consent-missing");
            assertThat(p.vietnameseDetail()).isEqualTo(PublicationRules.CONSENT_MISSING_VI);
        });

        assertThat(rules(FeatureStatus.APPROVED, NomineeKind.COLLECTIVE, false, null)
                        .publicationBlocker())
                .isNull();
    }

    @Test
    void aHouseholdNeedsConsentAsAnIndividualDoes() {
        PublicationRules withoutConsent = rules(FeatureStatus.APPROVED, NomineeKind.HOUSEHOLD, false, null);
        assertThat(withoutConsent.publicationBlocker())
                .isEqualTo(
                        "the household did not consent to publicity on the nomination; a household's story needs it");
        assertThat(withoutConsent.consentBlockerVi()).isEqualTo(PublicationRules.HOUSEHOLD_CONSENT_MISSING_VI);
        assertThatThrownBy(withoutConsent::requirePublishable).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status()).isEqualTo(409);
            assertThat(typeOf(p)).endsWith("/consent-missing");
            assertThat(p.vietnameseDetail()).isEqualTo(PublicationRules.HOUSEHOLD_CONSENT_MISSING_VI);
        });
        assertThat(rules(FeatureStatus.APPROVED, NomineeKind.HOUSEHOLD, true, null)
                        .publicationBlocker())
                .isNull();
        assertThat(rules(FeatureStatus.APPROVED, NomineeKind.COLLECTIVE, false, null)
                        .consentBlockerVi())
                .isNull();
    }

    @Test
    void onlyAnApprovedOrScheduledStoryIsPublishedAndTheStatusIsSaidFirst() {
        PublicationRules draft = rules(FeatureStatus.DRAFT, NomineeKind.INDIVIDUAL, true, "blocked");
        assertThat(draft.publicationBlocker())
                .isEqualTo("feature is DRAFT; only an approved or scheduled story can be published");
        assertThatThrownBy(draft::requirePublishable)
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(typeOf(p)).endsWith("/invalid-transition"));
        rules(FeatureStatus.SCHEDULED, NomineeKind.INDIVIDUAL, true, null).requirePublishable();
    }

    @Test
    void anEmbargoLiesInTheFutureBeforeTheStatusIsLookedAt() {
        PublicationRules inReview = rules(FeatureStatus.IN_REVIEW, NomineeKind.INDIVIDUAL, true, null);
        assertThatThrownBy(() -> inReview.requireSchedulable(NOW, NOW))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.status()).isEqualTo(400));
        assertThatThrownBy(() -> inReview.requireSchedulable(NOW.plusSeconds(60), NOW))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(typeOf(p)).endsWith("/invalid-transition");
                    assertThat(p.getMessage()).isEqualTo("cannot schedule a feature that is IN_REVIEW");
                });
        rules(FeatureStatus.APPROVED, NomineeKind.INDIVIDUAL, true, null).requireSchedulable(NOW.plusSeconds(60), NOW);
    }
}
