package vn.vinhdanh.deploy.stack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.vinhdanh.deploy.infra.LocalJwt;

/**
 * Prints a bearer token the local stack's services accept, for Swagger UI ("Authorize") or curl:
 * {@code ./token.sh agency SO-GDDT}, {@code ./token.sh council-secretary}, {@code ./token.sh admin}.
 */
public final class TokenCommand {

    static final List<String> ROLES =
            List.of("agency", "council-secretary", "council-member", "award-officer", "editor", "admin");

    private TokenCommand() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        // an agency needs its code; any role may name the subject after it (the README's council member does)
        boolean agency = args.length >= 1 && args[0].equals("agency");
        if (args.length < 1 || !ROLES.contains(args[0]) || (agency && args.length < 2)) {
            System.err.println("""
                    usage: ./token.sh <role> [agency-code] [subject]
                      role: agency (then the agency code, e.g. SO-GDDT), council-secretary, council-member,
                            award-officer, editor, admin
                      subject: the user id in the token (default: derived from the role or agency)
                    example: curl -H "Authorization: Bearer $(./token.sh agency SO-GDDT)" \\
                                  http://localhost:8081/api/v1/nominations""");
            System.exit(2);
        }
        String role = args[0];
        String agencyCode = agency ? args[1] : null;
        int subjectIndex = agency ? 2 : 1;
        String subject = args.length > subjectIndex
                ? args[subjectIndex]
                : agencyCode != null ? "portal-" + agencyCode : "local-" + role;
        Path repoRoot = Path.of(System.getProperty("vinhdanh.repo.root", ""))
                .toAbsolutePath()
                .normalize();
        Path keys = repoRoot.resolve(".run").resolve("jwt");
        if (!Files.isDirectory(keys)) {
            System.err.println("No key pair in " + keys + " yet: it is created when ./run-local.sh first starts."
                    + " A key pair made now is the one the stack will use.");
        }
        out.println(LocalJwt.loadOrCreate(keys).issue(subject, role, agencyCode, Duration.ofHours(12)));
    }
}
