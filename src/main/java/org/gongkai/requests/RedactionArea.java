package org.gongkai.requests;

/**
 * A rectangle to black out on one page of a released file, in PDF points from the page's top-left corner;
 * {@code kind} says why (an ID number, a mobile number, a person's name, or drawn by the handler) and
 * {@code found} what was found there, masked, for the handler to confirm.
 */
public record RedactionArea(int page, double x, double y, double width, double height, String kind, String found) {

    public static final String ID_NUMBER = "id_number";
    public static final String MOBILE = "mobile";
    public static final String PERSON_NAME = "person_name";
    public static final String MANUAL = "manual";

    /** Whether it lies on the page ({@code pageWidth} × {@code pageHeight} points) and has an area. */
    public boolean fits(double pageWidth, double pageHeight) {
        return width > 0
                && height > 0
                && x >= 0
                && y >= 0
                && x + width <= pageWidth + 0.5
                && y + height <= pageHeight + 0.5;
    }

    /** Grown by {@code margin} points on every side, so no stroke of a glyph peeks out. */
    RedactionArea padded(double margin) {
        return new RedactionArea(page, x - margin, y - margin, width + 2 * margin, height + 2 * margin, kind, found);
    }
}
