package org.trellis.web.api;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Finishes the document Payara builds from the annotations, with what no annotation can say or
 * Payara writes wrong (registered as {@code mp.openapi.filter} in {@code config/domain.asadmin}:
 * Payara 6 reads it from the server's configuration, not from the application's):
 * <ul>
 * <li>path templates as OpenAPI writes them: Payara keeps JAX-RS's expressions
 * ({@code {id:[0-9]+}}), which leave the path parameter undefined for every client generator;</li>
 * <li>the answers that come from the servlet filters and providers rather than the resource
 * methods, once here as they are once in the code: every call signs in ({@code 401}, {@code 429}
 * when throttled) and is scoped ({@code 403}); every change needs {@code X-Requested-By}
 * ({@code CrossSiteGuard}); every JSON body is checked before it is bound ({@code StrictJsonBodies}:
 * {@code 400}, {@code 413}, {@code 415});</li>
 * <li>an upload's body as the .xlsx its annotation names, without the {@code *}{@code /*} Payara
 * derives from {@code @Consumes};</li>
 * <li>no {@code endpoints}: Payara adds that top-level map of context roots (for merging the
 * documents of several applications), which OpenAPI 3.0 does not allow outside an {@code x-} name;</li>
 * <li>the tidying of schemas, parameters and tags below, each where it is done.</li>
 * </ul>
 */
public class ApiDocument implements OASFilter {

    /** {@code {name:expression}} up to the end of its path segment. */
    private static final Pattern EXPRESSION = Pattern.compile("\\{(\\w+)\\s*:[^/]*}(?=/|$)");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Paths paths = document.getPaths();
        if (paths != null && paths.getPathItems() != null) {
            for (Map.Entry<String, PathItem> path : new LinkedHashMap<>(paths.getPathItems()).entrySet()) {
                String template = withoutExpressions(path.getKey());
                if (!template.equals(path.getKey())) {
                    paths.removePathItem(path.getKey());
                    paths.addPathItem(template, path.getValue());
                }
                path.getValue().getOperations().forEach(ApiDocument::answersOfEveryCall);
            }
        }
        withoutEndpoints(document);
        declaredTagsOnce(document);
    }

    /** A resource's {@code @Tag} repeats the tag at the top, without the description the definition gives it. */
    private static void declaredTagsOnce(OpenAPI document) {
        if (document.getTags() == null) {
            return;
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Tag tag : document.getTags()) {
            tags.merge(tag.getName(), tag, (first, next) -> first.getDescription() != null ? first : next);
        }
        document.setTags(new ArrayList<>(tags.values()));
    }

    /**
     * A parameter's value is text in the URL or a header: Payara writes {@code object} for an enum of
     * the EJB module, which it does not scan, and {@code number} for a Java {@code long}, which client
     * generators turn into a floating-point type (and a URL with {@code 12.0}); no parameter of this
     * API takes a fraction.
     */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getType() == Schema.SchemaType.OBJECT && schema.getProperties() == null) {
            schema.setType(Schema.SchemaType.STRING);
        }
        if (schema != null && schema.getType() == Schema.SchemaType.NUMBER && schema.getFormat() == null) {
            schema.setType(Schema.SchemaType.INTEGER);
            schema.setFormat("int64");
        }
        return parameter;
    }

    /**
     * Payara copies the defaults of every {@code @Schema} attribute into the document
     * ({@code maxProperties: 0} would allow no property at all): a default says nothing, so it goes.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        // A string (a download's binary body) has no properties; Payara sometimes lends it a class's.
        if (schema.getType() == Schema.SchemaType.STRING) {
            schema.setProperties(null);
        }
        // For an array class (@APIResponseSchema(X[].class)) Payara writes the item's $ref beside the
        // array, and a $ref wins over its siblings: the array of X it means.
        if (schema.getRef() != null && schema.getType() == Schema.SchemaType.ARRAY) {
            String item = schema.getRef();
            schema.setRef(null);
            schema.setProperties(null);
            schema.setItems(OASFactory.createSchema().ref(item));
        }
        return schema;
    }

    static String withoutExpressions(String template) {
        return EXPRESSION.matcher(template).replaceAll("{$1}");
    }

    private static void answersOfEveryCall(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        answers(responses, "401", "Unauthorized");
        answers(responses, "403", "Forbidden");
        answers(responses, "429", "TooManyRequests");
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD && method != PathItem.HttpMethod.OPTIONS) {
            operation.addParameter(OASFactory.createParameter().ref("X-Requested-By"));
        }
        Content body = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
        // An upload names its type (.xlsx); Payara keeps the */* of @Consumes beside it, as an object.
        if (body != null && body.hasMediaType("*/*") && body.getMediaTypes().size() > 1) {
            body.removeMediaType("*/*");
        }
        if (body != null && body.hasMediaType("application/json")) {
            answers(responses, "400", "BadRequest");
            answers(responses, "413", "PayloadTooLarge");
            answers(responses, "415", "UnsupportedMediaType");
        }
    }

    private static void answers(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

    /**
     * Payara's own model class has the setter (an empty map is left out when written; null breaks its
     * copy of the document); another implementation has no such field to drop.
     */
    private static void withoutEndpoints(OpenAPI document) {
        try {
            Method setter = document.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(document, new TreeMap<String, Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Nothing to drop.
        }
    }
}
