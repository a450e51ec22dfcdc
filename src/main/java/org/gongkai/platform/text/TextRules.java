package org.gongkai.platform.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;

/**
 * What text typed by the public may contain, in one place. Invisible formatting characters (zero-width spaces
 * and joiners, bidirectional overrides and isolates, the byte-order mark, soft hyphens) are removed by
 * {@link #clean}; control characters, NUL and broken surrogates are refused; "required" and lengths are judged on
 * the cleaned text, in characters as the database counts them.
 */
public final class TextRules {

    private TextRules() {}

    /** The text without invisible formatting characters and without surrounding white space; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** Whether the text holds a character no field may hold (line breaks and tabs only when multi-line). */
    public static boolean hasForbidden(String s, boolean multiline) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            } else if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return true;
            }
        }
        return false;
    }

    /** Characters as PostgreSQL counts them (code points). */
    public static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    /** A field's rule: its path, the longest it may be, whether it is required and whether it may break lines. */
    public record Field(String path, int max, boolean mandatory, boolean multiline) {

        public static Field line(String path, int max) {
            return new Field(path, max, false, false);
        }

        public static Field text(String path, int max) {
            return new Field(path, max, false, true);
        }

        public Field required() {
            return new Field(path, max, true, multiline);
        }

        /** The problem with a raw value (before cleaning), if any. */
        public List<FieldProblem> check(String raw) {
            List<FieldProblem> p = new ArrayList<>(1);
            if (hasForbidden(raw, multiline)) {
                p.add(new FieldProblem(path, "error.text.control"));
                return p;
            }
            String value = clean(raw);
            if (mandatory && (value == null || value.isEmpty())) {
                p.add(new FieldProblem(path, "error.text.required"));
            } else if (length(value) > max) {
                p.add(new FieldProblem(path, "error.text.too-long", max));
            }
            return p;
        }
    }
}
