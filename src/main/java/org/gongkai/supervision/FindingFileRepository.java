package org.gongkai.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the files attached to findings are kept. */
public interface FindingFileRepository {

    long insert(long findingId, String name, String mediaType, byte[] content, String by, Instant at);

    /** The finding's files, oldest first, without their content. */
    List<FindingFile> of(long findingId);

    /** The content of a file of the finding. */
    Optional<byte[]> content(long findingId, long fileId);
}
