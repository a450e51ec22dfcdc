package org.gongkai.platform.web;

import org.gongkai.platform.GongkaiProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The platform's public base URL for absolute links (sitemap, feeds): {@code gongkai.public-url} when set, else
 * {@code http://localhost:<port>}. Never taken from the request's Host header, which the client chooses.
 */
@Component
public class PublicUrl {

    private final GongkaiProperties properties;
    private final Environment environment;

    PublicUrl(GongkaiProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** The base without a trailing slash, e.g. {@code https://gk.example.gov.cn}. */
    public String base() {
        if (!properties.publicUrl().isEmpty()) {
            return properties.publicUrl();
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    /** An absolute link to a path on this site ({@code path} starts with {@code /}). */
    public String of(String path) {
        return base() + path;
    }
}
