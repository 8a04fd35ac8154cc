package vn.vinhdanh.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vinhdanh.deploy.stack.DeskBrowser.assertAccessible;
import static vn.vinhdanh.deploy.stack.DeskBrowser.signIn;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vinhdanh.deploy.infra.HeadlessChromium;

/**
 * The council's desk in a real browser: the secretary's queue, a reviewer assigned by hand, the reviewer's score sheet
 * on a phone, a meeting built from the queue, members who do not review the case reading its dossier from their
 * ballot, one declaring a conflict there, the others voting once (one in writing), then the secretary closing the
 * ballots, reading the tally with its rule and legal basis, and deciding from it. Every page is checked with axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilDeskIT {

    private static final String REVIEWER = "hd-uy-vien-1";
    private static final String VOTER = "hd-uy-vien-2";
    private static final String CONFLICTED = "hd-pho-chu-tich-2";

    private PlatformLauncher platform;
    private PlatformClient client;
    private String desk;
    private String run;

    @BeforeAll
    void startPlatform() {
        DeskFixture fixture = DeskFixture.start();
        platform = fixture.platform();
        client = fixture.client();
        run = fixture.run();
        desk = fixture.desk(Service.REVIEW);
    }

    @Test
    void theSecretaryBuildsAMeetingTheMembersVoteOnTheirPhonesAndTheCouncilDecidesFromTheTally() throws IOException {
        String councilId = client.ensureCouncil("PROVINCE");
        String movementId = client.createMovement(PlatformRequests.movement(
                        "HD-" + run.toUpperCase(), "Phong trào thi đua \"Lào Cai chuyển đổi số\" " + run, 2026))
                .path("id")
                .asText();
        String nominee = "Lò Văn Thắng " + run;
        String nominationId = client.submitNomination(PlatformRequests.nomination(
                        movementId,
                        "SO-GDDT",
                        PlatformRequests.individual(
                                nominee,
                                "MALE",
                                1984,
                                "Thái",
                                "Hiệu trưởng",
                                "Trường THPT số 1 Văn Bàn",
                                "PUBLIC_EMPLOYEE"),
                        "PROVINCE",
                        "EDUCATION_TRAINING",
                        "BANG_KHEN_CHU_TICH_UBND_TINH",
                        "Đưa 100 % lớp học lên sổ điểm điện tử; 3 năm liền không có học sinh bỏ học.",
                        "Tổ trợ giảng tiếng Thái cho học sinh lớp 10."))
                .path("id")
                .asText();
        String caseId = client.awaitOpenReviewCase(nominationId).path("id").asText();
        assertEquals(
                councilId,
                client.as(PlatformApi.COUNCIL_SECRETARY, null)
                        .get(platform.baseUrl(Service.REVIEW).resolve("/api/v1/reviews/" + caseId))
                        .expect(200)
                        .json()
                        .path("councilId")
                        .asText());

        try (HeadlessChromium secretary = HeadlessChromium.desktop()) {
            WebDriver browser = secretary.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk, "thu-ky-hoi-dong");

            // the queue, filtered to this movement; the case and its dossier
            wait.until(ExpectedConditions.urlContains("/desk/cases"));
            assertTrue(
                    browser.findElement(By.cssSelector("header.site")).getText().contains("Thư ký Hội đồng"));
            new Select(browser.findElement(By.id("q-movement"))).selectByValue(movementId);
            new Select(browser.findElement(By.id("q-level"))).selectByValue("PROVINCE");
            browser.findElement(By.cssSelector("form.filters button")).click();
            wait.until(ExpectedConditions.urlContains("movement=" + movementId));
            List<WebElement> rows = browser.findElements(By.cssSelector("table tbody tr"));
            assertEquals(1, rows.size(), "one case of this movement");
            assertAccessible(browser, "the secretary's queue");
            secretary.screenshot("desk-council-queue");
            browser.findElement(By.linkText(nominee)).click();
            wait.until(ExpectedConditions.urlContains("/desk/cases/" + caseId));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Tổ trợ giảng tiếng Thái"));

            // a return without its reason is refused, next to the reason, with the choice kept
            browser.findElement(By.id("outcome-RETURNED")).click();
            browser.findElement(By.cssSelector("form[action$='/decision'] button"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertTrue(browser.findElement(By.id("err-f-reason"))
                    .getText()
                    .contains("Nêu những thông tin, tài liệu đơn vị cần bổ sung"));
            assertTrue(browser.findElement(By.id("outcome-RETURNED")).isSelected(), "the choice is kept");
            assertAccessible(browser, "the refused decision");

            // a reviewer by hand
            new Select(browser.findElement(By.id("f-memberId"))).selectByValue(REVIEWER);
            browser.findElement(By.cssSelector("form[action$='/reviewers'] .actions button"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=assigned"));
            assertAccessible(browser, "the case");
            secretary.screenshot("desk-council-case");
        }

        // the reviewer scores on a phone: a score out of range first, then a right one, submitted
        try (HeadlessChromium phone = HeadlessChromium.phone()) {
            WebDriver browser = phone.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk, REVIEWER);
            browser.findElement(By.linkText(nominee)).click();
            browser.findElement(By.linkText("Chấm điểm hồ sơ")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-score-OVERALL")));
            assertAccessible(browser, "the score sheet");
            browser.findElement(By.id("f-score-OVERALL")).sendKeys("11");
            browser.findElement(By.cssSelector("button[name=intent][value=submit]"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("err-f-score-OVERALL")));
            assertTrue(
                    browser.findElement(By.id("err-f-score-OVERALL")).getText().contains("Điểm từ 0 đến 10"));
            assertEquals("11", browser.findElement(By.id("f-score-OVERALL")).getAttribute("value"));
            phone.screenshot("desk-council-score-sheet-refused");
            browser.findElement(By.id("f-score-OVERALL")).clear();
            browser.findElement(By.id("f-score-OVERALL")).sendKeys("8,5");
            browser.findElement(By.cssSelector("button[name=intent][value=submit]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=submitted"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("8,5"), "the weighted total");
        }

        String meetingId;
        try (HeadlessChromium secretary = HeadlessChromium.desktop()) {
            WebDriver browser = secretary.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk + "/meetings/new?council=" + councilId, "thu-ky-hoi-dong");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-" + caseId)));
            // nothing ticked: refused, the title kept
            browser.findElement(By.id("f-title")).clear();
            browser.findElement(By.id("f-title")).sendKeys("Phiên họp tháng 12 " + run);
            browser.findElement(By.cssSelector("form[method=post] .actions button"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("err-f-caseIds")));
            assertEquals(
                    "Phiên họp tháng 12 " + run,
                    browser.findElement(By.id("f-title")).getAttribute("value"));
            assertAccessible(browser, "the new meeting, refused");
            browser.findElement(By.id("case-" + caseId)).click();
            browser.findElement(By.cssSelector("form[method=post] .actions button"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=opened"));
            meetingId = browser.getCurrentUrl().replaceAll(".*/desk/meetings/([0-9a-f-]{36}).*", "$1");
            assertTrue(browser.findElement(By.cssSelector(".turnout")).getText().equals("0/7"));
            assertAccessible(browser, "the meeting");
        }

        // a member who does not review the case reads its dossier from the ballot, then votes once
        try (HeadlessChromium phone = HeadlessChromium.phone()) {
            WebDriver browser = phone.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk, VOTER);
            browser.findElement(By.cssSelector("a[href='/desk/meetings/" + meetingId + "/ballot']"))
                    .click();
            assertAccessible(browser, "the ballot");
            browser.findElement(By.cssSelector("a[href='/desk/cases/" + caseId + "']"))
                    .click();
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Tổ trợ giảng tiếng Thái"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("8,5"), "the submitted sheet");
            assertAccessible(browser, "the dossier read by a voter");
            browser.navigate().back();
            browser.findElement(By.cssSelector("form.ballot button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertTrue(browser.findElement(By.id("err-f-vote-" + caseId)).isDisplayed());
            phone.screenshot("desk-council-ballot-refused");
            browser.findElement(By.id("vote-" + caseId + "-APPROVE")).click();
            browser.findElement(By.cssSelector("form.ballot button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=voted"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Đã bỏ phiếu."));
            assertTrue(
                    browser.findElements(By.id("vote-" + caseId + "-APPROVE")).isEmpty(), "voted once");
            phone.screenshot("desk-council-ballot-voted");
        }

        // another declares a conflict from the ballot page and no longer votes on it
        try (HeadlessChromium phone = HeadlessChromium.phone()) {
            WebDriver browser = phone.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk + "/meetings/" + meetingId + "/ballot", CONFLICTED);
            browser.findElement(By.cssSelector("details summary")).click();
            browser.findElement(By.id("reason-" + caseId)).sendKeys("Người được đề nghị là anh rể tôi.");
            browser.findElement(By.cssSelector("details form button")).click();
            wait.until(ExpectedConditions.urlContains("done=conflict"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("xung đột lợi ích"));
            assertTrue(
                    browser.findElements(By.id("vote-" + caseId + "-APPROVE")).isEmpty());
        }

        // the reviewer, absent from the meeting, votes in writing; the other members through the API
        try (HeadlessChromium phone = HeadlessChromium.phone()) {
            WebDriver browser = phone.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk + "/meetings/" + meetingId + "/ballot", REVIEWER);
            browser.findElement(By.id("vote-" + caseId + "-APPROVE")).click();
            browser.findElement(By.id("f-inWriting")).click();
            browser.findElement(By.cssSelector("form.ballot button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=voted"));
        }
        // the secretary watches the count rise as the others vote (the page refreshes it), closes, reads the tally
        // and decides from it
        try (HeadlessChromium secretary = HeadlessChromium.desktop()) {
            WebDriver browser = secretary.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk + "/meetings/" + meetingId, "thu-ky-hoi-dong");
            // the member who declared a conflict no longer counts among those who may vote, as if declared before
            assertEquals("2/6", browser.findElement(By.cssSelector(".turnout")).getText());
            for (String seat : List.of("hd-chu-tich", "hd-pho-chu-tich-1", "hd-uy-vien-thuong-truc", "hd-uy-vien-3")) {
                client.asMember(seat)
                        .post(
                                platform.baseUrl(Service.REVIEW).resolve("/api/v1/meetings/" + meetingId + "/votes"),
                                Map.of(
                                        "inWriting",
                                        false,
                                        "votes",
                                        List.of(Map.of("caseId", caseId, "choice", "APPROVE"))))
                        .expect(200);
            }
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".turnout"), "6/6"));
            browser.findElement(By.cssSelector("form[action$='/close'] button")).click();
            wait.until(ExpectedConditions.urlContains("done=closed"));
            String tally = browser.findElement(By.id("turnout")).getText();
            assertTrue(tally.contains("Đạt") && tally.contains("6 đồng ý"), tally);
            assertTrue(tally.contains("6 phiếu đồng ý trên 6 phiếu bầu = 100,0 % (cần ≥ 80 %: đạt)"), tally);
            assertTrue(tally.contains("Căn cứ: Quy trình cũ của tỉnh"), tally);
            assertAccessible(browser, "the closed meeting");
            secretary.screenshot("desk-council-tally");
            browser.findElement(By.cssSelector("form[action$='/decisions'] button"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[role=status]"), "Đã ghi kết luận"));
            assertTrue(browser.findElement(By.id("turnout")).getText().contains("Thông qua"));
        }
        client.awaitStatus(nominationId, "APPROVED");
        JsonNode ballot = client.as(PlatformApi.COUNCIL_SECRETARY, null)
                .get(platform.baseUrl(Service.REVIEW).resolve("/api/v1/reviews/" + caseId + "/ballot"))
                .expect(200)
                .json();
        assertEquals(6, ballot.path("approvals").asInt(), ballot.toString());
        assertEquals(1, ballot.path("inWriting").asInt(), ballot.toString());
    }

    /**
     * The secretary's rarer steps on a case and the chair's ruling: a submitted score sheet reopened (the reason
     * required first), the public comment period opened, and a declared conflict lifted by the council's chair from
     * their own page, after which the member reviews the case again.
     */
    @Test
    void theSecretaryReopensASheetAndHoldsPublicCommentAndTheChairLiftsAConflict() throws IOException {
        client.ensureCouncil("PROVINCE");
        String movementId = client.createMovement(PlatformRequests.movement(
                        "CT-" + run.toUpperCase(), "Phong trào \"Dân vận khéo\" " + run, 2026))
                .path("id")
                .asText();
        String nominee = "Giàng Thị Mai " + run;
        String nominationId = client.submitNomination(PlatformRequests.nomination(
                        movementId,
                        "SO-YTE",
                        PlatformRequests.individual(
                                nominee, "FEMALE", 1988, "Mông", "Y sĩ", "Trạm Y tế xã Bản Xèo", "PUBLIC_EMPLOYEE"),
                        "PROVINCE",
                        "HEALTH",
                        "BANG_KHEN_CHU_TICH_UBND_TINH",
                        "Mười năm tiêm chủng đủ cho trẻ em ở bốn thôn vùng cao.",
                        "Lịch tiêm theo phiên chợ."))
                .path("id")
                .asText();
        String caseId = client.awaitOpenReviewCase(nominationId).path("id").asText();
        var review = platform.baseUrl(Service.REVIEW);
        client.as(PlatformApi.COUNCIL_SECRETARY, null)
                .post(review.resolve("/api/v1/reviews/" + caseId + "/assignments"), Map.of("memberId", REVIEWER))
                .expect(200);
        client.asMember(REVIEWER)
                .send(
                        "PUT",
                        review.resolve("/api/v1/reviews/" + caseId + "/score-sheets/mine"),
                        Map.of("scores", List.of(Map.of("criterionCode", "OVERALL", "score", 9))),
                        "application/json")
                .expect(200);
        client.asMember(REVIEWER)
                .post(review.resolve("/api/v1/reviews/" + caseId + "/score-sheets/mine/submit"), null)
                .expect(200);
        client.as(PlatformApi.COUNCIL_SECRETARY, null)
                .post(
                        review.resolve("/api/v1/reviews/" + caseId + "/conflicts"),
                        Map.of("memberId", VOTER, "reason", "Người được đề nghị là em họ của thành viên"))
                .expect(200);

        try (HeadlessChromium secretary = HeadlessChromium.desktop()) {
            WebDriver browser = secretary.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk + "/cases/" + caseId, "thu-ky-hoi-dong");

            // reopening a sheet without a reason is refused beside the reason, the member kept
            new Select(browser.findElement(By.id("f-sheetOf"))).selectByValue(REVIEWER);
            browser.findElement(By.cssSelector("form[action$='/score-sheets/unlock'] button"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("err-f-unlockReason")));
            assertTrue(browser.findElement(By.id("err-f-unlockReason"))
                    .getText()
                    .contains("Nêu lý do mở lại phiếu chấm điểm"));
            assertAccessible(browser, "the refused unlock");
            browser.findElement(By.id("f-unlockReason")).sendKeys("Thành viên chấm nhầm tiêu chí");
            browser.findElement(By.cssSelector("form[action$='/score-sheets/unlock'] button"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=unlocked"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Bản nháp"), "the sheet reopened");

            // the public comment period: a number of days out of range first, then the rule's own
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("document.getElementById('f-commentFrom').value = '2026-12-07'");
            browser.findElement(By.id("f-workingDays")).sendKeys("90");
            browser.findElement(By.cssSelector("form[action$='/public-comment'] button"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("err-f-workingDays")));
            assertTrue(browser.findElement(By.id("err-f-workingDays")).getText().contains("từ 1 đến 60"));
            assertEquals("90", browser.findElement(By.id("f-workingDays")).getAttribute("value"));
            browser.findElement(By.id("f-workingDays")).clear();
            browser.findElement(By.id("f-workingDays")).sendKeys("10");
            browser.findElement(By.cssSelector("form[action$='/public-comment'] button"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=public-comment"));
            // ten working days from Monday 7/12/2026 end on Friday 18/12/2026
            assertTrue(
                    browser.findElement(By.tagName("main")).getText().contains("07/12/2026 – 18/12/2026"),
                    browser.findElement(By.tagName("main")).getText());
            assertAccessible(browser, "the case after public comment");
        }

        // the chair finds the conflict on their own page and lifts it, the reason required
        try (HeadlessChromium chair = HeadlessChromium.phone()) {
            WebDriver browser = chair.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            signIn(browser, platform, desk, "hd-chu-tich");
            browser.findElement(By.partialLinkText("xung đột lợi ích chờ Chủ tịch xem xét"))
                    .click();
            wait.until(ExpectedConditions.urlContains("/desk/conflicts"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("đã kê khai: Người được đề nghị"));
            assertAccessible(browser, "the chair's conflicts");
            chair.screenshot("desk-council-chair-conflicts");
            new Select(browser.findElement(By.id("f-conflict"))).selectByValue(caseId + " " + VOTER);
            browser.findElement(By.cssSelector("form[action$='/override'] button"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("err-f-overrideReason")));
            assertEquals(
                    caseId + " " + VOTER,
                    new Select(browser.findElement(By.id("f-conflict")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            browser.findElement(By.id("f-overrideReason")).sendKeys("Quan hệ họ hàng xa, không ảnh hưởng khách quan");
            browser.findElement(By.cssSelector("form[action$='/override'] button"))
                    .click();
            wait.until(ExpectedConditions.urlContains("done=overridden"));
            assertTrue(browser.findElements(By.cssSelector("option[value='" + caseId + " " + VOTER + "']"))
                    .isEmpty());
        }
        JsonNode conflicts = client.as(PlatformApi.COUNCIL_SECRETARY, null)
                .get(review.resolve("/api/v1/reviews/" + caseId + "/conflicts"))
                .expect(200)
                .json();
        assertEquals(
                VOTER, conflicts.path("overridden").path(0).path("memberId").asText(), conflicts.toString());
    }
}
