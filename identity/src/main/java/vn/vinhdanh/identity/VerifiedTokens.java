package vn.vinhdanh.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser of every service: a token is verified once (signature, issuer, expiry, by smallrye-jwt's
 * own parser), then its verified claims are served from memory for the same token string until the token expires, or
 * {@code vinhdanh.identity.verified-token-ttl} at most.
 *
 * <p>Why: a client (an agency portal, a council member's browser, an editor's desk) sends the same token with every
 * request for the token's whole life, and an RS256 verification was the largest single cost of a submission (14 % of
 * nomination-service's CPU in the benchmark's intake). Safe because the key is the whole token, signature included:
 * only the exact bytes that were verified can hit an entry; failures are never kept; an entry is not used at or after
 * the token's {@code exp}, even within the clock skew the verifier allows (that window is verified every time). The
 * TTL bounds how long a rotated-out verification key still admits the tokens it signed.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final DefaultJWTParser verifier;
    private final ProviderIntrospection introspection;
    private final Cache<String, JsonWebToken> verified;
    private final Clock clock;

    public VerifiedTokens(
            DefaultJWTParser verifier,
            ProviderIntrospection introspection,
            Clock clock,
            @ConfigProperty(name = "vinhdanh.identity.verified-token-ttl", defaultValue = "PT5M") Duration ttl,
            @ConfigProperty(name = "vinhdanh.identity.verified-token-capacity", defaultValue = "10000") int capacity) {
        this.verifier = verifier;
        this.introspection = introspection;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfterWrite(ttl)
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && !expired(known)) {
            return stillActive(token, known);
        }
        JsonWebToken fresh = verifier.parse(token);
        if (!expired(fresh)) {
            verified.put(token, fresh);
        }
        return stillActive(token, fresh);
    }

    /** A genuine token of a person since disabled, or of a session since ended, is refused like an invalid one. */
    private JsonWebToken stillActive(String token, JsonWebToken verifiedToken) throws ParseException {
        if (!introspection.isActive(token)) {
            throw new ParseException("the token is no longer active at its identity provider");
        }
        return verifiedToken;
    }

    private boolean expired(JsonWebToken token) {
        return token.getExpirationTime() <= clock.millis() / 1000;
    }

    /** How many verified tokens are remembered now; for tests and diagnostics. */
    public long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    // other verifications (explicit keys or contexts) are not the request path: always verified

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
