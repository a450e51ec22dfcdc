package org.gongkai.catalog;

/** Validity of a regulation or normative document: 有效, 失效 (expired by its own term), 废止 (repealed). */
public enum Validity {
    VALID,
    EXPIRED,
    REPEALED;

    public boolean inForce() {
        return this == VALID;
    }
}
