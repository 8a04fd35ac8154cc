package vn.vinhdanh.publicity.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.desk.DeskUser;
import vn.vinhdanh.publicity.domain.DeskEvent;
import vn.vinhdanh.publicity.service.DeskEvents;

/**
 * The desk page's live list: each desk event as a small piece of HTML that htmx's SSE extension puts on top of the list.
 * The event id is the desk log's position, so the browser's reconnect ({@code Last-Event-ID}) resumes where it was;
 * a first connection starts after {@code after}, the position the page was rendered at. The same log as the API's
 * JSON stream. The stream ends when the sign-in must be confirmed again ({@link DeskUser#signInHoldsFor}): the
 * reconnect renews it quietly, or, when the session is gone, is answered 499 and the page reloads into the login.
 */
@Path("/desk/events")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class LiveDeskStream {

    /** Not shorter: a sign-in just renewed must not turn the stream into a reconnect loop. */
    private static final Duration SHORTEST = Duration.ofSeconds(30);

    private final DeskEvents events;
    private final Template line;
    private final DeskUser user;

    public LiveDeskStream(DeskEvents events, @Location("editor/live-line.html") Template line, DeskUser user) {
        this.events = events;
        this.line = line;
        this.user = user;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(
            @HeaderParam("Last-Event-ID") String lastEventId, @QueryParam("after") Long after, @Context Sse sse) {
        Duration open = user.signInHoldsFor(SHORTEST);
        return events.streamAfter(resumePoint(lastEventId, after))
                .map(event -> toSse(sse, event))
                .select()
                .first(open);
    }

    private long resumePoint(String lastEventId, Long after) {
        try {
            if (lastEventId != null && !lastEventId.isBlank()) {
                return Long.parseLong(lastEventId.strip());
            }
        } catch (NumberFormatException e) {
            // not one of this stream's ids: from now on
        }
        return after != null && after >= 0 ? after : events.latestId();
    }

    private OutboundSseEvent toSse(Sse sse, DeskEvent event) {
        // one line of HTML: an SSE data field ends at a line break
        String html = line.data("e", event).render().replaceAll("\\R\\s*", " ").strip();
        return sse.newEventBuilder()
                .id(Long.toString(event.id))
                .name("desk")
                .mediaType(MediaType.TEXT_HTML_TYPE)
                .data(String.class, html)
                .reconnectDelay(2000)
                .build();
    }
}
