package org.gongkai.reportreading;

import static org.gongkai.reportreading.PdfSyntax.isDigit;
import static org.gongkai.reportreading.PdfSyntax.isEndOfName;
import static org.gongkai.reportreading.PdfSyntax.isHexDigit;
import static org.gongkai.reportreading.PdfSyntax.isOperatorChar;
import static org.gongkai.reportreading.PdfSyntax.isSpace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A page's content stream with what the text stripper ignores taken out: the operators it has no processor for
 * (paths, painting, clipping, colours, line styles) and their operands, which are most of a report's tables.
 * PDFBox's content-stream parser builds an object for every token, so each one dropped is parsing saved; the
 * operators kept reach the stripper with the same operands in the same order, so its text is the same.
 *
 * <p>Only a plain stream is filtered: numbers, names, literal and hex strings, arrays and dictionaries of those,
 * and operators made of letters, '*', '\'' and '"'. Anything PDFBox's parser reads in its own way (comments, inline
 * images, nested or oddly ended strings, '#' in names, numbers like "--1" or "1-2", bare words among operands) makes
 * {@link #filter} return null, and the page is parsed whole as before.
 */
final class TextOnlyContent {

    /** The operators PDFBox's PDFTextStripper processes (checked against its processor table by a test). */
    static final Set<String> KEPT = Set.of(
            "BT", "ET", "cm", "Do", "gs", "q", "Q", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts",
            "Tw", "Tz", "'", "\"", "BDC", "BMC", "EMC");

    /** Content larger than this is parsed by PDFBox as a stream, not read into memory here. */
    static final int MAX_BYTES = 16 << 20;

    private static final int MAX_DEPTH = 32;

    private final byte[] in;
    private final int end;
    private int pos;

    private TextOnlyContent(byte[] in) {
        this.in = in;
        this.end = in.length;
    }

    /** The page's content, or null when it is larger than {@link #MAX_BYTES} or cannot be read. */
    static byte[] read(InputStream content) throws IOException {
        byte[] bytes = content.readNBytes(MAX_BYTES + 1);
        return bytes.length > MAX_BYTES ? null : bytes;
    }

    /** The content with only the kept operators and their operands, or null when it is not plain. */
    static byte[] filter(byte[] content) {
        return filter(content, name -> true);
    }

    /**
     * The same, also without the "gs" operators whose parameter dictionary, by its name, {@code gsMatters} says
     * sets nothing the text stripper uses (the font, or anything PDFBox might fail on).
     */
    static byte[] filter(byte[] content, Predicate<String> gsMatters) {
        Bytes out = new Bytes(content.length + 64);
        return new TextOnlyContent(content).run(gsMatters, out) ? out.bytes() : null;
    }

    /**
     * The kept operators with their operands read by {@link ContentTokens} straight from the content (no filtered
     * copy parsed again), or null when the content is not plain or some kept operand is not one it reads.
     */
    static List<ContentTokens.Operation> operations(byte[] content, Predicate<String> gsMatters) {
        ContentTokens.Sink out = new ContentTokens.Sink(content);
        return new TextOnlyContent(content).run(gsMatters, out) ? out.operations() : null;
    }

    /** Where the kept operators go: each one with its operands, {@code in[from, to)}; undone back to a size. */
    interface Sink {
        int size();

        void truncate(int size);

        /** Takes the operator and its operands; false when they cannot be taken (the content is then not plain). */
        boolean add(byte[] in, int from, int to, int operatorStart);
    }

    /** The filtered content as bytes, each kept operator on its own line. */
    private static final class Bytes implements Sink {
        private byte[] out;
        private int size;

        Bytes(int capacity) {
            out = new byte[capacity];
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void truncate(int size) {
            this.size = size;
        }

        @Override
        public boolean add(byte[] in, int from, int to, int operatorStart) {
            if (size + to - from + 1 > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, size + to - from + 1));
            }
            System.arraycopy(in, from, out, size, to - from);
            size += to - from;
            out[size++] = '\n';
            return true;
        }

        byte[] bytes() {
            return Arrays.copyOf(out, size);
        }
    }

    private boolean run(Predicate<String> gsMatters, Sink out) {
        int group = 0; // where the operands of the next operator begin
        int operands = 0;
        int nameStart = -1;
        int[] emptySaves = new int[16]; // the size of out before each "q" kept with nothing kept after it
        int saves = 0;
        while (true) {
            skipSpace();
            if (pos >= end) {
                break;
            }
            int c = in[pos] & 0xff;
            if (!isOperatorChar(c)) {
                nameStart = c == '/' ? pos + 1 : -1;
                if (!value(0)) {
                    return false;
                }
                operands++;
                continue;
            }
            int start = pos;
            while (pos < end && isOperatorChar(in[pos] & 0xff)) {
                pos++;
            }
            if (!endsToken() || c == 'I') { // PDFBox reads any operator starting with I as ID, image data
                return false;
            }
            int op = operator(start, pos - start);
            if (op == UNPLAIN) {
                return false;
            }
            boolean keep = op != DROPPED;
            if (op == GS && operands == 1 && nameStart >= 0) {
                keep = gsMatters.test(name(nameStart));
            }
            if (op == RESTORE && operands == 0 && saves > 0) {
                out.truncate(emptySaves[--saves]); // "q Q" with nothing between: no change to the state
                keep = false;
            } else if (keep) {
                if (op == SAVE && operands == 0) {
                    if (saves == emptySaves.length) {
                        emptySaves = Arrays.copyOf(emptySaves, saves * 2);
                    }
                    emptySaves[saves++] = out.size();
                } else {
                    saves = 0;
                }
                if (!out.add(in, group, pos, start)) {
                    return false;
                }
            }
            group = pos;
            operands = 0;
            nameStart = -1;
        }
        return true;
    }

    /** The name starting at from (after its '/'), or null when it is not plain ASCII. */
    private String name(int from) {
        int i = from;
        while (i < end && !isEndOfName(in[i] & 0xff)) {
            if (in[i] < 0x21) {
                return null;
            }
            i++;
        }
        return new String(in, from, i - from, StandardCharsets.US_ASCII);
    }

    private static final int DROPPED = 0;
    private static final int KEPT_OP = 1;
    private static final int GS = 2;
    private static final int SAVE = 3;
    private static final int RESTORE = 4;
    private static final int UNPLAIN = 5;

    /** What to do with the operator in[start, start + length). */
    private int operator(int start, int length) {
        if (length > 3) {
            return is(start, length, "true") || is(start, length, "null") || is(start, length, "false")
                    ? UNPLAIN // operands PDFBox reads as values, not operators
                    : DROPPED;
        }
        int a = in[start];
        int b = length > 1 ? in[start + 1] : 0;
        int c = length > 2 ? in[start + 2] : 0;
        if (length == 1) {
            return switch (a) {
                case 'q' -> SAVE;
                case 'Q' -> RESTORE;
                case '\'', '"' -> KEPT_OP;
                default -> DROPPED;
            };
        }
        if (length == 2) {
            if (a == 'T') {
                return switch (b) {
                    case '*', 'c', 'd', 'D', 'f', 'j', 'J', 'L', 'm', 'r', 's', 'w', 'z' -> KEPT_OP;
                    default -> DROPPED;
                };
            }
            if (a == 'B' && b == 'T' || a == 'E' && b == 'T' || a == 'c' && b == 'm' || a == 'D' && b == 'o') {
                return KEPT_OP;
            }
            if (a == 'g' && b == 's') {
                return GS;
            }
            if (a == 'B' && b == 'I' || a == 'E' && b == 'I') {
                return UNPLAIN; // inline images
            }
            return DROPPED;
        }
        if (a == 'B' && (b == 'D' || b == 'M') && c == 'C' || a == 'E' && b == 'M' && c == 'C') {
            return KEPT_OP;
        }
        return DROPPED;
    }

    private boolean is(int start, int length, String word) {
        if (length != word.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (in[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Skips one operand; false when it is not plain. */
    private boolean value(int depth) {
        if (depth > MAX_DEPTH || pos >= end) {
            return false;
        }
        int c = in[pos] & 0xff;
        switch (c) {
            case '/' -> {
                pos++;
                while (pos < end && !isEndOfName(in[pos] & 0xff)) {
                    if (in[pos] == '#') {
                        return false;
                    }
                    pos++;
                }
                return true;
            }
            case '(' -> {
                return literal();
            }
            case '<' -> {
                if (pos + 1 < end && in[pos + 1] == '<') {
                    return dictionary(depth);
                }
                return hex();
            }
            case '[' -> {
                pos++;
                while (true) {
                    skipSpace();
                    if (pos >= end) {
                        return false;
                    }
                    if (in[pos] == ']') {
                        pos++;
                        return true;
                    }
                    if (!value(depth + 1)) {
                        return false;
                    }
                }
            }
            default -> {
                return number();
            }
        }
    }

    private boolean dictionary(int depth) {
        pos += 2;
        while (true) {
            skipSpace();
            if (pos + 1 < end && in[pos] == '>' && in[pos + 1] == '>') {
                pos += 2;
                return true;
            }
            if (pos >= end || in[pos] != '/' || !value(depth + 1)) {
                return false;
            }
            skipSpace();
            if (pos >= end || in[pos] == '>' || !value(depth + 1)) {
                return false;
            }
        }
    }

    /** A literal string without nested parentheses, ended where PDFBox ends it. */
    private boolean literal() {
        pos++;
        while (pos < end) {
            int c = in[pos] & 0xff;
            if (c == ')') {
                pos++;
                return true;
            }
            if (c == '(') {
                return false;
            }
            if (c == '\\') {
                if (pos + 1 >= end) {
                    return false;
                }
                if (in[pos + 1] == ')' && escapedParenMayEnd(pos + 2)) {
                    return false; // PDFBox may take "\)" before a line break as the end
                }
                pos += 2;
                continue;
            }
            pos++;
        }
        return false;
    }

    private boolean escapedParenMayEnd(int at) {
        return at < end && (in[at] == '\r' || in[at] == '\n');
    }

    private boolean hex() {
        pos++;
        while (pos < end) {
            int c = in[pos] & 0xff;
            if (c == '>') {
                pos++;
                return true;
            }
            if (!isHexDigit(c) && !isSpace(c)) {
                return false;
            }
            pos++;
        }
        return false;
    }

    /** [+-]?(digits(.digits?)?|.digits), then a space, a delimiter or the end. */
    private boolean number() {
        int c = in[pos] & 0xff;
        if (c == '+' || c == '-') {
            pos++;
        }
        int digits = 0;
        while (pos < end && isDigit(in[pos] & 0xff)) {
            pos++;
            digits++;
        }
        if (pos < end && in[pos] == '.') {
            pos++;
            while (pos < end && isDigit(in[pos] & 0xff)) {
                pos++;
                digits++;
            }
        }
        return digits > 0 && endsToken();
    }

    private boolean endsToken() {
        if (pos >= end) {
            return true;
        }
        int c = in[pos] & 0xff;
        return isSpace(c) || c == '[' || c == ']' || c == '<' || c == '>' || c == '(' || c == '/';
    }

    private void skipSpace() {
        while (pos < end && isSpace(in[pos] & 0xff)) {
            pos++;
        }
    }
}
