package org.gongkai.catalog;

/** Items were imported from the old website (announced once per import, not per item). */
public record CatalogImported(int items) {}
