package org.gongkai.catalog;

/** A column of the catalogue (栏目) or a topic page (专题专栏, with its own portal page); labels {@code catalog.column-kind.*}. */
public enum ColumnKind {
    COLUMN,
    TOPIC
}
