package io.worktrackr.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.WorktrackrApplication;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Sessions live in the database: a second server node serves the same signed-in browser. */
class SessionSharingIntegrationTests extends IntegrationTest {

    @Autowired
    Environment environment;

    @Test
    void aSessionStartedOnOneNodeWorksOnAnotherAndSignOutEndsItEverywhere() {
        Org org = fixtures.organisation();
        Api nodeA = Api.session(port);
        assertThat(nodeA.post("/api/auth/login", Map.of("email", org.admin.email(), "password", Fixtures.PASSWORD))
                        .status())
                .isEqualTo(200);

        try (ConfigurableApplicationContext secondNode = new SpringApplicationBuilder(WorktrackrApplication.class)
                .run(
                        "--server.port=0",
                        "--worktrackr.demo.enabled=false",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""))) {
            Api nodeB =
                    nodeA.onPort(Integer.parseInt(secondNode.getEnvironment().getProperty("local.server.port")));

            assertThat(nodeB.get("/api/me").string("$.user.email")).isEqualTo(org.admin.email());
            assertThat(nodeB.post("/api/tickets", Map.of("title", "Made on node B"))
                            .status())
                    .isEqualTo(201);

            assertThat(nodeB.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
            assertThat(nodeA.get("/api/me").status()).isEqualTo(401);
        }
    }
}
