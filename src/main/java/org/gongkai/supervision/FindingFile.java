package org.gongkai.supervision;

import java.time.Instant;

/** A screenshot or file an inspector attached to a finding (its content is read on its own). */
public record FindingFile(
        long id, long findingId, String name, String mediaType, int sizeBytes, String uploadedBy, Instant uploadedAt) {

    public boolean image() {
        return mediaType.startsWith("image/");
    }
}
