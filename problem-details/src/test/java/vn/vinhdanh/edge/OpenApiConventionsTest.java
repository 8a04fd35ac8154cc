package vn.vinhdanh.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiConventionsTest {

    @Test
    void aSharedOperationNameTakesTheResourceItActsOn() {
        assertThat(OpenApiConventions.resourceOf("/api/v1/recoveries", "list")).isEqualTo("Recoveries");
        assertThat(OpenApiConventions.resourceOf("/api/v1/special-rewards/{id}", "get"))
                .isEqualTo("SpecialRewards");
        assertThat(OpenApiConventions.resourceOf("/api/v1/nominations/drafts/{id}/submit", "submit"))
                .isEqualTo("Drafts");
        assertThat(OpenApiConventions.resourceOf("/api/v1/webhooks/{id}/rotate-secret", "rotateSecret"))
                .isEqualTo("Webhooks");
        assertThat(OpenApiConventions.pathOf("/api/v1/meetings/{id}/decisions", "decideAll"))
                .isEqualTo("MeetingsDecisions");
        assertThat(OpenApiConventions.pathOf("/api/v1/reviews/decisions", "decideAll"))
                .isEqualTo("ReviewsDecisions");
    }
}
