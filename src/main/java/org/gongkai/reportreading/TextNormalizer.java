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

    private TextNormalizer() {
    }

    /** Normalises one line or cell of text. */
    static String normalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String t = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(t.length());
        boolean angle = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '<') {
                angle = true;
            }
            if (c >= 0x4e00 && c <= 0x9fff) {
                char m = T2S[c - 0x4e00];
                sb.append(m == 0 ? c : m);
            } else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)
                    || (c >= 0x3040 && c <= 0x30ff)) {
                // Hangul and kana: OCR debris in Chinese reports
                continue;
            } else if (c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff') {
                sb.append(c == '\u200b' || c == '\ufeff' ? "" : " ");
            } else if (c == '\u2212') {
                sb.append('-');
            } else {
                sb.append(c);
            }
        }
        String r = sb.toString();
        if (angle) {
            r = TAGS.matcher(r).replaceAll("");
        }
        if (r.indexOf('(') >= 0) {
            r = PINYIN.matcher(r).replaceAll("");
        }
        return r;
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
