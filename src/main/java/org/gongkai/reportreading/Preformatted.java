package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.reportreading.NumberColumns.Line;
import org.gongkai.reportreading.NumberColumns.Number;

/**
 * A table printed as preformatted text: a browser shows a text file in a monospaced font, its tabs as tab stops and
 * its spaces each one character wide, so where the text layer's words stand tells the fields and spaces the file
 * had and the text layer lost.
 */
final class Preformatted {

    /** Character widths from one tab stop to the next. */
    static final int TAB = 8;

    /** Points a number's start may miss its stop by: the marks are rounded to whole points. */
    private static final double SLACK = 1.5;

    private Preformatted() {}

    /**
     * Tab-separated rows: a tab stop every eight character widths from the line's start, each field starting at a
     * stop, so the stops between two numbers of a line count the blank fields between them. A row too long for the
     * line wraps, the part carried onto the next line starting at the margin. The block's lines with a tab between
     * cells; null unless every number starts at a stop and some blank field is found.
     */
    static List<String> tabbed(List<Line> lines) {
        int margin = Integer.MAX_VALUE;
        Number longest = null;
        for (Line l : lines) {
            for (Number w : l.words()) {
                margin = Math.min(margin, w.from());
            }
            for (Number n : l.numbers()) {
                margin = Math.min(margin, n.from());
                if (longest == null || n.text().length() > longest.text().length()) {
                    longest = n;
                }
            }
        }
        if (longest == null || longest.text().length() < 2 || longest.to() <= longest.from()) {
            return null;
        }
        double stop = stop(
                lines,
                margin,
                TAB * (longest.to() - longest.from()) / (double) longest.text().length());
        List<List<String>> cells = new ArrayList<>(lines.size());
        for (Line l : lines) {
            List<String> row = cells(l, margin, stop);
            if (row == null) {
                return null;
            }
            cells.add(row);
        }
        int width = width(lines, cells);
        List<String> out = new ArrayList<>(lines.size());
        boolean blank = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            List<String> row = cells.get(i);
            if (row.isEmpty()) {
                out.add(l.plain());
                continue;
            }
            blank |= row.contains("");
            if (i + 1 < lines.size() && continued(lines.get(i + 1), margin)) {
                // the fields the break lost: the rest of a full row after the two parts
                for (int b = row.size() + cells.get(i + 1).size(); b < width; b++) {
                    row.add("");
                    blank = true;
                }
            }
            out.add(l.label().isEmpty() ? String.join("\t", row) : l.label() + "\t" + String.join("\t", row));
        }
        return blank ? out : null;
    }

    /** The line's fields from its first number to its last (blank ones empty), or null when a number is off stop. */
    private static List<String> cells(Line l, int margin, double stop) {
        List<String> row = new ArrayList<>();
        Number before = null;
        for (Number n : l.numbers()) {
            double k = (n.from() - margin) / stop;
            if (Math.abs(k - Math.round(k)) * stop > SLACK) {
                return null;
            }
            if (before != null) {
                for (long b = (long) Math.floor((before.to() - margin) / stop) + 1; b < Math.round(k); b++) {
                    row.add("");
                }
            }
            row.add(n.text());
            before = n;
        }
        return row;
    }

    /** A row's part carried onto this line: numbers from the margin, no label. */
    private static boolean continued(Line l, int margin) {
        return l.label().isEmpty()
                && !l.numbers().isEmpty()
                && l.numbers().get(0).from() - margin <= SLACK;
    }

    /** The fields of a full row: the most common count among the rows printed on one line. */
    private static int width(List<Line> lines, List<List<String>> cells) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean whole = !cells.get(i).isEmpty()
                    && !lines.get(i).label().isEmpty()
                    && !(i + 1 < lines.size()
                            && lines.get(i + 1).label().isEmpty()
                            && !lines.get(i + 1).numbers().isEmpty());
            if (whole) {
                counts.merge(cells.get(i).size(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(java.util.Map.Entry::getKey)
                .orElse(0);
    }

    /**
     * Rows aligned with spaces: between two words of a line stand as many character widths as the text had spaces
     * (a proportional font's space is narrower than its digits, and the gaps are no whole number of them). The
     * block's lines written with their spaces again; null unless every gap is a whole number of widths and some
     * holds two spaces or more.
     */
    static List<String> spaced(List<Line> lines) {
        int margin = Integer.MAX_VALUE;
        int extent = 0;
        int digits = 0;
        for (Line l : lines) {
            for (Number n : l.numbers()) {
                extent += n.to() - n.from();
                digits += n.text().length();
            }
            for (Number w : words(l)) {
                margin = Math.min(margin, w.from());
            }
        }
        if (digits < 8 || extent <= 0) {
            return null;
        }
        double width = extent / (double) digits; // the digits' widths together: their rounding evens out
        for (int pass = 0; pass < 2; pass++) {
            double gaps = 0;
            double spaces = 0;
            for (Line l : lines) {
                List<Number> ws = words(l);
                for (int i = 1; i < ws.size(); i++) {
                    int gap = ws.get(i).from() - ws.get(i - 1).to();
                    long n = Math.round(gap / width);
                    gaps += gap * (double) n;
                    spaces += (double) n * n;
                }
            }
            width = spaces == 0 ? width : gaps / spaces;
        }
        List<String> out = new ArrayList<>(lines.size());
        boolean wide = false;
        for (Line l : lines) {
            List<Number> ws = words(l);
            if (ws.isEmpty()) {
                out.add(l.plain());
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int end = margin;
            for (Number w : ws) {
                double n = (w.from() - end) / width;
                if (Math.abs(n - Math.round(n)) * width > SLACK || n < -0.5 || end > margin && n < 0.5) {
                    return null;
                }
                wide |= end > margin && Math.round(n) >= 2;
                sb.append(" ".repeat((int) Math.round(n))).append(w.text());
                end = w.to();
            }
            out.add(sb.toString());
        }
        return wide ? out : null;
    }

    /** The line's words and numbers, left to right. */
    private static List<Number> words(Line l) {
        List<Number> all = new ArrayList<>(l.words());
        all.addAll(l.numbers());
        all.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return all;
    }

    /**
     * The distance between stops: first estimated from a number's width (digits of a monospaced font), then fitted
     * to where the numbers start (the width's rounding would add up over a line's stops).
     */
    private static double stop(List<Line> lines, int margin, double estimate) {
        double offsets = 0;
        double stops = 0;
        for (Line l : lines) {
            for (Number n : l.numbers()) {
                long k = Math.round((n.from() - margin) / estimate);
                offsets += (n.from() - margin) * (double) k;
                stops += (double) k * k;
            }
        }
        return stops == 0 ? estimate : offsets / stops;
    }
}
