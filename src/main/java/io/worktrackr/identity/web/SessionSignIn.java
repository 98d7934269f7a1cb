package io.worktrackr.identity.web;

import io.worktrackr.identity.Devices;
import io.worktrackr.identity.Sessions;
import io.worktrackr.identity.WorktrackrAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Starts a browser session for a user whose credentials were checked: a new session id (no fixation),
 * a fresh CSRF token (the session strategy the security configuration provides), and the security
 * context stored in the database-backed session.
 */
@Component
class SessionSignIn {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SessionAuthenticationStrategy sessionStrategy;

    SessionSignIn(SessionAuthenticationStrategy sessionStrategy) {
        this.sessionStrategy = sessionStrategy;
    }

    void start(UUID userId, HttpServletRequest request, HttpServletResponse response) {
        WorktrackrAuthentication authentication = new WorktrackrAuthentication(userId, null);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        } else {
            request.getSession(true); // first, so that the new CSRF token is bound to this session
        }
        sessionStrategy.onAuthentication(authentication, request, response);
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            csrf.getToken(); // writes the new XSRF-TOKEN cookie into this response
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(Sessions.DEVICE, Devices.describe(request.getHeader("User-Agent")));
    }
}
