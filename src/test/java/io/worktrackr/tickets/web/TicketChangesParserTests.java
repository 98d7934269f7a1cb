package io.worktrackr.tickets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.worktrackr.common.FieldError;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.TicketChanges;
import io.worktrackr.tickets.TicketField;
import io.worktrackr.tickets.TicketStatus;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The PATCH body rules (absent = unchanged, null = clear, every problem names its field), without HTTP. */
class TicketChangesParserTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void absentFieldsAreLeftAloneAndNullUnassigns() {
        TicketChanges nothing = parse("{}");
        TicketChanges unassign = parse("{\"assigneeId\": null}");

        assertThat(nothing).isEqualTo(TicketChanges.none());
        assertThat(unassign.assigneeGiven()).isTrue();
        assertThat(unassign.assigneeId()).isNull();
    }

    @Test
    void knownFieldsAreRead() {
        UUID assignee = UUID.randomUUID();
        UUID queue = UUID.randomUUID();

        TicketChanges changes = parse("{\"version\": 3, \"status\": \"in_progress\", \"priority\": \"high\","
                + " \"assigneeId\": \"" + assignee + "\", \"queueId\": \"" + queue + "\","
                + " \"title\": \"New title\", \"description\": \"New description\"}");

        assertThat(changes)
                .isEqualTo(new TicketChanges(
                        3L,
                        TicketStatus.IN_PROGRESS,
                        Priority.HIGH,
                        true,
                        assignee,
                        queue,
                        "New title",
                        "New description"));
    }

    @Test
    void expectedValuesAreReadRawAndNullMeansUnassigned() {
        UUID queue = UUID.randomUUID();

        TicketChanges changes = parse("{\"status\": \"pending\", \"expected\": {\"status\": \"open\","
                + " \"assigneeId\": null, \"queueId\": \"" + queue + "\", \"title\": \"Seen\"}}");

        assertThat(changes.expected())
                .containsEntry(TicketField.STATUS, "open")
                .containsEntry(TicketField.ASSIGNEE, null)
                .containsEntry(TicketField.QUEUE, queue.toString())
                .containsEntry(TicketField.TITLE, "Seen")
                .hasSize(4);
        assertThat(changes.expectedVersion()).isNull();
    }

    @Test
    void expectedValuesAreCheckedLikeTheFieldsAndNamedInsideExpected() {
        assertThat(singleError("{\"expected\": {\"status\": \"opened\"}}").field())
                .isEqualTo("expected.status");
        assertThat(singleError("{\"expected\": {\"colour\": \"red\"}}").field()).isEqualTo("expected.colour");
        assertThat(singleError("{\"expected\": \"open\"}").field()).isEqualTo("expected");
        assertThat(singleError("{\"version\": 1, \"expected\": {}}").field()).isEqualTo("expected");
    }

    @Test
    void unknownStatusValuesNameTheFieldAndTheAllowedValues() {
        FieldError error = singleError("{\"status\": \"done\"}");

        assertThat(error.field()).isEqualTo("status");
        assertThat(error.message()).contains("open, in_progress, pending, resolved, closed");
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        FieldError error = singleError("{\"status\": \"closed\", \"colour\": \"red\"}");

        assertThat(error.field()).isEqualTo("colour");
        assertThat(error.message()).contains("is not a known field");
    }

    @Test
    void theCallersOwnFieldsAreAllowed() {
        assertThat(TicketChangesParser.parse(json("{\"id\": \"x\", \"status\": \"closed\"}"), Set.of("id"))
                        .status())
                .isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void wrongTypesNameTheField() {
        assertThat(singleError("{\"version\": \"one\", \"status\": \"closed\"}").field())
                .isEqualTo("version");
        assertThat(singleError("{\"title\": 42}").field()).isEqualTo("title");
        assertThat(singleError("{\"queueId\": \"not-a-uuid\"}").field()).isEqualTo("queueId");
        assertThat(singleError("{\"queueId\": null}").field()).isEqualTo("queueId");
        assertThat(singleError("{\"queueId\": null}").message()).isEqualTo("must not be null");
    }

    @Test
    void outOfRangeAndNegativeVersionsNameTheField() {
        assertThat(singleError("{\"version\": 99999999999999999999, \"status\": \"closed\"}")
                        .field())
                .isEqualTo("version");
        assertThat(singleError("{\"version\": 1e400}").field()).isEqualTo("version");
        assertThat(singleError("{\"version\": -1}").field()).isEqualTo("version");
        assertThat(singleError("{\"version\": 1.5}").field()).isEqualTo("version");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        InvalidInput refused = refused("{\"status\": \"done\", \"priority\": \"asap\", \"colour\": \"red\"}");

        assertThat(refused.errors())
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("status", "priority", "colour");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThat(refused("[]").errors()).extracting(FieldError::field).containsExactly("body");
        assertThat(refused("\"closed\"").errors()).extracting(FieldError::field).containsExactly("body");
    }

    private static TicketChanges parse(String body) {
        return TicketChangesParser.parse(json(body));
    }

    private static FieldError singleError(String body) {
        InvalidInput refused = refused(body);
        assertThat(refused.errors()).hasSize(1);
        return refused.errors().get(0);
    }

    private static InvalidInput refused(String body) {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> parse(body));
        assertThat(refused).as("refused: " + body).isNotNull();
        assertThat(refused.type().status()).isEqualTo(422);
        return refused;
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
