package org.gongkai.search;

import java.time.LocalDate;

/**
 * One hit. {@code highlight} and {@code titleHighlight} are HTML-safe: everything is escaped, then only
 * {@code <mark>} tags are added around matches.
 */
public record SearchHit(
        long id,
        String indexNumber,
        String title,
        String titleHighlight,
        String unitCode,
        String unitName,
        LocalDate published,
        String docType,
        String validity,
        String highlight) {}
