package vn.vinhdanh.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/asyncapi.yaml} is the AsyncAPI 2.6 description of every topic and event, for Kafka tools and the teams
 * that consume the events. It is built here from the payload records and the table below, and must equal the file
 * as committed, so it cannot drift from the code: after changing an event, regenerate it with
 * {@code ./mvnw -pl event-contracts test -Dtest=AsyncApiDocumentTest -Dasyncapi.write=true} and commit the result.
 * deploy/openapi-check lints it with Spectral's {@code spectral:asyncapi} ruleset.
 */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");

    /** Who writes a topic and who reads it; every event topic is keyed by nomination id unless it says otherwise. */
    private record Channel(String topic, String producer, List<String> consumers, String key, String description) {}

    private record Event(String type, Class<? extends Record> payload, String topic) {}

    private static final List<Channel> CHANNELS = List.of(
            new Channel(
                    Topics.NOMINATION_EVENTS,
                    "nomination-service",
                    List.of("review-service", "award-service"),
                    "the nomination id",
                    "What agencies do with their nominations: submissions (and amended revisions), withdrawals, titles"
                            + " corrected after an award was blocked."),
            new Channel(
                    Topics.REVIEW_EVENTS,
                    "review-service",
                    List.of("nomination-service", "award-service", "publicity-service"),
                    "the nomination id",
                    "The council's work: a case opened, its decision (an approval carries the nomination as judged),"
                            + " reminders of score sheets due."),
            new Channel(
                    Topics.AWARD_EVENTS,
                    "award-service",
                    List.of("nomination-service", "publicity-service"),
                    "the nomination id",
                    "Awards granted by signed decisions (the province's, or a higher decision on its proposal),"
                            + " revoked, blocked (an approval no award can be drafted from) and unblocked, state-level"
                            + " forms proposed upward (proposed, submitted, refused), and ceremonies scheduled."),
            new Channel(
                    Topics.AWARD_CATALOGUE,
                    "award-service",
                    List.of("nomination-service", "review-service", "publicity-service"),
                    "the award code; traditional-day:<code> for a traditional day",
                    "Compacted: the award catalogue and the traditional days as they stand, one event per title and"
                            + " per day, the last of a key being all a reader needs."),
            new Channel(
                    Topics.PUBLICITY_EVENTS,
                    "publicity-service",
                    List.of("nomination-service"),
                    "the nomination id",
                    "Press features drafted, published, corrected and killed."));

    private static final List<Event> EVENTS = List.of(
            new Event(EventTypes.NOMINATION_SUBMITTED, NominationSubmitted.class, Topics.NOMINATION_EVENTS),
            new Event(EventTypes.NOMINATION_WITHDRAWN, NominationWithdrawn.class, Topics.NOMINATION_EVENTS),
            new Event(EventTypes.NOMINATION_TITLE_CORRECTED, NominationTitleCorrected.class, Topics.NOMINATION_EVENTS),
            new Event(EventTypes.REVIEW_OPENED, ReviewOpened.class, Topics.REVIEW_EVENTS),
            new Event(EventTypes.REVIEW_DECIDED, ReviewDecided.class, Topics.REVIEW_EVENTS),
            new Event(EventTypes.REVIEW_REMINDER, ReviewReminder.class, Topics.REVIEW_EVENTS),
            new Event(EventTypes.AWARD_GRANTED, AwardGranted.class, Topics.AWARD_EVENTS),
            new Event(EventTypes.AWARD_REVOKED, AwardRevoked.class, Topics.AWARD_EVENTS),
            new Event(EventTypes.AWARD_BLOCKED, AwardBlocked.class, Topics.AWARD_EVENTS),
            new Event(EventTypes.AWARD_UNBLOCKED, AwardUnblocked.class, Topics.AWARD_EVENTS),
            new Event(EventTypes.AWARD_UPWARD_PROPOSAL, AwardUpwardProposal.class, Topics.AWARD_EVENTS),
            new Event(EventTypes.CEREMONY_SCHEDULED, CeremonyScheduled.class, Topics.AWARD_EVENTS),
            new Event(EventTypes.AWARD_TYPE_PUBLISHED, AwardTypePublished.class, Topics.AWARD_CATALOGUE),
            new Event(EventTypes.TRADITIONAL_DAY_PUBLISHED, TraditionalDayPublished.class, Topics.AWARD_CATALOGUE),
            new Event(EventTypes.FEATURE_DRAFTED, FeatureDrafted.class, Topics.PUBLICITY_EVENTS),
            new Event(EventTypes.FEATURE_PUBLISHED, FeaturePublished.class, Topics.PUBLICITY_EVENTS),
            new Event(EventTypes.FEATURE_CORRECTED, FeatureCorrected.class, Topics.PUBLICITY_EVENTS),
            new Event(EventTypes.FEATURE_KILLED, FeatureKilled.class, Topics.PUBLICITY_EVENTS));

    private static final List<String> SERVICES =
            List.of("nomination-service", "review-service", "award-service", "publicity-service");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

    @Test
    void everyEventTypeIsDescribedOnItsTopic() throws Exception {
        List<String> declared = Arrays.stream(EventTypes.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(field -> {
                    try {
                        return (String) field.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(EVENTS.stream().map(Event::type)).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(EVENTS.stream().map(Event::topic).distinct())
                .allMatch(topic ->
                        CHANNELS.stream().anyMatch(channel -> channel.topic().equals(topic)));
    }

    @Test
    void theCommittedDocumentIsTheOneTheRecordsGive() throws Exception {
        String generated = YAML.writeValueAsString(document());
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.writeString(DOCUMENT, HEADER + generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/asyncapi.yaml is out of date; regenerate it with ./mvnw -pl event-contracts test"
                        + " -Dtest=AsyncApiDocumentTest -Dasyncapi.write=true")
                .isEqualTo(HEADER + generated);
    }

    private static final String HEADER =
            "# Generated from the payload records in event-contracts by AsyncApiDocumentTest;"
                    + " do not edit by hand.\n";

    private static ObjectNode document() {
        ObjectNode document = YAML.createObjectNode();
        document.put("asyncapi", "2.6.0");
        document.put("id", "urn:vn:vinhdanh:events");
        ObjectNode info = document.putObject("info");
        info.put("title", "Vinh Danh events");
        info.put("version", "1");
        info.put(
                "description",
                "The events the four services of Vinh Danh exchange through Kafka, and nothing else: no service"
                        + " calls another. Every event leaves its service through a transactional outbox and is a"
                        + " CloudEvent 1.0 in binary content mode (Kafka protocol binding): the attributes are the"
                        + " ce_* headers, the payload is the JSON record value. Consumers are idempotent (the"
                        + " ce_id is recorded in an inbox); a message a consumer cannot handle goes to that"
                        + " consumer's dead-letter topic <service>.dlq, with the dead-letter-* headers, and can be"
                        + " redriven. A breaking change of a payload is a new type with the next .vN suffix; fields"
                        + " are only ever added.");
        info.putObject("contact").put("name", "Vinh Danh platform team");
        info.putObject("license").put("name", "Proprietary");
        ObjectNode server = document.putObject("servers").putObject("local");
        server.put("url", "localhost:9092");
        server.put("protocol", "kafka");
        server.put(
                "description",
                "The broker ./run-local.sh starts (KRaft); on Kubernetes the Strimzi cluster's bootstrap service.");
        document.put("defaultContentType", "application/json");
        ArrayNode tags = document.putArray("tags");
        SERVICES.forEach(service -> tags.addObject().put("name", service).put("description", "written by " + service));

        SchemaBuilder schemas = schemaBuilder();
        Map<String, ObjectNode> messages = new LinkedHashMap<>();
        for (Event event : EVENTS) {
            messages.put(messageName(event), message(event, schemas));
        }

        ObjectNode channels = document.putObject("channels");
        for (Channel channel : CHANNELS) {
            ObjectNode node = channels.putObject(channel.topic());
            node.put(
                    "description",
                    channel.description() + " Written by " + channel.producer() + ", read by "
                            + String.join(", ", channel.consumers()) + "; the record key is " + channel.key() + ".");
            ObjectNode operation = node.putObject("subscribe");
            operation.put("operationId", camel(channel.topic()));
            operation.put(
                    "summary",
                    channel.producer() + " publishes; " + String.join(", ", channel.consumers()) + " consume");
            operation.put("description", "Delivered at least once, in order per key; consumers drop a repeated ce_id.");
            operation.putArray("tags").addObject().put("name", channel.producer());
            ArrayNode oneOf = operation.putObject("message").putArray("oneOf");
            EVENTS.stream()
                    .filter(event -> event.topic().equals(channel.topic()))
                    .forEach(event -> oneOf.addObject().put("$ref", "#/components/messages/" + messageName(event)));
            node.putObject("bindings").putObject("kafka").put("topic", channel.topic());
        }
        for (String service : SERVICES) {
            ObjectNode node = channels.putObject(Topics.deadLetterTopicOf(service));
            node.put(
                    "description",
                    "Messages " + service + " could not handle: the original key, value and ce_* headers, with the"
                            + " dead-letter-* headers saying why and where from. Only the admin redrive reads it.");
            ObjectNode operation = node.putObject("subscribe");
            operation.put("operationId", camel(Topics.deadLetterTopicOf(service)));
            operation.put("summary", service + " dead-letters a message it cannot handle");
            operation.put("description", "Redriven to its topic through " + service + "'s admin API.");
            operation.putArray("tags").addObject().put("name", service);
            operation.putObject("message").put("$ref", "#/components/messages/DeadLetter");
        }

        ObjectNode components = document.putObject("components");
        ObjectNode messageNodes = components.putObject("messages");
        messages.forEach(messageNodes::set);
        messageNodes.set("DeadLetter", deadLetter());
        ObjectNode schemaNodes = components.putObject("schemas");
        schemaNodes.set("CloudEventHeaders", cloudEventHeaders());
        ObjectNode definitions = schemas.collectDefinitions("components/schemas");
        sorted(definitions).forEach(schemaNodes::set);
        return document;
    }

    private static ObjectNode message(Event event, SchemaBuilder schemas) {
        ObjectNode message = YAML.createObjectNode();
        message.put("name", event.type());
        message.put("title", event.payload().getSimpleName());
        message.put("contentType", "application/json");
        ObjectNode headers = message.putObject("headers").put("type", "object");
        ArrayNode allOf = headers.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/CloudEventHeaders");
        allOf.addObject()
                .putObject("properties")
                .putObject("ce_type")
                .put("type", "string")
                .put("const", event.type());
        message.set("payload", schemas.createSchemaReference(event.payload()));
        ObjectNode key = message.putObject("bindings").putObject("kafka").putObject("key");
        key.put("type", "string");
        if (!event.topic().equals(Topics.AWARD_CATALOGUE)) {
            key.put("format", "uuid");
        }
        return message;
    }

    /** The CloudEvents attributes as Kafka headers; each message fixes {@code ce_type} to its own. */
    private static ObjectNode cloudEventHeaders() {
        ObjectNode headers = YAML.createObjectNode();
        headers.put("type", "object");
        ArrayNode required = headers.putArray("required");
        List.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "content-type")
                .forEach(required::add);
        ObjectNode properties = headers.putObject("properties");
        properties.putObject("ce_specversion").put("type", "string").put("const", "1.0");
        properties.putObject("ce_id").put("type", "string").put("format", "uuid");
        properties
                .putObject("ce_source")
                .put("type", "string")
                .put("description", "/vinhdanh/<service>, the producing service");
        properties
                .putObject("ce_type")
                .put("type", "string")
                .put("description", "the event type, e.g. award.granted.v1");
        properties.putObject("ce_time").put("type", "string").put("format", "date-time");
        properties
                .putObject("ce_subject")
                .put("type", "string")
                .put("description", "the nomination id (the award code on award.catalogue)");
        properties.putObject("content-type").put("type", "string").put("const", "application/json");
        properties
                .putObject("traceparent")
                .put("type", "string")
                .put("description", "W3C trace context of the request that caused the event");
        return headers;
    }

    private static ObjectNode deadLetter() {
        ObjectNode message = YAML.createObjectNode();
        message.put("name", "dead-letter");
        message.put("title", "A message a consumer could not handle");
        ObjectNode headers = cloudEventHeaders();
        ObjectNode properties = (ObjectNode) headers.get("properties");
        Map.of(
                        "dead-letter-reason", "why the consumer refused it",
                        "dead-letter-cause", "the underlying error",
                        "dead-letter-topic", "the topic it was read from",
                        "dead-letter-partition", "its partition there",
                        "dead-letter-offset", "its offset there",
                        "dead-letter-consumer", "the consuming service",
                        "dead-letter-redrive-count", "how often it was redriven already")
                .entrySet()
                .stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(header -> properties
                        .putObject(header.getKey())
                        .put("type", "string")
                        .put("description", header.getValue()));
        message.set("headers", headers);
        message.putObject("payload")
                .put("description", "the original value, unchanged (it may not be valid JSON: that can be why)");
        return message;
    }

    private static SchemaBuilder schemaBuilder() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forTypesInGeneral()
                .withDefinitionNamingStrategy((definitionKey, context) -> definitionKey
                        .getType()
                        .getErasedType()
                        .getName()
                        .substring(definitionKey
                                        .getType()
                                        .getErasedType()
                                        .getPackageName()
                                        .length()
                                + 1)
                        .replace('$', '.'));
        return new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
    }

    private static Map<String, JsonNode> sorted(ObjectNode node) {
        Map<String, JsonNode> fields = new java.util.TreeMap<>();
        node.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
        return fields;
    }

    private static String messageName(Event event) {
        return event.payload().getSimpleName();
    }

    private static String camel(String topic) {
        String[] parts = topic.split("[.-]");
        return parts[0]
                + Arrays.stream(parts, 1, parts.length)
                        .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                        .collect(Collectors.joining());
    }
}
