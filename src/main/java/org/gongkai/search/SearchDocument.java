package org.gongkai.search;

import java.time.LocalDate;

/**
 * One public catalogue item as the search index holds it. The search module knows nothing of the catalogue's
 * rules: the catalogue hands it only what is public.
 *
 * @param text the body and the text extracted from attachments
 */
public record SearchDocument(
        long id,
        String indexNumber,
        String title,
        String docNumber,
        String unitCode,
        String unitName,
        LocalDate published,
        int article20Item,
        String column,
        String docType,
        String validity,
        String topics,
        String text) {}
