package org.gongkai.catalog;

/** The form of a policy interpretation (解读): text, graphic (图解) or video. */
public enum InterpretationForm {
    TEXT,
    GRAPHIC,
    VIDEO
}
