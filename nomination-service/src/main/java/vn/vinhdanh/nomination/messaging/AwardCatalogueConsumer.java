package vn.vinhdanh.nomination.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.vinhdanh.events.AwardTypePublished;
import vn.vinhdanh.events.EventTypes;
import vn.vinhdanh.messaging.inbox.IncomingEvent;
import vn.vinhdanh.messaging.inbox.TopicConsumer;
import vn.vinhdanh.nomination.service.AwardCatalogue;

/** award-service's catalogue into the read model that intake checks a proposed title against. */
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
            catalogue.record(event.payloadAs(AwardTypePublished.class));
        }
    }
}
