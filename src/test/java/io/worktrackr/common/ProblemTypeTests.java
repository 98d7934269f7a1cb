package io.worktrackr.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProblemTypeTests {

    @Test
    void aSlugMeansOneStatusEverywhere() {
        Map<String, java.util.Set<Integer>> statusesBySlug = Arrays.stream(ProblemType.values())
                .collect(Collectors.groupingBy(
                        ProblemType::slug, Collectors.mapping(ProblemType::status, Collectors.toSet())));

        statusesBySlug.forEach((slug, statuses) -> assertThat(statuses).as(slug).hasSize(1));
    }

    @Test
    void everySlugIsDocumentedInTheApiDocs() throws IOException {
        String docs = Files.readString(Path.of("docs/api.md"));

        for (ProblemType type : ProblemType.values()) {
            assertThat(docs)
                    .as("docs/api.md's problem type table names " + type.slug())
                    .contains("| `" + type.slug() + "` | " + type.status() + " | ");
        }
    }

    @Test
    void typesAreStableUris() {
        assertThat(ProblemType.STALE_TICKET.uri().toString()).isEqualTo("https://worktrackr.io/problems/stale-ticket");
        assertThat(ProblemType.forHttpStatus(405).toString()).isEqualTo("https://worktrackr.io/problems/http-405");
    }
}
