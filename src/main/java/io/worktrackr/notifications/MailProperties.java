package io.worktrackr.notifications;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code worktrackr.mail.*} (environment: {@code WORKTRACKR_SMTP_*}, {@code WORKTRACKR_MAIL_FROM},
 * {@code WORKTRACKR_BASE_URL}). Without {@code smtp.host} nothing is sent: the outbox keeps the e-mails.
 *
 * @param baseUrl where people reach the web app (links in e-mails)
 * @param from the sender address; its domain also names the Message-IDs
 * @param maxAttempts after this many failed attempts an e-mail is given up (status {@code failed}, reason kept)
 * @param firstRetry the wait after the first failure; it doubles after each further one (up to {@code maxRetry})
 * @param sendInterval how often the sender job looks for due e-mails
 * @param batchSize how many e-mails one run claims at most
 */
@ConfigurationProperties("worktrackr.mail")
record MailProperties(
        Smtp smtp,
        String baseUrl,
        String from,
        int maxAttempts,
        Duration firstRetry,
        Duration maxRetry,
        Duration sendInterval,
        int batchSize) {

    record Smtp(
            @Nullable String host,
            int port,
            @Nullable String username,
            @Nullable String password,
            boolean starttls) {}

    MailProperties {
        if (smtp == null) {
            smtp = new Smtp(null, 25, null, null, false);
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            baseUrl = "http://localhost:8080";
        }
        baseUrl = baseUrl.replaceAll("/+$", "");
        if (from == null || from.isBlank()) {
            from = "WorkTrackr <no-reply@worktrackr.local>";
        }
        if (maxAttempts <= 0) {
            maxAttempts = 8;
        }
        if (firstRetry == null) {
            firstRetry = Duration.ofSeconds(30);
        }
        if (maxRetry == null) {
            maxRetry = Duration.ofHours(1);
        }
        if (sendInterval == null) {
            sendInterval = Duration.ofSeconds(10);
        }
        if (batchSize <= 0) {
            batchSize = 20;
        }
    }

    boolean smtpConfigured() {
        return smtp.host() != null && !smtp.host().isBlank();
    }

    /** The domain of the sender address, for Message-IDs. */
    String domain() {
        String address = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>')) : from;
        int at = address.lastIndexOf('@');
        return at < 0 ? "worktrackr.local" : address.substring(at + 1).trim();
    }

    /** The wait before attempt {@code attempts + 1} after {@code attempts} failed ones: first, doubled, capped. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
