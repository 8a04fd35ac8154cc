package vn.vinhdanh.publicity.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.events.RecurringDay;
import vn.vinhdanh.events.TraditionalDayPublished;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.messaging.inbox.TopicConsumer;
import vn.vinhdanh.publicity.service.TraditionalDays;

/**
 * award-service's traditional days into the read model stories are dated by; the catalogue's titles on the same topic
 * are not publicity's concern.
 */
@ApplicationScoped
public class AwardCatalogueConsumer extends TopicConsumer {

    private final TraditionalDays days;

    public AwardCatalogueConsumer(TraditionalDays days) {
        this.days = days;
    }

    @Incoming("award-catalogue")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumeAll(records);
    }

    @Override
    public void handle(IncomingEvent event) {
        if (EventTypes.TRADITIONAL_DAY_PUBLISHED.equals(event.type())) {
            TraditionalDayPublished published = event.payloadAs(TraditionalDayPublished.class);
            if (published.code() == null
                    || published.code().isBlank()
                    || published.nameVi() == null
                    || published.publishedAt() == null
                    || !RecurringDay.exists(published.month(), published.day())) {
                throw new PoisonMessageException(event + " names no day, name, date or publication time");
            }
            days.record(published);
        }
    }
}
