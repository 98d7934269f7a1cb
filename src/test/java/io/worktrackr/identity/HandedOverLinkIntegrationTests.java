package io.worktrackr.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An invitation link shown to the inviting admin (POST /api/invitations answers it, to be handed over) is that admin's
 * word, not proof of the address (issue 12 §1): it must not let an admin seize an account that never proved its
 * address — every account made without SMTP, or before its owner clicked the verification link — with a link of their
 * own. Proof comes only from a link that went to the address alone (EmailOwnershipIntegrationTests).
 */
class HandedOverLinkIntegrationTests extends IntegrationTest {

    @Test
    void anAdminCannotTakeOverSomebodyElsesUnprovenAccountWithALinkOfTheirOwn() {
        // Victimcorp's founder signed up; no e-mail is configured here, so the address is still unproven
        Org victimcorp = fixtures.organisation();
        String founder = victimcorp.admin.email();
        Org attackers = fixtures.organisation();
        Api.Response invited =
                attackers.admin.api().post("/api/invitations", Map.of("email", founder, "role", "agent"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String token = invited.string("$.acceptUrl").replaceFirst(".*#token=", "");

        Api attacker = Api.session(port);
        Api.Response preview = attacker.post("/api/invitations/preview", Map.of("token", token));
        assertThat(preview.bool("$.accountExists"))
                .as("sign in as the address first")
                .isTrue();
        assertThat(preview.bool("$.unconfirmedAccount"))
                .as("no take-over offered")
                .isFalse();
        Api.Response seized = attacker.post(
                "/api/invitations/accept", Map.of("token", token, "name", "Mallory", "password", "mallorys-password"));

        assertThat(seized.status()).as(seized.toString()).isEqualTo(401);
        assertThat(seized.string("$.type")).endsWith("/not-authenticated");
        assertThat(attacker.get("/api/me").status()).isEqualTo(401);
        // nothing changed for the founder: session, password, organisation, name
        Api.Response me = victimcorp.admin.session().get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.string("$.currentOrganisation.id")).isEqualTo(victimcorp.id.toString());
        assertThat(me.string("$.user.name")).isEqualTo("Admin of " + me.string("$.currentOrganisation.name"));
        assertThat(me.bool("$.emailVerified")).isFalse();
        assertThat(signIn(founder, "mallorys-password").status()).isEqualTo(401);
        assertThat(signIn(founder, Fixtures.PASSWORD).status()).isEqualTo(200);
        assertThat(attackers.admin.api().get("/api/members").raw().body()).doesNotContain(founder);

        // the owner, signed in as the address, may still accept it; that proves nothing about the address
        Api.Response accepted = victimcorp.admin.session().post("/api/invitations/accept", Map.of("token", token));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.size("$.memberships")).isEqualTo(2);
        assertThat(accepted.bool("$.emailVerified")).isFalse();
    }

    @Test
    void aNewPersonJoiningByAHandedOverLinkConfirmsTheAddressByEmailLikeASignUp() {
        Org org = fixtures.organisation();
        String email = Fixtures.unique("newcomer") + "@example.test";
        String url = org.admin
                .api()
                .post("/api/invitations", Map.of("email", email, "role", "agent"))
                .string("$.acceptUrl");
        String token = url.replaceFirst(".*#token=", "");

        Api.Response joined = Api.session(port)
                .post(
                        "/api/invitations/accept",
                        Map.of("token", token, "name", "Newcomer", "password", "newcomer-password"));

        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        assertThat(joined.string("$.currentOrganisation.id")).isEqualTo(org.id.toString());
        assertThat(joined.bool("$.emailVerified"))
                .as("the admin's word proves no address")
                .isFalse();
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM email_verifications
                        WHERE email = :email AND purpose = 'verify' AND used_at IS NULL""").param("email", email).query(Long.class).single())
                .as("a link to confirm it is on its way")
                .isOne();
    }

    private Api.Response signIn(String email, String password) {
        return Api.session(port).post("/api/auth/login", Map.of("email", email, "password", password));
    }
}
