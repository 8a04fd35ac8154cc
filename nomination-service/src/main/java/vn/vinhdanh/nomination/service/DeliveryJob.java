package vn.vinhdanh.nomination.service;

import java.util.List;
import java.util.UUID;

/**
 * A delivery taken by this instance to send now: everything the HTTP request needs, read in the claiming transaction
 * so that sending touches no database.
 *
 * @param secrets the endpoint's signing secrets at the time of the claim, current first
 */
public record DeliveryJob(UUID deliveryId, UUID eventId, String url, String body, List<String> secrets) {}
