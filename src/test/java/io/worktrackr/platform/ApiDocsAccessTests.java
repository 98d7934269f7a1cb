package io.worktrackr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Swagger UI and the OpenAPI document are public only when configured (issue 12 §6): off, both answer 404 and the
 * API itself is unaffected; unset, they are on for the embedded demo database and off on PostgreSQL.
 */
class ApiDocsAccessTests {

    @Test
    void switchedOffTheDocumentAndSwaggerUiAre404AndTheApiPassesThrough() throws Exception {
        ApiDocsAccess off = new ApiDocsAccess(false, "jdbc:h2:mem:x");
        for (String path :
                new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui", "/swagger-ui/index.html"}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            off.doFilter(new MockHttpServletRequest("GET", path), response, chain);
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(chain.getRequest()).as(path + " goes no further").isNull();
        }
        MockFilterChain chain = new MockFilterChain();
        off.doFilter(new MockHttpServletRequest("GET", "/api/auth/csrf"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void switchedOnTheyPassThrough() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        new ApiDocsAccess(true, "jdbc:postgresql://db:5432/worktrackr")
                .doFilter(new MockHttpServletRequest("GET", "/v3/api-docs"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void byDefaultTheyAreOnForTheEmbeddedDemoAndOffOnPostgresql() {
        assertThat(ApiDocsAccess.enabled(null, "jdbc:h2:file:./data/worktrackr;MODE=PostgreSQL"))
                .isTrue();
        assertThat(ApiDocsAccess.enabled(null, "jdbc:postgresql://db:5432/worktrackr"))
                .isFalse();
        assertThat(ApiDocsAccess.enabled(true, "jdbc:postgresql://db:5432/worktrackr"))
                .isTrue();
        assertThat(ApiDocsAccess.enabled(false, "jdbc:h2:mem:x")).isFalse();
    }
}
