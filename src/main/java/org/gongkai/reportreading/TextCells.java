package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of plain text into cells: on tabs, or on the pipes of a markdown table row. */
final class TextCells {

    private TextCells() {}

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
            List<String> spaced = spacedCells(line.strip());
            if (spaced == null) {
                cells.add(line.strip());
                return cells;
            }
            cells.addAll(spaced);
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

    /**
     * A line whose cells are each followed by the same run of spaces (a converter's fixed separator): a
     * run two or three times as long holds one or two empty cells. Null when the runs are not all
     * multiples of the shortest or none is longer than it (the line is then left whole).
     */
    static List<String> spacedCells(String line) {
        List<String> segments = new ArrayList<>();
        List<Integer> runs = new ArrayList<>();
        int i = 0;
        int start = 0;
        while (i < line.length()) {
            if (line.charAt(i) == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
                int j = i;
                while (j < line.length() && line.charAt(j) == ' ') {
                    j++;
                }
                segments.add(line.substring(start, i));
                runs.add(j - i);
                start = j;
                i = j;
            } else {
                i++;
            }
        }
        segments.add(line.substring(start));
        if (runs.size() < 2) {
            return null;
        }
        int unit = runs.stream().mapToInt(Integer::intValue).min().getAsInt();
        boolean longer = false;
        for (int r : runs) {
            if (r % unit != 0) {
                return null;
            }
            longer |= r > unit;
        }
        if (!longer) {
            return null;
        }
        List<String> out = new ArrayList<>();
        out.add(segments.get(0).strip());
        for (int k = 0; k < runs.size(); k++) {
            for (int e = 1; e < runs.get(k) / unit; e++) {
                out.add("");
            }
            out.add(segments.get(k + 1).strip());
        }
        return out;
    }

    private static boolean isPipeRow(String line) {
        String t = line.strip();
        return t.length() > 1 && t.charAt(0) == '|';
    }
}
