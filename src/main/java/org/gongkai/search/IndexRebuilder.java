package org.gongkai.search;

/** Rebuilds the search index from the system of record (implemented by the catalogue). */
public interface IndexRebuilder {

    /** Returns the number of documents indexed. */
    long rebuild();
}
