package vn.vinhdanh.publicity.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Publishes scheduled stories once their embargo has passed. */
@ApplicationScoped
public class EmbargoScheduler {

    private static final Logger LOG = Logger.getLogger(EmbargoScheduler.class);

    private final FeatureService features;

    public EmbargoScheduler(FeatureService features) {
        this.features = features;
    }

    @Scheduled(every = "${vinhdanh.publicity.embargo-check:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        int published = features.publishDue(Instant.now());
        if (published > 0) {
            LOG.infof("Published %d scheduled %s", published, published == 1 ? "story" : "stories");
        }
    }
}
