package vn.vinhdanh.messaging.outbox;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import vn.vinhdanh.messaging.CloudEventHeaders;
import vn.vinhdanh.messaging.HeaderValues;
import vn.vinhdanh.messaging.observability.EventTracing;

/** An outbox row the relay has read and not yet sent. */
record PendingEvent(
        UUID id,
        String topic,
        String key,
        String type,
        String subject,
        Instant occurredAt,
        String payload,
        String traceParent,
        String traceState) {

    /** The row as a CloudEvent in binary mode: attributes as {@code ce_*} headers, the trace context beside them. */
    ProducerRecord<String, String> toRecord(String source) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        Headers headers = record.headers();
        HeaderValues.add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        HeaderValues.add(headers, CloudEventHeaders.ID, id.toString());
        HeaderValues.add(headers, CloudEventHeaders.SOURCE, source);
        HeaderValues.add(headers, CloudEventHeaders.TYPE, type);
        HeaderValues.add(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(occurredAt));
        if (subject != null) {
            HeaderValues.add(headers, CloudEventHeaders.SUBJECT, subject);
        }
        HeaderValues.add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (traceParent != null) {
            HeaderValues.add(headers, EventTracing.TRACEPARENT, traceParent);
            if (traceState != null && !traceState.isEmpty()) {
                HeaderValues.add(headers, EventTracing.TRACESTATE, traceState);
            }
        }
        return record;
    }
}
