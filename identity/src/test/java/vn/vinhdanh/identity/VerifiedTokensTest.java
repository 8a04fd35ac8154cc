package vn.vinhdanh.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/** A token is verified once and then recognised; nothing else gets through on the strength of that. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Test
    void theServicesParserRemembersAVerifiedTokenUntilItExpires() throws Exception {
        assertThat(parser).isInstanceOf(VerifiedTokens.class);
        String token = PlatformTestResource.token("portal-SO-YTE", "agency", "SO-YTE");

        JsonWebToken first = parser.parse(token);
        JsonWebToken again = parser.parse(token);

        assertThat(again).isSameAs(first);
        assertThat(again.<String>getClaim("agency")).isEqualTo("SO-YTE");
    }

    @Test
    void aTokenWithAnotherSignatureIsVerifiedAndRefusedEvenWhenItsTwinIsRemembered() throws Exception {
        String token = PlatformTestResource.token("portal-SO-GDDT", "agency", "SO-GDDT");
        parser.parse(token);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String forged = token.substring(0, token.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A')
                + signature.substring(1);

        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
        RestAssured.given()
                .auth()
                .oauth2(forged)
                .get(CallerResource.PATH)
                .then()
                .statusCode(401);
    }

    @Test
    void anExpiredEntryIsNeverServedFromMemory() throws Exception {
        Instant now = Instant.now();
        String token =
                PlatformTestResource.issue("portal-SO-TC", "agency", "SO-TC", now.minusSeconds(10), now.plusSeconds(2));
        JsonWebToken remembered = parser.parse(token);
        assertThat(parser.parse(token)).isSameAs(remembered);

        Thread.sleep(Duration.between(Instant.now(), now.plusSeconds(3)).toMillis());

        // past exp the token goes back to the verifier every time (which alone decides about its clock skew)
        JsonWebToken afterExpiry;
        try {
            afterExpiry = parser.parse(token);
        } catch (ParseException refused) {
            return;
        }
        assertThat(afterExpiry).isNotSameAs(remembered);
        assertThat(parser.parse(token)).isNotSameAs(afterExpiry);
    }
}
