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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.LevelNames;
import vn.vinhdanh.publicity.domain.PublishSuggestion;
import vn.vinhdanh.publicity.domain.SectorNames;
import vn.vinhdanh.publicity.service.PublicFeed;
import vn.vinhdanh.publicity.service.PublicNews;

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
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(PublishSuggestion.VIETNAM);

    private final PublicNews news;
    private final Template list;
    private final Template story;
    private final Template gone;
    private final Template notFound;
    private final Template honourRoll;

    @Context
    UriInfo uri;

    public NewsResource(PublicNews news, @Location("news/list.html") Template list,
            @Location("news/story.html") Template story, @Location("news/gone.html") Template gone,
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
        PublicFeed.Filter filter = request.filter();
        PublicNews.Page page = news.page(filter, request.page, Instant.now());
        List<NewsViews.Item> items = page.entries().stream()
                .map(f -> NewsViews.Item.of(f, page.corrections().containsKey(f.id))).toList();
        List<NewsViews.Option> sectors = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            String name = SectorNames.vietnamese(sector);
            sectors.add(new NewsViews.Option(sector.name(), Character.toUpperCase(name.charAt(0)) + name.substring(1),
                    sector == filter.sector()));
        }
        List<NewsViews.Option> levels = Arrays.stream(Level.values())
                .map(level -> new NewsViews.Option(level.name(), LevelNames.vietnamese(level), level == filter.level()))
                .toList();
        NewsViews.Link previous = request.page > 0
                ? new NewsViews.Link(pageUrl(request.page - 1), "← Trang trước") : null;
        NewsViews.Link next = page.hasNext() ? new NewsViews.Link(pageUrl(request.page + 1), "Trang sau →") : null;
        TemplateInstance html = list.data("base", base())
                .data("items", items)
                .data("sectors", sectors)
                .data("levels", levels)
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
        PublicNews.HonourRoll roll = news.honourRoll(Instant.now());
        List<NewsViews.Chart> charts = List.of(
                NewsViews.Chart.of("by-year", "Số bài theo năm", roll.byYear(), year -> "Năm " + year),
                NewsViews.Chart.of("by-level", "Số bài theo cấp", roll.byLevel(), LevelNames::vietnamese),
                NewsViews.Chart.of("by-sector", "Số bài theo lĩnh vực", roll.bySector(), sector -> {
                    String name = SectorNames.vietnamese(sector);
                    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
                }));
        return html(Response.ok(), honourRoll.data("base", base()).data("total", roll.total()).data("charts", charts));
    }

    @GET
    @Path("/{slug}")
    @Produces(HTML)
    @Operation(summary = "One published story; 410 Gone once killed, 404 before it is public")
    public Response story(@PathParam("slug") String slug) {
        PublicNews.Lookup lookup = news.story(slug, Instant.now());
        if (lookup instanceof PublicNews.Visible visible) {
            return html(Response.ok(), story.data("base", base())
                    .data("story", NewsViews.Story.of(visible.feature(), visible.corrections())));
        }
        if (lookup instanceof PublicNews.Gone killed) {
            Feature feature = killed.feature();
            return html(Response.status(Response.Status.GONE), gone.data("base", base())
                    .data("title", feature.title)
                    .data("killedOn", feature.killedAt == null ? null : DAY.format(feature.killedAt))
                    .data("reason", feature.killReason));
        }
        return html(Response.status(Response.Status.NOT_FOUND), notFound.data("base", base()));
    }

    private static Response html(Response.ResponseBuilder response, TemplateInstance page) {
        return response.entity(page.render()).type(HTML).header("Cache-Control", "no-cache").build();
    }

    private String base() {
        return uri.getBaseUri().toString();
    }

    private String pageUrl(int page) {
        UriBuilder builder = uri.getRequestUriBuilder();
        return (page == 0 ? builder.replaceQueryParam("page") : builder.replaceQueryParam("page", page)).build()
                .toString();
    }
}
