package org.gongkai.catalog;

import java.time.Instant;

/** A file attached to an item; {@code content} is null when only the listing was loaded. */
public record Attachment(
        Long id,
        long itemId,
        String filename,
        String mediaType,
        int sizeBytes,
        byte[] content,
        String extractedText,
        String uploadedBy,
        Instant uploadedAt) {}
