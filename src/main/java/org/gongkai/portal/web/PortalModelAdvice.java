package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page (portal pages of every module) knows whether the visitor chose large text, and its own address (for the toggle's way back). */
@ControllerAdvice
class PortalModelAdvice {

    static final String COOKIE = "gk_text";

    @ModelAttribute
    void common(
            @CookieValue(name = COOKIE, required = false) String textSize, HttpServletRequest request, Model model) {
        model.addAttribute("largeText", "large".equals(textSize));
        String query = request.getQueryString();
        model.addAttribute("currentPath", request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
