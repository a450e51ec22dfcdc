package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a visitor typed into search parts. Nothing is syntax: quotes only group words, and operators,
 * brackets and markup characters are treated as spaces, so no input can make the search fail. Very long input
 * is cut, and the visitor is told.
 *
 * @param parts  groups of words; each must match (AND), e.g. {@code 老旧小区改造} and {@code 2024}
 * @param notice a message code when the input was changed in a way the visitor should know, else null
 */
public record QueryText(List<String> parts, String notice) {

    public static final int MAX_CHARS = 200;
    public static final int MAX_PARTS = 12;
    public static final String NOTICE_TRUNCATED = "search.notice.truncated";
    public static final String NOTICE_TOO_MANY = "search.notice.too-many-words";

    /** Index numbers (索引号) stay whole, so that one typed or pasted finds its item. */
    private static final java.util.regex.Pattern INDEX_NUMBER =
            java.util.regex.Pattern.compile("\\d{3,40}/\\d{4}-\\d{1,9}");

    public static QueryText read(String raw) {
        String text = raw == null ? "" : raw;
        String notice = null;
        if (text.codePointCount(0, text.length()) > MAX_CHARS) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_CHARS));
            notice = NOTICE_TRUNCATED;
        }
        List<String> parts = new ArrayList<>();
        java.util.regex.Matcher number = INDEX_NUMBER.matcher(text);
        while (number.find()) {
            add(parts, number.group());
        }
        text = INDEX_NUMBER.matcher(text).replaceAll(" ");
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '"' || cp == '“' || cp == '”' || cp == '「' || cp == '」') {
                if (quoted) {
                    add(parts, phrase.toString());
                    phrase.setLength(0);
                } else {
                    add(parts, current.toString());
                    current.setLength(0);
                }
                quoted = !quoted;
                continue;
            }
            boolean wordChar = Character.isLetterOrDigit(cp);
            StringBuilder target = quoted ? phrase : current;
            if (wordChar) {
                target.appendCodePoint(Character.toLowerCase(cp));
            } else if (quoted) {
                target.append(' ');
            } else {
                add(parts, current.toString());
                current.setLength(0);
            }
        }
        add(parts, current.toString());
        add(parts, phrase.toString()); // an unbalanced quote: its words still count
        if (parts.size() > MAX_PARTS) {
            parts = new ArrayList<>(parts.subList(0, MAX_PARTS));
            notice = NOTICE_TOO_MANY;
        }
        return new QueryText(List.copyOf(parts), notice);
    }

    private static void add(List<String> parts, String part) {
        String p = part.strip().replaceAll("\\s+", " ");
        if (!p.isEmpty() && !parts.contains(p)) {
            parts.add(p);
        }
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
