package org.gongkai.requests;

import java.time.Instant;

/** A file on a case: from the applicant, or provided with the reply (released to the applicant). */
public record StoredAttachment(
        long id,
        long requestId,
        String source,
        String filename,
        String mediaType,
        int size,
        boolean released,
        Instant uploadedAt,
        String uploadedBy) {}
