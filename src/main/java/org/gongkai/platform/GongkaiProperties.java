package org.gongkai.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform settings.
 *
 * @param dataDir where the embedded PostgreSQL, search index and uploads live (default ./data)
 * @param demo    fill an empty database with the demo county at start
 * @param dbUrl   an external PostgreSQL (GONGKAI_DB_URL); when blank an embedded one is started
 * @param dbUser  user for the external PostgreSQL
 * @param dbPassword password for the external PostgreSQL
 * @param freshData wipe the embedded database's directory at start (tests only)
 * @param publicUrl the platform's public base URL ({@code gongkai.public-url}, GONGKAI_PUBLIC_URL), e.g.
 *     {@code https://gk.example.gov.cn}; absolute links are built from it, never from the Host header; blank means
 *     {@code http://localhost:<port>}
 */
@ConfigurationProperties("gongkai")
public record GongkaiProperties(
        Path dataDir,
        boolean demo,
        String dbUrl,
        String dbUser,
        String dbPassword,
        boolean freshData,
        String publicUrl) {

    public GongkaiProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        publicUrl = publicUrl == null || publicUrl.isBlank()
                ? null
                : publicUrl.strip().replaceAll("/+$", "");
    }

    public boolean externalDatabase() {
        return dbUrl != null && !dbUrl.isBlank();
    }
}
