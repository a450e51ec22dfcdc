package org.gongkai.reportreading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans text as published reports come: full-width forms and odd spaces (NFKC), traditional characters
 * to simplified, pinyin glosses such as 公開(kāi), markup debris ({@code <b>}, {@code <u>}), stray Hangul
 * and kana from OCR.
 */
final class TextNormalizer {

    private static final char[] T2S = loadT2s();
    private static final Pattern TAGS = Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}(\\s[^<>]{0,80})?/?>");
    private static final Pattern PINYIN = Pattern.compile(
            "(?<=[\\u4e00-\\u9fff])\\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\\)");

    private TextNormalizer() {}

    /** Normalises one line or cell of text. */
    static String normalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        if (isClean(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean angle = false;
        boolean paren = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                angle |= c == '<';
                paren |= c == '(';
                sb.append(c);
            } else if (c >= 0x4e00 && c <= 0x9fff) {
                char m = T2S[c - 0x4e00];
                sb.append(m == 0 ? c : m);
            } else if (c >= 0xff01 && c <= 0xff5e) {
                // full-width ASCII forms
                char a = (char) (c - 0xfee0);
                angle |= a == '<';
                paren |= a == '(';
                sb.append(a);
            } else if ((c >= 0xac00 && c <= 0xd7af)
                    || (c >= 0x1100 && c <= 0x11ff)
                    || (c >= 0x3130 && c <= 0x318f)
                    || (c >= 0x3040 && c <= 0x30ff)) {
                // Hangul and kana: OCR debris in Chinese reports
                continue;
            } else if (c == '\u00a0' || c == '\u3000' || c == '\u2002' || c == '\u2003' || c == '\u2009') {
                sb.append(' ');
            } else if (c == '\u200b' || c == '\ufeff' || c == '\u200c' || c == '\u200d') {
                continue;
            } else if (c == '\u2212') {
                sb.append('-');
            } else if ((c < 0x2e80 || (c >= 0x3000 && c <= 0x303f)) && !(c >= 0x2460 && c <= 0x24ff)) {
                sb.append(c); // punctuation and symbols kept as printed: 、。《》“”—…〔〕
            } else {
                String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                for (int k = 0; k < n.length(); k++) {
                    char d = n.charAt(k);
                    sb.append(d >= 0x4e00 && d <= 0x9fff && T2S[d - 0x4e00] != 0 ? T2S[d - 0x4e00] : d);
                }
            }
        }
        String r = sb.toString();
        if (angle && mayHoldTag(r)) {
            r = TAGS.matcher(r).replaceAll("");
        }
        if (paren && mayHoldPinyin(r)) {
            r = PINYIN.matcher(r).replaceAll("");
        }
        return r;
    }

    /**
     * Nothing to change: ASCII without '<' or '(', simplified characters, and punctuation kept as printed (most
     * lines of a report). A line that is not clean goes through {@link #normalize} character by character.
     */
    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '<' || c == '(') {
                    return false;
                }
            } else if (c >= 0x4e00 && c <= 0x9fff) {
                if (T2S[c - 0x4e00] != 0) {
                    return false;
                }
            } else if (c == '\u00a0'
                    || c == '\u2002'
                    || c == '\u2003'
                    || c == '\u2009'
                    || c == '\u200b'
                    || c == '\u200c'
                    || c == '\u200d'
                    || c == '\u2212'
                    || c == '\u3000'
                    || (c >= 0x1100 && c <= 0x11ff)
                    || (c >= 0x2460 && c <= 0x24ff)
                    || !(c < 0x2e80 || (c > 0x3000 && c <= 0x303f))) {
                return false; // odd spaces, Hangul, circled numbers, kana, full-width forms, compatibility forms
            }
        }
        return true;
    }

    /** {@link #TAGS} needs a '<' before a letter or a '/'. */
    private static boolean mayHoldTag(String r) {
        for (int i = r.indexOf('<'); i >= 0 && i + 1 < r.length(); i = r.indexOf('<', i + 1)) {
            char c = r.charAt(i + 1);
            if (c == '/' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                return true;
            }
        }
        return false;
    }

    /** {@link #PINYIN} needs a '(' right after a Chinese character. */
    private static boolean mayHoldPinyin(String r) {
        for (int i = r.indexOf('('); i >= 0; i = r.indexOf('(', i + 1)) {
            if (i > 0 && r.charAt(i - 1) >= 0x4e00 && r.charAt(i - 1) <= 0x9fff) {
                return true;
            }
        }
        return false;
    }

    private static char[] loadT2s() {
        char[] map = new char[0x9fff - 0x4e00 + 1];
        try (InputStream in = TextNormalizer.class.getResourceAsStream("/reportreading/t2s.txt")) {
            if (in == null) {
                throw new IllegalStateException("t2s table missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (int i = 0; i + 1 < line.length(); i += 2) {
                    char a = line.charAt(i);
                    char b = line.charAt(i + 1);
                    if (a >= 0x4e00 && a <= 0x9fff) {
                        map[a - 0x4e00] = b;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
