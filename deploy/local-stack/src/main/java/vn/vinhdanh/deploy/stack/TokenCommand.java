package vn.vinhdanh.deploy.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import vn.vinhdanh.deploy.infra.DevRealm;
import vn.vinhdanh.deploy.infra.KeycloakServer;
import vn.vinhdanh.deploy.infra.KeycloakTokens;

/**
 * Prints an access token from the local stack's Keycloak, for Swagger UI ("Authorize") or curl:
 * {@code ./token.sh agency SO-GDDT} (the agency's portal, client credentials), {@code ./token.sh council-member
 * hd-uy-vien-1} (the demo member in that seat), {@code ./token.sh council-secretary} (the role's demo person). Who
 * exists, and their development passwords and secrets, is read from the realm file, the one place they are written.
 */
public final class TokenCommand {

    static final List<String> ROLES =
            List.of("agency", "council-secretary", "council-member", "award-officer", "editor", "admin");

    /** Where the local stack's Keycloak answers; another one by {@code VINHDANH_KEYCLOAK_URL}. */
    static final String DEFAULT_KEYCLOAK_URL = "http://localhost:" + PlatformOptions.KEYCLOAK_PORT;

    private TokenCommand() {}

    public static void main(String[] args) {
        if (args.length < 1
                || args.length > 2
                || !ROLES.contains(args[0])
                || (args[0].equals("agency") && args.length < 2)) {
            System.err.println("""
                    usage: ./token.sh <role> [agency-code | seat | user]
                      agency <code>             the agency's portal (client credentials), e.g. agency SO-GDDT
                      council-member [seat]     the demo member in that seat, e.g. council-member hd-uy-vien-1
                      council-secretary | award-officer | editor | admin [user]
                                                the role's demo person (or the named demo user)
                    The token comes from the local stack's Keycloak (./run-local.sh starts it), realm vinhdanh.
                    example: curl -H "Authorization: Bearer $(./token.sh agency SO-GDDT)" \\
                                  http://localhost:8081/api/v1/nominations""");
            System.exit(2);
        }
        Path repoRoot = Path.of(System.getProperty(LocalStack.REPO_ROOT_PROPERTY, ""))
                .toAbsolutePath()
                .normalize();
        String keycloakUrl = System.getenv().getOrDefault("VINHDANH_KEYCLOAK_URL", DEFAULT_KEYCLOAK_URL);
        DevRealm realm = DevRealm.read(KeycloakServer.defaultRealmFile(repoRoot));
        KeycloakTokens tokens = new KeycloakTokens(
                keycloakUrl + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token", realm);
        PrintStream out = System.out;
        try {
            out.println(token(tokens, realm, args[0], args.length > 1 ? args[1] : null));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.err.println("Is the local stack running? ./run-local.sh starts Keycloak on " + keycloakUrl + ".");
            System.exit(1);
        }
    }

    private static String token(KeycloakTokens tokens, DevRealm realm, String role, String argument) {
        if (role.equals("agency")) {
            return tokens.forAgency(argument);
        }
        if (argument == null) {
            return role.equals("council-member")
                    ? tokens.forUser(realm.users().stream()
                            .filter(user -> user.seat() != null)
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("The realm has no council member")))
                    : tokens.forRole(role);
        }
        if (role.equals("council-member") && realm.userWithSeat(argument).isPresent()) {
            return tokens.forSeat(argument);
        }
        DevRealm.DemoUser user = realm.users().stream()
                .filter(candidate -> candidate.username().equals(argument))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The realm has no demo user or seat '" + argument
                        + "'; demo users: "
                        + realm.users().stream()
                                .map(DevRealm.DemoUser::username)
                                .toList()));
        if (!user.roles().contains(role)) {
            throw new IllegalArgumentException(
                    argument + " does not hold the role " + role + " (" + user.roles() + ")");
        }
        return tokens.forUser(user);
    }
}
