package io.worktrackr.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One rule for every record on the wire instead of an annotation per field: a component is <b>required</b> unless
 * it is {@code @Nullable} ({@code org.jspecify.annotations.Nullable}); a {@code @Nullable} component is
 * <b>nullable</b>. In a {@code *Request} record a {@code @Nullable} component may also be left out; in a response it
 * is always present, possibly {@code null}. A component Jackson leaves out when null ({@code @JsonInclude(NON_NULL)})
 * is optional and not nullable. An explicit {@code @Schema(requiredMode = …)} wins (for fields that are
 * left out rather than null). Two different classes under one schema name would silently merge in the document:
 * that fails instead.
 */
@Component
class RecordSchemas implements ModelConverter {

    private final Map<String, Class<?>> names = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema == null || type.getType() == null) {
            return schema;
        }
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (!raw.isRecord()) {
            return schema;
        }
        String name = schema.get$ref() != null
                ? schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)
                : schema.getName();
        Schema<?> model = schema.get$ref() != null && name != null
                ? context.getDefinedModels().get(name)
                : schema;
        if (name != null) {
            Class<?> earlier = names.putIfAbsent(name, raw);
            if (earlier != null && earlier != raw) {
                throw new IllegalStateException("Two wire types share the OpenAPI schema name " + name + ": " + earlier
                        + " and " + raw + "; give one a distinct @Schema(name = …)");
            }
        }
        if (model != null && model.getProperties() != null) {
            apply(raw, model);
        }
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void apply(Class<?> record, Schema<?> model) {
        boolean request = record.getSimpleName().endsWith("Request");
        List<String> required = new ArrayList<>();
        Map<String, Schema> properties = (Map) model.getProperties();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            Schema property = properties.get(name);
            if (property == null) {
                continue;
            }
            boolean omittedWhenNull = omittedWhenNull(record, name);
            boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class) && !omittedWhenNull;
            io.swagger.v3.oas.annotations.media.Schema.RequiredMode mode = omittedWhenNull
                    ? io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED
                    : requiredMode(record, name);
            boolean isRequired = switch (mode) {
                case REQUIRED -> true;
                case NOT_REQUIRED -> false;
                case AUTO -> !(nullable && request);
            };
            if (isRequired) {
                required.add(name);
            }
            if (nullable) {
                properties.put(name, nullable(property));
            }
        }
        model.setRequired(required.isEmpty() ? null : required);
    }

    private static io.swagger.v3.oas.annotations.media.Schema.RequiredMode requiredMode(Class<?> record, String name) {
        try {
            Field field = record.getDeclaredField(name);
            io.swagger.v3.oas.annotations.media.Schema annotation =
                    field.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            return annotation == null
                    ? io.swagger.v3.oas.annotations.media.Schema.RequiredMode.AUTO
                    : annotation.requiredMode();
        } catch (NoSuchFieldException e) {
            return io.swagger.v3.oas.annotations.media.Schema.RequiredMode.AUTO;
        }
    }

    /** {@code @JsonInclude(NON_NULL)} and the like: such a component is left out instead of being null. */
    private static boolean omittedWhenNull(Class<?> record, String name) {
        try {
            JsonInclude include = record.getDeclaredField(name).getAnnotation(JsonInclude.class);
            return include != null
                    && include.value() != JsonInclude.Include.ALWAYS
                    && include.value() != JsonInclude.Include.USE_DEFAULTS;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** OpenAPI 3.1: {@code type: [X, "null"]}, or for a reference {@code anyOf: [{$ref}, {type: "null"}]}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            Schema wrapper = new JsonSchema()
                    .anyOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of("null"))));
            wrapper.setDescription(property.getDescription());
            return wrapper;
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        types.add("null");
        property.setTypes(types);
        return property;
    }
}
