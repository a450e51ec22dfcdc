package org.gongkai.requests;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two requested contents are: the Jaccard index of their character bigrams, after dropping spaces and
 * punctuation (Chinese has no spaces between words, so character pairs stand for words without a dictionary).
 */
public final class TextSimilarity {

    private TextSimilarity() {}

    /** 0 (nothing in common) to 1 (the same text once spaces and punctuation are dropped). */
    public static double of(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        Set<String> all = new HashSet<>(x);
        all.addAll(y);
        return (double) common.size() / all.size();
    }

    static Set<String> bigrams(String text) {
        StringBuilder kept = new StringBuilder();
        if (text != null) {
            text.codePoints()
                    .filter(Character::isLetterOrDigit)
                    .map(Character::toLowerCase)
                    .forEach(kept::appendCodePoint);
        }
        Set<String> out = new HashSet<>();
        int[] cps = kept.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        if (cps.length == 1) {
            out.add(new String(cps, 0, 1));
        }
        return out;
    }
}
