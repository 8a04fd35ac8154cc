package vn.vinhdanh.review.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.AwardTypePublished;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.PoisonMessageException;
import vn.vinhdanh.messaging.inbox.TopicConsumer;
import vn.vinhdanh.review.service.AwardCatalogue;

/** award-service's catalogue into the read model a new vote rule's award code is checked against. */
@ApplicationScoped
public class AwardCatalogueConsumer extends TopicConsumer {

    private final AwardCatalogue catalogue;

    public AwardCatalogueConsumer(AwardCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Incoming("award-catalogue")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumeAll(records);
    }

    @Override
    public void handle(IncomingEvent event) {
        if (EventTypes.AWARD_TYPE_PUBLISHED.equals(event.type())) {
            AwardTypePublished published = event.payloadAs(AwardTypePublished.class);
            if (published.code() == null || published.code().isBlank() || published.publishedAt() == null) {
                throw new PoisonMessageException(event + " names no award code or publication time");
            }
            catalogue.record(published);
        }
    }
}
