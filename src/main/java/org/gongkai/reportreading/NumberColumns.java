package org.gongkai.reportreading;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;

/**
 * Blank cells of a printed table, found again from where its numbers stand. A text layer keeps a table's numbers
 * but not its empty cells: "228 3 3 234" of a row with seven columns tells nothing of where the blanks were,
 * while a reader sees it from the columns. The numbers of tables 三 and 四 (from their heading to the next
 * section's) are grouped into columns by their horizontal extent (numbers of one column overlap, whether left,
 * centred or right aligned); when one row shows every column and another row fewer, every row is written with a
 * tab between cells and its blanks left empty, as a text file's table. Anything else keeps its text.
 */
final class NumberColumns {

    private static final char START = '\u0001';
    private static final char END = '\u0002';
    private static final Pattern MARKED = Pattern.compile(START + "(-?\\d+),(-?\\d+)" + END + "([^\\s" + START + "]*)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern HEADING = Pattern.compile("^[#*>\\s]*[一二三四五六七][、.].*");
    private static final Pattern TABLE_HEADING = Pattern.compile("^[#*>\\s]*[三四][、.].*");

    private NumberColumns() {}

    /** PDFBox's text with each number word preceded by its horizontal extent (points), for {@link #apply}. */
    static final class MarkingStripper extends TextStripper {
        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (positions.size() != text.length()) {
                if (!positions.isEmpty() && !text.isBlank()) {
                    writeString(mark(positions.get(0), positions.get(positions.size() - 1)) + text);
                    return;
                }
                super.writeString(text, positions);
                return;
            }
            // a word as PDFBox groups it may hold spaces the page printed: each part its own extent
            StringBuilder out = new StringBuilder(text.length() + 16);
            int i = 0;
            while (i < text.length()) {
                if (Character.isWhitespace(text.charAt(i))) {
                    out.append(text.charAt(i++));
                    continue;
                }
                int j = i;
                while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                out.append(mark(positions.get(i), positions.get(j - 1))).append(text, i, j);
                i = j;
            }
            writeString(out.toString());
        }

        private static String mark(TextPosition first, TextPosition last) {
            return START + "" + Math.round(first.getXDirAdj()) + ","
                    + Math.round(last.getXDirAdj() + last.getWidthDirAdj()) + END;
        }
    }

    record Number(int from, int to, String text) {}

    record Line(String label, List<Number> numbers, List<Number> words, String plain) {}

    /** A line of {@link MarkingStripper}'s text without its marks. */
    static String unmarked(String line) {
        return line.replaceAll(START + "[^" + END + "]*" + END, "");
    }

    /** The text with its marks removed, the rows of tables 三 and 四 with blank cells written as tabs. */
    static String apply(String marked) {
        if (marked.indexOf(START) < 0) {
            return marked;
        }
        String[] raw = marked.split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (String r : raw) {
            lines.add(parse(r));
        }
        StringBuilder out = new StringBuilder(marked.length());
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            if (l.numbers().isEmpty() && tableHeading(l.plain())) {
                int end = i + 1;
                while (end < lines.size()
                        && !(lines.get(end).numbers().isEmpty()
                                && heading(lines.get(end).plain()))) {
                    end++;
                }
                out.append(l.plain()).append('\n');
                table(lines.subList(i + 1, end), out);
                i = end;
            } else {
                out.append(l.plain()).append(i < lines.size() - 1 ? "\n" : "");
                i++;
            }
        }
        return out.toString();
    }

    /** The heading of table 三 or 四: numbered, or named as {@link Sections} knows it ("第三部分 收到和处理…"). */
    private static boolean tableHeading(String plain) {
        if (TABLE_HEADING.matcher(plain).matches()) {
            return true;
        }
        Sections.Kind k = Sections.kind(Sections.squeeze(plain));
        return k == Sections.Kind.REQUESTS || k == Sections.Kind.REVIEWS;
    }

    /** A section's heading, where a table's block ends. */
    private static boolean heading(String plain) {
        return HEADING.matcher(plain).matches() || Sections.kind(Sections.squeeze(plain)) != null;
    }

    private static void table(List<Line> lines, StringBuilder out) {
        List<String> preformatted = Preformatted.tabbed(lines);
        if (preformatted == null) {
            preformatted = Preformatted.spaced(lines);
        }
        if (preformatted != null) {
            for (String row : preformatted) {
                out.append(row).append('\n');
            }
            return;
        }
        List<int[]> columns = columns(lines);
        int most = 0;
        int fewest = Integer.MAX_VALUE;
        for (Line l : lines) {
            if (!l.numbers().isEmpty()) {
                most = Math.max(most, l.numbers().size());
                fewest = Math.min(fewest, l.numbers().size());
            }
        }
        boolean blanks = columns.size() >= 3 && fewest < most && !wrapped(lines);
        for (Line l : lines) {
            String row = blanks ? row(l, columns) : null;
            out.append(row == null ? l.plain() : row).append('\n');
        }
    }

    /**
     * Whether some line starts with a number at the block's left margin, where the labels stand: a line of plain
     * text wrapped onto the next line, whose numbers stand where the wrap put them, not in columns.
     */
    private static boolean wrapped(List<Line> lines) {
        int margin = Integer.MAX_VALUE;
        for (Line l : lines) {
            for (Number n : l.words()) {
                margin = Math.min(margin, n.from());
            }
            for (Number n : l.numbers()) {
                margin = Math.min(margin, n.from());
            }
        }
        for (Line l : lines) {
            if (!l.numbers().isEmpty() && l.numbers().get(0).from() <= margin + 2) {
                return true;
            }
        }
        return false;
    }

    /** The columns: the numbers' extents merged where they overlap, left to right. */
    private static List<int[]> columns(List<Line> lines) {
        List<int[]> spans = new ArrayList<>();
        for (Line l : lines) {
            for (Number n : l.numbers()) {
                spans.add(new int[] {n.from(), n.to()});
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> columns = merged(spans);
        if (columns.isEmpty()) {
            return columns;
        }
        // a column no row filled: its heading's words, right of the first numbers, over no column of numbers
        List<int[]> headings = new ArrayList<>();
        for (Line l : lines) {
            for (Number w : l.words()) {
                if (w.from() >= columns.get(0)[0]
                        && columns.stream().noneMatch(c -> w.from() < c[1] && c[0] < w.to())) {
                    headings.add(new int[] {w.from(), w.to()});
                }
            }
        }
        spans.addAll(headings);
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        return merged(spans);
    }

    private static List<int[]> merged(List<int[]> sorted) {
        List<int[]> columns = new ArrayList<>();
        for (int[] s : sorted) {
            int[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && s[0] < last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                columns.add(new int[] {s[0], s[1]});
            }
        }
        return columns;
    }

    /**
     * The row with a tab before each column's cell, or null when it holds no number or two in one column, or text
     * after its first number (a paragraph's line with numbers in its sentences, not a row of cells; a blank cell's
     * no-break space is no text).
     */
    private static String row(Line l, List<int[]> columns) {
        if (l.numbers().isEmpty()) {
            return null;
        }
        int first = l.numbers().get(0).from();
        if (l.words().stream()
                .anyMatch(w -> w.from() > first && !w.text().chars().allMatch(Character::isSpaceChar))) {
            return null;
        }
        String[] cells = new String[columns.size()];
        for (Number n : l.numbers()) {
            int c = 0;
            while (c < columns.size() && n.from() >= columns.get(c)[1]) {
                c++;
            }
            if (c == columns.size() || cells[c] != null) {
                return null;
            }
            cells[c] = n.text();
        }
        StringBuilder sb = new StringBuilder(l.label());
        for (String c : cells) {
            sb.append('\t').append(c == null ? "" : c);
        }
        return sb.toString();
    }

    private static Line parse(String raw) {
        Matcher m = MARKED.matcher(raw);
        List<Number> numbers = new ArrayList<>();
        List<Number> words = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (m.find()) {
            plain.append(raw, at, m.start()).append(m.group(3));
            Number word = new Number(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
            if (NUMBER.matcher(word.text()).matches()) {
                label.append(raw, at, m.start());
                numbers.add(word);
            } else {
                label.append(raw, at, m.start()).append(word.text());
                words.add(word);
            }
            at = m.end();
        }
        label.append(raw, at, raw.length());
        plain.append(raw, at, raw.length());
        return new Line(label.toString().replaceAll("\\s+", " ").strip(), numbers, words, plain.toString());
    }
}
