package vn.vinhdanh.nomination.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vinhdanh.nomination.domain.AttemptResult;
import vn.vinhdanh.nomination.domain.WebhookSignature;
import vn.vinhdanh.nomination.service.DeliveryJob;

/** One attempt against a real receiver, without Quarkus: what the hardened client refuses, and what it reads. */
class WebhookSenderTest {

    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aPrivateAddressIsRefusedBeforeAnyRequestAndSaysWhy() {
        AttemptResult result = sender(false).send(job(receiver.url()));

        assertThat(result.delivered()).isFalse();
        assertThat(result.responseStatus()).isNull();
        assertThat(result.error()).isEqualTo("refused address 127.0.0.1 (loopback)");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() {
        receiver.answer(WebhookReceiver.Answer.REDIRECT);

        AttemptResult result = sender(true).send(job(receiver.url()));

        assertThat(result.delivered()).isFalse();
        assertThat(result.responseStatus()).isEqualTo(302);
        assertThat(result.error()).startsWith("redirect not followed (Location: http://127.0.0.1:");
        assertThat(receiver.received())
                .extracting(WebhookReceiver.Received::path)
                .containsExactly("/hooks");
    }

    @Test
    void aHugeAnswerIsReadOnlyUpToTheLimit() {
        receiver.answer(WebhookReceiver.Answer.HUGE);

        AttemptResult result = sender(true).send(job(receiver.url()));

        // 8 MiB would not fit the 64 KiB the sender reads; it stops there and keeps the status
        assertThat(result.responseStatus()).isEqualTo(200);
        assertThat(result.delivered()).isTrue();
    }

    @Test
    void aClosedPortIsConnectionRefused() {
        receiver.down();

        AttemptResult result = sender(true).send(job(receiver.url()));

        assertThat(result.responseStatus()).isNull();
        assertThat(result.error()).isEqualTo("connection refused");
    }

    @Test
    void theRequestIsAStructuredCloudEventSignedTheStandardWebhooksWay() {
        String secret = WebhookSignature.newSecret();
        DeliveryJob job = new DeliveryJob(
                UUID.randomUUID(), UUID.randomUUID(), receiver.url(), "{\"specversion\":\"1.0\"}", List.of(secret));

        AttemptResult result = sender(true).send(job);

        assertThat(result.responseStatus()).isEqualTo(204);
        WebhookReceiver.Received request = receiver.received().get(0);
        assertThat(request.header("content-type")).isEqualTo("application/cloudevents+json");
        assertThat(request.header("webhook-id")).isEqualTo(job.eventId().toString());
        assertThat(request.body()).isEqualTo(job.body());
        assertThat(StandardWebhooks.verifyingSecrets(request, List.of(secret))).containsExactly(secret);
    }

    private static WebhookSender sender(boolean allowPrivate) {
        return new WebhookSender(
                Duration.ofSeconds(2),
                Duration.ofSeconds(3),
                64 * 1024,
                new DestinationGuard(allowPrivate),
                Clock.systemUTC());
    }

    private static DeliveryJob job(String url) {
        return new DeliveryJob(UUID.randomUUID(), UUID.randomUUID(), url, "{}", List.of(WebhookSignature.newSecret()));
    }
}
