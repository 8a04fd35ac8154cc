package vn.vinhdanh.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.deploy.infra.LinkHeader.links;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The list of features pages as every list of the API does: {@code page} (from 0) and {@code size},
 * {@code X-Total-Count} the matches over all pages, and a {@code Link} header whose {@code next} keeps the filters.
 */
@QuarkusTest
class ListPagingTest {

    private static final String FEATURES = "/api/v1/features";

    @Test
    void theFeaturesInReviewComeInPagesWithTheirTotalAndLinks() {
        List<String> nominations = List.of(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        List<String> inReview = nominations.stream()
                .map(nomination -> {
                    String id = Stories.draft(nomination, "INDIVIDUAL", "Lò Văn Páo", "HEALTH", "PROVINCE");
                    as("editor")
                            .post(FEATURES + "/" + id + "/submit-for-review")
                            .then()
                            .statusCode(200);
                    return id;
                })
                .toList();

        // only what is in review, whoever else put it there: the whole list is one page of at most 200
        Response all = as("editor")
                .queryParam("status", "IN_REVIEW")
                .queryParam("size", 200)
                .get(FEATURES);
        assertThat(all.statusCode()).isEqualTo(200);
        List<String> ids = all.jsonPath().getList("id", String.class);
        assertThat(ids).containsAll(inReview).hasSizeLessThan(200);
        assertThat(all.jsonPath().getList("status", String.class)).containsOnly("IN_REVIEW");
        int total = ids.size();
        assertThat(all.header("X-Total-Count")).isEqualTo(String.valueOf(total));
        assertThat(links(all)).containsOnlyKeys("first", "last");

        Response second = as("editor")
                .queryParam("status", "IN_REVIEW")
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get(FEATURES);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.jsonPath().getList("id", String.class)).containsExactly(ids.get(1));
        assertThat(second.header("X-Total-Count")).isEqualTo(String.valueOf(total));
        Map<String, URI> links = links(second);
        assertThat(links).containsKeys("first", "prev", "next", "last");
        URI next = links.get("next");
        assertThat(next.getPath()).isEqualTo(FEATURES);
        assertThat(next.getQuery().split("&")).containsExactlyInAnyOrder("status=IN_REVIEW", "size=1", "page=2");
        assertThat(links.get("last").getQuery()).contains("page=" + (total - 1));

        Response last = as("editor")
                .queryParam("status", "IN_REVIEW")
                .queryParam("size", 1)
                .queryParam("page", total - 1)
                .get(FEATURES);
        assertThat(last.jsonPath().getList("id", String.class)).containsExactly(ids.get(total - 1));
        assertThat(links(last)).containsKeys("first", "prev", "last").doesNotContainKey("next");
    }

    @Test
    void bothFiltersApplyTogetherWithThePaging() {
        String nomination = UUID.randomUUID().toString();
        String id = Stories.draft(nomination, "INDIVIDUAL", "Sùng Thị Dở", "EDUCATION_TRAINING", "PROVINCE");

        Response draft = as("editor")
                .queryParam("nominationId", nomination)
                .queryParam("status", "DRAFT")
                .get(FEATURES);
        assertThat(draft.jsonPath().getList("id", String.class)).containsExactly(id);
        assertThat(draft.header("X-Total-Count")).isEqualTo("1");
        assertThat(links(draft)).containsOnlyKeys("first", "last");
        assertThat(links(draft).get("last").getQuery().split("&"))
                .containsExactlyInAnyOrder("nominationId=" + nomination, "status=DRAFT", "page=0");

        Response published = as("editor")
                .queryParam("nominationId", nomination)
                .queryParam("status", "PUBLISHED")
                .get(FEATURES);
        assertThat(published.jsonPath().getList("id", String.class)).isEmpty();
        assertThat(published.header("X-Total-Count")).isEqualTo("0");

        Response beyond = as("editor")
                .queryParam("nominationId", nomination)
                .queryParam("page", 1)
                .get(FEATURES);
        assertThat(beyond.jsonPath().getList("id", String.class)).isEmpty();
        assertThat(beyond.header("X-Total-Count")).isEqualTo("1");
        assertThat(links(beyond)).containsKeys("first", "prev", "last").doesNotContainKey("next");
    }

    @Test
    void aPageOrASizeOutOfRangeIsAProblemNamingIt() {
        refused("size", 0);
        refused("page", -1);
    }

    private static void refused(String parameter, int value) {
        Response response = as("editor").queryParam(parameter, value).get(FEATURES);
        assertThat(response.statusCode()).as("%s=%d", parameter, value).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("errors[0].field"))
                .as("%s=%d", parameter, value)
                .isEqualTo(parameter);
    }
}
