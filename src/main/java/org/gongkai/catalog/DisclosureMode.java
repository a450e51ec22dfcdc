package org.gongkai.catalog;

/** How the information is disclosed: proactively (主动), on application (依申请) or not at all (不予公开). */
public enum DisclosureMode {
    PROACTIVE,
    ON_APPLICATION,
    WITHHELD
}
