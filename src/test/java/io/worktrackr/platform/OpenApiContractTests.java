package io.worktrackr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP contract is the committed file {@code docs/openapi.json}: the web app's types are generated from it and
 * Redocly lints it. This test fails when the running server's {@code /v3/api-docs} differs from the file. After an
 * intended API change, rewrite it with {@code ./mvnw test -Dtest=OpenApiContractTests -Dworktrackr.contract.write=true}
 * (or the environment variable {@code WORKTRACKR_CONTRACT_WRITE=true}) and commit it.
 */
class OpenApiContractTests extends IntegrationTest {

    private static final Path CONTRACT = Path.of("docs/openapi.json");

    /** Two-space indentation, {@code "name": value}, one array element per line: what JSON.stringify(…, null, 2) writes. */
    private static final ObjectWriter PRETTY = JsonMapper.builder()
            .build()
            .writer()
            .with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    @Test
    void theServedDocumentIsTheCommittedContract() throws IOException {
        Api.Response served = Api.session(port).get("/v3/api-docs");
        assertThat(served.status()).isEqualTo(200);
        String actual = PRETTY.writeValueAsString(sorted(served.body())).replace("\r\n", "\n") + "\n";

        if (writeRequested()) {
            Files.writeString(CONTRACT, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(Files.exists(CONTRACT))
                .as("docs/openapi.json exists; write it with -Dworktrackr.contract.write=true")
                .isTrue();
        assertThat(actual)
                .as("the served /v3/api-docs equals docs/openapi.json; if the change is intended, rewrite the file "
                        + "with ./mvnw test -Dtest=OpenApiContractTests -Dworktrackr.contract.write=true and commit it")
                .isEqualTo(Files.readString(CONTRACT, StandardCharsets.UTF_8));
    }

    @Test
    void everyOperationIsNamedSummarisedTaggedAndDocumentsItsClientErrors() {
        JsonNode document = Api.session(port).get("/v3/api-docs").body();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode op = operation.getValue();
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                if (!op.hasNonNull("operationId")
                        || op.get("operationId").stringValue().matches(".*_\\d+$")) {
                    problems.add(name + ": no explicit operationId");
                }
                if (!op.hasNonNull("summary")) {
                    problems.add(name + ": no summary");
                }
                if (!op.has("tags") || op.get("tags").isEmpty()) {
                    problems.add(name + ": no tag");
                }
                boolean clientError =
                        op.get("responses").propertyNames().stream().anyMatch(code -> code.startsWith("4"));
                // GET /api/auth/csrf is the one operation that cannot fail
                if (!clientError && !name.equals("GET /api/auth/csrf")) {
                    problems.add(name + ": no 4xx answer documented");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(document.get("servers").get(0).get("url").stringValue()).isEqualTo("/");
        assertThat(document.get("components").get("schemas").has("Problem")).isTrue();
    }

    static boolean writeRequested() {
        return Boolean.parseBoolean(System.getProperty("worktrackr.contract.write"))
                || Boolean.parseBoolean(System.getenv("WORKTRACKR_CONTRACT_WRITE"));
    }

    /** Object keys in alphabetical order at every level, so the file does not depend on reflection order. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            Map<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(e -> fields.put(e.getKey(), sorted(e.getValue())));
            fields.forEach(result::set);
            return result;
        }
        if (node.isArray()) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> result.add(sorted(item)));
            return result;
        }
        return node;
    }
}
