package org.gongkai.annualreport;

import java.util.List;

/**
 * The year's figures that other modules record (messages, consultations, interpretations, responses, hotline,
 * supervision, training), for the draft of section 1 (总体情况). Each module implements it over its own tables;
 * the draft asks every implementation and states each figure with its change on the previous year, so that staff
 * edit prose instead of compiling numbers.
 */
public interface YearFigures {

    /**
     * One figure of a government's year: {@code key} names it through the bundle entry
     * {@code annualreport.figure.<key>} (a message with {0} the value and {1} the value divided by 100, for a rate
     * kept in hundredths of a percent), {@code group} orders it into a paragraph
     * through {@code annualreport.figure-group.<group>}; {@code previous} is last year's value, or null when the
     * platform holds none.
     */
    record Figure(String group, String key, long value, Long previous) {}

    /** The figures of the government {@code governmentCode} and all its units for the calendar year. */
    List<Figure> figures(String governmentCode, int year);
}
