package vn.vinhdanh.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * Asks the identity provider whether a token it signed is still in force (OAuth 2.0 token introspection, RFC 7662), so
 * that a person who is disabled or whose session is ended loses access within {@code interval}, not only when the
 * token expires. Off unless {@code vinhdanh.identity.introspection.url} is set.
 *
 * <p>The signature, issuer, audience and expiry are checked locally before this is asked; the answer is remembered per
 * token for {@code interval}. The services introspect as the realm's client {@code vinhdanh-api}, the audience of
 * every token (Keycloak answers only to a client the token was issued for). If the provider cannot be reached, the
 * locally verified token is accepted and the failure logged: an outage of the provider must not take the platform
 * down with it, and the token is genuine.</p>
 */
@ApplicationScoped
public class ProviderIntrospection {

    private static final Logger LOG = Logger.getLogger(ProviderIntrospection.class);

    private final Optional<URI> endpoint;
    private final String authorization;
    private final Cache<String, Boolean> answers;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ProviderIntrospection(
            @ConfigProperty(name = "vinhdanh.identity.introspection.url") Optional<String> url,
            @ConfigProperty(name = "vinhdanh.identity.introspection.client-id", defaultValue = "vinhdanh-api")
                    String clientId,
            @ConfigProperty(name = "vinhdanh.identity.introspection.client-secret") Optional<String> clientSecret,
            @ConfigProperty(name = "vinhdanh.identity.introspection.interval", defaultValue = "PT15S")
                    Duration interval) {
        this.endpoint = url.filter(value -> !value.isBlank()).map(URI::create);
        this.authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString((form(clientId) + ":" + form(clientSecret.orElse("")))
                                .getBytes(StandardCharsets.UTF_8));
        this.answers = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(interval)
                .build();
    }

    public boolean enabled() {
        return endpoint.isPresent();
    }

    /** False only when the provider says the token is no longer active. */
    public boolean isActive(String token) {
        if (endpoint.isEmpty()) {
            return true;
        }
        return answers.get(token, this::ask);
    }

    private boolean ask(String token) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.get())
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + form(token) + "&token_type_hint=access_token"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warnf(
                        "Token introspection at %s answered %d; accepting the locally verified token",
                        endpoint.get(), response.statusCode());
                return true;
            }
            return Boolean.TRUE.equals(JsonUtil.parseJson(response.body()).get("active"));
        } catch (JoseException e) {
            LOG.warnf(
                    "Token introspection at %s answered no JSON (%s); accepting the locally verified token",
                    endpoint.get(), e.getMessage());
            return true;
        } catch (IOException e) {
            LOG.warnf("Token introspection at %s failed (%s); accepting the locally verified token", endpoint.get(), e);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
