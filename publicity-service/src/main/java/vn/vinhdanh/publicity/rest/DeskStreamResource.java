package vn.vinhdanh.publicity.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.publicity.domain.DeskEvent;
import vn.vinhdanh.publicity.service.DeskEvents;

/**
 * The live desk: server-sent events for the publicity team (new drafts, status changes, edits). Each event's id is
 * its position in the desk log, so a client that reconnects with {@code Last-Event-ID} misses nothing.
 */
@Path("/api/v1/desk/events")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Tag(name = "Press features")
public class DeskStreamResource {

    public record DeskEventView(
            UUID featureId,
            String action,
            String status,
            String title,
            String actor,
            Instant occurredAt,
            LocalDate suggestedPublishDate,
            String detail) {}

    private final DeskEvents events;

    public DeskStreamResource(DeskEvents events) {
        this.events = events;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live stream of desk changes; resume with Last-Event-ID (or ?after=), else from now")
    public Multi<OutboundSseEvent> stream(
            @HeaderParam("Last-Event-ID") String lastEventId,
            @QueryParam("after") @Min(0) Long after,
            @Context Sse sse) {
        return events.streamAfter(resumePoint(lastEventId, after)).map(event -> toSse(sse, event));
    }

    private long resumePoint(String lastEventId, Long after) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                return Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField(
                        "Last-Event-ID",
                        "not an event id of this stream",
                        "Không phải mã sự kiện của bản tin biên tập này.");
            }
        }
        return after != null ? after : events.latestId();
    }

    private static OutboundSseEvent toSse(Sse sse, DeskEvent event) {
        return sse.newEventBuilder()
                .id(Long.toString(event.id))
                .name(event.action)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(
                        DeskEventView.class,
                        new DeskEventView(
                                event.featureId,
                                event.action,
                                event.status,
                                event.title,
                                event.actor,
                                event.occurredAt,
                                event.suggestedPublishDate,
                                event.detail))
                .reconnectDelay(2000)
                .build();
    }
}
