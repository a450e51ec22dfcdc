package org.gongkai.fees;

/** The two ways of charging the information-processing fee; one application is charged one way only. */
public enum FeeMethod {
    /** 按件: by the number of one applicant's applications in one natural month. */
    BY_COUNT,
    /** 按量: by the pages (or equivalent) of one application. */
    BY_PAGES
}
