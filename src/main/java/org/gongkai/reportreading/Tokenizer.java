package org.gongkai.reportreading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns cells into tokens. A cell may hold label text, one number, several numbers separated by spaces or
 * run together, a signed change (增 338, 减 313, +49, -24), a number with a unit (258590 万元, 12 件) or with a
 * note ("1 (撤回)"). Item numbering such as "1." or "3、" before a label stays text.
 */
final class Tokenizer {

    private static final Pattern NUMBER = Pattern.compile(
            "(增加|减少|增|减|[+-])?\\s*(\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+)(\\.\\d+)?(\\s*(?:万元|元|件|个|项|条|家|次|宗|人次|人))?");
    private static final java.util.Set<String> EMPTY_MARKS =
            java.util.Set.of("无", "/", "-", "—", "——", "--", "×", "空", "－", "\\");
    private static final Pattern NOTE = Pattern.compile("\\s*\\([^()]{0,40}\\)+");

    private Tokenizer() {}

    /** All tokens of the lines {@code from} (inclusive) to {@code to} (exclusive). */
    static List<Token> tokens(SourceDocument doc, int from, int to) {
        List<Token> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            for (String cell : doc.lines().get(i)) {
                cell(cell, i, out);
            }
        }
        return out;
    }

    static void cell(String cell, int line, List<Token> out) {
        if (cell.isEmpty() || EMPTY_MARKS.contains(cell)) {
            out.add(Token.blank(line)); // "无", "/", "—": printed for an empty cell
            return;
        }
        int before = out.size();
        Matcher m = NUMBER.matcher(cell);
        int pos = 0;
        int from = hasDigit(cell) ? 0 : cell.length(); // a label: no number to look for
        while (from < cell.length() && m.find(from)) {
            int start = m.start();
            int end = m.end();
            from = end;
            String digits = m.group(2);
            // item numbering: "1." / "3、" followed by a label
            if (end < cell.length()
                    && m.group(3) == null
                    && m.group(4) == null
                    && (cell.charAt(end) == '.' || cell.charAt(end) == '、')
                    && (end + 1 >= cell.length() || !Character.isDigit(cell.charAt(end + 1)))) {
                if (digits.length() > 1 && m.group(1) == null && digits.indexOf(',') < 0) {
                    // digits glued to the next item's number: "00001.属于…" → "0000" and "1."
                    text(cell.substring(pos, start), line, out);
                    out.add(number(null, digits.substring(0, digits.length() - 1), null, null, line));
                    pos = end - 1;
                }
                continue;
            }
            // a year, month, day or percentage is text
            if (end < cell.length() && m.group(4) == null && "年月日号%‰".indexOf(cell.charAt(end)) >= 0) {
                continue;
            }
            // a number inside a word like "APEC2" or "V7", or an item reference "第20条", "(1)项", is text
            if (start > 0
                    && m.group(1) == null
                    && (isLatin(cell.charAt(start - 1))
                            || cell.charAt(start - 1) == '第'
                            || cell.charAt(start - 1) == '('
                                    && end < cell.length()
                                    && cell.charAt(end) == ')'
                                    && end + 1 < cell.length()
                                    && "项条款".indexOf(cell.charAt(end + 1)) >= 0)) {
                continue;
            }
            text(cell.substring(pos, start), line, out);
            out.add(number(m.group(1), digits, m.group(3), m.group(4), line));
            pos = end;
            if (cell.indexOf('(', pos) >= 0) {
                Matcher note = NOTE.matcher(cell).region(pos, cell.length());
                if (note.lookingAt()) {
                    pos = note.end();
                }
            }
            from = pos;
        }
        text(cell.substring(pos), line, out);
        if (out.size() == before && !isRule(cell)) {
            out.add(Token.blank(line));
        }
    }

    /** A rule drawn with characters ("-----", "====="): layout, not a cell. */
    private static boolean isRule(String cell) {
        String t = cell.strip();
        if (t.length() < 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if ("-=_~—–+:|·.*".indexOf(t.charAt(i)) < 0 && !Character.isWhitespace(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static void text(String s, int line, List<Token> out) {
        String t = s.strip();
        if (t.isEmpty()) {
            return;
        }
        boolean meaningful = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                meaningful = true;
                break;
            }
        }
        if (!meaningful) {
            return; // separators, stray brackets and punctuation: not a label, not a value
        }
        out.add(new Token(Token.Kind.TEXT, t, null, false, line));
    }

    static Token number(String sign, String digits, String decimals, String unit, int line) {
        BigDecimal v = new BigDecimal(digits.replace(",", "") + (decimals == null ? "" : decimals));
        if (sign != null && (sign.startsWith("减") || sign.equals("-"))) {
            v = v.negate();
        }
        String u = unit == null ? "" : unit.strip();
        if (u.equals("元")) {
            v = v.divide(BigDecimal.valueOf(10000), 6, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        boolean plain = sign == null && decimals == null && unit == null && digits.indexOf(',') < 0;
        return new Token(Token.Kind.NUM, digits, v, plain, line);
    }
}
