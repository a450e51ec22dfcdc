package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of plain text into cells: on tabs, or on the pipes of a markdown table row. */
final class TextCells {

    private TextCells() {
    }

    static List<String> split(String raw) {
        String line = TextNormalizer.normalize(raw);
        List<String> cells = new ArrayList<>();
        if (line.isBlank() && line.indexOf('\t') < 0) {
            return cells;
        }
        if (line.indexOf('\t') >= 0) {
            for (String c : line.split("\t", -1)) {
                cells.add(c.strip());
            }
        } else if (isPipeRow(line)) {
            String t = line.strip();
            t = t.substring(1, t.endsWith("|") && t.length() > 1 ? t.length() - 1 : t.length());
            for (String c : t.split("\\|", -1)) {
                cells.add(c.strip());
            }
        } else {
            cells.add(line.strip());
            return cells;
        }
        int nonBlank = 0;
        for (String c : cells) {
            if (!c.isEmpty()) {
                nonBlank++;
            }
        }
        if (nonBlank <= 1 && cells.size() <= 2) {
            // an indented single cell, or a line of separators only: one cell
            String only = "";
            for (String c : cells) {
                if (!c.isEmpty()) {
                    only = c;
                }
            }
            cells.clear();
            cells.add(only);
        }
        return cells;
    }

    private static boolean isPipeRow(String line) {
        String t = line.strip();
        return t.length() > 1 && t.charAt(0) == '|';
    }
}
