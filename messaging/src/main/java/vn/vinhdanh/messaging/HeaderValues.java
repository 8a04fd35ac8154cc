package vn.vinhdanh.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Kafka header values as the plumbing writes and reads them: UTF-8 text. */
public final class HeaderValues {

    private HeaderValues() {}

    /** The last value of the header as text; null when there are no headers, no such header or no value. */
    public static String text(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Adds a value, after any the header already has. */
    public static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces all values of the header by this one. */
    public static void put(Headers headers, String name, String value) {
        headers.remove(name);
        add(headers, name, value);
    }
}
