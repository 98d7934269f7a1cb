package io.worktrackr.notifications;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Why an e-mail could not be sent, in words an admin can act on (the outbox page shows it; the log keeps the
 * exception): the first cause found among the exception, its causes and, for Spring's {@link MailSendException},
 * the failure of each message.
 */
final class SmtpFailure {

    private SmtpFailure() {}

    /** {@code server} is {@code host:port} of the configured SMTP server. */
    static String describe(Throwable failure, String server) {
        List<Throwable> causes = causes(failure);
        for (Throwable cause : causes) {
            if (cause instanceof MailAuthenticationException || cause instanceof AuthenticationFailedException) {
                return "The mail server " + server + " refused the SMTP user name or password "
                        + "(WORKTRACKR_SMTP_USERNAME, WORKTRACKR_SMTP_PASSWORD).";
            }
            if (cause instanceof UnknownHostException) {
                return "The mail server's name in " + server + " could not be found (WORKTRACKR_SMTP_HOST).";
            }
            if (cause instanceof ConnectException) {
                return "Could not connect to the mail server " + server
                        + ": the connection was refused. Is it running, and are the host and port right?";
            }
            if (cause instanceof SocketTimeoutException) {
                return "The mail server " + server + " did not answer in time.";
            }
            if (cause instanceof SSLException) {
                return "The secure connection (TLS) to the mail server " + server + " failed: "
                        + firstLine(cause.getMessage());
            }
            if (cause instanceof MailParseException || cause instanceof MailPreparationException) {
                return "The e-mail could not be put together: " + firstLine(cause.getMessage());
            }
        }
        for (Throwable cause : causes) {
            if (cause instanceof SendFailedException refused
                    && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return "The mail server " + server + " refused the recipient "
                        + Arrays.stream(refused.getInvalidAddresses())
                                .map(Object::toString)
                                .collect(Collectors.joining(", "))
                        + ".";
            }
        }
        for (Throwable cause : causes) {
            if (cause instanceof MessagingException && cause.getMessage() != null) {
                return "The mail server " + server + " refused the e-mail: " + firstLine(cause.getMessage());
            }
        }
        return "Sending failed: " + firstLine(failure.getMessage());
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> todo = new ArrayDeque<>(List.of(failure));
        while (!todo.isEmpty()) {
            Throwable next = todo.removeFirst();
            if (seen.put(next, Boolean.TRUE) != null) {
                continue;
            }
            all.add(next);
            if (next.getCause() != null) {
                todo.addLast(next.getCause());
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.addLast(messaging.getNextException());
            }
            if (next instanceof MailSendException send) {
                todo.addAll(Arrays.asList(send.getMessageExceptions()));
            }
        }
        return all;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "no reason given.";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 300 ? line.substring(0, 299) + "…" : line;
    }
}
