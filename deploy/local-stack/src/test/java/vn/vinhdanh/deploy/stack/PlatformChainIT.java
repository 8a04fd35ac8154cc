package vn.vinhdanh.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The whole platform as separate processes (four services, a real Kafka broker, PostgreSQL), driven only through
 * its public HTTP API: a nomination travels submit → review → award → press feature → Atom feed, and the
 * rejected and returned paths stop where they should.
 *
 * <p>Runs against fresh databases, a fresh broker and free ports, so it neither needs nor disturbs a running local
 * stack. The run directory under {@code target/} keeps the services' logs for a failed run.</p>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformChainIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** How long "nothing happens" is given to show itself on the rejected path. */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    private PlatformLauncher platform;
    private PlatformClient client;
    private String movementId;
    private PortalReceiver portals;
    /** The signing secrets of the two portals' endpoints, as their registrations answered them. */
    private final Map<String, String> secrets = new LinkedHashMap<>();

    private final Map<String, String> endpointIds = new LinkedHashMap<>();

    @BeforeAll
    void startPlatform() {
        String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        platform = SharedPlatform.get();
        client = new PlatformClient(new ApiClient(), platform.baseUrls(), platform.tokens());

        Map<String, Object> movement = new LinkedHashMap<>();
        movement.put("code", "E2E-" + run.toUpperCase());
        movement.put("name", "Phong trào thi đua \"Lào Cai chung sức xây dựng nông thôn mới\"");
        movement.put("kind", "REGULAR");
        movement.put("level", "PROVINCE");
        movement.put("year", 2026);
        movement.put("organizer", "UBND tỉnh Lào Cai");
        movementId = client.createMovement(movement).path("id").asText();

        // two agencies' portals listen for their nominations' steps: the submitting one, and one that must hear
        // nothing of them
        try {
            portals = new PortalReceiver();
        } catch (IOException e) {
            throw new IllegalStateException("no local port for the portals' webhook receiver", e);
        }
        for (String agency : List.of("SO-NNPTNT", "SO-YTE")) {
            Map<String, Object> endpoint = new LinkedHashMap<>();
            endpoint.put("url", portals.url("/" + agency).toString());
            endpoint.put("eventTypes", List.of("*"));
            endpoint.put("description", "E2E portal of " + agency);
            JsonNode registered = client.as(PlatformApi.AGENCY, agency)
                    .post(client.url(Service.NOMINATION, "/api/v1/webhooks"), endpoint)
                    .expect(201)
                    .json();
            secrets.put(agency, registered.path("secret").asText());
            endpointIds.put(agency, registered.path("id").asText());
        }
    }

    @AfterAll
    void stopReceiver() {
        // the tests after this one on the shared platform submit for these agencies too: nothing more to deliver
        endpointIds.forEach((agency, endpoint) -> client.as(PlatformApi.AGENCY, agency)
                .send(
                        "DELETE",
                        client.url(Service.NOMINATION, "/api/v1/webhooks/" + endpoint),
                        null,
                        "application/json")
                .expect(204));
        if (portals != null) {
            portals.close();
        }
    }

    @Test
    void approvedNominationIsAwardedPublicisedAndInTheFeed() {
        String name = "Hoàng Thị Thu Hường";
        String id = submitUnderReview(individual(name, "FEMALE"), "BANG_KHEN_CHU_TICH_UBND_TINH");

        client.approveByCouncil(
                List.of(client.awaitOpenReviewCase(id).path("id").asText()));
        client.awaitStatus(id, "APPROVED");

        // the approval drafts the award; it is granted, and announced, only by a signed decision
        JsonNode draft = client.awaitAward(id);
        assertEquals("DRAFT", draft.path("status").asText());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        client.setBudget(today.getYear(), "QTDKT-TINH", 100_000_000L);
        JsonNode decision = client.signDecision(client.createDecision(
                        today,
                        "Chủ tịch UBND tỉnh Lào Cai",
                        null,
                        List.of(draft.path("id").asText()))
                .path("id")
                .asText());
        assertEquals("SIGNED", decision.path("status").asText());
        assertTrue(decision.path("decisionNumber").asText().matches("\\d+/QĐ-UBND"), "number of " + decision);

        JsonNode award = client.awaitAward(id);
        assertEquals("GRANTED", award.path("status").asText());
        assertEquals(
                decision.path("decisionNumber").asText(),
                award.path("decisionNumber").asText());
        assertEquals("BANG_KHEN_CHU_TICH_UBND_TINH", award.path("awardCode").asText());
        // 1.5 × the 2,340,000 VND base salary in force since 1 July 2024, for an individual
        assertEquals(
                0,
                new BigDecimal("3510000")
                        .compareTo(new BigDecimal(award.path("amountVnd").asText())),
                "amountVnd of " + award);
        client.awaitStatus(id, "AWARDED");

        JsonNode feature = client.awaitPublishableDraft(id);
        String title = feature.path("title").asText();
        assertFalse(title.isBlank(), "feature title");
        assertTrue(
                title.contains(name) || feature.path("body").asText().contains(name),
                "the feature names the nominee with diacritics: " + title);

        JsonNode published = client.publishFeature(feature.path("id").asText());
        assertEquals("PUBLISHED", published.path("status").asText());

        List<String> feedTitles = Await.until("the feed to list \"" + title + "\"", () -> {
            List<String> titles = atomEntryTitles(client.atomFeed());
            return titles.contains(title) ? Optional.of(titles) : Optional.empty();
        });
        assertTrue(feedTitles.contains(title));

        JsonNode nomination = client.awaitStatus(id, "PUBLICIZED");
        assertInOrder(
                PlatformClient.timelineStatuses(nomination),
                List.of("SUBMITTED", "UNDER_REVIEW", "APPROVED", "AWARDED", "PUBLICIZED"));

        // the submitting agency's portal heard every step, signed with its secret; the other agency's nothing of it
        List<String> steps = List.of("SUBMITTED", "UNDER_REVIEW", "APPROVED", "AWARDED", "PUBLICIZED");
        List<PortalReceiver.Delivery> heard = Await.until("the portal of SO-NNPTNT to hear every step of " + id, () -> {
            List<PortalReceiver.Delivery> ofNomination = portals.at("/SO-NNPTNT").stream()
                    .filter(d -> id.equals(d.event().path("subject").asText()))
                    .toList();
            List<String> statuses = ofNomination.stream()
                    .map(d -> d.event().path("data").path("status").asText())
                    .toList();
            return statuses.containsAll(steps) ? Optional.of(ofNomination) : Optional.empty();
        });
        for (PortalReceiver.Delivery delivery : heard) {
            assertTrue(delivery.signedWith(secrets.get("SO-NNPTNT")), "signature of " + delivery);
            assertEquals(
                    "vn.vinhdanh.nomination.status-changed.v1",
                    delivery.event().path("type").asText());
            assertEquals(delivery.id(), delivery.event().path("id").asText(), "webhook-id is the CloudEvent id");
            assertEquals(
                    "SO-NNPTNT",
                    delivery.event().path("data").path("agencyCode").asText());
        }
        for (PortalReceiver.Delivery delivery : portals.at("/SO-YTE")) {
            assertEquals(
                    "SO-YTE", delivery.event().path("data").path("agencyCode").asText(), "delivered to SO-YTE");
            assertTrue(delivery.signedWith(secrets.get("SO-YTE")), "signature of " + delivery);
        }
    }

    @Test
    void rejectedNominationGetsNeitherAwardNorFeature() throws InterruptedException {
        String id = submitUnderReview(individual("Vàng A Sử", "MALE"), "CHIEN_SI_THI_DUA_CAP_TINH");

        client.decide(
                client.awaitOpenReviewCase(id).path("id").asText(),
                "REJECTED",
                "Chưa đủ ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.");
        client.awaitStatus(id, "REJECTED");

        // an award or feature would be created asynchronously, so give a wrong one the time to appear
        Thread.sleep(SETTLE.toMillis());
        JsonNode nomination = client.nomination(id);
        List<String> timeline = PlatformClient.timelineStatuses(nomination);
        assertEquals("REJECTED", nomination.path("status").asText());
        assertEquals("REJECTED", timeline.get(timeline.size() - 1), "timeline " + timeline);
        assertInOrder(timeline, List.of("SUBMITTED", "UNDER_REVIEW", "REJECTED"));
        assertTrue(client.awards(id).isEmpty(), "no award for a rejected nomination");
        assertTrue(client.features(id).isEmpty(), "no press feature for a rejected nomination");
    }

    @Test
    void returnedNominationIsAmendedAndTheCouncilJudgesItInANewRound() {
        Map<String, Object> request = request(individual("Lý Seo Chứ", "MALE"), "BANG_KHEN_CHU_TICH_UBND_TINH");
        String id = submitUnderReview(request);
        String round1 = client.awaitOpenReviewCase(id).path("id").asText();

        client.decide(round1, "RETURNED", "Bổ sung biên bản họp xét thi đua của đơn vị.");
        JsonNode nomination = client.awaitStatus(id, "RETURNED");
        assertInOrder(PlatformClient.timelineStatuses(nomination), List.of("SUBMITTED", "UNDER_REVIEW", "RETURNED"));

        request.put("achievements", request.get("achievements") + " Biên bản họp xét số 12/BB-TKN kèm theo.");
        request.put("changeNote", "Bổ sung biên bản họp xét thi đua");
        JsonNode amended = client.amendNomination(id, request);
        assertEquals(2, amended.path("revision").asInt());
        client.awaitStatus(id, "UNDER_REVIEW");

        JsonNode round2 = client.awaitOpenReviewCase(id);
        assertEquals(2, round2.path("round").asInt());
        assertEquals(round1, round2.path("previousCaseId").asText());
        client.approveByCouncil(List.of(round2.path("id").asText()));
        nomination = client.awaitStatus(id, "APPROVED");
        assertInOrder(
                PlatformClient.timelineStatuses(nomination),
                List.of("SUBMITTED", "UNDER_REVIEW", "RETURNED", "SUBMITTED", "UNDER_REVIEW", "APPROVED"));
        client.awaitAward(id);
    }

    /** Submits and waits until nomination-service has recorded that the review has started. */
    private String submitUnderReview(Map<String, Object> nominee, String proposedAward) {
        return submitUnderReview(request(nominee, proposedAward));
    }

    private String submitUnderReview(Map<String, Object> request) {
        JsonNode submitted = client.submitNomination(request);
        assertEquals("SUBMITTED", submitted.path("status").asText());
        String id = submitted.path("id").asText();
        client.awaitStatus(id, "UNDER_REVIEW");
        return id;
    }

    private Map<String, Object> request(Map<String, Object> nominee, String proposedAward) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("movementId", movementId);
        request.put("agencyCode", "SO-NNPTNT");
        request.put("nominee", nominee);
        request.put("level", "PROVINCE");
        request.put("sector", "AGRICULTURE");
        request.put("proposedAward", proposedAward);
        request.put(
                "achievements",
                "Đưa giống chè Shan tuyết vào trồng tập trung trên 30 ha ở xã Tả Phời,"
                        + " thu nhập của các hộ tham gia tăng 25%.");
        request.put("goodPractices", "Hướng dẫn bà con làm phân hữu cơ vi sinh từ phụ phẩm nông nghiệp.");
        request.put("publicityConsent", true);
        return request;
    }

    private static Map<String, Object> individual(String name, String gender) {
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("kind", "INDIVIDUAL");
        nominee.put("name", name);
        nominee.put("gender", gender);
        nominee.put("birthYear", 1988);
        nominee.put("ethnicity", "Tày");
        nominee.put("position", "Cán bộ khuyến nông");
        nominee.put("organization", "Trạm Khuyến nông huyện Bảo Thắng");
        nominee.put("targetGroup", "PUBLIC_EMPLOYEE");
        return nominee;
    }

    private static List<String> atomEntryTitles(String xml) {
        Document feed;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // a feed is untrusted input: no DTDs, no external entities
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            feed = builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("/feed.atom is not well-formed XML: " + e.getMessage(), e);
        }
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI(), "feed namespace");
        assertEquals("feed", root.getLocalName());

        List<String> titles = new ArrayList<>();
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            NodeList title = ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "title");
            if (title.getLength() > 0) {
                titles.add(title.item(0).getTextContent().strip());
            }
        }
        return titles;
    }

    /** {@code expected} occurs in {@code actual} in this order (other entries may come between). */
    private static void assertInOrder(List<String> actual, List<String> expected) {
        int next = 0;
        for (String status : actual) {
            if (next < expected.size() && expected.get(next).equals(status)) {
                next++;
            }
        }
        if (next < expected.size()) {
            fail("timeline " + actual + " does not contain " + expected + " in this order");
        }
    }
}
