package org.gongkai.reportreading;

import java.math.BigDecimal;

/**
 * One piece of a table as read: label text, a number, or an empty cell.
 *
 * @param kind    what it is
 * @param text    the text (labels) or the digits as printed (numbers)
 * @param value   the number (signed, in 万元 when printed in 元), null unless NUM
 * @param digits  true when the number was printed as plain digits (no sign, decimals or unit): it may be a
 *                run of several cells printed without separators
 * @param line    index of the source line
 */
record Token(Kind kind, String text, BigDecimal value, boolean digits, int line) {

    enum Kind {
        TEXT,
        NUM,
        BLANK
    }

    static Token blank(int line) {
        return new Token(Kind.BLANK, "", null, false, line);
    }

    boolean isText() {
        return kind == Kind.TEXT;
    }

    boolean isNum() {
        return kind == Kind.NUM;
    }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }
}
