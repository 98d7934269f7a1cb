package io.worktrackr.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * CSRF tokens bound to the browser session (issue 12 §6): still the single-page-app style (the readable
 * XSRF-TOKEN cookie echoed in the X-XSRF-TOKEN header), but a token is {@code nonce.binding}, where the binding is
 * the SHA-256 of the session's id and the nonce. A token is accepted only with the session it was made for: one
 * planted as a cookie by a sibling host (its own valid token, or any made-up value) does not match the victim's
 * session, is treated as missing, and the request is refused. Nobody can make a matching token without knowing the
 * session id, which lives in an HttpOnly cookie. No secret key, so every node checks alike. Requests without a
 * session (sign-in, sign-up, "forgot password") use tokens bound to "no session"; signing in makes a new session
 * and a new token for it ({@code identity.web.SessionSignIn}).
 */
final class SessionBoundCsrfTokenRepository implements CsrfTokenRepository {

    private static final String HEADER = "X-XSRF-TOKEN";
    private static final String PARAMETER = "_csrf";

    private final CookieCsrfTokenRepository cookies;
    private final SecureRandom random = new SecureRandom();

    SessionBoundCsrfTokenRepository(CookieCsrfTokenRepository cookies) {
        this.cookies = cookies;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new DefaultCsrfToken(HEADER, PARAMETER, nonce + "." + binding(sessionId(request), nonce));
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        cookies.saveToken(token, request, response);
    }

    /** The cookie's token if it was made for this request's session; otherwise none (as if it were missing). */
    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken stored = cookies.loadToken(request);
        if (stored == null || !boundTo(stored.getToken(), sessionId(request))) {
            return null;
        }
        return new DefaultCsrfToken(HEADER, PARAMETER, stored.getToken());
    }

    static boolean boundTo(String token, String sessionId) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return false;
        }
        String nonce = token.substring(0, dot);
        return MessageDigest.isEqual(
                binding(sessionId, nonce).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static String sessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? "" : session.getId();
    }

    private static String binding(String sessionId, String nonce) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(sessionId.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(nonce.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
