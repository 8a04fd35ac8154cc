package vn.vinhdanh.nomination.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import vn.vinhdanh.nomination.config.WebhookConfig;
import vn.vinhdanh.nomination.domain.AttemptResult;
import vn.vinhdanh.nomination.service.DeliveryAttempts;
import vn.vinhdanh.nomination.service.DeliveryJob;
import vn.vinhdanh.nomination.service.DueDeliveries;
import vn.vinhdanh.nomination.service.WebhookDeliveriesQueued;

/**
 * Sends the webhook outbox: woken by every commit that queued deliveries and, as a fallback for retries and for rows
 * of other replicas, every poll interval. A round claims as many due deliveries as there are free senders; each is
 * sent on a sender thread and its outcome recorded in a transaction of its own. Rounds run on one thread, one at a
 * time; several replicas share the work through the claim's {@code skip locked}.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final DueDeliveries due;
    private final DeliveryAttempts attempts;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private final Semaphore freeSenders;
    private final AtomicBoolean roundQueued = new AtomicBoolean();

    private volatile boolean running;
    /** The last round filled every sender: more may be due as soon as one is free. */
    private volatile boolean backlog;

    private ExecutorService rounds;
    private ExecutorService senders;

    public WebhookDispatcher(DueDeliveries due, DeliveryAttempts attempts, WebhookSender sender, WebhookConfig config) {
        this.due = due;
        this.attempts = attempts;
        this.sender = sender;
        this.config = config;
        this.freeSenders = new Semaphore(config.concurrency());
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.info("Webhook dispatcher disabled by configuration; deliveries are queued and wait");
            return;
        }
        rounds = Executors.newSingleThreadExecutor(named("webhook-dispatcher"));
        senders = Executors.newFixedThreadPool(config.concurrency(), named("webhook-sender"));
        running = true;
        wake();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (rounds == null) {
            return;
        }
        rounds.shutdownNow();
        // sends under way are interrupted and not recorded: their leases run out and they are sent again
        senders.shutdownNow();
        try {
            senders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Scheduled(
            every = "${vinhdanh.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** After the commit only: before it, the rows are not visible to the claim. */
    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookDeliveriesQueued queued) {
        wake();
    }

    /** Cheap and non-blocking: at most one round waits to run, however many wake-ups come. */
    public void wake() {
        if (!running || !roundQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            rounds.execute(this::round);
        } catch (RejectedExecutionException shuttingDown) {
            roundQueued.set(false);
        }
    }

    private void round() {
        roundQueued.set(false);
        int free = freeSenders.availablePermits();
        if (free == 0) {
            backlog = true;
            return;
        }
        List<DeliveryJob> jobs;
        try {
            jobs = due.claim(free);
        } catch (RuntimeException e) {
            // the database may be away: the next poll tries again, nothing was taken
            LOG.warnf("Webhook dispatcher could not claim due deliveries: %s", e.toString());
            return;
        }
        backlog = jobs.size() == free;
        for (DeliveryJob job : jobs) {
            freeSenders.acquireUninterruptibly();
            try {
                senders.execute(() -> deliver(job));
            } catch (RejectedExecutionException shuttingDown) {
                freeSenders.release();
                return;
            }
        }
    }

    private void deliver(DeliveryJob job) {
        try {
            AttemptResult result = sender.send(job);
            if (!running) {
                // cut short by the shutdown, not by the receiver: left to the lease, it is sent again in full
                return;
            }
            attempts.record(job.deliveryId(), result);
            if (result.error() != null) {
                LOG.debugf("Webhook delivery %s: %s", job.deliveryId(), result.error());
            }
        } catch (RuntimeException e) {
            // not recorded: the lease runs out and the delivery is sent again (at least once)
            LOG.warnf("Webhook delivery %s: attempt not recorded: %s", job.deliveryId(), e.toString());
        } finally {
            freeSenders.release();
            if (backlog) {
                wake();
            }
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
