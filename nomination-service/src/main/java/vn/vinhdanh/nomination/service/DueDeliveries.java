package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vinhdanh.nomination.config.WebhookConfig;
import vn.vinhdanh.nomination.domain.WebhookDelivery;
import vn.vinhdanh.nomination.domain.WebhookEndpoint;

/**
 * Takes the deliveries that are due, for this instance alone: {@code for update skip locked} lets several replicas
 * claim side by side without waiting on each other, and the claim is a lease ({@code locked_until}) committed at once,
 * so the HTTP request runs outside any transaction and a replica that dies mid-send only delays the delivery.
 */
@ApplicationScoped
public class DueDeliveries {

    /** Beyond the longest a send can take (connect + read timeout): a lease never runs out under a live send. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    private final EntityManager entityManager;
    private final WebhookConfig config;
    private final Clock clock;

    public DueDeliveries(EntityManager entityManager, WebhookConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** @return at most {@code limit} deliveries, the longest due first, now leased to this instance */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DeliveryJob> claim(int limit) {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager
                .createNativeQuery("""
                        select d.id from webhook_delivery d
                        join webhook_endpoint e on e.id = d.endpoint_id
                        where d.status = 'PENDING' and d.next_attempt_at <= ?1
                          and (d.locked_until is null or d.locked_until <= ?1)
                          and e.enabled
                        order by d.next_attempt_at
                        limit ?2
                        for update of d skip locked""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant leaseEnd =
                now.plus(config.connectTimeout()).plus(config.readTimeout()).plus(LEASE_MARGIN);
        List<WebhookDelivery> deliveries = entityManager
                .createQuery(
                        "select d from WebhookDelivery d join fetch d.event where d.id in :ids order by d.nextAttemptAt",
                        WebhookDelivery.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, WebhookEndpoint> endpoints = entityManager
                .createQuery("select e from WebhookEndpoint e where e.id in :ids", WebhookEndpoint.class)
                .setParameter(
                        "ids",
                        deliveries.stream().map(d -> d.endpointId).distinct().toList())
                .getResultStream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        return deliveries.stream()
                .map(delivery -> {
                    delivery.lockedUntil = leaseEnd;
                    WebhookEndpoint endpoint = endpoints.get(delivery.endpointId);
                    return new DeliveryJob(
                            delivery.id,
                            delivery.event.id,
                            endpoint.url,
                            delivery.event.body,
                            endpoint.signingSecrets(now));
                })
                .toList();
    }
}
