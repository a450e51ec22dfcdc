package org.gongkai.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An index number (索引号) {@code <unit code>/<year>-<serial>}, e.g. {@code 001008099013/2024-000012}. Assigned
 * when an item is published, from a per-unit-and-year sequence; never reused, even after withdrawal.
 */
public record IndexNumber(String unitCode, int year, int serial) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{3,40})/(\\d{4})-(\\d{1,9})");

    public IndexNumber {
        if (unitCode == null || !unitCode.matches("\\d{3,40}") || year < 1900 || year > 9999 || serial < 1) {
            throw new IllegalArgumentException("not an index number: " + unitCode + "/" + year + "-" + serial);
        }
    }

    public static java.util.Optional<IndexNumber> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                new IndexNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    /** The part after the slash, as used in portal addresses: {@code 2024-000012}. */
    public String yearSerial() {
        return String.format("%d-%06d", year, serial);
    }

    @Override
    public String toString() {
        return unitCode + "/" + yearSerial();
    }
}
