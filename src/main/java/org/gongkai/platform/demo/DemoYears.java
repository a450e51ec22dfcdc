package org.gongkai.platform.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo records written for one "last full year" moved to the real one: a demo written when the last full year was
 * 2025 and loaded in 2028 states 2027 wherever it said 2025 (dates, titles, document numbers, CSV rows), so the
 * demo county's last report always has its figures whatever the date.
 *
 * @param shift the number of years to add
 */
public record DemoYears(int shift) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)(\\d{2})(?!\\d)");

    /** The shift for records written when {@code writtenFor} was the last full year. */
    public static DemoYears relativeTo(Clock clock, int writtenFor) {
        return new DemoYears(LocalDate.now(clock).getYear() - 1 - writtenFor);
    }

    /** The text with every four-digit year moved by the shift. */
    public String of(String text) {
        if (shift == 0 || text == null) {
            return text;
        }
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(Integer.parseInt(m.group()) + shift));
        }
        return m.appendTail(out).toString();
    }

    /** The year moved by the shift. */
    public int year(int year) {
        return year + shift;
    }

    /** The date moved by the shift (29 February becomes the 28th in a common year). */
    public LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day).plusYears(shift);
    }
}
