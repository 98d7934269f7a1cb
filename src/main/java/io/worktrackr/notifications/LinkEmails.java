package io.worktrackr.notifications;

import io.worktrackr.identity.EmailChanged;
import io.worktrackr.identity.EmailLinkIssued;
import io.worktrackr.identity.InvitationLinkIssued;
import io.worktrackr.identity.PasswordResetRequested;
import io.worktrackr.identity.SignUpWithTakenAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The e-mails that carry a link of the identity module: a password reset, an invitation, the proof of an e-mail
 * address (after sign-up, or for a change of address: then the old address is told once the change is made). Queued in the outbox by a
 * <em>synchronous</em> listener, in the transaction that made the link: the e-mail exists exactly when the link
 * does (nothing lost when the request commits, nothing sent when it rolls back). The events carry the secret token,
 * so they are never listened to after commit (Spring Modulith's registry would store them) and never logged; the
 * rendered body is blanked once the e-mail is sent. Links point to {@code worktrackr.mail.base-url}, never to the
 * request's Host header (which an attacker asking for someone else's reset would choose).
 */
@Component
class LinkEmails {

    static final String PASSWORD_RESET = "password-reset";
    static final String INVITATION = "invitation";
    static final String EMAIL_VERIFICATION = "email-verification";
    static final String EMAIL_CHANGE = "email-change";
    static final String EMAIL_CHANGED = "email-changed";
    static final String SIGN_UP_TAKEN = "sign-up-taken";

    private final Outbox outbox;
    private final MailProperties properties;
    private final Clock clock;
    private final EmailContent content = new EmailContent();

    LinkEmails(Outbox outbox, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(PasswordResetRequested event) {
        String subject = "Reset your WorkTrackr password";
        String link = properties.baseUrl() + "/reset-password#token=" + event.token();
        Instant now = clock.instant();
        outbox.enqueueDirect(
                null,
                event.userId(),
                PASSWORD_RESET,
                event.email(),
                subject,
                content.render(
                        PASSWORD_RESET,
                        Map.of(
                                "subject",
                                subject,
                                "name",
                                event.name(),
                                "link",
                                link,
                                "validMinutes",
                                java.time.Duration.between(now, event.expiresAt())
                                        .toMinutes())),
                event.expiresAt(),
                now);
    }

    @EventListener
    void on(InvitationLinkIssued event) {
        String organisation = event.organisationName();
        String subject = event.invitedByName().isBlank()
                ? "You are invited to " + organisation + " on WorkTrackr"
                : event.invitedByName() + " invited you to " + organisation + " on WorkTrackr";
        String link = properties.baseUrl() + "/invitations/accept#token=" + event.token();
        outbox.enqueueDirect(
                event.organisationId(),
                null,
                INVITATION,
                event.email(),
                subject.length() > 250 ? subject.substring(0, 249) + "…" : subject,
                content.render(
                        INVITATION,
                        Map.of(
                                "subject",
                                subject,
                                "organisation",
                                organisation,
                                "invitedBy",
                                event.invitedByName(),
                                "role",
                                event.role().code(),
                                "link",
                                link,
                                "expiresAt",
                                event.expiresAt().toString())),
                event.expiresAt(),
                clock.instant());
    }

    @EventListener
    void on(EmailLinkIssued event) {
        boolean change = event.purpose() == EmailLinkIssued.Purpose.CHANGE;
        String template = change ? EMAIL_CHANGE : EMAIL_VERIFICATION;
        String subject =
                change ? "Confirm your new WorkTrackr e-mail address" : "Confirm your e-mail address for WorkTrackr";
        String link = properties.baseUrl() + "/confirm-email#token=" + event.token();
        Instant now = clock.instant();
        outbox.enqueueDirect(
                null,
                event.userId(),
                template,
                event.email(),
                subject,
                content.render(
                        template,
                        Map.of(
                                "subject",
                                subject,
                                "name",
                                event.name(),
                                "email",
                                event.email(),
                                "link",
                                link,
                                "validHours",
                                java.time.Duration.between(now, event.expiresAt())
                                        .toHours())),
                event.expiresAt(),
                now);
    }

    /** Tells the old address that the account moved (no secret: a change the owner did not make gets noticed). */
    @EventListener
    void on(EmailChanged event) {
        String subject = "Your WorkTrackr e-mail address was changed";
        Instant now = clock.instant();
        outbox.enqueueDirect(
                null,
                event.userId(),
                EMAIL_CHANGED,
                event.oldEmail(),
                subject,
                content.render(
                        EMAIL_CHANGED,
                        Map.of(
                                "subject",
                                subject,
                                "name",
                                event.name(),
                                "oldEmail",
                                event.oldEmail(),
                                "newEmail",
                                event.newEmail())),
                now.plus(java.time.Duration.ofDays(7)),
                now);
    }

    /** Somebody signed up with an address that has an account: the answer said nothing, the owner learns here. */
    @EventListener
    void on(SignUpWithTakenAddress event) {
        String subject = "Someone tried to sign up to WorkTrackr with your address";
        Instant now = clock.instant();
        outbox.enqueueDirect(
                null,
                event.userId(),
                SIGN_UP_TAKEN,
                event.email(),
                subject,
                content.render(
                        SIGN_UP_TAKEN,
                        Map.of(
                                "subject",
                                subject,
                                "name",
                                event.name(),
                                "signIn",
                                properties.baseUrl() + "/login",
                                "reset",
                                properties.baseUrl() + "/reset-password")),
                now.plus(java.time.Duration.ofDays(1)),
                now);
    }
}
