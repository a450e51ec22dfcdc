package org.gongkai.annualreport.web;

/**
 * Wraps each table of a report's HTML in a region that scrolls sideways on a narrow screen and can be reached and
 * scrolled with the keyboard ({@code tabindex="0"}, a named region), as published reports' tables are wider than a
 * phone.
 */
final class ScrollableTables {

    private ScrollableTables() {}

    static String wrap(String html, String label) {
        String escaped = label.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return html.replace(
                        "<table",
                        "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" + escaped
                                + "\"><table")
                .replace("</table>", "</table></div>");
    }
}
