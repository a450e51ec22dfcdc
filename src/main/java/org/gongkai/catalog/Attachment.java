package org.gongkai.catalog;

import java.time.Instant;

/**
 * A file attached to an item; {@code content} is null when only the listing was loaded. {@code description} is the
 * text alternative of an interpretation's image, video or sound (alt text, what it shows or says), else null.
 */
public record Attachment(
        Long id,
        long itemId,
        String filename,
        String mediaType,
        int sizeBytes,
        byte[] content,
        String extractedText,
        String uploadedBy,
        Instant uploadedAt,
        String description) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    public boolean isVideo() {
        return mediaType.startsWith("video/");
    }

    public boolean isAudio() {
        return mediaType.startsWith("audio/");
    }

    /** Shown in the page (image, player) rather than offered as a download. */
    public boolean isMedia() {
        return isImage() || isVideo() || isAudio();
    }
}
