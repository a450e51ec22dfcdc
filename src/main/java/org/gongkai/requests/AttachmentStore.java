package org.gongkai.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where case files are kept. */
public interface AttachmentStore {

    /** Stores a file; returns its id. */
    long add(
            long requestId,
            String source,
            String filename,
            String mediaType,
            byte[] content,
            boolean released,
            Instant at,
            String by);

    /** Moves a file of the case to another source (e.g. an original kept internal once its redacted copy exists). */
    void moveTo(long requestId, long id, String source);

    /** Releases these files of the case to the applicant. */
    void release(long requestId, List<Long> ids);

    List<StoredAttachment> forRequest(long requestId);

    Optional<StoredAttachment> find(long id);

    byte[] content(long id);
}
