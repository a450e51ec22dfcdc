package org.gongkai.requests;

/**
 * One character of a page with its box (PDF points from the top-left), from the text layer or from OCR; a line
 * break is a glyph with no box ({@code width} 0).
 */
record Glyph(int page, String text, double x, double y, double width, double height) {

    static Glyph lineBreak(int page) {
        return new Glyph(page, "\n", 0, 0, 0, 0);
    }

    boolean boxed() {
        return width > 0 && height > 0;
    }
}
