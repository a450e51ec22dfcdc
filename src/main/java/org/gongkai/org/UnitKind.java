package org.gongkai.org;

/** What kind of body a unit is; the message bundle names each in Chinese ({@code unit.kind.*}). */
public enum UnitKind {
    GOVERNMENT,
    GOVERNMENT_OFFICE,
    DEPARTMENT,
    TOWN,
    STREET
}
