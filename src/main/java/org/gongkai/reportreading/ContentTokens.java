package org.gongkai.reportreading;

import static org.gongkai.reportreading.PdfSyntax.isDigit;
import static org.gongkai.reportreading.PdfSyntax.isEndOfName;
import static org.gongkai.reportreading.PdfSyntax.isHexDigit;
import static org.gongkai.reportreading.PdfSyntax.isOperatorChar;
import static org.gongkai.reportreading.PdfSyntax.isSpace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * The operators of a plain content stream ({@link TextOnlyContent}'s output) with their operands, read as PDFBox's
 * content-stream parser reads them but straight from a byte array, without its objects: a number is a {@link Num}
 * (its float as PDFBox computes it), a string its bytes, an array an {@code Object[]}, a name a {@link COSName}, a
 * dictionary a {@link COSDictionary}; {@link #cos} gives PDFBox's object for an operand. Anything outside the plain
 * subset this reader is sure of (non-ASCII names, raw line breaks or unusual escapes in literal strings, integers
 * too long for a long) makes {@link #read} return null; the page is then parsed by PDFBox as before.
 */
final class ContentTokens {

    /** An operator with its operands, in content order. */
    record Operation(String operator, Object[] operands) {}

    /**
     * A number operand: its float as PDFBox's {@code COSNumber} gives it ({@code (float) long} for an integer,
     * {@code Float.parseFloat} for a real), and the token to build PDFBox's object from.
     */
    record Num(float value, long integer, byte[] source, int from, int to) {

        COSBase cos() throws IOException {
            return source == null
                    ? COSInteger.get(integer)
                    : new COSFloat(new String(source, from, to - from, StandardCharsets.US_ASCII));
        }
    }

    /** PDFBox's object for an operand of {@link Operation}. */
    static COSBase cos(Object operand) throws IOException {
        return switch (operand) {
            case Num n -> n.cos();
            case byte[] b -> new COSString(b);
            case Object[] a -> {
                COSArray array = new COSArray();
                for (Object o : a) {
                    array.add(cos(o));
                }
                yield array;
            }
            default -> (COSBase) operand;
        };
    }

    private static final Object[] NONE = {};
    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

    private static final int MAX_DEPTH = 32;
    private static final int MAX_INTEGER_DIGITS = 18;

    private final byte[] in;
    private final int end;
    private int pos;

    private ContentTokens(byte[] in) {
        this.in = in;
        this.end = in.length;
    }

    /** The operations of the plain content, or null when some token is not one this reader is sure of. */
    static List<Operation> read(byte[] plain) {
        try {
            return new ContentTokens(plain).operations();
        } catch (NotPlain | IOException e) {
            return null;
        }
    }

    /** {@link TextOnlyContent}'s kept operators read into operations as the filter finds them. */
    static final class Sink implements TextOnlyContent.Sink {
        private final ContentTokens tokens;
        private final List<Operation> operations = new ArrayList<>();

        Sink(byte[] content) {
            tokens = new ContentTokens(content);
        }

        @Override
        public int size() {
            return operations.size();
        }

        @Override
        public void truncate(int size) {
            operations.subList(size, operations.size()).clear();
        }

        @Override
        public boolean add(byte[] in, int from, int to, int operatorStart) {
            try {
                operations.add(tokens.operation(from, operatorStart, to));
                return true;
            } catch (NotPlain | IOException e) {
                return false;
            }
        }

        List<Operation> operations() {
            return operations;
        }
    }

    /** The operation whose operands are in[from, operatorStart) and operator in[operatorStart, to). */
    private Operation operation(int from, int operatorStart, int to) throws IOException {
        pos = from;
        List<Object> operands = new ArrayList<>();
        skipSpace();
        while (pos < operatorStart) {
            operands.add(value(0));
            skipSpace();
        }
        if (pos != operatorStart) {
            throw new NotPlain();
        }
        return new Operation(
                operator(operatorStart, to - operatorStart), operands.isEmpty() ? NONE : operands.toArray());
    }

    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private List<Operation> operations() throws IOException {
        List<Operation> out = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= end) {
                return out;
            }
            int c = in[pos] & 0xff;
            if (isOperatorChar(c)) {
                int start = pos;
                while (pos < end && isOperatorChar(in[pos] & 0xff)) {
                    pos++;
                }
                out.add(new Operation(operator(start, pos - start), operands.isEmpty() ? NONE : operands.toArray()));
                operands.clear();
            } else {
                operands.add(value(0));
            }
        }
    }

    /** The content-stream operators of the PDF specification (ISO 32000, annex A), named without building a string. */
    private static final String[] OPERATORS = {
        "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP", "EI",
        "EMC", "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M", "MP", "n",
        "q", "Q", "re", "RG", "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj",
        "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\""
    };

    /** {@link #OPERATORS} by their bytes packed in an int ({@link #packed}), open addressing. */
    private static final int[] OPERATOR_KEYS = new int[256];

    private static final String[] OPERATOR_NAMES = new String[256];

    static {
        for (String name : OPERATORS) {
            byte[] b = name.getBytes(StandardCharsets.US_ASCII);
            int key = packed(b, 0, b.length);
            int slot = slot(key);
            while (OPERATOR_NAMES[slot] != null) {
                slot = (slot + 1) & 0xff;
            }
            OPERATOR_KEYS[slot] = key;
            OPERATOR_NAMES[slot] = name;
        }
    }

    /** Up to three bytes and the length in one int (never 0: the length is at least 1). */
    private static int packed(byte[] b, int start, int length) {
        int key = length << 24;
        for (int i = 0; i < length; i++) {
            key |= (b[start + i] & 0xff) << (8 * i);
        }
        return key;
    }

    private static int slot(int key) {
        return (key * 0x9E3779B1) >>> 24;
    }

    /** The operator's name, the same string object for the specification's operators (no string built). */
    private String operator(int start, int length) {
        if (length <= 3) {
            int key = packed(in, start, length);
            for (int slot = slot(key); OPERATOR_NAMES[slot] != null; slot = (slot + 1) & 0xff) {
                if (OPERATOR_KEYS[slot] == key) {
                    return OPERATOR_NAMES[slot];
                }
            }
        }
        return new String(in, start, length, StandardCharsets.US_ASCII);
    }

    private Object value(int depth) throws IOException {
        if (depth > MAX_DEPTH || pos >= end) {
            throw new NotPlain();
        }
        int c = in[pos] & 0xff;
        switch (c) {
            case '/' -> {
                return name();
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
                List<Object> array = new ArrayList<>();
                while (true) {
                    skipSpace();
                    if (pos >= end) {
                        throw new NotPlain();
                    }
                    if (in[pos] == ']') {
                        pos++;
                        return array.toArray();
                    }
                    array.add(value(depth + 1));
                }
            }
            default -> {
                return number();
            }
        }
    }

    private COSName name() {
        int start = ++pos;
        while (pos < end && !isEndOfName(in[pos] & 0xff)) {
            int b = in[pos] & 0xff;
            if (b == '#' || b < 0x21 || b > 0x7e) {
                throw new NotPlain();
            }
            pos++;
        }
        return COSName.getPDFName(new String(in, start, pos - start, StandardCharsets.US_ASCII));
    }

    private COSDictionary dictionary(int depth) throws IOException {
        pos += 2;
        COSDictionary dict = new COSDictionary();
        while (true) {
            skipSpace();
            if (pos + 1 < end && in[pos] == '>' && in[pos + 1] == '>') {
                pos += 2;
                return dict;
            }
            if (pos >= end || in[pos] != '/') {
                throw new NotPlain();
            }
            COSName key = name();
            skipSpace();
            if (pos >= end || in[pos] == '>') {
                throw new NotPlain();
            }
            dict.setItem(key, cos(value(depth + 1)));
        }
    }

    /** A literal string with the escapes \n \r \t \b \f \( \) \\ and octal codes; no raw line breaks. */
    private byte[] literal() {
        pos++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (pos < end) {
            int c = in[pos] & 0xff;
            if (c == ')') {
                pos++;
                return out.toByteArray();
            }
            if (c == '(' || c == '\r' || c == '\n') {
                throw new NotPlain();
            }
            if (c != '\\') {
                out.write(c);
                pos++;
                continue;
            }
            if (pos + 1 >= end) {
                throw new NotPlain();
            }
            int e = in[pos + 1] & 0xff;
            pos += 2;
            switch (e) {
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case '(', ')', '\\' -> out.write(e);
                default -> {
                    if (e < '0' || e > '7') {
                        throw new NotPlain();
                    }
                    int code = e - '0';
                    for (int i = 0; i < 2 && pos < end && in[pos] >= '0' && in[pos] <= '7'; i++) {
                        code = code * 8 + (in[pos++] - '0');
                    }
                    out.write(code);
                }
            }
        }
        throw new NotPlain();
    }

    /** A hex string's bytes, an odd last digit read as its high half (as COSString.parseHex after PDFBox pads it). */
    private byte[] hex() {
        pos++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int high = -1;
        while (pos < end) {
            int c = in[pos] & 0xff;
            if (c == '>') {
                pos++;
                if (high >= 0) {
                    out.write(high << 4);
                }
                return out.toByteArray();
            }
            int digit = Character.digit(c, 16);
            if (digit >= 0 && isHexDigit(c)) {
                if (high < 0) {
                    high = digit;
                } else {
                    out.write(high << 4 | digit);
                    high = -1;
                }
            } else if (!isSpace(c)) {
                throw new NotPlain();
            }
            pos++;
        }
        throw new NotPlain();
    }

    /**
     * [+-]?(digits(.digits?)?|.digits): an integer without a point, else a real, as PDFBox reads them. A real of
     * at most eight decimals and fifteen digits is the correctly rounded float of mantissa / 10^decimals computed
     * in double: that double is within half a double ulp of the decimal, which can only fall on the other side of
     * a float rounding boundary when 10^decimals exceeds 2^28; others are parsed as PDFBox parses them.
     */
    private Num number() throws IOException {
        int start = pos;
        int c = in[pos] & 0xff;
        boolean negative = c == '-';
        if (c == '+' || c == '-') {
            pos++;
        }
        int digits = 0;
        int decimals = 0;
        long mantissa = 0;
        boolean point = false;
        while (pos < end && isDigit(in[pos] & 0xff)) {
            mantissa = mantissa * 10 + (in[pos] - '0');
            pos++;
            digits++;
            if (digits > MAX_INTEGER_DIGITS) {
                throw new NotPlain();
            }
        }
        if (pos < end && in[pos] == '.') {
            point = true;
            pos++;
            while (pos < end && isDigit(in[pos] & 0xff)) {
                if (digits < 15) {
                    mantissa = mantissa * 10 + (in[pos] - '0');
                }
                pos++;
                digits++;
                decimals++;
            }
        }
        if (digits == 0 || !endsToken()) {
            throw new NotPlain();
        }
        if (!point) {
            long value = negative ? -mantissa : mantissa;
            return new Num((float) value, value, null, 0, 0);
        }
        float value;
        if (decimals < POWERS.length && digits <= 15) {
            float magnitude = (float) (mantissa / POWERS[decimals]);
            value = negative && magnitude != 0 ? -magnitude : magnitude; // COSFloat reads -0.0 as 0
        } else {
            value = new COSFloat(new String(in, start, pos - start, StandardCharsets.US_ASCII)).floatValue();
        }
        return new Num(value, 0, in, start, pos);
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
