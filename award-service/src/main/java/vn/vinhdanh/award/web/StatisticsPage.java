package vn.vinhdanh.award.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vinhdanh.audit.Roles;
import vn.vinhdanh.award.domain.AwardType;
import vn.vinhdanh.award.service.AwardStatisticsQueries;
import vn.vinhdanh.events.Level;
import vn.vinhdanh.events.NomineeKind;
import vn.vinhdanh.events.Sector;
import vn.vinhdanh.events.VietnameseNames;

/**
 * A year's granted awards as charts (SVG bars, drawn on the server) with the same figures in a table beside each, by
 * level, sector, title and kind of recipient ({@link AwardStatisticsQueries}, the API's GET /statistics/awards).
 */
@Path("/desk/statistics")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.AWARD_OFFICER, Roles.ADMIN})
public class StatisticsPage {

    private final AwardStatisticsQueries statistics;
    private final Clock clock;
    private final Template page;

    public StatisticsPage(
            AwardStatisticsQueries statistics, Clock clock, @Location("officer/statistics.html") Template page) {
        this.statistics = statistics;
        this.clock = clock;
        this.page = page;
    }

    /** One bar: its label, the figures, and its length as a share of the longest bar of its chart. */
    public record Bar(String label, long awards, long amountVnd, int percent, int y) {}

    public record Chart(String id, String title, List<Bar> bars) {

        public int height() {
            return bars.size() * 32 + 8;
        }
    }

    @GET
    public String statistics(@QueryParam("year") Integer year) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        AwardStatisticsQueries.YearStatistics figures = statistics.of(shown);
        Map<String, String> titles =
                AwardType.<AwardType>listAll().stream().collect(Collectors.toMap(t -> t.code, t -> t.nameVi));
        List<Chart> charts = List.of(
                chart(
                        "level",
                        "Theo cấp",
                        figures.byLevel(),
                        key -> VietnameseNames.label(VietnameseNames.of(Level.valueOf(key)))),
                chart(
                        "sector",
                        "Theo lĩnh vực",
                        figures.bySector(),
                        key -> VietnameseNames.label(VietnameseNames.of(Sector.valueOf(key)))),
                chart("title", "Theo hình thức", figures.byAwardType(), key -> titles.getOrDefault(key, key)),
                chart(
                        "kind",
                        "Cá nhân, tập thể",
                        figures.byRecipientKind(),
                        key -> VietnameseNames.label(VietnameseNames.of(NomineeKind.valueOf(key)))));
        return page.data("year", shown)
                .data("figures", figures)
                .data("charts", charts)
                .render();
    }

    private static Chart chart(
            String id, String title, List<AwardStatisticsQueries.Group> groups, Function<String, String> label) {
        long longest = groups.stream()
                .mapToLong(AwardStatisticsQueries.Group::awards)
                .max()
                .orElse(1);
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            AwardStatisticsQueries.Group group = groups.get(i);
            int percent = (int) Math.max(1, Math.round(100.0 * group.awards() / Math.max(1, longest)));
            bars.add(new Bar(label.apply(group.key()), group.awards(), group.amountVnd(), percent, i * 32 + 4));
        }
        return new Chart(id, title, bars);
    }
}
