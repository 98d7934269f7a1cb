package io.worktrackr.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Proven e-mail ownership (issue 12 §1, issue 9's change of address), through the outbox to a real SMTP server
 * (GreenMail): sign-up sends a link that proves the address; a change of address takes effect only through the
 * link sent to the new address, and the old address is told; an unverified account cannot join another
 * organisation in the app, and whoever proves the address by an invitation link takes such an account over — the
 * pre-hijacking attack fails: the outsider who signed up with Carol's address does not get in, the real Carol does.
 */
@TestPropertySource(
        properties = {
            "worktrackr.mail.send-interval=1h",
            "worktrackr.mail.smtp.starttls=false",
            "worktrackr.mail.from=WorkTrackr <links@tests.worktrackr.io>",
            "worktrackr.mail.base-url=http://wt.test"
        })
class EmailOwnershipIntegrationTests extends IntegrationTest {

    static final int SMTP_PORT = freePort();
    static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static GreenMail smtp = startSmtp();

    static final Pattern CONFIRM_LINK = Pattern.compile("http://wt\\.test/confirm-email#token=([A-Za-z0-9_-]+)");
    static final Pattern INVITATION_LINK =
            Pattern.compile("http://wt\\.test/invitations/accept#token=([A-Za-z0-9_-]+)");

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("worktrackr.mail.smtp.host", () -> "127.0.0.1");
        registry.add("worktrackr.mail.smtp.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired
    EmailSender sender;

    @Test
    void signUpSendsALinkThatProvesTheAddressOnceAndTheAccountWorksMeanwhile() throws Exception {
        String email = Fixtures.unique("founder") + "@example.test";
        Api founder = signUp(email, "Founder");
        Api.Response me = founder.get("/api/me");
        assertThat(me.bool("$.emailVerified")).isFalse();
        assertThat(founder.post("/api/tickets", Map.of("title", "Works meanwhile", "description", "x"))
                        .status())
                .as("the account works in its own organisation while unverified")
                .isEqualTo(201);

        drain();
        List<MimeMessage> mails = mailTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Confirm your e-mail address for WorkTrackr");
        String token = token(CONFIRM_LINK, part(mails.get(0), "text/plain"));
        assertThat(part(mails.get(0), "text/html")).contains("http://wt.test/confirm-email#token=" + token);
        assertNoTraceOf(token);

        Api.Response confirmed = Api.session(port).post("/api/auth/email-confirmation", Map.of("token", token));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.string("$.email")).isEqualTo(email);
        assertThat(confirmed.bool("$.changed")).isFalse();
        assertThat(founder.get("/api/me").bool("$.emailVerified")).isTrue();

        Api.Response again = Api.session(port).post("/api/auth/email-confirmation", Map.of("token", token));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.string("$.type")).endsWith("/email-link-invalid");
        Api.Response unknown =
                Api.session(port).post("/api/auth/email-confirmation", Map.of("token", "not-a-real-token"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.string("$.type")).endsWith("/email-link-invalid");
    }

    @Test
    void signUpWithATakenAddressIsAnsweredAlikeMakesNothingAndTellsTheOwner() throws Exception {
        Org org = fixtures.organisation();
        String organisationName = Fixtures.unique("Copycat");
        Api.Response fresh = Api.session(port)
                .post(
                        "/api/signup",
                        Map.of(
                                "organisationName",
                                Fixtures.unique("Fresh"),
                                "name",
                                "Fresh",
                                "email",
                                Fixtures.unique("fresh") + "@example.test",
                                "password",
                                "long-enough-password"));
        Api.Response taken = Api.session(port)
                .post(
                        "/api/signup",
                        Map.of(
                                "organisationName",
                                organisationName,
                                "name",
                                "Copy",
                                "email",
                                org.admin.email(),
                                "password",
                                "long-enough-password"));

        assertThat(taken.status()).isEqualTo(fresh.status()).isEqualTo(202);
        assertThat(taken.body()).isEqualTo(fresh.body());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisations WHERE name = :name")
                        .param("name", organisationName)
                        .query(Long.class)
                        .single())
                .isZero();
        drain();
        List<MimeMessage> told = mailTo(org.admin.email()).stream()
                .filter(m -> subject(m).equals("Someone tried to sign up to WorkTrackr with your address"))
                .toList();
        assertThat(told).hasSize(1);
        assertThat(part(told.get(0), "text/plain")).contains("http://wt.test/reset-password");
    }

    @Test
    void aChangeOfAddressTakesEffectOnlyThroughTheLinkToTheNewAddressAndTheOldAddressIsTold() throws Exception {
        Org org = fixtures.organisation();
        User alice = added(org, "Alice");
        String newAddress = Fixtures.unique("alice-new") + "@example.test";

        Api.Response wrongPassword = alice.session()
                .post("/api/me/email", Map.of("email", newAddress, "currentPassword", "not-my-password"));
        assertThat(wrongPassword.status()).isEqualTo(422);
        assertThat(wrongPassword.string("$.errors[0].field")).isEqualTo("currentPassword");
        Api.Response notAnAddress = alice.session()
                .post("/api/me/email", Map.of("email", "no-at-sign", "currentPassword", Fixtures.PASSWORD));
        assertThat(notAnAddress.status()).isEqualTo(422);
        assertThat(notAnAddress.string("$.errors[0].field")).isEqualTo("email");
        Api.Response byToken =
                alice.api().post("/api/me/email", Map.of("email", newAddress, "currentPassword", Fixtures.PASSWORD));
        assertThat(byToken.status())
                .as("a leaked API token cannot move the account")
                .isEqualTo(403);

        Api.Response requested = alice.session()
                .post("/api/me/email", Map.of("email", newAddress.toUpperCase(), "currentPassword", Fixtures.PASSWORD));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        Api.Response me = alice.session().get("/api/me");
        assertThat(me.string("$.user.email")).as("nothing changes yet").isEqualTo(alice.email());
        assertThat(me.string("$.pendingEmail")).isEqualTo(newAddress);

        drain();
        assertThat(mailTo(alice.email()))
                .as("the old address hears nothing yet")
                .isEmpty();
        List<MimeMessage> toNew = mailTo(newAddress);
        assertThat(toNew).hasSize(1);
        assertThat(toNew.get(0).getSubject()).isEqualTo("Confirm your new WorkTrackr e-mail address");
        String token = token(CONFIRM_LINK, part(toNew.get(0), "text/plain"));
        assertNoTraceOf(token);
        assertThat(login(alice.email()).status()).isEqualTo(200);

        Api.Response confirmed = Api.session(port).post("/api/auth/email-confirmation", Map.of("token", token));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.bool("$.changed")).isTrue();
        me = alice.session().get("/api/me");
        assertThat(me.string("$.user.email")).isEqualTo(newAddress);
        assertThat(me.bool("$.emailVerified")).isTrue();
        assertThat(me.body().get("pendingEmail").isNull()).isTrue();
        assertThat(login(newAddress).status()).isEqualTo(200);
        assertThat(login(alice.email()).status()).isEqualTo(401);

        drain();
        List<MimeMessage> toOld = mailTo(alice.email());
        assertThat(toOld).hasSize(1);
        assertThat(toOld.get(0).getSubject()).isEqualTo("Your WorkTrackr e-mail address was changed");
        assertThat(part(toOld.get(0), "text/plain")).contains(newAddress);
        assertThat(Api.session(port)
                        .post("/api/auth/email-confirmation", Map.of("token", token))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aChangeToAnAddressOfAnotherAccountIsAnsweredAlikeAndSendsNothing() throws Exception {
        Org org = fixtures.organisation();
        User alice = added(org, "Alice");
        User bob = added(org, "Bob");
        String free = Fixtures.unique("free") + "@example.test";

        Api.Response taken = alice.session()
                .post("/api/me/email", Map.of("email", bob.email(), "currentPassword", Fixtures.PASSWORD));
        Api.Response available =
                alice.session().post("/api/me/email", Map.of("email", free, "currentPassword", Fixtures.PASSWORD));
        assertThat(taken.status()).isEqualTo(available.status()).isEqualTo(202);
        assertThat(taken.body()).isEqualTo(available.body());

        drain();
        assertThat(mailTo(bob.email())).isEmpty();
        assertThat(mailTo(free)).hasSize(1);
    }

    @Test
    void thePreHijackingAttackFailsTheOutsiderDoesNotGetInAndTheRealOwnerDoes() throws Exception {
        Org victimcorp = fixtures.organisation();
        String carol = Fixtures.unique("carol") + "@victimcorp.test";

        // the outsider signs up with Carol's address before Carol does, and keeps an API token
        Api outsider = signUp(carol, "Not Carol");
        UUID outsidersAccount = outsider.get("/api/me").uuid("$.user.id");
        Api.Response issued = outsider.post("/api/me/tokens", Map.of("name", "kept"));
        assertThat(issued.status()).isEqualTo(201);
        Api outsidersToken = Api.token(port, issued.string("$.token"));

        // Victimcorp's admin adds Carol: the address has an (unverified) account, so she is invited
        Api.Response added = victimcorp
                .admin
                .api()
                .post(
                        "/api/members",
                        Map.of("email", carol, "name", "Carol", "role", "agent", "password", Fixtures.PASSWORD));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(outsider.get("/api/me").size("$.invitations")).isEqualTo(1);

        // the outsider cannot accept in the app: the address was never proven
        Api.Response inApp = outsider.post("/api/me/invitations/" + victimcorp.id + "/accept", Map.of());
        assertThat(inApp.status()).as(inApp.toString()).isEqualTo(403);
        assertThat(inApp.string("$.type")).endsWith("/email-unverified");
        assertThat(outsider.get("/api/tickets").status()).isEqualTo(200);
        assertThat(outsider.get("/api/me").size("$.memberships")).isEqualTo(1);

        // the invitation went to the address: the real Carol proves it by the link and joins, with her own password
        drain();
        List<MimeMessage> invitations = mailTo(carol).stream()
                .filter(m -> subject(m).contains("invited you to"))
                .toList();
        assertThat(invitations).hasSize(1);
        String token = token(INVITATION_LINK, part(invitations.get(0), "text/plain"));
        Api realCarol = Api.session(port);
        Api.Response preview = realCarol.post("/api/invitations/preview", Map.of("token", token));
        assertThat(preview.bool("$.accountExists"))
                .as("an unverified account's password is not asked for")
                .isFalse();
        Api.Response joined = realCarol.post(
                "/api/invitations/accept", Map.of("token", token, "name", "Carol", "password", "carols-own-secret"));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        assertThat(joined.string("$.currentOrganisation.id")).isEqualTo(victimcorp.id.toString());
        assertThat(joined.bool("$.emailVerified")).isTrue();
        assertThat(realCarol.get("/api/tickets").status()).isEqualTo(200);

        // everything the outsider held ends: session, token, password
        assertThat(outsider.get("/api/me").status()).isEqualTo(401);
        assertThat(outsidersToken.get("/api/me").status()).isEqualTo(401);
        assertThat(login(carol, "correct-horse-battery").status()).isEqualTo(401);
        assertThat(login(carol, "carols-own-secret").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT id FROM users WHERE email = :email")
                        .param("email", carol)
                        .query(UUID.class)
                        .single())
                .isEqualTo(outsidersAccount);
    }

    @Test
    void theOwnerWhoTakesOverAnUnverifiedAccountInheritsNothingTheOutsiderHeld() throws Exception {
        Org victimcorp = fixtures.organisation();
        Org thirdcorp = fixtures.organisation();
        String carol = Fixtures.unique("carol") + "@victimcorp.test";

        // the outsider signs up with Carol's address: admin of an organisation of their own, with a ticket there, an
        // API token, a second browser session, notification settings of their choice and a change of address to
        // one they own, left pending
        Api outsider = signUp(carol, "Not Carol");
        UUID account = outsider.get("/api/me").uuid("$.user.id");
        UUID outsiderLtd = outsider.get("/api/me").uuid("$.currentOrganisation.id");
        assertThat(outsider.post("/api/tickets", Map.of("title", "Planted", "description", "x"))
                        .status())
                .isEqualTo(201);
        Api.Response issued = outsider.post("/api/me/tokens", Map.of("name", "kept"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        Api outsidersToken = Api.token(port, issued.string("$.token"));
        Api secondSession = Api.session(port);
        assertThat(secondSession
                        .post("/api/auth/login", Map.of("email", carol, "password", "correct-horse-battery"))
                        .status())
                .isEqualTo(200);
        assertThat(outsider.put(
                                "/api/me/notification-preferences",
                                Map.of(
                                        "kinds",
                                        List.of(Map.of("kind", "assigned", "inApp", false, "email", "off")),
                                        "digestHour",
                                        3))
                        .status())
                .isEqualTo(200);
        String evil = Fixtures.unique("outsider") + "@evil.test";
        assertThat(outsider.post("/api/me/email", Map.of("email", evil, "currentPassword", "correct-horse-battery"))
                        .status())
                .isEqualTo(202);

        // two organisations add Carol: each invitation is addressed to her address
        for (Org org : List.of(victimcorp, thirdcorp)) {
            Api.Response added = org.admin
                    .api()
                    .post(
                            "/api/members",
                            Map.of("email", carol, "name", "Carol", "role", "agent", "password", Fixtures.PASSWORD));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }

        // the real Carol proves the address by Victimcorp's link
        drain();
        String token = token(
                INVITATION_LINK,
                part(
                        mailTo(carol).stream()
                                .filter(m -> subject(m).contains("invited you to")
                                        && subject(m)
                                                .contains(victimcorp
                                                        .admin
                                                        .api()
                                                        .get("/api/me")
                                                        .string("$.currentOrganisation.name")))
                                .findFirst()
                                .orElseThrow(),
                        "text/plain"));
        Api realCarol = Api.session(port);
        Api.Response preview = realCarol.post("/api/invitations/preview", Map.of("token", token));
        assertThat(preview.bool("$.accountExists")).isFalse();
        assertThat(preview.bool("$.unconfirmedAccount"))
                .as("the page warns that an unconfirmed account is taken over")
                .isTrue();
        Api.Response joined = realCarol.post(
                "/api/invitations/accept", Map.of("token", token, "name", "Carol", "password", "carols-own-secret"));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);

        // memberships: only Victimcorp's; the outsider's organisation is left (Thirdcorp's invitation stays open)
        assertThat(jdbc.sql("SELECT organisation_id FROM memberships WHERE user_id = :user AND accepted_at IS NOT NULL")
                        .param("user", account)
                        .query(UUID.class)
                        .list())
                .containsExactly(victimcorp.id);
        Api.Response me = realCarol.get("/api/me");
        assertThat(me.strings("$.memberships[*].organisationId")).containsExactly(victimcorp.id.toString());
        assertThat(me.strings("$.invitations[*].organisationId")).containsExactly(thirdcorp.id.toString());
        assertThat(me.string("$.user.name")).isEqualTo("Carol");
        assertThat(realCarol
                        .put("/api/me/current-organisation", Map.of("organisationId", outsiderLtd.toString()))
                        .status())
                .isEqualTo(404);

        // sessions and tokens: none of the outsider's is left
        assertThat(outsider.get("/api/me").status()).isEqualTo(401);
        assertThat(secondSession.get("/api/me").status()).isEqualTo(401);
        assertThat(outsidersToken.get("/api/me").status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE user_id = :user AND revoked_at IS NULL")
                        .param("user", account)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :user")
                        .param("user", account.toString())
                        .query(Long.class)
                        .single())
                .as("only the session the real Carol just got")
                .isEqualTo(1);
        assertThat(realCarol.get("/api/me/sessions").size("$")).isEqualTo(1);

        // the pending change of address the outsider asked for cannot move the account away any more
        drain();
        String change = token(CONFIRM_LINK, part(mailTo(evil).get(0), "text/plain"));
        Api.Response moved = Api.session(port).post("/api/auth/email-confirmation", Map.of("token", change));
        assertThat(moved.status()).isEqualTo(404);
        assertThat(moved.string("$.type")).endsWith("/email-link-invalid");
        assertThat(realCarol.get("/api/me").string("$.user.email")).isEqualTo(carol);

        // the outsider's notification settings do not carry over
        Api.Response preferences = realCarol.get("/api/me/notification-preferences");
        assertThat(preferences.number("$.digestHour")).isEqualTo(8);
        assertThat(preferences.strings("$.kinds[?(@.kind == 'assigned')].email"))
                .containsExactly("immediately");

        // the trails: Victimcorp's says what ended, the organisation left behind says its member left
        List<String> victimcorpTrail = victimcorp.admin.api().get("/api/audit").strings("$.items[*].action");
        assertThat(victimcorpTrail).contains("account.taken_over", "invitation.accepted");
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE organisation_id = :org")
                        .param("org", outsiderLtd)
                        .query(String.class)
                        .list())
                .contains("member.left_on_takeover");
        assertThat(jdbc.sql(
                                "SELECT details FROM audit_log WHERE organisation_id = :org AND action = 'account.taken_over'")
                        .param("org", victimcorp.id)
                        .query(String.class)
                        .single())
                .contains("\"sessionsEnded\":2", "\"tokensRevoked\":1", "\"organisationsLeft\":1");

        // and the organisation left behind keeps its data, with no member and no admin
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tickets WHERE organisation_id = :org")
                        .param("org", outsiderLtd)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM memberships WHERE organisation_id = :org")
                        .param("org", outsiderLtd)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPasswordResetEndsAPendingChangeOfAddressSoItCannotMoveTheAccountAway() throws Exception {
        String email = Fixtures.unique("owner") + "@example.test";
        Api outsider = signUp(email, "Not the owner");
        String evil = Fixtures.unique("outsider") + "@evil.test";
        assertThat(outsider.post("/api/me/email", Map.of("email", evil, "currentPassword", "correct-horse-battery"))
                        .status())
                .isEqualTo(202);
        assertThat(Api.session(port)
                        .withHeader("X-Forwarded-For", "10.77.2." + (int) (Math.random() * 200))
                        .post("/api/auth/password-reset", Map.of("email", email))
                        .status())
                .isEqualTo(202);
        drain();
        String reset = token(
                Pattern.compile("http://wt\\.test/reset-password#token=([A-Za-z0-9_-]+)"),
                part(
                        mailTo(email).stream()
                                .filter(m -> subject(m).contains("Reset"))
                                .findFirst()
                                .orElseThrow(),
                        "text/plain"));
        assertThat(Api.session(port)
                        .post(
                                "/api/auth/password-reset/confirm",
                                Map.of("token", reset, "newPassword", "owners-secret-1"))
                        .status())
                .isEqualTo(204);

        String change = token(CONFIRM_LINK, part(mailTo(evil).get(0), "text/plain"));
        assertThat(Api.session(port)
                        .post("/api/auth/email-confirmation", Map.of("token", change))
                        .status())
                .isEqualTo(404);
        assertThat(login(email, "owners-secret-1").status()).isEqualTo(200);
        assertThat(login(evil, "owners-secret-1").status()).isEqualTo(401);
    }

    @Test
    void anUnverifiedAccountThatMovesToItsOwnAddressLosesTheInvitationsMeantForTheOldOne() throws Exception {
        Org victimcorp = fixtures.organisation();
        String carol = Fixtures.unique("carol") + "@victimcorp.test";
        Api outsider = signUp(carol, "Not Carol");
        victimcorp
                .admin
                .api()
                .post(
                        "/api/members",
                        Map.of("email", carol, "name", "Carol", "role", "agent", "password", Fixtures.PASSWORD));
        assertThat(outsider.get("/api/me").size("$.invitations")).isEqualTo(1);

        // the outsider proves an address of their own by moving the account to it …
        String own = Fixtures.unique("outsider") + "@evil.test";
        assertThat(outsider.post("/api/me/email", Map.of("email", own, "currentPassword", "correct-horse-battery"))
                        .status())
                .isEqualTo(202);
        drain();
        String token = token(CONFIRM_LINK, part(mailTo(own).get(0), "text/plain"));
        assertThat(Api.session(port)
                        .post("/api/auth/email-confirmation", Map.of("token", token))
                        .status())
                .isEqualTo(200);
        assertThat(outsider.get("/api/me").bool("$.emailVerified")).isTrue();

        // … but the invitation was for Carol's address: it is gone
        assertThat(outsider.get("/api/me").size("$.invitations")).isZero();
        Api.Response inApp = outsider.post("/api/me/invitations/" + victimcorp.id + "/accept", Map.of());
        assertThat(inApp.status()).isEqualTo(404);
    }

    @Test
    void aPasswordResetLinkProvesTheAddress() throws Exception {
        String email = Fixtures.unique("forgetful") + "@example.test";
        Api founder = signUp(email, "Forgetful");
        assertThat(Api.session(port)
                        .withHeader("X-Forwarded-For", "10.77.1." + (int) (Math.random() * 200))
                        .post("/api/auth/password-reset", Map.of("email", email))
                        .status())
                .isEqualTo(202);
        drain();
        String token = token(
                Pattern.compile("http://wt\\.test/reset-password#token=([A-Za-z0-9_-]+)"),
                part(
                        mailTo(email).stream()
                                .filter(m -> subject(m).contains("Reset"))
                                .findFirst()
                                .orElseThrow(),
                        "text/plain"));
        assertThat(Api.session(port)
                        .post(
                                "/api/auth/password-reset/confirm",
                                Map.of("token", token, "newPassword", "a-new-secret-1"))
                        .status())
                .isEqualTo(204);
        Api again = Api.session(port);
        assertThat(again.post("/api/auth/login", Map.of("email", email, "password", "a-new-secret-1"))
                        .status())
                .isEqualTo(200);
        assertThat(again.get("/api/me").bool("$.emailVerified")).isTrue();
        assertThat(founder.get("/api/me").status()).isEqualTo(401);
    }

    private Api signUp(String email, String name) {
        Api session = Api.session(port);
        Api.Response accepted = session.post(
                "/api/signup",
                Map.of(
                        "organisationName",
                        Fixtures.unique("Org"),
                        "name",
                        name,
                        "email",
                        email,
                        "password",
                        "correct-horse-battery"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        Api.Response signedIn =
                session.post("/api/auth/login", Map.of("email", email, "password", "correct-horse-battery"));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        return session;
    }

    private Api.Response login(String email) {
        return login(email, Fixtures.PASSWORD);
    }

    private Api.Response login(String email, String password) {
        return Api.session(port).post("/api/auth/login", Map.of("email", email, "password", password));
    }

    private void assertNoTraceOf(String token) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_verifications WHERE token_hash = :token")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :token")
                        .param("token", "%" + token + "%")
                        .query(Long.class)
                        .single())
                .as("the token never reaches the event publication registry")
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_emails WHERE body_text LIKE :token")
                        .param("token", "%" + token + "%")
                        .query(Long.class)
                        .single())
                .as("the link is blanked once sent")
                .isZero();
    }

    /** Runs the sender until a run claims nothing (other tests' e-mails may be due too). */
    /**
     * An agent added to the organisation, whose invitation e-mail (every added address gets one, issue 12) is sent;
     * the server's mailboxes are then emptied, so that a test counts exactly the e-mails it causes.
     */
    private User added(Org org, String name) throws Exception {
        User user = org.agent(name);
        drain();
        List<MimeMessage> invitation = mailTo(user.email());
        assertThat(invitation).hasSize(1);
        assertThat(invitation.get(0).getSubject()).contains(" invited you to ");
        smtp.purgeEmailFromAllMailboxes();
        return user;
    }

    private void drain() {
        for (int i = 0; i < 500 && sender.sendBatch() > 0; i++) {
            // bounded: each run claims up to a batch
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().contains(address))) {
                mails.add(message);
            }
        }
        return mails;
    }

    private static String token(Pattern link, String text) {
        Matcher matcher = link.matcher(text);
        assertThat(matcher.find()).as("a link in " + text).isTrue();
        return matcher.group(1);
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(SMTP);
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
