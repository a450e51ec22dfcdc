package org.gongkai.catalog;

/** A catalogue column (or Article 20 item, or unit) with how many public items it holds. */
public record ColumnCount(String key, long count) {}
