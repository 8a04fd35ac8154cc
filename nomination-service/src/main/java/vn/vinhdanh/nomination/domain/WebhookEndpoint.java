package vn.vinhdanh.nomination.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Where an agency portal wants to hear about its nominations' timeline: a URL, which steps, and the secret every
 * delivery is signed with (Standard Webhooks). Rows are changed under a row lock, not a version: the dispatcher marks
 * an endpoint failing while its agency may be enabling it.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(nullable = false)
    public String url;

    /** The timeline entries delivered: status names for steps, event names for events; empty for every entry. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes = new ArrayList<>();

    public String description;

    /** {@code whsec_} + base64 of the key; kept in clear because every delivery is signed with it. */
    @Column(nullable = false)
    public String secret;

    /** The secret before the last rotation, still signing until {@link #previousSecretExpiresAt}. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;

    @Column(name = "secret_rotated_at")
    public Instant secretRotatedAt;

    @Column(nullable = false)
    public boolean enabled;

    /** Since when a delivery to it has failed for good; null while it is healthy or after it was enabled again. */
    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * A status step by its status, an event by its event: an endpoint that asked for APPROVED wants the council's
     * approval, not an AWARD_BLOCKED that happens to find the nomination approved.
     */
    public boolean wants(TimelineEntry entry) {
        return eventTypes.isEmpty()
                || eventTypes.contains(entry.event != null ? entry.event.name() : entry.status.name());
    }

    /** The secrets a delivery made at {@code now} is signed with: the current one first, then one still overlapping. */
    public List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(secret);
        if (previousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    /** Receivers switch at their own pace: the old secret keeps signing, beside the new one, for {@code overlap}. */
    public void rotateSecret(String newSecret, Instant now, Duration overlap) {
        previousSecret = secret;
        previousSecretExpiresAt = now.plus(overlap);
        secret = newSecret;
        secretRotatedAt = now;
        updatedAt = now;
    }

    public void disable(Instant now) {
        enabled = false;
        updatedAt = now;
    }

    /** Enabling is also how the agency says it fixed its receiver: the failing mark goes. */
    public void enable(Instant now) {
        enabled = true;
        failingSince = null;
        updatedAt = now;
    }

    /** The first final failure dates the mark; later ones keep it. */
    public void markFailing(Instant now) {
        if (failingSince == null) {
            failingSince = now;
        }
    }
}
