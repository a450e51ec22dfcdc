package org.gongkai.reportmodel;

import java.util.function.Function;

/**
 * A cell's dotted path ({@code requests.granted.natural_person}) in the report's own words:
 * 「收到和处理政府信息公开申请情况 · 予以公开 · 自然人」. A part without a label ({@code *}) is left out; a path
 * that names no table of the report ({@code units}) gives the empty string.
 */
public final class CellWords {

    private CellWords() {}

    public static String of(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        String[] parts = path.split("\\.");
        StringBuilder out = new StringBuilder();
        String table = parts[0];
        String title = Labels.tableTitle(table);
        if (title == null) {
            return "";
        }
        out.append(title);
        if (parts.length > 1) {
            append(out, label(parts[1], rowLabeller(table)));
        }
        if (parts.length > 2) {
            append(out, label(parts[2], columnLabeller(table)));
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String label) {
        if (label != null) {
            out.append(" · ").append(label);
        }
    }

    private static Function<String, String> rowLabeller(String table) {
        return switch (table) {
            case Layouts.REQUESTS -> Labels::requestRow;
            case Layouts.REVIEWS -> Labels::reviewRow;
            default ->
                k -> either(
                        k,
                        kk -> Labels.proactiveRow(Template.T2021, kk),
                        kk -> Labels.proactiveRow(Template.T2019, kk));
        };
    }

    private static Function<String, String> columnLabeller(String table) {
        return switch (table) {
            case Layouts.REQUESTS -> Labels::applicantColumn;
            case Layouts.REVIEWS -> Labels::reviewColumn;
            default ->
                k -> either(
                        k,
                        kk -> Labels.proactiveColumn(Template.T2021, kk),
                        kk -> Labels.proactiveColumn(Template.T2019, kk));
        };
    }

    private static String either(String key, Function<String, String> first, Function<String, String> second) {
        try {
            return first.apply(key);
        } catch (IllegalArgumentException e) {
            return second.apply(key);
        }
    }

    /** The label, or null for a wildcard or a key the national formats do not name. */
    private static String label(String key, Function<String, String> labeller) {
        if ("*".equals(key)) {
            return null;
        }
        try {
            return labeller.apply(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
