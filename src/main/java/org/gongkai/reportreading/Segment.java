package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.List;

/**
 * A label (all text since the previous values, whitespace removed) and the value cells that follow it. Tables
 * flattened in any way still read as label, values, label, values…
 */
record Segment(String label, List<Token> values) {

    int numbers() {
        int n = 0;
        for (Token t : values) {
            n += t.isNum() ? 1 : 0;
        }
        return n;
    }

    /** Cuts a token stream into segments; blanks before the first label are dropped. */
    static List<Segment> of(List<Token> tokens) {
        List<Segment> out = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        List<Token> values = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isText()) {
                if (!values.isEmpty() && isNoteFragment(t.text())) {
                    continue; // "(撤" … "回)": a note on the cell before, broken across lines
                }
                if (!values.isEmpty()) {
                    out.add(new Segment(label.toString(), values));
                    label = new StringBuilder();
                    values = new ArrayList<>();
                }
                appendNoSpace(label, t.text());
            } else if (label.length() > 0 || !out.isEmpty()) {
                values.add(t);
            }
        }
        if (!values.isEmpty()) {
            out.add(new Segment(label.toString(), values));
        }
        return out;
    }

    private static final java.util.regex.Pattern ITEM_NUMBER =
            java.util.regex.Pattern.compile("\\([一二三四五六七八九十]{1,3}\\).*");

    static boolean isNoteFragment(String t) {
        if (t.startsWith("(") && ITEM_NUMBER.matcher(t).matches()) {
            return false; // an item number such as (六)
        }
        boolean open = t.startsWith("(");
        boolean close = t.endsWith(")");
        boolean hasOpen = t.indexOf('(') >= 0;
        boolean hasClose = t.indexOf(')') >= 0;
        return open && !hasClose || close && !hasOpen || open && close && t.indexOf(')') == t.length() - 1;
    }

    static void appendNoSpace(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
    }
}
