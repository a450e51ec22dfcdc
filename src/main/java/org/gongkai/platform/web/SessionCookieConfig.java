package org.gongkai.platform.web;

import org.gongkai.platform.GongkaiProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The session cookie: HttpOnly, SameSite=Lax (a form posted from another site carries no session), and Secure when
 * the platform's public URL ({@code gongkai.public-url}) is https.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfig {

    @Bean
    ServletContextInitializer sessionCookie(GongkaiProperties props) {
        return context -> {
            var cookie = context.getSessionCookieConfig();
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            if (props.publicUrlIsHttps()) {
                cookie.setSecure(true);
            }
        };
    }
}
