package vn.vinhdanh.edge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The conventions every service's OpenAPI document states, written once so that a client generator gets the same
 * picture from all four (registered by {@code mp.openapi.filter} in this module's configuration):
 * <ul>
 * <li>each operation's error answers: {@code application/problem+json} with the {@code Problem} schema (RFC 9457
 * plus {@code errors[]} naming the fields) for the statuses the edge answers with: 400 when it takes input, 401 and
 * 403 when it needs a token, 404 on a path with an id, 409 and 422 for a change, 415 with a body, 500 and 503 always;</li>
 * <li>on a paged list, the response headers {@code X-Total-Count} and {@code Link};</li>
 * <li>a default of the schema's type ({@code default: 50}, not {@code "50"}: JAX-RS's {@code @DefaultValue} is a
 * string whatever the parameter's type);</li>
 * <li>operation ids unique in the document: the method's name, and where two resources share one ({@code list}), the
 * name and the resource the path names ({@code listMovements}, {@code listRecoveries});</li>
 * <li>only the API: the desk's HTML pages ({@code /desk}) are for browsers, not for client generators.</li>
 * </ul>
 */
public class OpenApiConventions implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String DESK = "/desk";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "The request is malformed or a field is invalid: errors[] names each field and why");
        ERRORS.put("401", "No valid bearer token");
        ERRORS.put("403", "The token's role or agency may not do this");
        ERRORS.put("404", "No such resource, or not one the caller may see");
        ERRORS.put("409", "The resource's current state does not allow this, or it changed meanwhile");
        ERRORS.put("415", "The body is not application/json");
        ERRORS.put("422", "Well-formed, but the request cannot be carried out (e.g. an Idempotency-Key reused)");
        ERRORS.put("500", "An unexpected error; the detail gives a reference for the logs");
        ERRORS.put("503", "A part the request needs is unavailable for a moment (header Retry-After)");
    }

    @Override
    public Schema filterSchema(Schema schema) {
        coerceDefault(schema);
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getSchema() != null) {
            coerceDefault(parameter.getSchema());
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List.copyOf(openAPI.getPaths().getPathItems().keySet()).stream()
                .filter(path -> path.equals(DESK) || path.startsWith(DESK + "/"))
                .forEach(openAPI.getPaths()::removePathItem);
        Map<String, List<Map.Entry<String, Operation>>> byId = new HashMap<>();
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getValue().getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                documentErrors(path.getKey(), entry.getKey(), operation);
                documentPaging(operation);
                if (operation.getOperationId() != null) {
                    byId.computeIfAbsent(operation.getOperationId(), id -> new ArrayList<>())
                            .add(Map.entry(path.getKey(), operation));
                }
            }
        }
        Map<String, Integer> renamed = new HashMap<>();
        byId.forEach((id, operations) -> {
            if (operations.size() > 1) {
                operations.forEach(at -> renamed.merge(id + resourceOf(at.getKey(), id), 1, Integer::sum));
            }
        });
        byId.forEach((id, operations) -> {
            if (operations.size() > 1) {
                for (Map.Entry<String, Operation> at : operations) {
                    String byResource = id + resourceOf(at.getKey(), id);
                    // two resources of that name (a meeting's decisions and the reviews' decisions): the whole path
                    at.getValue()
                            .setOperationId(renamed.get(byResource) == 1 ? byResource : id + pathOf(at.getKey(), id));
                }
            }
        });
    }

    private static void documentErrors(String path, PathItem.HttpMethod method, Operation operation) {
        if (!path.startsWith("/api/")) {
            return;
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        for (Map.Entry<String, String> error : ERRORS.entrySet()) {
            boolean applies = switch (error.getKey()) {
                case "400" -> takesInput;
                case "401", "403" -> secured;
                case "404" -> path.contains("{");
                case "409", "422" -> changes;
                case "415" -> operation.getRequestBody() != null;
                default -> true;
            };
            if (applies && !responses.hasAPIResponse(error.getKey())) {
                responses.addAPIResponse(error.getKey(), problemResponse(error.getValue()));
            }
        }
    }

    private static void documentPaging(Operation operation) {
        boolean paged = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> PagedResponses.PAGE.equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
        APIResponse ok = operation.getResponses() == null
                ? null
                : operation.getResponses().getAPIResponse("200");
        if (!paged || ok == null) {
            return;
        }
        ok.addHeader(
                PagedResponses.TOTAL_COUNT,
                OASFactory.createHeader()
                        .description("The number of matches over all pages")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        ok.addHeader(
                "Link",
                OASFactory.createHeader()
                        .description("RFC 8288 links to the first, prev, next and last pages, each the request's URI"
                                + " with only page changed")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    private static APIResponse problemResponse(String description) {
        Content content = OASFactory.createContent()
                .addMediaType(
                        PROBLEM_MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty(
                        "field",
                        string("The field, parameter or header, as the request names it: nominee.name,"
                                + " evidence[0].criterionCode, size, Idempotency-Key"))
                .addProperty("reason", string("Why it was refused, in the language of the answer"))
                .addRequired("field")
                .addRequired("reason");
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; title and detail follow Accept-Language (vi or en), type and"
                        + " field names never change")
                .addProperty(
                        "type",
                        string("A URI naming the kind of problem, e.g. https://vinhdanh.vn/problems/validation")
                                .format("uri"))
                .addProperty("title", string("A short summary of the kind of problem"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32"))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty("instance", string("The request's path").format("uri-reference"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("Each field to fix, all at once")
                                .items(fieldError))
                .addRequired("type")
                .addRequired("title")
                .addRequired("status");
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    /** {@code default: "50"} on an integer says the wrong type; generators then emit code that does not compile. */
    static void coerceDefault(Schema schema) {
        Object value = schema.getDefaultValue();
        List<Schema.SchemaType> types = schema.getType();
        if (!(value instanceof String text) || types == null || types.isEmpty()) {
            return;
        }
        try {
            if (types.contains(Schema.SchemaType.INTEGER)) {
                schema.setDefaultValue(new BigDecimal(text).toBigIntegerExact());
            } else if (types.contains(Schema.SchemaType.NUMBER)) {
                schema.setDefaultValue(new BigDecimal(text));
            } else if (types.contains(Schema.SchemaType.BOOLEAN)) {
                schema.setDefaultValue(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
            }
        } catch (ArithmeticException | NumberFormatException notANumber) {
            // left as written: the document then shows what the code says
        }
    }

    /** Every literal segment after the version, in camel case: {@code /api/v1/meetings/{id}/decisions} → MeetingsDecisions. */
    static String pathOf(String path, String operationId) {
        StringBuilder camel = new StringBuilder();
        boolean afterVersion = !path.startsWith("/api/");
        for (String segment : path.split("/")) {
            if (segment.isEmpty()
                    || segment.startsWith("{")
                    || segment.replace("-", "").equalsIgnoreCase(operationId)) {
                continue;
            }
            if (!afterVersion) {
                afterVersion = segment.matches("v[0-9]+");
                continue;
            }
            camel.append(camel(segment));
        }
        return camel.toString();
    }

    private static String camel(String segment) {
        StringBuilder camel = new StringBuilder();
        for (String word : segment.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return camel.toString();
    }

    /**
     * The last literal segment of the path that is not the operation itself, in camel case: {@code
     * /api/v1/special-rewards/{id}} → SpecialRewards, {@code submit} on {@code /api/v1/nominations/drafts/{id}/submit}
     * → Drafts.
     */
    static String resourceOf(String path, String operationId) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty()
                    && !segments[i].startsWith("{")
                    && !segments[i].replace("-", "").equalsIgnoreCase(operationId)) {
                StringBuilder camel = new StringBuilder();
                for (String word : segments[i].split("[^A-Za-z0-9]+")) {
                    if (!word.isEmpty()) {
                        camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                    }
                }
                return camel.toString();
            }
        }
        return "Root";
    }
}
