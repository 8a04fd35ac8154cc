package vn.vinhdanh.messaging.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.vinhdanh.messaging.CloudEventHeaders;
import vn.vinhdanh.messaging.HeaderValues;

/** A CloudEvent read from Kafka (binary mode), its payload still JSON text. */
public record IncomingEvent(
        UUID id,
        String type,
        String source,
        String subject,
        Instant time,
        String topic,
        int partition,
        long offset,
        String payload,
        ObjectMapper objectMapper) {

    /** @throws PoisonMessageException when required CloudEvents attributes are missing or malformed */
    public static IncomingEvent from(ConsumerRecord<String, String> record, ObjectMapper objectMapper) {
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new PoisonMessageException("not a CloudEvents 1.0 message: ce_specversion=" + specVersion);
        }
        String id = required(record, CloudEventHeaders.ID);
        String type = required(record, CloudEventHeaders.TYPE);
        String source = required(record, CloudEventHeaders.SOURCE);
        if (record.value() == null || record.value().isBlank()) {
            throw new PoisonMessageException("event " + id + " has no payload");
        }
        try {
            String time = header(record, CloudEventHeaders.TIME);
            return new IncomingEvent(
                    UUID.fromString(id),
                    type,
                    source,
                    header(record, CloudEventHeaders.SUBJECT),
                    time == null ? null : Instant.parse(time),
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    record.value(),
                    objectMapper);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PoisonMessageException("malformed CloudEvents attribute: " + e.getMessage(), e);
        }
    }

    /**
     * Tolerant reader: fields this consumer does not know yet are ignored, so a producer can add fields to a
     * contract before its consumers are upgraded (the HTTP API is strict; events are not).
     *
     * @throws PoisonMessageException when the payload does not match the contract
     */
    public <T> T payloadAs(Class<T> contract) {
        try {
            T value = objectMapper
                    .readerFor(contract)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(payload);
            if (value == null) {
                throw new PoisonMessageException(type + " " + id + ": payload is null");
            }
            return value;
        } catch (PoisonMessageException e) {
            throw e;
        } catch (Exception e) {
            throw new PoisonMessageException(
                    type + " " + id + ": payload does not match " + contract.getSimpleName() + ": " + e.getMessage(),
                    e);
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonMessageException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return HeaderValues.text(record.headers(), name);
    }

    @Override
    public String toString() {
        return type + " " + id + " (" + topic + "-" + partition + "@" + offset + ")";
    }
}
