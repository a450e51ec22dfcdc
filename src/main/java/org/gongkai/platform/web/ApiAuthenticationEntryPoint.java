package org.gongkai.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as a problem detail for the JSON API (no login page redirect, no Basic challenge). */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final MessageSource messages;

    ApiAuthenticationEntryPoint(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String title = messages.getMessage("error.title.401", null, Locale.SIMPLIFIED_CHINESE);
        String detail = messages.getMessage("error.unauthenticated", null, Locale.SIMPLIFIED_CHINESE);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"/errors/unauthenticated\",\"title\":\"" + title + "\",\"status\":401,\"detail\":\""
                        + detail + "\"}");
    }
}
