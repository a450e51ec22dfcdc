package org.gongkai.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * A row that passed every check, ready to be stored: its content, the index number it had on the old website
 * (null: one is assigned), its publication date and validity, and its attachment files already read.
 */
record ImportedItem(
        int row,
        ItemContent content,
        IndexNumber indexNumber,
        LocalDate publishedOn,
        Validity validity,
        LocalDate validityChangedOn,
        String repealedBy,
        List<ImportedFile> files) {

    /** An attachment file read and typed by content; its bytes are read again from the source when stored. */
    record ImportedFile(String name, String storedName, String mediaType, int size, String text) {}
}
