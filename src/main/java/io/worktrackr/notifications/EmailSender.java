package io.worktrackr.notifications;

import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Member;
import io.worktrackr.identity.UserDirectory;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due e-mails: every {@code worktrackr.mail.send-interval}, on one node at a time (ShedLock);
 * rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so even overlapping runs never send one twice. The body is
 * rendered now, from the notification as it is (everything that coalesced into it). A failure is retried with
 * exponential backoff and given up after {@code worktrackr.mail.max-attempts}, the reason recorded. An e-mail whose
 * notification was withdrawn or already read in the app, or whose recipient left, is cancelled.
 *
 * <p>Headers: {@code Message-ID} is stable per notification ({@code <notification-ID@domain>}, the same on every
 * retry); {@code In-Reply-To}/{@code References} name the ticket ({@code <ticket-ID@domain>}) so that mail clients
 * thread a ticket's e-mails; {@code List-Unsubscribe} points to the notification settings.
 */
@Component
class EmailSender {

    static final String LOCK = "notification-email-sender";

    /** How long a claimed e-mail is left to its sender before another run may try it again. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final Outbox outbox;
    private final NotificationQueries notifications;
    private final UserDirectory users;
    private final MailProperties properties;
    private final NotificationPreferences preferences;
    private final Clock clock;
    private final EmailContent content = new EmailContent();
    private final @Nullable JavaMailSenderImpl smtp;

    EmailSender(
            Outbox outbox,
            NotificationQueries notifications,
            UserDirectory users,
            MailProperties properties,
            NotificationPreferences preferences,
            Clock clock) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.notifications = notifications;
        this.users = users;
        this.properties = properties;
        this.clock = clock;
        this.smtp = properties.smtpConfigured() ? smtp(properties.smtp()) : null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (smtp == null) {
            log.info("No SMTP server configured (WORKTRACKR_SMTP_HOST): notification e-mails stay in the outbox, "
                    + "admins see them in Settings → Organisation → E-mail outbox (GET /api/admin/email-outbox)");
        } else {
            log.info(
                    "Notification e-mails go out through {}:{}",
                    properties.smtp().host(),
                    properties.smtp().port());
        }
    }

    @Scheduled(
            initialDelayString = "${worktrackr.mail.send-interval:10s}",
            fixedDelayString = "${worktrackr.mail.send-interval:10s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void sendDue() {
        sendBatch();
    }

    /** One run without the schedule and the lock: claims and sends up to a batch; answers how many it claimed. */
    int sendBatch() {
        if (smtp == null) {
            return 0;
        }
        List<Outbox.Claimed> claimed = outbox.claimDue(clock.instant(), LEASE, properties.batchSize());
        claimed.forEach(this::send);
        return claimed.size();
    }

    private void send(Outbox.Claimed email) {
        if (email.direct() != null) {
            sendDirect(email, email.direct());
            return;
        }
        if (email.organisationId() == null || email.recipientId() == null) {
            outbox.cancelled(email.id(), "Nothing to send.");
            return;
        }
        Optional<Member> member = users.member(email.organisationId(), email.recipientId());
        if (member.isEmpty()) {
            outbox.cancelled(email.id(), "The recipient is no longer a member of the organisation.");
            return;
        }
        Actor recipient = new Actor(
                email.recipientId(), email.organisationId(), member.get().role());
        if (email.digestFrom() != null && email.digestTo() != null) {
            sendDigest(email, recipient, member.get().email(), email.digestFrom(), email.digestTo());
            return;
        }
        if (email.notificationId() == null) {
            outbox.cancelled(email.id(), "Nothing to send.");
            return;
        }
        Optional<Notification> found = notifications.find(recipient, email.notificationId());
        if (found.isEmpty()) {
            outbox.cancelled(email.id(), "The notification was withdrawn.");
            return;
        }
        if (found.get().readAt() != null) {
            outbox.cancelled(email.id(), "Read in the app before the e-mail went out.");
            return;
        }
        Notification notification = found.get();
        String to = member.get().email();
        String subject = subject(notification);
        String domain = properties.domain();
        transmit(
                email,
                to,
                subject,
                "<notification-" + notification.id() + "@" + domain + ">",
                "<ticket-" + notification.ticket().id() + "@" + domain + ">",
                true,
                content.render(
                        "notification",
                        Map.of(
                                "subject", subject,
                                "summary", notification.summary(),
                                "ticketNumber", notification.ticket().number(),
                                "ticketTitle", notification.ticket().title(),
                                "ticketCount", notification.ticketCount(),
                                "ticketUrl", ticketUrl(notification),
                                "preferencesUrl", preferencesUrl())));
    }

    /** A link rendered when it was queued: sent as it is, unless the link has expired meanwhile. */
    private void sendDirect(Outbox.Claimed email, Outbox.Direct direct) {
        if (direct.sendBefore() != null && !clock.instant().isBefore(direct.sendBefore())) {
            outbox.cancelled(email.id(), "The link expired before the e-mail could go out.");
            return;
        }
        transmit(
                email,
                direct.to(),
                direct.subject(),
                "<" + direct.purpose() + "-" + email.id() + "@" + properties.domain() + ">",
                null,
                false,
                new EmailContent.Body(direct.text(), direct.html()));
    }

    private void sendDigest(Outbox.Claimed email, Actor recipient, String to, Instant from, Instant until) {
        List<Notification> entries =
                notifications.digest(recipient, from, until, preferences.dailyKinds(recipient.userId()));
        if (entries.isEmpty()) {
            outbox.cancelled(email.id(), "Nothing to report.");
            return;
        }
        String subject = "WorkTrackr daily digest: " + entries.size() + (entries.size() == 1 ? " update" : " updates");
        List<Map<String, Object>> items = entries.stream()
                .map(n -> Map.<String, Object>of(
                        "summary", n.summary(),
                        "ticketNumber", n.ticket().number(),
                        "ticketTitle", n.ticket().title(),
                        "ticketUrl", ticketUrl(n)))
                .toList();
        transmit(
                email,
                to,
                subject,
                "<digest-" + email.id() + "@" + properties.domain() + ">",
                null,
                true,
                content.render(
                        "digest", Map.of("subject", subject, "items", items, "preferencesUrl", preferencesUrl())));
    }

    private void transmit(
            Outbox.Claimed email,
            String to,
            String subject,
            String messageId,
            @Nullable String thread,
            boolean unsubscribable,
            EmailContent.Body body) {
        try {
            smtp.send(message(messageId, thread, to, subject, body, unsubscribable));
            outbox.sent(email.id(), to, subject, clock.instant());
        } catch (MailException | MessagingException e) {
            // admins read the reason on the outbox page, in words; the log keeps the exception itself
            String reason = SmtpFailure.describe(
                    e, properties.smtp().host() + ":" + properties.smtp().port());
            Instant next = email.attempts() >= properties.maxAttempts()
                    ? null
                    : clock.instant().plus(properties.backoff(email.attempts()));
            outbox.failed(email.id(), reason, to, subject, next);
            if (next == null) {
                log.warn(
                        "Gave up e-mail {} after {} attempts: {} ({})",
                        email.id(),
                        email.attempts(),
                        reason,
                        e.toString());
            } else {
                log.info(
                        "E-mail {} failed (attempt {}), next at {}: {} ({})",
                        email.id(),
                        email.attempts(),
                        next,
                        reason,
                        e.toString());
            }
        }
    }

    private MimeMessage message(
            String messageId,
            @Nullable String thread,
            String to,
            String subject,
            EmailContent.Body body,
            boolean unsubscribable)
            throws MessagingException {
        MimeMessage message = new MimeMessage(smtp.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body.text(), body.html());
        if (thread != null) {
            message.setHeader("In-Reply-To", thread);
            message.setHeader("References", thread);
        }
        if (unsubscribable) {
            message.setHeader("List-Unsubscribe", "<" + preferencesUrl() + ">");
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private String preferencesUrl() {
        return properties.baseUrl() + "/settings/notifications";
    }

    private String ticketUrl(Notification notification) {
        return properties.baseUrl() + "/t/" + notification.ticket().number();
    }

    private static String subject(Notification notification) {
        String subject = "[#" + notification.ticket().number() + "] "
                + notification.ticket().title() + " — " + notification.summary();
        return subject.length() > 250 ? subject.substring(0, 249) + "…" : subject;
    }

    private static JavaMailSenderImpl smtp(MailProperties.Smtp settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        if (settings.username() != null && !settings.username().isBlank()) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
        }
        sender.setDefaultEncoding("UTF-8");
        Properties javaMail = sender.getJavaMailProperties();
        javaMail.put(
                "mail.smtp.auth",
                String.valueOf(
                        settings.username() != null && !settings.username().isBlank()));
        javaMail.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        javaMail.put("mail.smtp.connectiontimeout", "10000");
        javaMail.put("mail.smtp.timeout", "20000");
        javaMail.put("mail.smtp.writetimeout", "20000");
        return sender;
    }
}
