package org.gongkai.reportreading;

/** Character classes of PDF content-stream syntax (ISO 32000-1, 7.2), shared by the content readers. */
final class PdfSyntax {

    private PdfSyntax() {}

    static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(int c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static boolean isOperatorChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '*' || c == '\'' || c == '"';
    }

    static boolean isEndOfName(int c) {
        return isSpace(c)
                || c == '>'
                || c == '<'
                || c == '['
                || c == '/'
                || c == ']'
                || c == ')'
                || c == '('
                || c == '%';
    }
}
