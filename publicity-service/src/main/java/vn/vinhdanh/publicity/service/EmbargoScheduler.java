package vn.vinhdanh.publicity.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Publishes scheduled stories once their embargo has passed. */
@ApplicationScoped
public class EmbargoScheduler {

    private static final Logger LOG = Logger.getLogger(EmbargoScheduler.class);

    private final Publishing publishing;

    public EmbargoScheduler(Publishing publishing) {
        this.publishing = publishing;
    }

    @Scheduled(
            every = "${vinhdanh.publicity.embargo-check:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        int published = publishing.publishDue();
        if (published > 0) {
            LOG.infof("Published %d scheduled %s", published, published == 1 ? "story" : "stories");
        }
    }
}
