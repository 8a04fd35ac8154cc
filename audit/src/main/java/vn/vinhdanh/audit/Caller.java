package vn.vinhdanh.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated caller of the current request, as the services need it for rules and the audit trail. */
@RequestScoped
public class Caller {

    /** Checked in this order when a token carries several roles: the most powerful one names the actor. */
    private static final List<String> ROLE_PRECEDENCE = List.of(
            Roles.ADMIN,
            Roles.COUNCIL_SECRETARY,
            Roles.AWARD_OFFICER,
            Roles.EDITOR,
            Roles.COUNCIL_MEMBER,
            Roles.AGENCY);

    @Inject
    SecurityIdentity identity;

    public String id() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** The role this caller acts in, for the audit trail. */
    public String role() {
        return ROLE_PRECEDENCE.stream().filter(identity::hasRole).findFirst().orElse("none");
    }

    /** The agency the caller acts for: the {@code agency} claim, present for the agency role. */
    public String agencyCode() {
        return claim("agency");
    }

    /**
     * The council seat the caller sits in: the {@code seat} claim, which the identity provider maps from the member's
     * account (never the subject, which the provider chooses). Null for a caller without one.
     */
    public String seat() {
        return claim("seat");
    }

    /**
     * A claim of the token behind the identity: the bearer token of an API call, or the ID token of a person signed in
     * at the desk (its client scope carries the same claims). Read from the principal, which both mechanisms make the
     * token itself, so that neither mechanism's token producer decides which one is meant.
     */
    private String claim(String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object claim = token.getClaim(name);
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    /** "role:subject", as shown in timelines and decisions. */
    public String label() {
        return role() + ":" + id();
    }
}
