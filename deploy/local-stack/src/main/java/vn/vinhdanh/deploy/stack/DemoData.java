package vn.vinhdanh.deploy.stack;

import static vn.vinhdanh.deploy.stack.DemoNominations.MOVEMENT_CODE;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vinhdanh.deploy.stack.DemoNominations.DemoNomination;
import vn.vinhdanh.deploy.stack.DemoNominations.Plan;
import vn.vinhdanh.province.ProvinceClock;

/**
 * Demo data for a fresh local stack: one emulation movement of Lào Cai province and seven nominations taken
 * through the whole flow over the public REST API, so that every screen and feed has something to show: four
 * approved (granted together by one signed decision, three of them publicised), one rejected, one returned for
 * more documents, one still under review.
 *
 * <p>Everything goes through the services' APIs, never their databases, so the data is exactly what a user could
 * have entered, and every Kafka hop of the platform is exercised on the way.</p>
 */
public final class DemoData {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** The provincial emulation and commendation fund, award-service's default fund. */
    private static final String FUND = "QTDKT-TINH";

    private static final long BUDGET_VND = 500_000_000L;
    private static final String SIGNER = "Chủ tịch UBND tỉnh Lào Cai";

    private final PlatformClient client;
    private final PrintStream out;

    public DemoData(PlatformClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /**
     * Loads the demo data unless movement {@value DemoNominations#MOVEMENT_CODE} already exists.
     *
     * @return true if loaded now, false if it was there already
     * @throws IllegalStateException if a step does not complete within its timeout
     */
    public boolean load() {
        if (client.findMovement(MOVEMENT_CODE).isPresent()) {
            out.println("Demo data already loaded (movement " + MOVEMENT_CODE + " exists); skipping.");
            return false;
        }
        String movementId;
        try {
            movementId =
                    client.createMovement(DemoNominations.movement()).path("id").asText();
        } catch (ApiException e) {
            if (e.status() == 409) {
                out.println("Demo data already loaded (movement " + MOVEMENT_CODE + " exists); skipping.");
                return false;
            }
            throw e;
        }
        out.println("Loading demo data: movement " + MOVEMENT_CODE);

        List<DemoNomination> demo = DemoNominations.all();
        // the councils first, so that every case opens in the council of its level
        List<String> levels =
                demo.stream().map(DemoNomination::level).distinct().toList();
        levels.forEach(client::ensureCouncil);
        out.println("  councils set up for levels " + levels);

        List<String> ids = new ArrayList<>();
        for (DemoNomination nomination : demo) {
            ids.add(client.submitNomination(nomination.request(movementId))
                    .path("id")
                    .asText());
        }
        out.println("  submitted " + ids.size() + " nominations");

        // each step waits for the previous one to be reflected, so every timeline reads in the natural order
        List<String> caseIds = new ArrayList<>();
        for (String id : ids) {
            caseIds.add(client.awaitOpenReviewCase(id).path("id").asText());
            client.awaitStatus(id, "UNDER_REVIEW");
        }
        out.println("  review cases opened by review-service");

        Map<String, Integer> decisions = new LinkedHashMap<>();
        List<String> toApprove = new ArrayList<>();
        for (int i = 0; i < demo.size(); i++) {
            Plan plan = demo.get(i).plan();
            if (plan.approves()) {
                toApprove.add(caseIds.get(i));
            } else if (plan.outcome != null) {
                client.decide(caseIds.get(i), plan.outcome, plan.reason);
            }
            decisions.merge(
                    plan.outcome == null ? "left open" : plan.outcome.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        // approvals go through the council's secret ballot: one meeting per council, every member votes
        client.approveByCouncil(toApprove);
        out.println("  council decisions: "
                + decisions.entrySet().stream()
                        .map(entry -> entry.getValue() + " " + entry.getKey())
                        .collect(Collectors.joining(", ")));

        // approvals only draft the awards: the officer lists them in one decision, which the chairman signs
        List<String> draftAwardIds = new ArrayList<>();
        for (int i = 0; i < demo.size(); i++) {
            if (demo.get(i).plan().approves()) {
                draftAwardIds.add(client.awaitAward(ids.get(i)).path("id").asText());
                client.awaitStatus(ids.get(i), "APPROVED");
            }
        }
        LocalDate decisionDate = LocalDate.now(ProvinceClock.ZONE);
        ensureBudget(decisionDate.getYear());
        JsonNode decision = client.signDecision(client.createDecision(decisionDate, SIGNER, FUND, draftAwardIds)
                .path("id")
                .asText());
        out.println("  decision " + decision.path("decisionNumber").asText() + " of " + decisionDate + " signed: "
                + draftAwardIds.size() + " awards, "
                + NumberFormat.getIntegerInstance(VIETNAMESE)
                        .format(decision.path("totalAmountVnd").asLong()) + " VND from fund " + FUND);

        Map<String, Long> amounts = new LinkedHashMap<>();
        for (int i = 0; i < demo.size(); i++) {
            Plan plan = demo.get(i).plan();
            String id = ids.get(i);
            if (plan.approves()) {
                amounts.put(id, client.awaitAward(id).path("amountVnd").asLong());
                client.awaitStatus(id, "AWARDED");
            } else if (plan.outcome != null) {
                client.awaitStatus(id, plan.outcome);
            }
        }
        out.println("  awards granted by award-service: " + amounts.size());

        int published = 0;
        for (int i = 0; i < demo.size(); i++) {
            if (demo.get(i).plan() == Plan.APPROVE_AND_PUBLISH) {
                String id = ids.get(i);
                client.publishFeature(
                        client.awaitPublishableDraft(id).path("id").asText());
                client.awaitStatus(id, "PUBLICIZED");
                published++;
            }
        }
        out.println("  press features published by publicity-service: " + published);

        printSummary(demo, ids, amounts);
        return true;
    }

    /** The demo fund's budget of the year, set once; a re-run on the same database leaves it as it is. */
    private void ensureBudget(int year) {
        boolean present = client.budgets(year).stream()
                .anyMatch(b -> FUND.equals(b.path("fund").asText()));
        if (!present) {
            client.setBudget(year, FUND, BUDGET_VND);
            out.println("  budget " + year + " of fund " + FUND + ": "
                    + NumberFormat.getIntegerInstance(VIETNAMESE).format(BUDGET_VND) + " VND");
        }
    }

    private void printSummary(List<DemoNomination> demo, List<String> ids, Map<String, Long> amounts) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Nominee", "Sector", "Proposed award", "Amount (VND)", "Status"});
        for (int i = 0; i < demo.size(); i++) {
            DemoNomination nomination = demo.get(i);
            JsonNode current = client.nomination(ids.get(i));
            Long amount = amounts.get(ids.get(i));
            rows.add(new String[] {
                nomination.name(),
                nomination.sector(),
                nomination.proposedAward(),
                amount == null
                        ? ""
                        : NumberFormat.getIntegerInstance(VIETNAMESE).format(amount),
                current.path("status").asText()
            });
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        out.println();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("  ");
            for (int column = 0; column < widths.length; column++) {
                String cell = rows.get(r)[column];
                // the amount column reads better right-aligned
                line.append(
                        column == 3
                                ? " ".repeat(widths[column] - cell.length()) + cell
                                : cell + " ".repeat(widths[column] - cell.length()));
                line.append("  ");
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                int total = 0;
                for (int width : widths) {
                    total += width + 2;
                }
                out.println("  " + "-".repeat(total - 2));
            }
        }
    }
}
