package vn.vinhdanh.nomination.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of a nomination's timeline as webhooks deliver it: the CloudEvent, serialized once, so that every
 * endpoint and every retry gets exactly the same bytes under the same {@code webhook-id}. Written in the transaction
 * of the change, only when at least one endpoint wants it.
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent extends PanacheEntityBase {

    /** The CloudEvent {@code id} and the {@code webhook-id} header. */
    @Id
    public UUID id;

    /** The CloudEvent {@code type}. */
    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    /** The timeline step the event reports; for a timeline event, the nomination's status at that moment. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus step;

    /** The timeline event the event reports; null for a status step. */
    @Enumerated(EnumType.STRING)
    public TimelineEvent event;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The whole CloudEvent in structured mode, exactly as sent and signed. */
    @Column(nullable = false)
    public String body;
}
