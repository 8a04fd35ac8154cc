package vn.vinhdanh.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.junit.jupiter.api.Test;

/** A consumer names only its channel; the topic is read from the channel's configuration, as the connector reads it. */
@QuarkusTest
class TopicConsumerTest {

    @Inject
    TestEventsConsumer consumer;

    @Test
    void theTopicIsTheOneTheChannelsConfigurationNames() {
        // mp.messaging.incoming.test-events.topic=messaging-test.events
        assertThat(consumer.topic()).isEqualTo(TestEventsConsumer.TOPIC);
    }

    @Test
    void aChannelWithoutATopicInItsConfigurationReadsTheTopicOfItsOwnName() {
        assertThat(new UnconfiguredConsumer().topic()).isEqualTo("unconfigured-events");
    }

    @Test
    void aConsumerWithoutAnIncomingMethodHasNoTopic() {
        assertThatThrownBy(() -> new NoChannelConsumer().topic())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declares no @Incoming method");
    }

    /** Not a bean: its channel is never connected, only its topic asked. */
    @Vetoed
    static class UnconfiguredConsumer extends TopicConsumer {
        @Incoming("unconfigured-events")
        public void receive(ConsumerRecords<String, String> records) {
            consumeAll(records);
        }

        @Override
        public void handle(IncomingEvent event) {}
    }

    @Vetoed
    static class NoChannelConsumer extends TopicConsumer {
        @Override
        public void handle(IncomingEvent event) {}
    }
}
