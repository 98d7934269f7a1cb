package io.worktrackr.platform;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import io.worktrackr.common.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}, committed as docs/openapi.json (a test keeps the two equal) and
 * the source of the web app's types. Central rules instead of annotations everywhere: an operation's tag is its
 * module; every operation documents the problem answers that apply to it (by its method, path and parameters);
 * record components are required unless {@code @Nullable} ({@link RecordSchemas}); security is global, except on
 * the {@link SecurityConfiguration#PUBLIC_API public paths}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final String BEARER = "bearerToken";
    private static final String SESSION = "sessionCookie";
    private static final String CSRF = "csrfHeader";

    /** The modules that answer HTTP, as operation tags. */
    private static final Map<String, String> MODULES = Map.of(
            "identity", "Sign-up, sign-in, the current user, API tokens and members.",
            "queues", "Team queues.",
            "tickets", "Tickets: create, change (single and bulk), list by views and filters, counts.",
            "conversation", "Replies, internal notes and mentions.",
            "attachments", "Files on tickets and comments.",
            "activity", "The append-only trail of a ticket.",
            "notifications", "The signed-in person's in-app notifications.",
            "live", "Live updates (Server-Sent Events) and presence on tickets.",
            "sla", "Service levels: policies, business calendars, and why a ticket is due when it is.");

    @Bean
    OpenAPI worktrackrOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("WorkTrackr API")
                        .version("1")
                        .description("The help desk's JSON API. Errors are RFC 9457 problems (`Problem`); the "
                                + "problem types, limits and behaviour are described in docs/api.md."))
                // a fixed, relative server: the document is the same on every host and in docs/openapi.json
                .servers(List.of(new Server().url("/").description("the server that serves this document")))
                .tags(MODULES.keySet().stream()
                        .sorted()
                        .map(name -> new Tag().name(name).description(MODULES.get(name)))
                        .toList())
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("wt_…")
                                        .description("A personal API token (`POST /api/me/tokens`) as "
                                                + "`Authorization: Bearer wt_…`; no CSRF header needed."))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("SESSION")
                                        .description("The browser session cookie set by `POST /api/auth/login`."))
                        .addSecuritySchemes(
                                CSRF,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-XSRF-TOKEN")
                                        .description("With the session cookie, mutating requests echo the "
                                                + "`XSRF-TOKEN` cookie's value in this header.")))
                .security(List.of(
                        new SecurityRequirement().addList(BEARER),
                        new SecurityRequirement().addList(SESSION).addList(CSRF)));
    }

    /** An operation's tag is the module its controller belongs to ({@code io.worktrackr.<module>…}). */
    @Bean
    OperationCustomizer moduleTags() {
        return (operation, handler) -> {
            String[] packages = handler.getBeanType().getPackageName().split("\\.");
            if (packages.length > 2 && MODULES.containsKey(packages[2])) {
                operation.setTags(List.of(packages[2]));
            }
            return operation;
        };
    }

    /** The problem answers every operation may give, unless the operation documents that status itself. */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            var resolved = ModelConverters.getInstance(true).readAll(new AnnotatedType(Problem.class));
            resolved.forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
            addSignOut(openApi);
            openApi.getPaths()
                    .forEach((path, item) ->
                            item.readOperationsMap().forEach((method, operation) -> document(path, method, operation)));
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = Set.of(SecurityConfiguration.PUBLIC_API).contains(path);
        boolean mutating = method != PathItem.HttpMethod.GET;
        boolean body = operation.getRequestBody() != null;
        boolean jsonBody = body
                && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey("application/json");
        boolean pathParameters = path.contains("{");
        boolean queryParameters = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()));
        if (open) {
            operation.setSecurity(List.of());
        }
        ApiResponses responses = operation.getResponses();
        if (jsonBody) {
            add(responses, "400", "The body is not JSON (`malformed-json`).");
        }
        if (!open) {
            add(
                    responses,
                    "401",
                    "Not signed in, or the API token is missing, unknown or revoked (`not-authenticated`).");
        }
        if (!open || mutating) {
            add(
                    responses,
                    "403",
                    "Not allowed for this role (`forbidden`), or a session's request without its CSRF header (`csrf`).");
        }
        if (pathParameters) {
            add(responses, "404", "No such resource in the acting organisation, or a malformed id (`not-found`).");
        }
        if (mutating && !open) {
            add(responses, "409", "Clashed with a simultaneous change; try again (`conflict`).");
        }
        if (body) {
            add(responses, "413", "The body is larger than allowed (`payload-too-large`).");
        }
        if (body || queryParameters) {
            add(responses, "422", "A field or parameter is missing or not acceptable (`invalid-input`, `errors[]`).");
        }
        // a problem answer documented by an annotation without a problem body (springdoc puts the method's return
        // type there) gets the Problem schema
        responses.forEach((code, response) -> {
            if (code.startsWith("4")
                    && (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON))) {
                response.setContent(problemContent());
            }
        });
    }

    private static void add(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(
                    code, new ApiResponse().description(description).content(problemContent()));
        }
    }

    private static Content problemContent() {
        Schema<?> problem = new JsonSchema().$ref(PROBLEM_REF);
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem));
    }

    /** Sign-out is Spring Security's filter, not a controller, so it is described here. */
    private static void addSignOut(OpenAPI openApi) {
        Operation signOut = new Operation()
                .operationId("signOut")
                .summary("Sign out: ends the browser session")
                .tags(List.of("identity"))
                .responses(new ApiResponses().addApiResponse("204", new ApiResponse().description("Signed out.")));
        openApi.getPaths().addPathItem("/api/auth/logout", new PathItem().post(signOut));
    }
}
