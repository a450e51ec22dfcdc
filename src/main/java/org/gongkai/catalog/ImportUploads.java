package org.gongkai.catalog;

import java.time.Instant;
import java.util.Optional;

/**
 * Import files uploaded in the console, kept from their dry run until the office confirms them (table
 * {@code catalog_import}); once imported the file's bytes are dropped and the record stays.
 */
public interface ImportUploads {

    /** An uploaded import: {@code content} is null once it was imported. */
    record StoredImport(
            long id,
            String filename,
            String sha256,
            byte[] content,
            String uploadedBy,
            Instant uploadedAt,
            int rowsChecked,
            int problems,
            Instant importedAt,
            Integer itemsImported) {}

    long save(String filename, String sha256, byte[] content, String uploadedBy, Instant at, ImportReport dryRun);

    Optional<StoredImport> find(long id);

    /** Records the import and drops the file; false when it was imported already (by a concurrent confirmation). */
    boolean markImported(long id, Instant at, int items);
}
