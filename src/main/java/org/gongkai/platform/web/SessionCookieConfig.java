package org.gongkai.platform.web;

import org.gongkai.platform.GongkaiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie ({@value #NAME}): HttpOnly, SameSite=Lax (a form posted from another site carries no session),
 * and Secure when the platform's public URL ({@code gongkai.public-url}) is https. The session it names lives in
 * PostgreSQL (Spring Session JDBC, table {@code spring_session}), so every application node knows it.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfig {

    static final String NAME = "GONGKAI-SESSION";

    @Bean
    CookieSerializer sessionCookie(GongkaiProperties props) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(NAME);
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(props.publicUrlIsHttps());
        return cookie;
    }
}
