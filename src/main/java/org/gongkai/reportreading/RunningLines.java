package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running headers and footers of a printed document: a browser prints the date and the page's title at the top of
 * every page and its address with "3/11" at the bottom, a word processor a page number. Left in the text they
 * break a table that runs over a page into two, with a line of numbers between. A line among the first or the
 * last {@link #EDGE} lines of a page is one when the same line, its digits aside, stands at the same place on at
 * least half of the pages (and on two at least); such lines are removed from every page. A line of three numbers
 * or more is a table's row, never a running line.
 */
final class RunningLines {

    /** Lines at the top and at the bottom of a page that may be running lines. */
    static final int EDGE = 2;

    private RunningLines() {}

    /** The pages' text (one string per page, lines separated by '\n') as one text without their running lines. */
    static String strip(List<String> pages) {
        List<List<String>> lines = new ArrayList<>(pages.size());
        for (String p : pages) {
            List<String> ls = new ArrayList<>();
            for (String l : p.split("\n", -1)) {
                if (!l.isBlank()) {
                    ls.add(l);
                }
            }
            lines.add(ls);
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> ls : lines) {
            for (String key : edgeKeys(ls)) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> ls : lines) {
            for (int i = 0; i < ls.size(); i++) {
                String place = place(i, ls.size());
                if (place == null || counts.getOrDefault(place + key(ls.get(i)), 0) < needed) {
                    out.append(ls.get(i)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static List<String> edgeKeys(List<String> ls) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < ls.size(); i++) {
            String place = place(i, ls.size());
            if (place != null && !tableRow(ls.get(i))) {
                keys.add(place + key(ls.get(i)));
            }
        }
        return keys.stream().distinct().toList();
    }

    /** "t0", "t1" for the first lines of a page, "b0", "b1" for the last ones, null for the lines between. */
    private static String place(int i, int n) {
        if (i < EDGE) {
            return "t" + i + ":";
        }
        if (n - 1 - i < EDGE) {
            return "b" + (n - 1 - i) + ":";
        }
        return null;
    }

    /** A line of three numbers or more, a table's row: its digits aside, rows of one table look alike. */
    private static boolean tableRow(String line) {
        int numbers = 0;
        for (String w : NumberColumns.unmarked(line).strip().split("\\s+")) {
            if (!w.isEmpty() && w.chars().allMatch(Character::isDigit) && ++numbers > 2) {
                return true;
            }
        }
        return false;
    }

    private static String key(String line) {
        return line.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }
}
