package org.gongkai.platform.web;

import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.security.TokenAuthenticator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what. The staff console ({@code /console/**}) and the staff API need a login (form login, or an
 * API token as {@code Authorization: Bearer …}); everything else is public. HTTP Basic is accepted on one endpoint
 * only, {@code POST /api/v1/tokens}, which trades a password for a token (and goes through the same login
 * throttling as the form). Finer rules (role, unit) live in the modules' services. CSRF protects every form; the
 * JSON API is exempt. No session exists before a login: the CSRF token and the page to return to after the login
 * travel in cookies (SameSite=Lax, Secure when the public URL is https).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** Paths that need a staff login. Modules' staff APIs under these need nothing more. */
    static final String[] STAFF_PATHS = {
        "/console/**",
        "/api/v1/console/**",
        "/api/v1/staff",
        "/api/v1/staff/**",
        "/api/v1/tokens",
        "/api/v1/tokens/**",
        "/api/v1/supervision/**",
        "/api/v1/assessments/**"
    };

    /** Read by staff only; the same paths take a public POST ({@code POST /api/v1/requests}: intake). */
    static final String[] STAFF_READ_PATHS = {"/api/v1/requests", "/api/v1/requests/**"};

    /** Staff steps and uploads on a case or message ({@code /api/v1/requests/{trackingCode}/…}, messages alike). */
    static final String[] STAFF_POST_PATHS = {"/api/v1/requests/*/**", "/api/v1/messages/*/**"};

    /** {@code POST /api/v1/tokens}: HTTP Basic, nothing else, no session. */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain tokenIssue(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("gongkai"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain security(
            HttpSecurity http,
            ObjectProvider<TokenAuthenticator> tokens,
            MessageSource messages,
            GongkaiProperties props)
            throws Exception {
        ApiAuthenticationEntryPoint unauthorized = new ApiAuthenticationEntryPoint(messages);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(STAFF_PATHS)
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/units", "/api/v1/units/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.PATCH, "/api/v1/units/**", "/api/v1/catalog/columns/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/catalog/columns")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, STAFF_READ_PATHS)
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, STAFF_POST_PATHS)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/console", false)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .requestCache(cache -> cache.requestCache(requestCache(props)))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        unauthorized, PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**").csrfTokenRepository(csrfTokens(props)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'")));
        TokenAuthenticator authenticator = tokens.getIfAvailable();
        if (authenticator != null) {
            http.addFilterBefore(
                    new BearerTokenFilter(authenticator, unauthorized), UsernamePasswordAuthenticationFilter.class);
        }
        return http.build();
    }

    private static CookieRequestCache requestCache(GongkaiProperties props) {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setCookieCustomizer(c -> {
            c.setAttribute("SameSite", "Lax");
            c.setSecure(props.publicUrlIsHttps());
        });
        return cache;
    }

    private static CookieCsrfTokenRepository csrfTokens(GongkaiProperties props) {
        CookieCsrfTokenRepository repo = new CookieCsrfTokenRepository();
        repo.setCookieName("GONGKAI-CSRF");
        repo.setCookieCustomizer(
                c -> c.sameSite("Lax").secure(props.publicUrlIsHttps()).httpOnly(true));
        return repo;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
