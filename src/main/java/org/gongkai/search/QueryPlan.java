package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a query means, the same for every engine: every part must match; a part matches when each of its words
 * appears (as a contiguous phrase of character pairs, see {@link ChineseWords}) in the title or the text — an
 * abbreviation also through its full forms — with a bonus for the whole part as one phrase and for matches in the
 * title; an index number typed as a part matches its item. Each engine renders the plan in its own query language.
 *
 * @param needles the strings excerpts mark
 */
public record QueryPlan(List<Part> parts, List<String> needles) {

    public static final float TITLE_BOOST = 3f;
    public static final float PHRASE_BOOST = 2f;
    public static final float INDEX_NUMBER_BOOST = 10f;
    /** Of a word's forms (itself, its full forms; in the title or the text) the best counts, the others a little. */
    public static final float TIE_BREAKER = 0.1f;

    /**
     * @param text       the part as typed (an index number is matched against it)
     * @param words      each word as its alternative forms, every form a list of terms to match as a phrase
     * @param forms      the same forms as written (the word, then its full forms), for engines that match strings
     * @param wholeGrams the whole part as one phrase for the bonus, empty when the part is one word
     */
    public record Part(
            String text, List<List<List<String>>> words, List<List<String>> forms, List<String> wholeGrams) {}

    public static QueryPlan of(QueryText text) {
        List<Part> parts = new ArrayList<>();
        List<String> needles = new ArrayList<>();
        for (String part : text.parts()) {
            String compact = part.replace(" ", "");
            List<String> words = ChineseWords.words(part);
            if (words.isEmpty()) {
                continue;
            }
            needles.add(compact);
            List<List<List<String>>> planned = new ArrayList<>();
            List<List<String>> written = new ArrayList<>();
            for (String w : words) {
                List<String> grams = ChineseWords.grams(w);
                if (grams.isEmpty()) {
                    continue;
                }
                if (w.length() >= 2) {
                    needles.add(w);
                }
                List<List<String>> forms = new ArrayList<>();
                List<String> strings = new ArrayList<>();
                forms.add(grams);
                strings.add(w);
                for (String full : Abbreviations.fullForms(w)) {
                    forms.add(ChineseWords.grams(full));
                    strings.add(full);
                    needles.add(full);
                }
                planned.add(List.copyOf(forms));
                written.add(List.copyOf(strings));
            }
            if (planned.isEmpty()) {
                continue;
            }
            List<String> whole = ChineseWords.grams(compact);
            parts.add(new Part(
                    part,
                    List.copyOf(planned),
                    List.copyOf(written),
                    whole.size() > 1 && words.size() > 1 ? whole : List.of()));
        }
        return new QueryPlan(List.copyOf(parts), List.copyOf(needles));
    }

    public boolean matchesAll() {
        return parts.isEmpty();
    }
}
