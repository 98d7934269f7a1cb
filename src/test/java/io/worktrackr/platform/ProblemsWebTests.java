package io.worktrackr.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.worktrackr.identity.ApiTokens;
import io.worktrackr.identity.Sessions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How failures reach clients, without a database: the platform's real security chain, body limit filter and
 * problem handler in front of a test-only controller.
 */
@WebMvcTest(
        controllers = ProblemsWebTests.TestController.class,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ProblemsWebTests.WEB_PLUMBING),
        // other modules' advices (e.g. the tickets module's) need their module's beans; this slice is the platform's
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ProblemsWebTests.OTHER_MODULES))
@Import({ProblemsWebTests.TestController.class, ProblemsWebTests.UploadLimits.class})
@ExtendWith(OutputCaptureExtension.class)
class ProblemsWebTests {

    /** The platform's HTTP plumbing by name, wherever it sits under platform (web/, internal/ …). */
    static final String WEB_PLUMBING =
            "io\\.worktrackr\\.platform\\.(\\w+\\.)*(Security|Problem|JsonBodyLimit|WebApp|Time|DatabaseOutage|StrictJson)\\w*";

    static final String OTHER_MODULES = "io\\.worktrackr\\.(?!platform\\.)\\w+\\..*";

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://worktrackr.io/problems/";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ApiTokens apiTokens;

    /** The security chain asks it whether a refused session was ended on purpose (never, here). */
    @MockitoBean
    Sessions sessions;

    /** The upload limits the attachments module provides in the whole app (the problem handler names them). */
    @org.springframework.boot.test.context.TestConfiguration
    static class UploadLimits {
        @org.springframework.context.annotation.Bean
        jakarta.servlet.MultipartConfigElement multipartConfigElement() {
            return new jakarta.servlet.MultipartConfigElement("", 25L * 1024 * 1024, -1L, 0);
        }
    }

    @RestController
    static class TestController {

        record Thing(@NotBlank String title, Integer count, Colour colour) {}

        /** A body with a primitive: Jackson 3 refuses a missing or null one (FAIL_ON_NULL_FOR_PRIMITIVES). */
        record Setting(String name, boolean on) {}

        @PostMapping("/api/test/settings")
        Setting setting(@RequestBody Setting setting) {
            return setting;
        }

        enum Colour {
            RED,
            GREEN
        }

        @PostMapping("/api/test/things")
        Thing create(@Valid @RequestBody Thing thing) {
            return thing;
        }

        @GetMapping("/api/test/things/{id}")
        String one(@PathVariable UUID id) {
            return id.toString();
        }

        @GetMapping("/api/test/things")
        String list(@RequestParam(defaultValue = "10") int limit) {
            return "limit " + limit;
        }

        @GetMapping("/api/test/broken")
        String broken() {
            throw new IllegalStateException("secret internals: connection to db-7 refused");
        }
    }

    @Test
    void malformedJsonIs400MalformedJson() {
        MvcTestResult result = send(post("/api/test/things").content("{\"title\": "));

        assertProblem(result, 400, "malformed-json");
        assertThat(send(post("/api/test/things").content("{title: nope}")))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo(TYPES + "malformed-json");
    }

    @Test
    void aMissingBodyIs400MalformedJson() {
        assertProblem(send(post("/api/test/things")), 400, "malformed-json");
    }

    @Test
    void unknownFieldsAre422NamingTheField() {
        MvcTestResult result =
                send(post("/api/test/things").content("{\"title\": \"x\", \"colour\": \"RED\", \"size\": 3}"));

        assertProblem(result, 422, "invalid-input");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("is not a known field");
    }

    @Test
    void wrongTypesAndUnknownEnumValuesAre422NamingTheField() {
        MvcTestResult count = send(post("/api/test/things").content("{\"title\": \"x\", \"count\": \"many\"}"));
        MvcTestResult colour = send(post("/api/test/things").content("{\"title\": \"x\", \"colour\": \"BLUE\"}"));
        MvcTestResult title = send(post("/api/test/things").content("{\"title\": {\"nested\": true}}"));

        assertProblem(count, 422, "invalid-input");
        assertThat(count).bodyJson().extractingPath("$.errors[0].field").isEqualTo("count");
        assertThat(colour).bodyJson().extractingPath("$.errors[0].field").isEqualTo("colour");
        assertThat(title)
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("title");
    }

    @Test
    void aMissingOrNullPrimitiveIs422SayingItIsRequiredNotThatItHasTheWrongType() {
        for (String body : List.of("{\"name\": \"x\"}", "{\"name\": \"x\", \"on\": null}")) {
            MvcTestResult result = send(post("/api/test/settings").content(body));
            assertProblem(result, 422, "invalid-input");
            assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("on");
            assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("is required");
        }
        assertThat(send(post("/api/test/settings").content("{\"name\": \"x\", \"on\": \"yes\"}")))
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isNotEqualTo("is required");
    }

    @Test
    void scalarsAreNotCoercedAndDuplicateKeysAreRefusedNamingTheField() {
        MvcTestResult numberAsTitle = send(post("/api/test/things").content("{\"title\": 123}"));
        MvcTestResult booleanAsTitle = send(post("/api/test/things").content("{\"title\": true}"));
        MvcTestResult textAsCount = send(post("/api/test/things").content("{\"title\": \"x\", \"count\": \"5\"}"));
        MvcTestResult duplicate = send(post("/api/test/things").content("{\"title\": \"a\", \"title\": \"b\"}"));

        for (MvcTestResult result : List.of(numberAsTitle, booleanAsTitle)) {
            assertProblem(result, 422, "invalid-input");
            assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("title");
        }
        assertProblem(textAsCount, 422, "invalid-input");
        assertThat(textAsCount).bodyJson().extractingPath("$.errors[0].field").isEqualTo("count");
        assertProblem(duplicate, 422, "invalid-input");
        assertThat(duplicate).bodyJson().extractingPath("$.errors[0].field").isEqualTo("title");
    }

    @Test
    void beanValidationFailuresAre422NamingTheField() {
        MvcTestResult result = send(post("/api/test/things").content("{\"title\": \"   \"}"));

        assertProblem(result, 422, "invalid-input");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("title");
    }

    @Test
    void bodiesOverTheLimitAre413BeforeTheControllerRuns() {
        String huge = "{\"title\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        MvcTestResult result = send(post("/api/test/things").content(huge));
        // the same path spelled with an escape must not slip past the limit
        MvcTestResult escaped = send(post("/%61pi/test/things").content(huge));

        assertProblem(result, 413, "payload-too-large");
        assertProblem(escaped, 413, "payload-too-large");
    }

    @Test
    void malformedIdsInPathsAre404AndMalformedQueryParametersAre422() {
        assertProblem(send(get("/api/test/things/not-a-uuid")), 404, "not-found");
        MvcTestResult limit = send(get("/api/test/things?limit=lots"));
        assertProblem(limit, 422, "invalid-input");
        assertThat(limit).bodyJson().extractingPath("$.errors[0].field").isEqualTo("limit");
    }

    @Test
    void unknownApiPathsWrongMethodsAndWrongMediaTypesAreProblems() {
        MvcTestResult unknown = send(get("/api/no-such-thing"));
        MvcTestResult method = send(MockMvcRequestBuilders.delete("/api/test/things"));
        MvcTestResult mediaType =
                send(post("/api/test/things").contentType(MediaType.TEXT_PLAIN).content("title"));

        assertProblem(unknown, 404, "http-404");
        assertProblem(method, 405, "http-405");
        assertThat(method.getResponse().getHeader("Allow")).contains("GET", "POST");
        assertProblem(mediaType, 415, "http-415");
    }

    @Test
    void serverErrorsAre500WithAnErrorIdThatIsLoggedAndNoStackTraceOrMessage(CapturedOutput log) {
        MvcTestResult result = send(get("/api/test/broken"));

        assertProblem(result, 500, "internal-error");
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Something went wrong");
        String errorId = (String) com.jayway.jsonpath.JsonPath.read(body(result), "$.errorId");
        assertThat(UUID.fromString(errorId)).isNotNull();
        assertThat(body(result))
                .contains(errorId)
                .doesNotContain("IllegalStateException", "Exception", "at io.worktrackr", "secret internals", "db-7");
        assertThat(log.getOut()).contains("errorId=" + errorId).contains("IllegalStateException");
    }

    @Test
    void clientErrorsCarryNoStackTraceEither() {
        MvcTestResult result = send(post("/api/test/things").content("{\"title\": "));

        assertThat(body(result)).doesNotContain("Exception", "at io.worktrackr", "tools.jackson");
    }

    @Test
    void unauthenticatedApiCallsAre401Problems() {
        MvcTestResult result = mvc.perform(MockMvcRequestBuilders.get("/api/test/things"));

        assertProblem(result, 401, "not-authenticated");
    }

    @Test
    void cookieSessionChangesWithoutTheCsrfHeaderAre403Problems() {
        MvcTestResult result = mvc.perform(MockMvcRequestBuilders.post("/api/test/things")
                .with(user("someone"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"x\"}"));

        assertProblem(result, 403, "csrf");
        assertThat(result).bodyJson().extractingPath("$.title").asString().contains("CSRF");
    }

    @Test
    void responsesCarrySecurityHeaders() {
        MvcTestResult result = mvc.perform(MockMvcRequestBuilders.get("/api/auth/csrf"));

        assertThat(result).hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(result).hasHeader("X-Frame-Options", "DENY");
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(result.getResponse().getHeader("Permissions-Policy")).contains("camera=()");
        assertThat(result.getResponse().getHeader("Strict-Transport-Security"))
                .as("plain http: no HSTS")
                .isNull();

        MvcTestResult overHttps =
                mvc.perform(MockMvcRequestBuilders.get("/api/auth/csrf").secure(true));
        assertThat(overHttps.getResponse().getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    private MockHttpServletRequestBuilder post(String path) {
        return MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON);
    }

    private MockHttpServletRequestBuilder get(String path) {
        return MockMvcRequestBuilders.get(path);
    }

    private MvcTestResult send(MockHttpServletRequestBuilder request) {
        return mvc.perform(request.with(user("someone"))
                .with(csrf())
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static void assertProblem(MvcTestResult result, int status, String type) {
        assertThat(result).hasStatus(status);
        assertThat(result.getResponse().getContentType()).as(body(result)).startsWith(PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(TYPES + type);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
        assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
