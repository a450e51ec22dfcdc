package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.List;

/**
 * A document reduced to what the table reader needs: lines, each a list of cells as the source separated
 * them (tab, table cell) or a single cell when it did not. Cells are already normalised text.
 */
record SourceDocument(List<List<String>> lines, List<int[]> illegible, boolean scanned) {

    /** A document whose cells were all read with confidence. */
    SourceDocument(List<List<String>> lines) {
        this(lines, List.of(), false);
    }

    /**
     * The same document with every illegible cell (left empty) replaced by {@code marks[i]}: reading it shows
     * which table cell each illegible one became.
     */
    SourceDocument marked(List<String> marks) {
        List<List<String>> copy = new ArrayList<>(lines.size());
        for (List<String> l : lines) {
            copy.add(new ArrayList<>(l));
        }
        for (int i = 0; i < illegible.size(); i++) {
            int[] at = illegible.get(i);
            copy.get(at[0]).set(at[1], marks.get(i));
        }
        return new SourceDocument(copy, List.of(), scanned);
    }

    /** The lines joined back as plain text, one line per line, cells separated by a space. */
    List<String> plainLines() {
        List<String> out = new ArrayList<>(lines.size());
        for (List<String> l : lines) {
            out.add(l.size() == 1 ? l.get(0) : String.join(" ", l));
        }
        return out;
    }

    private static final java.util.regex.Pattern SECTION =
            java.util.regex.Pattern.compile("[二三四五六][、.]\\s*(主动公开政府信息|收到和处理政府信息公开申请|政府信息公开行政复议|因政府信息公开申请行政复议"
                    + "|存在的主要问题|其他需要报告)[^。，,；;]{0,30}?(情况|事项)"
                    + "|[五六][、.]\\s*存在的?(?:主要)?问题[及和与][^。，,；;\\d]{0,16}?(计划|措施|打算|方向|思路|安排|情况)");

    /**
     * Where {@link #SECTION} can next start at or after {@code from}: a section number 二 to 六 before '、' or '.'
     * (-1: nowhere). Searching from there finds what searching from {@code from} finds, without trying every
     * character of a long paragraph.
     */
    private static int numbered(String s, int from) {
        for (int i = Math.max(from, 0); i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '二' || c == '三' || c == '四' || c == '五' || c == '六')
                    && (s.charAt(i + 1) == '、' || s.charAt(i + 1) == '.')) {
                return i;
            }
        }
        return -1;
    }

    static final class Builder {
        private final List<List<String>> lines = new ArrayList<>();
        private final List<int[]> illegible = new ArrayList<>();
        private boolean scanned;

        /** Marks the document as recognised by OCR (a page without ruled tables adds no recognised row). */
        Builder recognised() {
            scanned = true;
            return this;
        }

        /** Adds a recognised table row; the cells at {@code illegibleCells} could not be read (left empty). */
        Builder ocrRow(List<String> rawCells, List<Integer> illegibleCells) {
            scanned = true;
            row(rawCells);
            for (int c : illegibleCells) {
                illegible.add(new int[] {lines.size() - 1, c});
            }
            return this;
        }

        /** Adds a line of raw text, splitting cells on tabs or markdown pipes. */
        Builder text(String raw) {
            List<String> cells = TextCells.split(raw);
            if (cells.size() == 1 && cells.get(0).length() > 40) {
                // a flattened page: section headings run on in one line; start a line at each
                String s = cells.get(0);
                java.util.regex.Matcher m = SECTION.matcher(s);
                int from = 0;
                for (int at = numbered(s, 0); at >= 0 && m.find(at); at = numbered(s, from)) {
                    if (m.start() > from) {
                        lines.add(List.of(s.substring(from, m.start()).strip()));
                    }
                    lines.add(List.of(m.group()));
                    from = m.end();
                }
                if (from < s.length()) {
                    lines.add(List.of(s.substring(from).strip()));
                }
                return this;
            }
            lines.add(cells);
            return this;
        }

        /** Adds what a recognised picture holds (its illegible cells kept) and marks the document recognised. */
        Builder append(SourceDocument recognised) {
            int offset = lines.size();
            lines.addAll(recognised.lines());
            for (int[] at : recognised.illegible()) {
                illegible.add(new int[] {at[0] + offset, at[1]});
            }
            scanned = true;
            return this;
        }

        /** Adds a table row whose cells are given (already split). */
        Builder row(List<String> rawCells) {
            List<String> cells = new ArrayList<>(rawCells.size());
            for (String c : rawCells) {
                cells.add(TextNormalizer.normalize(c).strip());
            }
            lines.add(cells);
            return this;
        }

        SourceDocument build() {
            return new SourceDocument(lines, illegible, scanned);
        }
    }
}
