package org.gongkai.org;

/** A government body or one of its units, identified by its unit code (the index-number prefix). */
public record Unit(String code, String name, UnitKind kind, String parentCode, int sortOrder) {

    public boolean isRoot() {
        return parentCode == null;
    }
}
