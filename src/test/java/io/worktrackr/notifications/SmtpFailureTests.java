package io.worktrackr.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** The outbox page's "why", in words, from what Jakarta Mail and Spring throw. */
class SmtpFailureTests {

    private static final String SERVER = "smtp.example.com:25";

    @Test
    void aRefusedConnectionInsideSpringsSendExceptionSaysTheServerCouldNotBeReached() {
        MessagingException connect =
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"));
        MailSendException failure = new MailSendException("Mail server connection failed", connect);

        assertThat(SmtpFailure.describe(failure, SERVER))
                .isEqualTo("Could not connect to the mail server smtp.example.com:25: the connection was refused. "
                        + "Is it running, and are the host and port right?");
    }

    @Test
    void aTimeoutAWrongPasswordAndARefusedRecipientEachSayWhatHappened() throws Exception {
        assertThat(SmtpFailure.describe(
                        new MessagingException("read timed out", new SocketTimeoutException("Read timed out")), SERVER))
                .isEqualTo("The mail server smtp.example.com:25 did not answer in time.");
        assertThat(SmtpFailure.describe(
                        new MailAuthenticationException(new AuthenticationFailedException("535 5.7.8")), SERVER))
                .contains("refused the SMTP user name or password");

        SendFailedException refused = new SendFailedException(
                "Invalid Addresses", null, new InternetAddress[0], new InternetAddress[0], new InternetAddress[] {
                    new InternetAddress("nobody@x.test")
                });
        Map<Object, Exception> perMessage = new LinkedHashMap<>();
        perMessage.put("message", refused);
        assertThat(SmtpFailure.describe(new MailSendException(perMessage), SERVER))
                .isEqualTo("The mail server smtp.example.com:25 refused the recipient nobody@x.test.");
    }

    @Test
    void anyOtherRefusalQuotesTheServersFirstLine() {
        assertThat(SmtpFailure.describe(new MessagingException("554 5.7.1 Message rejected\nsecond line"), SERVER))
                .isEqualTo("The mail server smtp.example.com:25 refused the e-mail: 554 5.7.1 Message rejected");
    }
}
