package org.gongkai.platform.demo;

/**
 * A module's share of the demo county. Contributors run in {@link #order()} when {@code serve --demo} finds an
 * empty database; each writes through its module's own services so the demo data obeys the same rules.
 */
public interface DemoContributor {

    /** Lower runs first: org 100, calendar 200, requests 300, catalog 400, reviews 500, annual reports 600. */
    int order();

    void seed(DemoLog log);

    /** Whether the database already holds this module's share (the demo is then not filled again). */
    default boolean hasData() {
        return false;
    }

    /** Lines to print at start (e.g. the demo logins). */
    interface DemoLog {
        void say(String line);
    }
}
