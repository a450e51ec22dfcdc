package org.gongkai.org;

/**
 * A government body or one of its units, identified by its unit code (the index-number prefix). The code never
 * changes meaning; the name is the current one (former names: {@link UnitDirectory#formerNames}). An inactive
 * unit (dissolved or merged) keeps its records but takes no new ones.
 */
public record Unit(String code, String name, UnitKind kind, String parentCode, int sortOrder, boolean active) {

    public Unit(String code, String name, UnitKind kind, String parentCode, int sortOrder) {
        this(code, name, kind, parentCode, sortOrder, true);
    }

    public boolean isRoot() {
        return parentCode == null;
    }
}
