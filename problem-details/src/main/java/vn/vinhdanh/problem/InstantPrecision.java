package vn.vinhdanh.problem;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One precision for an instant everywhere: microseconds, what PostgreSQL's {@code timestamptz} keeps. The JVM's clock
 * has nanoseconds, so without this a POST answered {@code …T08:00:00.123456789Z} and the GET of the same value
 * {@code …T08:00:00.123456Z}; a client comparing the two saw a change that never happened. Events carry the same.
 */
@Singleton
public class InstantPrecision implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(
                new SimpleModule("instant-microseconds").addSerializer(Instant.class, new Microseconds()));
    }

    static final class Microseconds extends StdSerializer<Instant> {

        Microseconds() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(DateTimeFormatter.ISO_INSTANT.format(value.truncatedTo(ChronoUnit.MICROS)));
        }
    }
}
