package org.gongkai.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Tracking codes and secrets for applicants. Both are random over an alphabet without look-alike characters; the
 * secret (60 bits) is stored only as its SHA-256 hash.
 */
public final class TrackingCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private TrackingCodes() {}

    /** e.g. {@code 2026-K7M3-QX9P}: the year of submission and 8 random characters. */
    public static String newTrackingCode(int year, RandomGenerator random) {
        return year + "-" + chars(4, random) + "-" + chars(4, random);
    }

    /** e.g. {@code 7HQ2-MX4P-K9RT}. */
    public static String newSecret(RandomGenerator random) {
        return chars(4, random) + "-" + chars(4, random) + "-" + chars(4, random);
    }

    public static String hash(String secret) {
        String normal = normalise(secret);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of a given secret with the stored hash. */
    public static boolean matches(String secret, String storedHash) {
        if (secret == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public static String normaliseCode(String code) {
        return code == null ? "" : code.strip().toUpperCase();
    }

    private static String normalise(String secret) {
        return secret.strip().toUpperCase().replace(" ", "");
    }

    private static String chars(int n, RandomGenerator random) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
