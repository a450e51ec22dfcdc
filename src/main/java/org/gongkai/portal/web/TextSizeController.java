package org.gongkai.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Large-text mode without JavaScript: a link sets a cookie and returns the visitor to the page they were on. */
@Controller
class TextSizeController {

    @GetMapping("/portal/text-size")
    ResponseEntity<Void> toggle(
            @RequestParam(defaultValue = "true") boolean large,
            @RequestParam(required = false) String back,
            HttpServletResponse response) {
        Cookie cookie = new Cookie(PortalModelAdvice.COOKIE, large ? "large" : "normal");
        cookie.setPath("/");
        cookie.setMaxAge(large ? 365 * 24 * 3600 : 0);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, localPath(back))
                .build();
    }

    /**
     * Only a relative path on this site (with its query), as ASCII: anything else (another site, a scheme, a
     * malformed reference, control characters) goes back to {@code /}. Never an open redirect, never an error.
     */
    static String localPath(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.contains("\\")
                || back.length() > 2000
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = new URI(back);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
                return "/";
            }
            String path = uri.toASCIIString();
            return path.startsWith("/") && !path.startsWith("//") ? path : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
