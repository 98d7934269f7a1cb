package io.worktrackr.platform;

import io.worktrackr.common.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: when the database is out of reach in a filter before Spring MVC (the session repository,
 * the token check), the request still gets a 503 problem with {@code Retry-After} instead of the container's
 * default error page. Controllers' outages are answered by {@link ProblemHandler} the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;
    private final DatabaseOutageLog outageLog;

    DatabaseOutageFilter(ProblemWriter problems, DatabaseOutageLog outageLog) {
        this.problems = problems;
        this.outageLog = outageLog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            outageLog.refused(e);
            response.reset();
            response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            problems.write(request, response, Problems.of(ProblemType.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL));
        }
    }
}
