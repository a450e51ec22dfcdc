package org.gongkai.reportreading;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A ToUnicode CMap of two-byte codes read as fontbox's {@code CMapParser} reads it, token for token (the same
 * tokens, the same quirks: odd hex digits, ranges whose target carries into the byte before, later mappings
 * winning, the last code mapped to a space), into a table instead of fontbox's maps. It answers what
 * {@code PDFont.toUnicode(int)} and {@code getSpaceWidth()} ask of a composite font's map. A map with anything
 * else — one-, three- or four-byte codes, {@code usecmap}, CID ranges, arrays or names as targets, the
 * {@code <0000> <FFFF> <0000>} identity range, no mapping at all, or what fontbox would fail on — is not read
 * ({@link #parse} returns null) and left to fontbox.
 */
final class ToUnicodeMap {

    private static final String END_OF_DICTIONARY = ">>";
    private static final String END_OF_ARRAY = "]";
    private static final int MAX_HEX = 512;

    private final String[][] pages = new String[256][];
    private int spaceMapping = -1;
    private int mappings;

    private ToUnicodeMap() {}

    /** The text of a two-byte code, or null. */
    String toUnicode(int code) {
        if (code < 0 || code > 0xFFFF) {
            return null;
        }
        String[] page = pages[code >> 8];
        return page == null ? null : page[code & 0xFF];
    }

    /** The last code mapped to a single space, or -1. */
    int spaceMapping() {
        return spaceMapping;
    }

    /** The map, or null when fontbox is to read it. */
    static ToUnicodeMap parse(byte[] cmap) {
        try {
            ToUnicodeMap map = new Parser(cmap).parse();
            return map != null && map.mappings > 0 ? map : null;
        } catch (NotPlain e) {
            return null;
        }
    }

    private void add(byte[] code, String unicode) {
        if (code.length != 2) {
            throw new NotPlain();
        }
        int c = ((code[0] & 0xFF) << 8) | (code[1] & 0xFF);
        String[] page = pages[c >> 8];
        if (page == null) {
            page = new String[256];
            pages[c >> 8] = page;
        }
        page[c & 0xFF] = unicode;
        mappings++;
        if (" ".equals(unicode)) {
            spaceMapping = c;
        }
    }

    /** Something fontbox reads its own way (or fails on). */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private record Name(String name) {}

    private record Operator(String op) {}

    private static final class Parser {

        private final byte[] in;
        private final byte[] hex = new byte[MAX_HEX];
        private int pos;

        Parser(byte[] in) {
            this.in = in;
        }

        private int read() {
            return pos < in.length ? in[pos++] & 0xFF : -1;
        }

        ToUnicodeMap parse() {
            ToUnicodeMap result = new ToUnicodeMap();
            Object previous = null;
            Object token = next();
            while (token != null) {
                if (token instanceof Operator op) {
                    switch (op.op) {
                        case "endcmap" -> {
                            return result;
                        }
                        case "usecmap", "begincidrange", "begincidchar" -> throw new NotPlain();
                        default -> {
                            if (previous instanceof Number count) {
                                switch (op.op) {
                                    case "begincodespacerange" -> codespaceRanges(count.intValue());
                                    case "beginbfchar" -> chars(count.intValue(), result);
                                    case "beginbfrange" -> ranges(count.intValue(), result);
                                    default -> {}
                                }
                            }
                        }
                    }
                } else if (token instanceof Name name) {
                    literalName(name);
                }
                previous = token;
                token = next();
            }
            return result;
        }

        private void literalName(Name name) {
            switch (name.name) {
                case "WMode", "CMapName", "CMapVersion", "CMapType", "Registry", "Ordering", "Supplement" -> next();
                default -> {}
            }
        }

        private void expect(Object token, String op) {
            if (!(token instanceof Operator o) || !o.op.equals(op)) {
                throw new NotPlain();
            }
        }

        private void codespaceRanges(int count) {
            for (int j = 0; j < count; j++) {
                Object token = next();
                if (token instanceof Operator) {
                    expect(token, "endcodespacerange");
                    break;
                }
                if (!(token instanceof byte[] start) || !(next() instanceof byte[] end)) {
                    throw new NotPlain();
                }
                if (start.length != end.length && !(start.length == 1 && start[0] == 0)) {
                    throw new NotPlain();
                }
            }
        }

        private void chars(int count, ToUnicodeMap result) {
            for (int j = 0; j < count; j++) {
                Object token = next();
                if (token instanceof Operator) {
                    expect(token, "endbfchar");
                    break;
                }
                if (!(token instanceof byte[] code) || !(next() instanceof byte[] value)) {
                    throw new NotPlain();
                }
                result.add(code, string(value));
            }
        }

        private void ranges(int count, ToUnicodeMap result) {
            for (int j = 0; j < count; j++) {
                Object token = next();
                if (token instanceof Operator) {
                    expect(token, "endbfrange");
                    break;
                }
                if (!(token instanceof byte[] startCode)) {
                    throw new NotPlain();
                }
                token = next();
                if (token instanceof Operator) {
                    expect(token, "endbfrange");
                    break;
                }
                if (!(token instanceof byte[] endCode)) {
                    throw new NotPlain();
                }
                int start = toInt(startCode);
                int end = toInt(endCode);
                if (end < start) {
                    break; // fontbox: likely a corrupt stream
                }
                token = next();
                if (token instanceof List<?>) {
                    throw new NotPlain();
                }
                if (token instanceof byte[] target && target.length > 0) {
                    if (target.length == 2 && start == 0 && end == 0xFFFF && target[0] == 0 && target[1] == 0) {
                        throw new NotPlain();
                    }
                    for (int i = 0; i < end - start + 1; i++) {
                        result.add(startCode, string(target));
                        increment(target, target.length - 1);
                        increment(startCode, startCode.length - 1);
                    }
                }
            }
        }

        private static int toInt(byte[] data) {
            int code = 0;
            for (byte b : data) {
                code = (code << 8) | (b & 0xFF);
            }
            return code;
        }

        /** fontbox's increment outside strict mode: the last byte carries into the one before. */
        private static void increment(byte[] data, int position) {
            if (position < 0) {
                return;
            }
            if (position > 0 && (data[position] & 0xFF) == 255) {
                data[position] = 0;
                increment(data, position - 1);
            } else {
                data[position] = (byte) (data[position] + 1);
            }
        }

        private static String string(byte[] bytes) {
            return new String(bytes, bytes.length == 1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE);
        }

        private Object next() {
            int b = read();
            while (b == 0x09 || b == 0x20 || b == 0x0D || b == 0x0A) {
                b = read();
            }
            switch (b) {
                case '%':
                    return line(b);
                case '(':
                    return string();
                case '>':
                    if (read() == '>') {
                        return END_OF_DICTIONARY;
                    }
                    throw new NotPlain();
                case ']':
                    return END_OF_ARRAY;
                case '[':
                    return array();
                case '<':
                    return dictionaryOrHex();
                case '/':
                    return literalName();
                case -1:
                    return null;
                default:
                    if (b >= '0' && b <= '9') {
                        return number(b);
                    }
                    return operator(b);
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            Object token = next();
            while (token != null && !END_OF_ARRAY.equals(token)) {
                list.add(token);
                token = next();
            }
            return list;
        }

        private String string() {
            StringBuilder s = new StringBuilder();
            int b = read();
            while (b != -1 && b != ')') {
                s.append((char) b);
                b = read();
            }
            return s.toString();
        }

        private String line(int first) {
            StringBuilder s = new StringBuilder().append((char) first);
            int b = read();
            while (b != -1 && b != 0x0D && b != 0x0A) {
                s.append((char) b);
                b = read();
            }
            return s.toString();
        }

        private Name literalName() {
            StringBuilder s = new StringBuilder();
            int b = read();
            while (!whitespaceOrEof(b) && !delimiter(b)) {
                s.append((char) b);
                b = read();
            }
            if (delimiter(b)) {
                pos--;
            }
            return new Name(s.toString());
        }

        private Operator operator(int first) {
            StringBuilder s = new StringBuilder().append((char) first);
            int b = read();
            while (!whitespaceOrEof(b) && !delimiter(b) && !Character.isDigit(b)) {
                s.append((char) b);
                b = read();
            }
            if (delimiter(b) || Character.isDigit(b)) {
                pos--;
            }
            return new Operator(s.toString());
        }

        private Number number(int first) {
            StringBuilder s = new StringBuilder().append((char) first);
            int b = read();
            while (!whitespaceOrEof(b) && (Character.isDigit((char) b) || b == '.')) {
                s.append((char) b);
                b = read();
            }
            if (b != -1) {
                pos--;
            }
            String value = s.toString();
            try {
                return value.indexOf('.') >= 0 ? Double.valueOf(value) : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new NotPlain();
            }
        }

        private Object dictionaryOrHex() {
            int b = read();
            if (b == '<') {
                Object key = next();
                while (key instanceof Name name && !END_OF_DICTIONARY.equals(name.name)) {
                    next();
                    key = next();
                }
                return java.util.Map.of(); // fontbox's dictionary: never looked at by the parse
            }
            byte[] buffer = hex;
            int multiplier = 16;
            int index = -1;
            while (b != -1 && b != '>') {
                if (whitespaceOrEof(b)) {
                    b = read();
                    continue;
                }
                int value;
                if (b >= '0' && b <= '9') {
                    value = b - '0';
                } else if (b >= 'A' && b <= 'F') {
                    value = 10 + b - 'A';
                } else if (b >= 'a' && b <= 'f') {
                    value = 10 + b - 'a';
                } else {
                    throw new NotPlain();
                }
                value *= multiplier;
                if (multiplier == 16) {
                    index++;
                    if (index >= buffer.length) {
                        throw new NotPlain();
                    }
                    buffer[index] = 0;
                    multiplier = 1;
                } else {
                    multiplier = 16;
                }
                buffer[index] += (byte) value;
                b = read();
            }
            return java.util.Arrays.copyOf(buffer, index + 1);
        }

        private static boolean whitespaceOrEof(int b) {
            return b == -1 || b == 0x20 || b == 0x0D || b == 0x0A;
        }

        private static boolean delimiter(int b) {
            return switch (b) {
                case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> true;
                default -> false;
            };
        }
    }
}
