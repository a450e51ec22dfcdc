package org.gongkai.portal;

import java.time.Instant;
import java.time.LocalDate;

/** One saved text of a guide or rules page; {@code publishedOn} null while it is a draft. */
public record PageVersion(
        long id,
        String governmentCode,
        GuidePage page,
        int version,
        String body,
        String note,
        String author,
        Instant createdAt,
        LocalDate publishedOn,
        String publishedBy) {

    /** The author of the built-in version 1. */
    public static final String SYSTEM = "system";

    /** Version 1 as the platform wrote it, not a person. */
    public boolean seeded() {
        return SYSTEM.equals(author);
    }

    public boolean isPublished() {
        return publishedOn != null;
    }
}
