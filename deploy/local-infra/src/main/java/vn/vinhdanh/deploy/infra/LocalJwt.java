package vn.vinhdanh.deploy.infra;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * The services' tests' stand-in for the identity provider, for tests that only need a caller: an RSA key pair whose
 * public half the application under test trusts and whose private half signs tokens shaped like the realm's (roles in
 * {@code groups}, the {@code agency} and {@code seat} claims, audience {@code vinhdanh-api}). Everything that claims
 * "sign-in works" runs against the real Keycloak ({@link KeycloakServer}).
 */
public final class LocalJwt {

    /** The {@code iss} the services expect unless configured otherwise. */
    public static final String ISSUER = "https://vinhdanh.local/idp";
    /** The {@code aud} the services require, as the realm's client scope vinhdanh-api sets it. */
    public static final String AUDIENCE = "vinhdanh-api";

    static final String PRIVATE_KEY_FILE = "privateKey.pem";
    static final String PUBLIC_KEY_FILE = "publicKey.pem";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private LocalJwt(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static LocalJwt generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new LocalJwt(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    /** Keys of an earlier run are reused, so tokens printed earlier stay valid across restarts. */
    public static LocalJwt loadOrCreate(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        try {
            if (Files.isRegularFile(privateFile) && Files.isRegularFile(publicFile)) {
                return fromPem(Files.readString(privateFile), Files.readString(publicFile));
            }
            LocalJwt created = generate();
            Files.createDirectories(directory);
            Files.writeString(publicFile, created.publicKeyPem());
            Files.writeString(privateFile, created.privateKeyPem());
            privateFile.toFile().setReadable(false, false);
            privateFile.toFile().setReadable(true, true);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the JWT keys in " + directory, e);
        }
    }

    public static LocalJwt fromPem(String privateKeyPem, String publicKeyPem) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new LocalJwt(
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(decode(privateKeyPem))),
                    rsa.generatePublic(new X509EncodedKeySpec(decode(publicKeyPem))));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA key pair in PEM form", e);
        }
    }

    public static Path publicKeyFile(Path directory) {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    public String privateKeyPem() {
        return pem("PRIVATE KEY", privateKey.getEncoded());
    }

    /**
     * A signed access token.
     *
     * @param role one of agency, council-secretary, council-member, award-officer, editor, admin
     * @param agencyCode the agency the caller acts for (role {@code agency}); null otherwise
     * @param subject the user; for a council member also their seat (claim {@code seat}), as in the demo realm
     */
    public String issue(String subject, String role, String agencyCode, Duration lifetime) {
        Instant now = Instant.now();
        return issue(subject, role, agencyCode, now, now.plus(lifetime));
    }

    /**
     * A signed access token valid from {@code issuedAt} until {@code expiresAt}; tests pass times in the past to get
     * a token that is genuine but expired.
     */
    public String issue(String subject, String role, String agencyCode, Instant issuedAt, Instant expiresAt) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .audience(AUDIENCE)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        if (agencyCode != null) {
            claims.claim("agency", agencyCode);
        }
        if ("council-member".equals(role)) {
            claims.claim("seat", subject);
        }
        return claims.jws().keyId("vinhdanh-local").sign(privateKey);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] decode(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
