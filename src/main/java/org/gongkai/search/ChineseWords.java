package org.gongkai.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How every search engine reads Chinese: text is indexed as characters and overlapping character pairs (老, 老旧, 旧,
 * 旧小, 小区 …) — fast to index and independent of any dictionary — and searched word by word: the query is
 * segmented by HanLP (it segmented government phrases better than smartcn, e.g. 公租房, 低保, 义务教育 as words; see
 * docs/benchmarks.md) and each word must appear as a contiguous phrase of pairs. So 老旧小区改造 (老旧/小区/改造)
 * finds 老旧小区综合改造, which neither an exact-phrase nor a pure bigram AND would.
 */
public final class ChineseWords {

    private ChineseWords() {}

    /**
     * The words of a query part: segmented, with runs of single Chinese characters joined again (老/旧 → 老旧) so
     * that they must stay together.
     */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder singles = new StringBuilder();
        for (Term term : HanLP.segment(text)) {
            String t = term.word.strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty() || !t.codePoints().allMatch(Character::isLetterOrDigit)) {
                flush(singles, out);
                continue;
            }
            if (t.codePointCount(0, t.length()) == 1 && isHan(t.codePointAt(0))) {
                singles.append(t);
                continue;
            }
            flush(singles, out);
            addOnce(out, t);
        }
        flush(singles, out);
        return out;
    }

    /**
     * The terms a word is indexed as, in order: a run of Han characters as pairs (or the one character), any other
     * run of letters or digits as one lower-cased term.
     */
    public static List<String> grams(String word) {
        List<String> out = new ArrayList<>();
        int[] cps = word.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int j = i;
            boolean han = isHan(cps[i]);
            while (j < cps.length && isHan(cps[j]) == han && Character.isLetterOrDigit(cps[j])) {
                j++;
            }
            if (j == i) {
                i++;
                continue;
            }
            if (han && j - i > 1) {
                for (int k = i; k < j - 1; k++) {
                    out.add(new String(cps, k, 2));
                }
            } else {
                out.add(new String(cps, i, j - i).toLowerCase(Locale.ROOT));
            }
            i = j;
        }
        return out;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static void flush(StringBuilder singles, List<String> out) {
        if (!singles.isEmpty()) {
            addOnce(out, singles.toString());
            singles.setLength(0);
        }
    }

    private static void addOnce(List<String> out, String t) {
        if (!out.contains(t)) {
            out.add(t);
        }
    }
}
