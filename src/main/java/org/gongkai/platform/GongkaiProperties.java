package org.gongkai.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platform settings.
 *
 * @param dataDir where the embedded PostgreSQL, search index and uploads live (default ./data)
 * @param demo    fill an empty database with the demo county at start
 * @param dbUrl   an external PostgreSQL (GONGKAI_DB_URL); when blank an embedded one is started
 * @param dbUser  user for the external PostgreSQL
 * @param dbPassword password for the external PostgreSQL
 * @param freshData wipe the embedded database's directory at start (tests only)
 * @param dbDurable the embedded PostgreSQL writes every commit to disk before acknowledging it (default; only the
 *     tests turn it off for speed)
 * @param publicUrl the platform's public base URL ({@code gongkai.public-url}, GONGKAI_PUBLIC_URL), e.g.
 *     {@code https://gk.example.gov.cn}, without a trailing slash; absolute links are built from it, never from the
 *     Host header; empty means {@code http://localhost:<port>}. When it is https the session cookie is Secure
 */
@ConfigurationProperties("gongkai")
public record GongkaiProperties(
        Path dataDir,
        boolean demo,
        String dbUrl,
        String dbUser,
        String dbPassword,
        boolean freshData,
        @DefaultValue("true") boolean dbDurable,
        String publicUrl) {

    public GongkaiProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    public boolean externalDatabase() {
        return dbUrl != null && !dbUrl.isBlank();
    }

    public boolean publicUrlIsHttps() {
        return publicUrl.startsWith("https://");
    }
}
