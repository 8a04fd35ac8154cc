package vn.vinhdanh.messaging.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.MDC;
import vn.vinhdanh.messaging.CloudEventHeaders;
import vn.vinhdanh.messaging.HeaderValues;

/**
 * W3C trace context across the outbox: captured when an event is written, sent as Kafka headers by the relay, and
 * made the parent of the consuming service's span. The relay runs after the transaction on its own thread, so the
 * context has to travel with the row; Kafka's own instrumentation never sees it.
 */
@ApplicationScoped
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            return HeaderValues.text(headers, key);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    public EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("vn.vinhdanh.messaging");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** The current trace context as W3C headers ({@code traceparent}, maybe {@code tracestate}); empty outside a trace. */
    public Map<String, String> currentContext() {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(Context.current(), carrier, Map::put);
        return carrier;
    }

    /** A consumer span for the record, child of the trace its producer was in; the caller makes it current and ends it. */
    public Span startConsumerSpan(ConsumerRecord<String, String> record) {
        String eventId = HeaderValues.text(record.headers(), CloudEventHeaders.ID);
        String eventType = HeaderValues.text(record.headers(), CloudEventHeaders.TYPE);
        Context parent = propagator.extract(Context.root(), record.headers(), KAFKA_HEADERS);
        return tracer.spanBuilder(record.topic() + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(parent)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.message.id", eventId == null ? "" : eventId)
                .setAttribute("cloudevents.event_type", eventType == null ? "" : eventType)
                .setAttribute("vinhdanh.nomination_id", record.key() == null ? "" : record.key())
                .startSpan();
    }

    /** The trace id and the nomination (the record key) in every log line written while handling the event. */
    public static void putLogContext(Span span, ConsumerRecord<String, String> record) {
        MDC.put("traceId", span.getSpanContext().getTraceId());
        MDC.put("spanId", span.getSpanContext().getSpanId());
        MDC.put("nominationId", record.key() == null ? "" : record.key());
    }

    public static void clearLogContext() {
        MDC.remove("traceId");
        MDC.remove("spanId");
        MDC.remove("nominationId");
    }
}
