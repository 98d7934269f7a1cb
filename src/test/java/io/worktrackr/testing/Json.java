package io.worktrackr.testing;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of JSON by JSON path (Jayway JsonPath, from spring-boot-starter-test), for answers that tests keep as
 * a {@link JsonNode} (fixtures' tickets, list items): {@code Json.string(ticket, "$.id")}.
 */
public final class Json {

    private static final Configuration STRICT = Configuration.defaultConfiguration();
    private static final Configuration LISTS =
            Configuration.defaultConfiguration().addOptions(Option.ALWAYS_RETURN_LIST);

    private Json() {}

    public static <T> T read(String json, String path, Class<T> type) {
        Objects.requireNonNull(json, "no JSON body");
        return JsonPath.using(STRICT).parse(json).read(path, type);
    }

    public static <T> T read(JsonNode json, String path, Class<T> type) {
        return read(json.toString(), path, type);
    }

    public static String string(JsonNode json, String path) {
        return read(json, path, String.class);
    }

    public static long number(JsonNode json, String path) {
        return read(json, path, Long.class);
    }

    public static UUID uuid(JsonNode json, String path) {
        return UUID.fromString(string(json, path));
    }

    public static List<String> strings(String json, String path) {
        List<?> values = JsonPath.using(LISTS).parse(json).read(path, List.class);
        return values.stream().map(v -> v == null ? null : String.valueOf(v)).toList();
    }

    public static List<String> strings(JsonNode json, String path) {
        return strings(json.toString(), path);
    }
}
