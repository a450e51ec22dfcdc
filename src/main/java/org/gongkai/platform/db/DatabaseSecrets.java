package org.gongkai.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.gongkai.platform.files.PrivateFile;

/**
 * The embedded database's passwords, each in its own file of the data directory, readable by the owner only
 * (mode 0600): {@code db-password} for the application's role, {@code db-superuser-password} for {@code postgres}.
 * Made once, 32 random bytes each; an operator may replace a file's content, the next start applies it.
 */
record DatabaseSecrets(Path appPasswordFile, String appPassword, String superuserPassword) {

    static final String APP_FILE = "db-password";
    static final String SUPERUSER_FILE = "db-superuser-password";
    private static final SecureRandom RANDOM = new SecureRandom();

    static DatabaseSecrets in(Path dataDir) {
        Path app = dataDir.resolve(APP_FILE);
        return new DatabaseSecrets(app, readOrCreate(app), readOrCreate(dataDir.resolve(SUPERUSER_FILE)));
    }

    Path superuserPasswordFile() {
        return appPasswordFile.resolveSibling(SUPERUSER_FILE);
    }

    /** A fresh random secret, URL-safe (no quoting needed anywhere). */
    static String randomSecret(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String s = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!s.isEmpty()) {
                    return s;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String secret = randomSecret(32);
        PrivateFile.write(file, secret);
        return secret;
    }
}
