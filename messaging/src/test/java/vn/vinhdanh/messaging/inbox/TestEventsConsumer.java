package vn.vinhdanh.messaging.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The test application's consumer, written as a service writes its own: the channel {@code test-events} reads the
 * topic its configuration names ({@link #TOPIC}), and each event handled is remembered. An event whose payload says
 * {@code "fail": "<marker>"} fails for as long as the test keeps that marker failing.
 */
@ApplicationScoped
public class TestEventsConsumer extends TopicConsumer {

    /** The topic of the channel, as src/test/resources/application.properties names it. */
    public static final String TOPIC = "messaging-test.events";

    private final List<IncomingEvent> handled = new CopyOnWriteArrayList<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    @Incoming("test-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumeAll(records);
    }

    @Override
    public void handle(IncomingEvent event) {
        JsonNode fail = event.payloadAs(JsonNode.class).get("fail");
        if (fail != null && failing.contains(fail.asText())) {
            throw new IllegalStateException("the handler fails on " + fail.asText());
        }
        handled.add(event);
    }

    public void failOn(String marker) {
        failing.add(marker);
    }

    public void recover(String marker) {
        failing.remove(marker);
    }

    public Optional<IncomingEvent> handled(UUID eventId) {
        return handled.stream().filter(event -> event.id().equals(eventId)).findFirst();
    }

    public long timesHandled(UUID eventId) {
        return handled.stream().filter(event -> event.id().equals(eventId)).count();
    }
}
