package org.gongkai.messages;

import java.time.Instant;

/**
 * A comment on a consultation: what the person wrote (kept for staff), the de-identified text shown once a
 * moderator lets it through, and the adoption decision with its reason.
 */
public record Comment(
        Long id,
        long consultationId,
        String authorName,
        String authorContact,
        String text,
        String publicText,
        Instant submittedAt,
        Moderation moderation,
        Adoption adoption,
        String adoptionReason) {

    /** A moderator's decision on a comment. */
    public enum Moderation {
        PENDING,
        SHOWN,
        REJECTED
    }

    /** Whether a comment was adopted (采纳情况). */
    public enum Adoption {
        ADOPTED,
        PARTLY_ADOPTED,
        NOT_ADOPTED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static java.util.Optional<Adoption> fromKey(String key) {
            return java.util.Arrays.stream(values())
                    .filter(a -> a.key().equals(key))
                    .findFirst();
        }
    }

    public boolean shown() {
        return moderation == Moderation.SHOWN;
    }
}
