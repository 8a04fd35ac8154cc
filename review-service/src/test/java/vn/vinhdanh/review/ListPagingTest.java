package vn.vinhdanh.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.deploy.infra.LinkHeader.links;
import static vn.vinhdanh.review.TestCouncil.REVIEWS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every list of the API pages the same way: {@code page} (from 0) and {@code size}, {@code X-Total-Count} the matches
 * over all pages, and a {@code Link} header whose {@code next} keeps the request's filters.
 */
@QuarkusTest
class ListPagingTest {

    private static final String MEETINGS = "/api/v1/meetings";

    @Test
    void aCouncilsCasesAndMeetingsComeInPagesWithTheirTotalAndLinks() {
        TestCouncil council = TestCouncil.create(3);
        List<String> cases = List.of(
                TestCouncil.submit("BANG_KHEN_CHU_TICH_UBND_TINH"),
                TestCouncil.submit("BANG_KHEN_CHU_TICH_UBND_TINH"),
                TestCouncil.submit("BANG_KHEN_CHU_TICH_UBND_TINH"));
        cases.forEach(council::take);
        LocalDate day = LocalDate.of(2026, 3, 2);
        List<String> meetings = List.of(
                council.meeting(day.toString(), cases.get(0)),
                council.meeting(day.plusDays(1).toString(), cases.get(1)),
                council.meeting(day.plusDays(2).toString(), cases.get(2)));

        List<String> caseOrder = pagesOf(REVIEWS, "councilId", council.id(), cases.size());
        assertThat(caseOrder).containsExactlyInAnyOrderElementsOf(cases);

        List<String> meetingOrder = pagesOf(MEETINGS, "councilId", council.id(), meetings.size());
        // latest first
        assertThat(meetingOrder).containsExactly(meetings.get(2), meetings.get(1), meetings.get(0));
    }

    @Test
    void aPageOrASizeOutOfRangeIsAProblemNamingIt() {
        for (String list : List.of(REVIEWS, MEETINGS, "/api/v1/councils", "/api/v1/vote-rules")) {
            refused(list, "size", 0);
            refused(list, "page", -1);
        }
    }

    /**
     * Checks a filtered list of exactly {@code expected} items against its pages of one; returns the ids in the
     * unpaged order.
     */
    private static List<String> pagesOf(String list, String filter, String value, int expected) {
        Response all = as("council-secretary").queryParam(filter, value).get(list);
        assertThat(all.statusCode()).isEqualTo(200);
        List<String> ids = all.jsonPath().getList("id", String.class);
        assertThat(ids).hasSize(expected);
        assertThat(all.header("X-Total-Count")).isEqualTo(String.valueOf(expected));
        assertThat(links(all)).containsOnlyKeys("first", "last");

        Response second = as("council-secretary")
                .queryParam(filter, value)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get(list);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.jsonPath().getList("id", String.class)).containsExactly(ids.get(1));
        assertThat(second.header("X-Total-Count")).isEqualTo(String.valueOf(expected));
        Map<String, URI> links = links(second);
        assertThat(links).containsKeys("first", "prev", "next", "last");
        URI next = links.get("next");
        assertThat(next.getPath()).isEqualTo(list);
        assertThat(next.getQuery().split("&")).containsExactlyInAnyOrder(filter + "=" + value, "size=1", "page=2");
        assertThat(links.get("last").getQuery()).contains("page=" + (expected - 1));

        Response last = as("council-secretary")
                .queryParam(filter, value)
                .queryParam("size", 1)
                .queryParam("page", expected - 1)
                .get(list);
        assertThat(last.jsonPath().getList("id", String.class)).containsExactly(ids.get(expected - 1));
        assertThat(links(last)).containsKeys("first", "prev", "last").doesNotContainKey("next");
        return ids;
    }

    private static void refused(String list, String parameter, int value) {
        Response response = as("council-secretary").queryParam(parameter, value).get(list);
        assertThat(response.statusCode()).as("%s?%s=%d", list, parameter, value).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("errors[0].field"))
                .as("%s?%s=%d", list, parameter, value)
                .isEqualTo(parameter);
    }
}
