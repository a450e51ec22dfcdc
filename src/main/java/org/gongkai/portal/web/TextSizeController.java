package org.gongkai.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Large-text mode without JavaScript: a link sets a cookie and returns the visitor to the page they were on. */
@Controller
class TextSizeController {

    @GetMapping("/portal/text-size")
    String toggle(
            @RequestParam(defaultValue = "true") boolean large,
            @RequestParam(required = false) String back,
            HttpServletResponse response) {
        Cookie cookie = new Cookie(PortalModelAdvice.COOKIE, large ? "large" : "normal");
        cookie.setPath("/");
        cookie.setMaxAge(large ? 365 * 24 * 3600 : 0);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return "redirect:" + localPath(back);
    }

    /** Only a path on this site: never an open redirect. */
    static String localPath(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }
}
