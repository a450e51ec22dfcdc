package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.List;

/** Finds the section headings that open the three tables (二, 三, 四) and the sections after them. */
final class Sections {

    enum Kind {
        PROACTIVE,
        REQUESTS,
        REVIEWS,
        AFTER
    }

    record Heading(Kind kind, int line) {}

    private Sections() {}

    static List<Heading> headings(List<String> lines) {
        List<Heading> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (raw.indexOf('况') < 0 && raw.indexOf('项') < 0 && raw.indexOf('题') < 0) {
                Kind k = blurred(raw);
                if (k != null) {
                    out.add(new Heading(k, i));
                }
                continue;
            }
            String s = squeeze(raw);
            if (s.isEmpty() || s.length() > 400) {
                continue;
            }
            Kind k = kind(s);
            if (k == null) {
                k = blurred(raw);
            }
            if (k != null) {
                out.add(new Heading(k, i));
            }
        }
        return out;
    }

    static Kind kind(String s) {
        if (isHeading(s, "主动公开政府信息情况") || isHeading(s, "主动公开政府信息的情况")) {
            return Kind.PROACTIVE;
        }
        if (isHeading(s, "收到和处理政府信息公开申请情况") || isHeading(s, "收到和处理政府信息公开申请的情况")) {
            return Kind.REQUESTS;
        }
        int r = s.indexOf("行政复议");
        if (r >= 0 && s.indexOf("行政诉讼", r) > 0) {
            int end = s.indexOf("情况", r);
            if (end > 0) {
                String phrase = s.substring(
                        Math.max(0, s.lastIndexOf("政府信息公开", r) < 0 ? r : s.lastIndexOf("政府信息公开", r)), end + 2);
                if (phrase.length() <= 40 && isHeading(s, phrase)) {
                    return Kind.REVIEWS;
                }
            }
        }
        if (isHeading(s, "存在的主要问题及改进情况")
                || isHeading(s, "存在的主要问题和改进情况")
                || isHeading(s, "其他需要报告的事项")
                || PROBLEMS.matcher(s).matches()) {
            return Kind.AFTER;
        }
        return null;
    }

    private static final String[] TABLE_HEADINGS = {"主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议行政诉讼情况"};

    /**
     * A table's section heading as recognition may leave it (characters misread or lost, "三、收到和处理政府1主开"):
     * a short line numbered 二, 三 or 四 that keeps at least half of its heading's characters in order; or, its
     * number misread (一 for 二, a stroke lost) or lost, a line that keeps four in five of a heading's characters in
     * order and little else ("一、主公开政府信息情况").
     */
    static Kind blurred(String raw) {
        if (raw.length() < 6 || headingCharacters(raw) < 5) {
            return null; // no heading keeps fewer than half of its (ten or more) characters
        }
        String s = squeeze(raw);
        int start = 0;
        while (start < s.length() && start < 3 && !Character.isLetterOrDigit(s.charAt(start))) {
            start++; // a speck before the heading read as a mark ("-一、主动公开…")
        }
        s = s.substring(start);
        if (s.length() < 6 || s.length() > 2 * 16 + 2) {
            return null;
        }
        boolean numbered = s.charAt(1) == '、' || s.charAt(1) == '.' || s.charAt(1) == '．';
        int n = numbered ? "二三四".indexOf(s.charAt(0)) : -1;
        String body = numbered ? s.substring(2) : s;
        // a bold heading may come back with fragments of its glyphs read as characters of their own, in among its
        // own ("三、收到和处理政府1二主百熏心\人公开申]>朋去|慷月/、\"): up to twice the heading's length
        if (n >= 0
                && body.length() <= 2 * TABLE_HEADINGS[n].length()
                && KeptCharacters.commonInOrder(body, TABLE_HEADINGS[n]) * 2 >= TABLE_HEADINGS[n].length()) {
            return Kind.values()[n];
        }
        if (!numbered) {
            Kind k = afterSplitNumber(s);
            if (k != null) {
                return k;
            }
        }
        if (s.length() > 24) {
            return null;
        }
        if (numbered && "一二三四".indexOf(s.charAt(0)) < 0) {
            return null; // another section's number
        }
        for (int k = 0; k < TABLE_HEADINGS.length; k++) {
            String phrase = TABLE_HEADINGS[k];
            if (body.length() <= phrase.length() + 2
                    && KeptCharacters.commonInOrder(body, phrase) * 5 >= phrase.length() * 4) {
                return Kind.values()[k];
            }
        }
        return null;
    }

    /**
     * A bold heading's number read as strokes of its own ("一一、" or "-一一、" for 二、, "一二、" for 三、): up to four
     * characters of strokes and marks before its 、, then at least four fifths of a table heading's characters in order,
     * the text no longer than one and a half times the heading.
     */
    static Kind afterSplitNumber(String s) {
        int dot = -1;
        for (int i = 1; i < Math.min(s.length(), 5); i++) {
            if ("、.．".indexOf(s.charAt(i)) >= 0) {
                dot = i;
                break;
            }
        }
        if (dot < 2) {
            return null;
        }
        for (int i = 0; i < dot; i++) {
            if ("一二三四-—_|·'\"".indexOf(s.charAt(i)) < 0) {
                return null;
            }
        }
        String body = s.substring(dot + 1);
        for (int k = 0; k < TABLE_HEADINGS.length; k++) {
            String phrase = TABLE_HEADINGS[k];
            if (2 * body.length() <= 3 * phrase.length()
                    && KeptCharacters.commonInOrder(body, phrase) * 5 >= phrase.length() * 4) {
                return Kind.values()[k];
            }
        }
        return null;
    }

    private static final String HEADING_CHARACTERS = String.join("", TABLE_HEADINGS);

    /** How many characters of {@code raw} occur in a table's heading (a bound on what any heading keeps of it). */
    private static int headingCharacters(String raw) {
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 0x4e00 && HEADING_CHARACTERS.indexOf(c) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The phrase stands as a heading: the line is short, or a numbered phrase opens or closes the line. */
    private static boolean isHeading(String s, String phrase) {
        int i = s.indexOf(phrase);
        if (i < 0) {
            return false;
        }
        int end = i + phrase.length();
        if (s.length() <= phrase.length() + 12) {
            return true;
        }
        String before = s.substring(Math.max(0, i - 3), i);
        boolean numbered = i == 0 || NUMBERED.matcher(before).find();
        if (i == 0 && end < s.length() && "、，,；;".indexOf(s.charAt(end)) >= 0) {
            return false; // unnumbered and listed with more: a sentence of the introduction wrapped there
        }
        return numbered && (end >= s.length() - 1 || i <= 4);
    }

    /** "五、存在的主要问题及明年工作计划" and the like: section 5 under another name. */
    private static final java.util.regex.Pattern PROBLEMS =
            java.util.regex.Pattern.compile("([一二三四五六七八九十]+[、.．])?存在的?(?:主要)?问题[及和与][^。，,；;:：]{0,16}");

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("[一二三四五六七八九十0-9][、.．)]$");

    /** The line without markup marks and whitespace. */
    static String squeeze(String line) {
        int first = 0;
        while (first < line.length() && !dropped(line.charAt(first))) {
            first++;
        }
        if (first == line.length()) {
            return line; // nothing to drop (most lines)
        }
        StringBuilder sb = new StringBuilder(line.length());
        sb.append(line, 0, first);
        for (int i = first + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!dropped(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean dropped(char c) {
        if (c >= 0x4e00 && c <= 0x9fff) {
            return false; // a Chinese character is never whitespace
        }
        return c == '#' || c == '*' || c == '>' || c == '|' || c == '_' || Character.isWhitespace(c);
    }
}
