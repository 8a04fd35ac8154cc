package vn.vinhdanh.publicity.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.problem.ProblemException;
import vn.vinhdanh.publicity.service.PublicFeed;
import vn.vinhdanh.publicity.service.StoryFilter;
import vn.vinhdanh.publicity.service.StoryPage;

/** What both feeds accept: filters, the page, and what a conditional GET needs. */
public class FeedRequest {

    /** Text, not the enum: feed readers get a 400 naming the parameter rather than the 404 of JAX-RS. */
    @QueryParam("sector")
    @Parameter(description = "only stories of this sector", schema = @Schema(implementation = Sector.class))
    String sector;

    @QueryParam("level")
    @Parameter(description = "only stories of this level", schema = @Schema(implementation = Level.class))
    String level;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(10000)
    Integer page;

    @Context
    UriInfo uri;

    @Context
    Request request;

    StoryFilter filter() {
        return new StoryFilter(parse(Sector.class, "sector", sector), parse(Level.class, "level", level));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String expected = java.util.Arrays.toString(type.getEnumConstants());
            throw ProblemException.invalidField(
                    name,
                    "'" + value + "' is not one of " + expected,
                    "Giá trị '" + value + "' không hợp lệ; chỉ nhận một trong các giá trị " + expected + ".");
        }
    }

    /** Writes a page of a feed in its format. */
    @FunctionalInterface
    interface Renderer<X extends Exception> {
        String render(StoryPage page, Instant lastModified) throws X;
    }

    /**
     * Answers a feed's GET: 304 when the client's copy is current, else the page rendered, with its ETag and
     * Last-Modified. {@code representation} keeps the ETags of the two feeds apart.
     */
    <X extends Exception> Response respond(
            PublicFeed feed, Instant now, String representation, String mediaType, Renderer<X> renderer) throws X {
        PublicFeed.Freshness freshness = feed.freshness(filter(), now);
        EntityTag etag = new EntityTag(freshness.etag(representation, page), true);
        Response notModified = notModified(etag, freshness.lastModified());
        if (notModified != null) {
            return notModified;
        }
        StoryPage stories = feed.page(filter(), page, now);
        return Response.ok(renderer.render(stories, freshness.lastModified()), mediaType)
                .tag(etag)
                .lastModified(Date.from(freshness.lastModified() == null ? Instant.EPOCH : freshness.lastModified()))
                .build();
    }

    /** @return a 304 response when the client's copy is current, else null */
    private Response notModified(EntityTag etag, Instant lastModified) {
        // HTTP dates have whole seconds: compare at that precision, or If-Modified-Since would never match
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(
                lastModified == null ? new Date(0) : Date.from(lastModified.truncatedTo(ChronoUnit.SECONDS)), etag);
        return unchanged == null ? null : unchanged.tag(etag).build();
    }

    /** This feed's URL for another page, keeping the filters. */
    URI pageUrl(int otherPage) {
        return otherPage == 0
                ? uri.getRequestUriBuilder().replaceQueryParam("page").build()
                : uri.getRequestUriBuilder()
                        .replaceQueryParam("page", otherPage)
                        .build();
    }

    URI base() {
        return uri.getBaseUri();
    }
}
