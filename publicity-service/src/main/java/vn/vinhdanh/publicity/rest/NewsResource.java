package vn.vinhdanh.publicity.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.service.PublicNews;
import vn.vinhdanh.publicity.service.StoryFilter;
import vn.vinhdanh.publicity.service.StoryPage;

/**
 * The public news pages, in Vietnamese and rendered on the server (Qute), readable on a phone and without
 * JavaScript: the list of published stories, one story, and the honour roll. No token needed. A killed story answers
 * 410 Gone; a story that is not (yet) public answers 404, so an embargo holds here as in the feeds.
 */
@Path("/news")
@PermitAll
@Tag(name = "News pages")
public class NewsResource {

    static final String HTML = "text/html;charset=UTF-8";

    private final PublicNews news;
    private final Template list;
    private final Template story;
    private final Template gone;
    private final Template notFound;
    private final Template honourRoll;

    @Context
    UriInfo uri;

    public NewsResource(
            PublicNews news,
            @Location("news/list.html") Template list,
            @Location("news/story.html") Template story,
            @Location("news/gone.html") Template gone,
            @Location("news/not-found.html") Template notFound,
            @Location("news/honour-roll.html") Template honourRoll) {
        this.news = news;
        this.list = list;
        this.story = story;
        this.gone = gone;
        this.notFound = notFound;
        this.honourRoll = honourRoll;
    }

    @GET
    @Produces(HTML)
    @Operation(summary = "Published stories, newest first, 20 a page; filters sector and level")
    public Response list(@Valid @BeanParam FeedRequest request) {
        StoryFilter filter = request.filter();
        StoryPage page = news.page(filter, request.page);
        List<NewsViews.Item> items = page.entries().stream()
                .map(f -> NewsViews.Item.of(f, page.corrections().containsKey(f.id)))
                .toList();
        NewsViews.Link previous = request.page > 0
                ? new NewsViews.Link(request.pageUrl(request.page - 1).toString(), "← Trang trước")
                : null;
        NewsViews.Link next = page.hasNext()
                ? new NewsViews.Link(request.pageUrl(request.page + 1).toString(), "Trang sau →")
                : null;
        TemplateInstance html = list.data("base", base())
                .data("items", items)
                .data("sectors", NewsViews.Option.sectors(filter.sector()))
                .data("levels", NewsViews.Option.levels(filter.level()))
                .data("filtered", filter.sector() != null || filter.level() != null)
                .data("pageNumber", request.page + 1)
                .data("previous", previous)
                .data("next", next);
        return html(Response.ok(), html);
    }

    @GET
    @Path("/honour-roll")
    @Produces(HTML)
    @Operation(summary = "The honour roll: published stories counted per year, level and sector, as charts and tables")
    public Response honourRoll() {
        PublicNews.HonourRoll roll = news.honourRoll();
        return html(
                Response.ok(),
                honourRoll.data("base", base()).data("total", roll.total()).data("charts", NewsViews.Chart.of(roll)));
    }

    @GET
    @Path("/{slug}")
    @Produces(HTML)
    @Operation(summary = "One published story; 410 Gone once killed, 404 before it is public")
    public Response story(@PathParam("slug") String slug) {
        PublicNews.Lookup lookup = news.story(slug);
        if (lookup instanceof PublicNews.Visible visible) {
            return html(
                    Response.ok(),
                    story.data("base", base())
                            .data("story", NewsViews.Story.of(visible.feature(), visible.corrections())));
        }
        if (lookup instanceof PublicNews.Gone killed) {
            Feature feature = killed.feature();
            return html(
                    Response.status(Response.Status.GONE),
                    gone.data("base", base())
                            .data("title", feature.title)
                            .data("killedOn", feature.killedAt == null ? null : FeedText.DAY.format(feature.killedAt))
                            .data("reason", feature.killReason));
        }
        return html(Response.status(Response.Status.NOT_FOUND), notFound.data("base", base()));
    }

    private static Response html(Response.ResponseBuilder response, TemplateInstance page) {
        return response.entity(page.render())
                .type(HTML)
                .header("Cache-Control", "no-cache")
                .build();
    }

    private String base() {
        return uri.getBaseUri().toString();
    }
}
