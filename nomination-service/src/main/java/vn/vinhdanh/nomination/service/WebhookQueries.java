package vn.vinhdanh.nomination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;
import vn.vinhdanh.nomination.domain.DeliveryStatus;
import vn.vinhdanh.nomination.domain.WebhookAttempt;
import vn.vinhdanh.nomination.domain.WebhookDelivery;
import vn.vinhdanh.nomination.domain.WebhookEndpoint;
import vn.vinhdanh.problem.ProblemException;

/**
 * Reading webhooks and their delivery log: an agency sees its own endpoints, an admin all; another agency's endpoint
 * answers 404, as if it did not exist, and so do its deliveries.
 */
@ApplicationScoped
public class WebhookQueries {

    private final CallerAgency agency;
    private final EntityManager entityManager;

    public WebhookQueries(CallerAgency agency, EntityManager entityManager) {
        this.agency = agency;
        this.entityManager = entityManager;
    }

    public record Page<T>(List<T> items, long total) {}

    /** A delivery with its attempts, the first first. */
    public record DeliveryLog(WebhookDelivery delivery, List<WebhookAttempt> attempts) {}

    public WebhookEndpoint endpoint(UUID id) {
        return readable(id, WebhookEndpoint.findById(id));
    }

    /** The endpoint under a row lock, for a change that must not cross the dispatcher's failing mark. */
    WebhookEndpoint endpointForUpdate(UUID id) {
        return readable(id, WebhookEndpoint.findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Newest first, ties broken by id so that pages never overlap. */
    public Page<WebhookEndpoint> list(int page, int size) {
        if (agency.seesOwnOnly()) {
            return new Page<>(
                    WebhookEndpoint.<WebhookEndpoint>find("agencyCode = ?1 order by createdAt desc, id", agency.code())
                            .page(page, size)
                            .list(),
                    WebhookEndpoint.count("agencyCode", agency.code()));
        }
        return new Page<>(
                WebhookEndpoint.<WebhookEndpoint>find("order by createdAt desc, id")
                        .page(page, size)
                        .list(),
                WebhookEndpoint.count());
    }

    /** @param status only deliveries in this status; null for all */
    public Page<WebhookDelivery> deliveries(UUID endpointId, DeliveryStatus status, int page, int size) {
        endpoint(endpointId);
        String where = " where d.endpointId = :endpoint" + (status == null ? "" : " and d.status = :status");
        TypedQuery<WebhookDelivery> items = entityManager
                .createQuery(
                        "select d from WebhookDelivery d join fetch d.event" + where
                                + " order by d.createdAt desc, d.id",
                        WebhookDelivery.class)
                .setParameter("endpoint", endpointId)
                .setFirstResult(page * size)
                .setMaxResults(size);
        TypedQuery<Long> count =
                entityManager.createQuery("select count(d) from WebhookDelivery d" + where, Long.class);
        count.setParameter("endpoint", endpointId);
        if (status != null) {
            items.setParameter("status", status);
            count.setParameter("status", status);
        }
        return new Page<>(items.getResultList(), count.getSingleResult());
    }

    public DeliveryLog delivery(UUID endpointId, UUID deliveryId) {
        endpoint(endpointId);
        WebhookDelivery delivery = entityManager
                .createQuery(
                        "select d from WebhookDelivery d join fetch d.event where d.id = :id and d.endpointId = :endpoint",
                        WebhookDelivery.class)
                .setParameter("id", deliveryId)
                .setParameter("endpoint", endpointId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> notFoundDelivery(deliveryId));
        return new DeliveryLog(
                delivery, WebhookAttempt.list("key.deliveryId = ?1 order by key.attemptNumber", deliveryId));
    }

    static ProblemException notFoundDelivery(UUID deliveryId) {
        return ProblemException.notFound("webhook delivery", "lần gửi thông báo", deliveryId);
    }

    private WebhookEndpoint readable(UUID id, WebhookEndpoint found) {
        if (found == null || !agency.mayRead(found.agencyCode)) {
            throw ProblemException.notFound("webhook", "địa chỉ nhận thông báo (webhook)", id);
        }
        return found;
    }
}
