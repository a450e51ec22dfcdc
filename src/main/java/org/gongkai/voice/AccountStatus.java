package org.gongkai.voice;

/** A government new-media account is operating (运营中) or closed (已关停, with its reason). */
public enum AccountStatus {
    OPERATING,
    CLOSED
}
