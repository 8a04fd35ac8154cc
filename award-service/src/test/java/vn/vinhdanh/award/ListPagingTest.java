package vn.vinhdanh.award;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vinhdanh.award.AwardSteps.approve;
import static vn.vinhdanh.award.AwardSteps.budget;
import static vn.vinhdanh.award.AwardSteps.decision;
import static vn.vinhdanh.award.AwardSteps.newFund;
import static vn.vinhdanh.deploy.infra.Callers.as;
import static vn.vinhdanh.deploy.infra.LinkHeader.links;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.deploy.infra.KafkaTestClient;
import vn.vinhdanh.deploy.infra.PlatformTestResource;

/**
 * Every list of the API pages the same way: {@code page} (from 0) and {@code size}, {@code X-Total-Count} the matches
 * over all pages, and a {@code Link} header whose {@code next} keeps the request's filters.
 */
@QuarkusTest
class ListPagingTest {

    /** A year no other test sets a budget for. */
    private static final int YEAR = 2097;

    @Test
    void theAwardsOfADecisionComeInPagesWithTheirTotalAndLinks() {
        List<String> awards;
        try (KafkaTestClient kafka = new KafkaTestClient(PlatformTestResource.bootstrapServers())) {
            List<String> nominations = List.of(
                    approve(kafka, "INDIVIDUAL", "BANG_KHEN_CHU_TICH_UBND_TINH", "2025-06-20"),
                    approve(kafka, "COLLECTIVE", "BANG_KHEN_CHU_TICH_UBND_TINH", "2025-06-20"),
                    approve(kafka, "INDIVIDUAL", "BANG_KHEN_CHU_TICH_UBND_TINH", "2025-06-20"));
            awards = nominations.stream().map(AwardSteps::awaitAward).toList();
        }
        String decisionId = decision("2025-06-30", newFund(), awards.toArray(String[]::new));

        List<String> order = pagesOf("/api/v1/awards", "decisionId", decisionId, "id", awards.size());
        assertThat(order).containsExactlyInAnyOrderElementsOf(awards);
    }

    @Test
    void theBudgetsOfAYearComeInPagesByFund() {
        List<String> funds = List.of(newFund(), newFund(), newFund());
        funds.forEach(fund -> budget(YEAR, fund, 10_000_000));

        List<String> order = pagesOf("/api/v1/budgets", "year", String.valueOf(YEAR), "fund", funds.size());
        assertThat(order).isEqualTo(funds.stream().sorted().toList());
    }

    @Test
    void aPageOrASizeOutOfRangeIsAProblemNamingIt() {
        for (String list : List.of(
                "/api/v1/awards",
                "/api/v1/budgets",
                "/api/v1/ceremonies",
                "/api/v1/decisions",
                "/api/v1/issuers",
                "/api/v1/recoveries",
                "/api/v1/blocked-approvals",
                "/api/v1/upward-proposals",
                "/api/v1/award-types",
                "/api/v1/base-salaries",
                "/api/v1/special-reward-schedules",
                "/api/v1/special-rewards")) {
            refused(list, "size", 0);
            refused(list, "page", -1);
        }
    }

    @Test
    void aSeededListAnswersItsTotal() {
        Response all = as("award-officer").queryParam("size", 200).get("/api/v1/award-types");
        int types = all.jsonPath().getList("code").size();
        assertThat(types).isGreaterThan(1);
        assertThat(all.header("X-Total-Count")).isEqualTo(String.valueOf(types));
        Response first = as("award-officer").queryParam("size", 1).get("/api/v1/award-types");
        assertThat(first.jsonPath().getList("code")).hasSize(1);
        assertThat(first.header("X-Total-Count")).isEqualTo(String.valueOf(types));
        assertThat(links(first).get("last").getQuery()).contains("page=" + (types - 1));
    }

    /**
     * Checks a filtered list of exactly {@code expected} items against its pages of one; returns the {@code key} of
     * each item in the unpaged order.
     */
    private static List<String> pagesOf(String list, String filter, String value, String key, int expected) {
        Response all = as("award-officer").queryParam(filter, value).get(list);
        assertThat(all.statusCode()).isEqualTo(200);
        List<String> keys = all.jsonPath().getList(key, String.class);
        assertThat(keys).hasSize(expected);
        assertThat(all.header("X-Total-Count")).isEqualTo(String.valueOf(expected));
        assertThat(links(all)).containsOnlyKeys("first", "last");

        Response second = as("award-officer")
                .queryParam(filter, value)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get(list);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.jsonPath().getList(key, String.class)).containsExactly(keys.get(1));
        assertThat(second.header("X-Total-Count")).isEqualTo(String.valueOf(expected));
        Map<String, URI> links = links(second);
        assertThat(links).containsKeys("first", "prev", "next", "last");
        URI next = links.get("next");
        assertThat(next.getPath()).isEqualTo(list);
        assertThat(next.getQuery().split("&")).containsExactlyInAnyOrder(filter + "=" + value, "size=1", "page=2");
        assertThat(links.get("last").getQuery()).contains("page=" + (expected - 1));

        Response last = as("award-officer")
                .queryParam(filter, value)
                .queryParam("size", 1)
                .queryParam("page", expected - 1)
                .get(list);
        assertThat(last.jsonPath().getList(key, String.class)).containsExactly(keys.get(expected - 1));
        assertThat(links(last)).containsKeys("first", "prev", "last").doesNotContainKey("next");
        return keys;
    }

    private static void refused(String list, String parameter, int value) {
        Response response = as("award-officer").queryParam(parameter, value).get(list);
        assertThat(response.statusCode()).as("%s?%s=%d", list, parameter, value).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("errors[0].field"))
                .as("%s?%s=%d", list, parameter, value)
                .isEqualTo(parameter);
    }
}
