package org.gongkai.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.gongkai.platform.security.TokenAuthenticator;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <token>} as the token's account, for this
 * request only (nothing goes into a session). A token that is not valid is answered 401 at once.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "bearer ";
    private final TokenAuthenticator tokens;
    private final ApiAuthenticationEntryPoint unauthorized;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(TokenAuthenticator tokens, ApiAuthenticationEntryPoint unauthorized) {
        this.tokens = tokens;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> auth =
                tokens.authenticate(header.substring(PREFIX.length()).strip());
        if (auth.isEmpty()) {
            unauthorized.commence(request, response, null);
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(auth.get());
        holder.setContext(context);
        chain.doFilter(request, response);
    }
}
