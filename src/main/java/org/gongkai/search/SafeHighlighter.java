package org.gongkai.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Makes a short excerpt with the matches marked. Escape first, then mark: the text is HTML-escaped piece by piece
 * and only this class's own {@code <mark>} tags are added, so nothing in a document or a query can inject markup.
 */
public final class SafeHighlighter {

    private static final int BEFORE = 30;
    private static final int MAX_MARKS = 200;

    private SafeHighlighter() {}

    /**
     * @param needles the strings to mark (case-insensitive); empty strings are ignored
     * @param length  the excerpt length in characters; the whole text when {@code <= 0}
     */
    public static String excerpt(String text, Collection<String> needles, int length) {
        String source = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        String lower = source.toLowerCase(Locale.ROOT);
        List<int[]> marks = new ArrayList<>();
        for (String needle : needles) {
            if (needle == null || needle.isBlank()) {
                continue;
            }
            String n = needle.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(n); at >= 0 && marks.size() < MAX_MARKS; at = lower.indexOf(n, at + 1)) {
                marks.add(new int[] {at, at + n.length()});
            }
        }
        marks.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] m : marks) {
            if (!merged.isEmpty() && m[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], m[1]);
            } else {
                merged.add(m.clone());
            }
        }
        int start = 0;
        int end = source.length();
        if (length > 0 && source.length() > length) {
            start = merged.isEmpty() ? 0 : Math.max(0, merged.get(0)[0] - BEFORE);
            end = Math.min(source.length(), start + length);
            if (end - start < length) {
                start = Math.max(0, end - length);
            }
            start = safeBoundary(source, start);
            end = safeBoundary(source, end);
        }
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append('…');
        }
        int pos = start;
        for (int[] m : merged) {
            if (m[1] <= start || m[0] >= end) {
                continue;
            }
            int from = Math.max(m[0], start);
            int to = Math.min(m[1], end);
            escape(source, pos, from, out);
            out.append("<mark>");
            escape(source, from, to, out);
            out.append("</mark>");
            pos = to;
        }
        escape(source, pos, end, out);
        if (end < source.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private static int safeBoundary(String s, int index) {
        if (index > 0 && index < s.length() && Character.isLowSurrogate(s.charAt(index))) {
            return index - 1;
        }
        return index;
    }

    /** HTML-escapes {@code s[from, to)} into {@code out}. */
    static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
