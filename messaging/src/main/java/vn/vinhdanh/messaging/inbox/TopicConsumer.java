package vn.vinhdanh.messaging.inbox;

import jakarta.inject.Inject;
import java.lang.reflect.Method;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A service's consumer of one topic, written as a subclass with just the two things that are its own: the channel
 * it listens on and what an event does.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class ReviewEventsConsumer extends TopicConsumer {
 *     @Incoming("review-events")
 *     @Blocking
 *     public void receive(ConsumerRecords<String, String> records) {
 *         consumeAll(records);
 *     }
 *
 *     @Override
 *     public void handle(IncomingEvent event) { ... }
 * }
 * }</pre>
 *
 * <p>The {@code @Incoming} method has to be declared by the subclass (reactive messaging does not inherit mediator
 * methods). The topic is named once, in the channel's configuration ({@code mp.messaging.incoming.<channel>.topic},
 * which defaults to the channel name as in SmallRye's Kafka connector), and read from there for the dead-letter
 * redrive, which hands a parked event back to the consumer of the topic it came from.
 */
public abstract class TopicConsumer implements IncomingEventHandler {

    private IdempotentConsumer consumer;
    private volatile String topic;

    /** An initializer method rather than a constructor argument, so that subclasses do not have to pass it on. */
    @Inject
    public void setIdempotentConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    /** The records of one poll, through the idempotent inbox in one transaction (see {@link IdempotentConsumer}). */
    protected void consumeAll(ConsumerRecords<String, String> records) {
        consumer.consumeAll(records, this);
    }

    @Override
    public String topic() {
        String known = topic;
        if (known == null) {
            String channel = incomingChannel();
            known = ConfigProvider.getConfig()
                    .getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class)
                    .orElse(channel);
            topic = known;
        }
        return known;
    }

    private String incomingChannel() {
        for (Class<?> type = getClass(); type != TopicConsumer.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                Incoming incoming = method.getAnnotation(Incoming.class);
                if (incoming != null) {
                    return incoming.value();
                }
            }
        }
        throw new IllegalStateException(getClass().getName() + " declares no @Incoming method");
    }
}
