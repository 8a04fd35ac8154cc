package vn.vinhdanh.desk;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * CSRF protection of the desk's forms: a synchronizer token bound to the person's sign-in session, the HMAC of the
 * session's id ({@code sid} of the ID token) under the service's key. Every form carries it in the hidden field
 * {@value #FIELD}; a form handler checks it before it calls a use case. Stateless, so any pod of a service can check
 * what another rendered; a token is worthless outside its session. The session cookie is SameSite=Lax too.
 *
 * <p>Why not quarkus-rest-csrf: its filter applies to every resource of the application, and it refuses any POST
 * without a form body, which the API's body-less POSTs (withdraw, a story's workflow steps) are.
 */
@RequestScoped
@Named("deskCsrf")
public class DeskCsrf {

    public static final String FIELD = "csrf-token";

    private final SecurityIdentity identity;
    private final byte[] key;

    public DeskCsrf(SecurityIdentity identity, @ConfigProperty(name = "vinhdanh.desk.csrf-key") String key) {
        this.identity = identity;
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    public String field() {
        return FIELD;
    }

    /** The token of the current session, for the hidden field of a form. */
    public String token() {
        return sign(sessionBinding());
    }

    /** Refuses (403) a form whose token is missing or belongs to another session. */
    public void verify(MultivaluedMap<String, String> form) {
        String sent = form.getFirst(FIELD);
        String expected = token();
        if (sent == null
                || !MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenException("the form's CSRF token is missing or not this session's");
        }
    }

    private String sessionBinding() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new ForbiddenException("no signed-in session");
        }
        Object sid = token.getClaim("sid");
        Object issuedAt = token.getClaim("auth_time");
        return token.getSubject() + "|" + (sid != null ? sid : issuedAt);
    }

    private String sign(String binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(binding.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
