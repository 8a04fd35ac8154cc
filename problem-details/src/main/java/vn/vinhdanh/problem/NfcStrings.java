package vn.vinhdanh.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.text.Normalizer;

/**
 * Every string read from JSON is checked to be storable ({@link StorableText}: no NUL, no unpaired surrogate; 400
 * naming the field otherwise) and stored in Unicode NFC. Vietnamese can be typed precomposed ("ệ") or decomposed
 * ("ê" + combining dot below); the two look alike but compare, index and search differently, so a name entered on
 * one keyboard would not be found from another.
 */
@Singleton
public class NfcStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new SimpleModule("nfc-strings").addDeserializer(String.class, new Nfc()));
    }

    /** A JSON string the database could not hold; the edge names its field ({@link JsonReasons}). */
    static final class UnstorableTextException extends JsonMappingException {

        private final StorableText.Problem problem;

        UnstorableTextException(JsonParser parser, StorableText.Problem problem) {
            super(parser, problem.english());
            this.problem = problem;
        }

        StorableText.Problem problem() {
            return problem;
        }
    }

    static final class Nfc extends StdScalarDeserializer<String> {

        Nfc() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            StorableText.Problem problem = StorableText.problemIn(value);
            if (problem != null) {
                throw new UnstorableTextException(parser, problem);
            }
            return value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC)
                    ? value
                    : Normalizer.normalize(value, Normalizer.Form.NFC);
        }
    }
}
