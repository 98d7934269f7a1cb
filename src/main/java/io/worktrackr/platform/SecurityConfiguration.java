package io.worktrackr.platform;

import io.worktrackr.common.ProblemType;
import io.worktrackr.identity.ApiTokenAuthenticationFilter;
import io.worktrackr.identity.ApiTokens;
import io.worktrackr.identity.Sessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.StringUtils;

/**
 * Deny by default: every {@code /api/**} call needs a signed-in user, except sign-up, sign-in and the CSRF
 * token. Browser sessions use cookies with CSRF protection in the single-page-app style (readable
 * XSRF-TOKEN cookie echoed in the X-XSRF-TOKEN header); bearer-token calls carry no cookie and need none.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The only API paths open without signing in (the OpenAPI document marks them so too). */
    static final String[] PUBLIC_API = {
        "/api/signup",
        "/api/auth/login",
        "/api/auth/csrf",
        "/api/auth/password-reset",
        "/api/auth/password-reset/confirm",
        "/api/auth/email-confirmation",
        "/api/invitations/preview",
        "/api/invitations/accept"
    };

    /** The readable XSRF-TOKEN cookie of the single-page-app style, its tokens bound to the browser session. */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository cookies = CookieCsrfTokenRepository.withHttpOnlyFalse();
        cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
        return new SessionBoundCsrfTokenRepository(cookies);
    }

    /**
     * No observations of the security filter chain: Spring Security would otherwise wrap each of its filters in a
     * Micrometer observation on every request (about twenty per request), recorded into meters nobody reads (the
     * actuator exposes health and info only). The request itself is still observed once (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * What Spring Security's firewall refuses before any filter runs (a path with "//", "..", ";" or an encoded
     * slash, a header with control characters) answers a 400 problem like every other refusal, instead of the
     * servlet container's error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, rejected.getMessage());
            problem.setType(ProblemType.forHttpStatus(HttpStatus.BAD_REQUEST.value()));
            problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
            problems.write(request, response, problem);
        };
    }

    /**
     * Used by sign-in (after the new session exists) to give it a fresh CSRF token bound to it, always: Spring's
     * CsrfAuthenticationStrategy replaces a token only when the request's one still loads, and a token of "no
     * session" no longer loads once the session exists.
     */
    @Bean
    SessionAuthenticationStrategy sessionAuthenticationStrategy(CsrfTokenRepository csrfTokenRepository) {
        return (authentication, request, response) -> {
            CsrfToken fresh = csrfTokenRepository.generateToken(request);
            csrfTokenRepository.saveToken(fresh, request, response);
            request.setAttribute(CsrfToken.class.getName(), fresh);
            request.setAttribute(fresh.getParameterName(), fresh);
        };
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            CsrfTokenRepository csrfTokenRepository,
            ApiTokens tokens,
            Sessions sessions,
            ProblemWriter problems)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> problems.write(
                request,
                response,
                !ApiTokenAuthenticationFilter.hasBearerToken(request) && sessions.wasEnded(request)
                        ? Problems.of(
                                ProblemType.SESSION_ENDED,
                                "This session was ended (password changed, signed out elsewhere or deactivated). "
                                        + "Sign in again.")
                        : Problems.of(
                                ProblemType.NOT_AUTHENTICATED,
                                e.getMessage() != null && e.getMessage().contains("API token")
                                        ? e.getMessage()
                                        : "Sign in first, or send a valid API token."));
        AccessDeniedHandler denied = (request, response, e) -> problems.write(
                request,
                response,
                e instanceof CsrfException
                        ? Problems.of(
                                ProblemType.CSRF,
                                "Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header (GET /api/auth/csrf sets it).")
                        : Problems.of(ProblemType.FORBIDDEN, "You may not do this."));
        // an async dispatch continues a request that was authorised when it began (the live stream's SseEmitter
        // completing); its security context is not restored for it, so it must not be refused as anonymous
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(PUBLIC_API)
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .anyRequest()
                        .permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokenRepository)
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                        .ignoringRequestMatchers(ApiTokenAuthenticationFilter::hasBearerToken))
                .addFilterAfter(
                        new ApiTokenAuthenticationFilter(tokens, unauthenticated), SecurityContextHolderFilter.class)
                // Sessions start only where we say so (identity's SessionSignIn: new id, fresh CSRF token, context
                // stored), as needed (IF_REQUIRED, the default). Setting a creation policy here would bring back
                // Spring's implicit SessionManagementFilter, which stored every bearer call's context in a new
                // database session: a dead session row per API request (Spring refuses the combination).
                .sessionManagement(session -> session.requireExplicitAuthenticationStrategy(true))
                .logout(logout -> logout.logoutUrl("/api/auth/logout")
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                                        + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN))
                        // a help desk needs none of these powerful browser features; nothing embedded may ask
                        .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                "Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                        // over https (directly, or per a trusted proxy's X-Forwarded-Proto): a year, subdomains too
                        .httpStrictTransportSecurity(
                                hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    /**
     * The single-page app's CSRF handling, as Spring Security's {@code csrf().spa()}: the cookie's raw value echoed in
     * the header, or the masked (BREACH-safe) value in a form field; and the XSRF-TOKEN cookie on every browser
     * response, so the app always has a token to echo (tokens are loaded lazily otherwise). Not for API-token
     * requests: CSRF does not apply to them, and minting a token, hashing its session binding and sending a
     * Set-Cookie nobody reads was 5 % of the CPU of the ticket page's reads.
     */
    private static final class SpaCsrfTokenRequestHandler implements CsrfTokenRequestHandler {
        private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
        private final CsrfTokenRequestHandler masked = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
            if (!ApiTokenAuthenticationFilter.hasBearerToken(request)) {
                masked.handle(request, response, csrfToken);
                csrfToken.get(); // loads or makes the token, which the repository then sets as the cookie
            }
        }

        @Override
        public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
            String header = request.getHeader(csrfToken.getHeaderName());
            return (StringUtils.hasText(header) ? plain : masked).resolveCsrfTokenValue(request, csrfToken);
        }
    }
}
