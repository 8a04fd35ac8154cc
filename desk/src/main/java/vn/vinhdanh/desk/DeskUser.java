package vn.vinhdanh.desk;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.vinhdanh.audit.Caller;
import vn.vinhdanh.audit.Roles;

/** The person signed in at the desk, as the header shows them: name, the role they act in, their agency or seat. */
@RequestScoped
@Named("deskUser")
public class DeskUser {

    private static final Map<String, String> ROLE_NAMES = Map.of(
            Roles.AGENCY, "Cán bộ cơ quan, đơn vị",
            Roles.COUNCIL_SECRETARY, "Thư ký Hội đồng",
            Roles.COUNCIL_MEMBER, "Thành viên Hội đồng",
            Roles.AWARD_OFFICER, "Cán bộ Ban Thi đua – Khen thưởng",
            Roles.EDITOR, "Biên tập viên",
            Roles.ADMIN, "Quản trị hệ thống");

    private final SecurityIdentity identity;
    private final Caller caller;

    public DeskUser(SecurityIdentity identity, Caller caller) {
        this.identity = identity;
        this.caller = caller;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The name the provider knows the person by ({@code name}), else the user name. */
    public String name() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null) {
            return token.getClaim("name").toString();
        }
        return caller.id();
    }

    /**
     * How long the sign-in behind this request holds before the provider must confirm it again (the ID token's
     * expiry; the refresh token then renews it, or the person signs in again), at least {@code floor}. A page that stays
     * open on a live stream ends the stream then, so that its reconnect meets the sign-in.
     */
    public Duration signInHoldsFor(Duration floor) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0) {
            Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(token.getExpirationTime()));
            return left.compareTo(floor) < 0 ? floor : left;
        }
        return floor;
    }

    /** The role the person acts in, in Vietnamese. */
    public String role() {
        return ROLE_NAMES.getOrDefault(caller.role(), "");
    }

    public boolean is(String role) {
        return caller.has(role);
    }

    /** The agency an agency officer acts for, or a council member's seat; empty otherwise. */
    public String unit() {
        String agency = caller.agencyCode();
        if (agency != null) {
            return agency;
        }
        String seat = caller.seat();
        return seat == null ? "" : seat;
    }
}
