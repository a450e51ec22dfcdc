package org.gongkai.org.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.gongkai.org.security.LoginThrottle;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security: a login attempt (the console's form, or HTTP Basic credentials) from an address
 * that must still wait for that account is not even tried. The form gets {@code /login?wait=N} ("稍后再试"),
 * Basic a 429 problem with Retry-After.
 */
@Component
@Order(-110)
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final MessageSource messages;

    LoginThrottleFilter(LoginThrottle throttle, MessageSource messages) {
        this.throttle = throttle;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String username = request.getParameter("username");
            Optional<Duration> wait = throttle.check(request.getRemoteAddr(), username == null ? "" : username);
            if (wait.isPresent()) {
                response.sendRedirect(
                        request.getContextPath() + "/login?wait=" + wait.get().toSeconds());
                return;
            }
        }
        Optional<String> basicUser = basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (basicUser.isPresent()) {
            Optional<Duration> wait = throttle.check(request.getRemoteAddr(), basicUser.get());
            if (wait.isPresent()) {
                tooMany(response, wait.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void tooMany(HttpServletResponse response, Duration wait) throws IOException {
        String detail =
                messages.getMessage("login.wait", new Object[] {wait.toSeconds()}, java.util.Locale.SIMPLIFIED_CHINESE);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()));
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter()
                .write("{\"type\":\"/errors/too-many-requests\",\"title\":\"Too Many Requests\",\"status\":429,"
                        + "\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    static Optional<String> basicUsername(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
