package org.gongkai.org.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.gongkai.org.Passwords;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /console/password}: a person whose password an administrator set (a new account, a reset) chooses their
 * own at the first console login, before any other console page opens; every console page of a login session
 * redirects here until then. A request carrying an API token is not a console login: tokens keep the account's
 * rights, as the API does.
 */
@Controller
class ChoosePasswordController {

    static final String PATH = "/console/password";
    private final Passwords passwords;
    private final ProblemPages problems;

    ChoosePasswordController(Passwords passwords, ProblemPages problems) {
        this.passwords = passwords;
        this.problems = problems;
    }

    @GetMapping(PATH)
    String form(org.springframework.security.core.Authentication auth, Model model) {
        model.addAttribute(
                "must", auth.getPrincipal() instanceof StaffPrincipal p && passwords.mustChoose(p.getUsername()));
        model.addAttribute("errors", Map.of());
        return "org/password";
    }

    @PostMapping(PATH)
    String choose(
            org.springframework.security.core.Authentication auth,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation,
            Model model,
            HttpServletResponse response) {
        StaffPrincipal p = (StaffPrincipal) auth.getPrincipal();
        try {
            passwords.choose(p.member(), password, confirmation);
            return "redirect:/console?password-chosen";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("must", passwords.mustChoose(p.getUsername()));
            model.addAttribute("errors", problems.show(e).fieldErrors());
            return "org/password";
        }
    }

    /** Sends a person who must choose a password to {@link #PATH} from every other console page. */
    @Configuration(proxyBeanMethods = false)
    static class Guard implements WebMvcConfigurer, HandlerInterceptor {

        private final Passwords passwords;

        Guard(Passwords passwords) {
            this.passwords = passwords;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(this)
                    .addPathPatterns("/console", "/console/**")
                    .excludePathPatterns(PATH);
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws java.io.IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            String authorization = request.getHeader("Authorization");
            boolean token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            if (!token
                    && auth != null
                    && auth.getPrincipal() instanceof StaffPrincipal p
                    && passwords.mustChoose(p.getUsername())) {
                response.sendRedirect(request.getContextPath() + PATH);
                return false;
            }
            return true;
        }
    }
}
