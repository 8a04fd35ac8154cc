package vn.vinhdanh.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.PlatformTestResource;
import vn.vinhdanh.province.ProvinceClock;

/** Whether a remembered token has expired is asked of the platform's clock, so a test can move it past the expiry. */
@QuarkusTest
class VerifiedTokensClockTest {

    @Inject
    JWTParser parser;

    @Test
    void aGenuineTokenIsAdmitted() {
        String token = PlatformTestResource.token("portal-SO-NV", "agency", "SO-NV");

        RestAssured.given()
                .auth()
                .oauth2(token)
                .get(CallerResource.PATH)
                .then()
                .statusCode(200)
                .body(equalTo("portal-SO-NV"));
    }

    @Test
    void onceTheClockIsPastItsExpiryARememberedTokenIsNoLongerServedFromMemory() throws Exception {
        String token = PlatformTestResource.token("portal-SO-XD", "agency", "SO-XD");
        JsonWebToken remembered = parser.parse(token);
        assertThat(parser.parse(token)).isSameAs(remembered);

        // the token lives an hour; the verifier itself still reads the system's time and accepts it
        QuarkusMock.installMockForType(
                Clock.fixed(Instant.now().plus(Duration.ofHours(2)), ProvinceClock.ZONE), Clock.class);

        JsonWebToken verifiedAgain = parser.parse(token);
        assertThat(verifiedAgain).isNotSameAs(remembered);
        assertThat(parser.parse(token)).isNotSameAs(verifiedAgain);
    }
}
