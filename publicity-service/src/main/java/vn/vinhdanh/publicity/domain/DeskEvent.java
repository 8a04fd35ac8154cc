package vn.vinhdanh.publicity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One change on the editorial desk; its id orders the live stream and is the SSE event id. */
@Entity
@Table(name = "desk_event")
public class DeskEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "feature_id", nullable = false)
    public UUID featureId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The feature's suggested publish date at the time of the change. */
    @Column(name = "suggested_publish_date")
    public LocalDate suggestedPublishDate;

    /** What a change by the system was about, e.g. the ceremony that set the suggested date. */
    public String detail;

    public static DeskEvent of(Feature feature, String action, String actor, Instant at) {
        DeskEvent event = new DeskEvent();
        event.featureId = feature.id;
        event.action = action;
        event.status = feature.status.name();
        event.title = feature.title;
        event.actor = actor;
        event.occurredAt = at;
        event.suggestedPublishDate = feature.suggestedPublishDate;
        return event;
    }

    public DeskEvent withDetail(String text) {
        detail = text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
        return this;
    }

    /** Events after {@code lastSeenId}, oldest first, at most {@code limit}. */
    public static List<DeskEvent> after(long lastSeenId, int limit) {
        return find("id > ?1 order by id", lastSeenId).page(0, limit).list();
    }
}
