package vn.vinhdanh.publicity.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vinhdanh.events.VietnameseNames;
import vn.vinhdanh.publicity.domain.Feature;
import vn.vinhdanh.publicity.domain.FeatureStatus;
import vn.vinhdanh.publicity.service.PublicFeed;
import vn.vinhdanh.publicity.service.StoryPage;

/** JSON Feed 1.1 of published stories. JSON Feed has no tombstones, so killed stories simply leave it. */
@Path("/feed.json")
@PermitAll
@Tag(name = "Feeds")
public class JsonFeedResource {

    static final String MEDIA_TYPE = "application/feed+json;charset=utf-8";

    private final PublicFeed feed;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public JsonFeedResource(PublicFeed feed, ObjectMapper objectMapper, Clock clock) {
        this.feed = feed;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JsonFeed(
            String version,
            String title,
            @JsonProperty("home_page_url") String homePageUrl,
            @JsonProperty("feed_url") String feedUrl,
            @JsonProperty("next_url") String nextUrl,
            String description,
            String language,
            List<Author> authors,
            List<Item> items) {}

    public record Author(String name) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            String id,
            String url,
            String title,
            @JsonProperty("content_text") String contentText,
            String summary,
            @JsonProperty("date_published") String datePublished,
            @JsonProperty("date_modified") String dateModified,
            List<String> tags,
            String language) {}

    @GET
    @Produces(MEDIA_TYPE)
    @Operation(summary = "JSON Feed 1.1 of published stories; filters sector and level, page")
    public Response json(@Valid @BeanParam FeedRequest request) throws JsonProcessingException {
        return request.respond(
                feed,
                Instant.now(clock),
                "json",
                MEDIA_TYPE,
                (page, lastModified) -> objectMapper.writeValueAsString(body(request, page)));
    }

    private static JsonFeed body(FeedRequest request, StoryPage page) {
        List<Item> items = page.entries().stream()
                .filter(feature -> feature.status == FeatureStatus.PUBLISHED)
                .map(feature -> item(request, feature, page))
                .toList();
        return new JsonFeed(
                "https://jsonfeed.org/version/1.1",
                "Vinh Danh – Gương điển hình tiên tiến",
                request.base().resolve("news").toString(),
                request.pageUrl(request.page).toString(),
                page.hasNext() ? request.pageUrl(request.page + 1).toString() : null,
                "Những tập thể, cá nhân, hộ gia đình điển hình tiên tiến được tôn vinh trong các phong trào thi đua",
                "vi",
                List.of(new Author("Ban Thi đua – Khen thưởng")),
                items);
    }

    private static Item item(FeedRequest request, Feature feature, StoryPage page) {
        return new Item(
                AtomFeedResource.entryId(feature),
                request.base().resolve("news/" + feature.slug).toString(),
                feature.title,
                FeedText.withCorrections(feature.body, page.corrections().getOrDefault(feature.id, List.of())),
                feature.summary,
                feature.publishedAt.toString(),
                feature.updatedAt.toString(),
                List.of(VietnameseNames.of(feature.sector), feature.level.name()),
                "vi");
    }
}
