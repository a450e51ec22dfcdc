package org.gongkai.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.gongkai.search.Abbreviations;
import org.gongkai.search.QueryText;
import org.gongkai.search.SearchQuery;

/**
 * Turns what a visitor typed into a Lucene query, without Lucene's query syntax. Every part must match; a part
 * matches when each of its words appears (as a contiguous phrase of characters) in the title or the text, with a
 * bonus for the whole part as one phrase and for matches in the title. An index number matches its item.
 */
final class QueryBuilder {

    private static final float TITLE_BOOST = 3f;
    private static final float PHRASE_BOOST = 2f;

    private final ChineseAnalysis analysis;

    QueryBuilder(ChineseAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The query and the strings to mark in excerpts. */
    record Built(Query query, List<String> needles) {}

    Built build(SearchQuery q, QueryText text) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        List<String> needles = new ArrayList<>();
        boolean anyPart = false;
        for (String part : text.parts()) {
            Query partQuery = part(part, needles);
            if (partQuery != null) {
                root.add(partQuery, Occur.MUST);
                anyPart = true;
            }
        }
        if (!anyPart) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filter(root, Fields.UNIT, q.unitCode());
        filter(
                root,
                Fields.ITEM,
                q.article20Item() == null ? null : q.article20Item().toString());
        filter(root, Fields.YEAR, q.year() == null ? null : q.year().toString());
        filter(root, Fields.TYPE, q.docType());
        filter(root, Fields.VALIDITY, q.validity());
        return new Built(root.build(), needles);
    }

    private Query part(String part, List<String> needles) {
        String compact = part.replace(" ", "");
        List<String> words = analysis.words(part);
        if (words.isEmpty()) {
            return null;
        }
        needles.add(compact);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            List<String> grams = ChineseAnalysis.grams(w);
            if (grams.isEmpty()) {
                continue;
            }
            if (w.length() >= 2) {
                needles.add(w);
            }
            List<Query> forms = new ArrayList<>(List.of(
                    new BoostQuery(phrase(Fields.TITLE_GRAMS, grams), TITLE_BOOST), phrase(Fields.BODY_GRAMS, grams)));
            for (String full : Abbreviations.fullForms(w)) {
                List<String> fullGrams = ChineseAnalysis.grams(full);
                forms.add(new BoostQuery(phrase(Fields.TITLE_GRAMS, fullGrams), TITLE_BOOST));
                forms.add(phrase(Fields.BODY_GRAMS, fullGrams));
                needles.add(full);
            }
            all.add(new DisjunctionMaxQuery(forms, 0.1f), Occur.MUST);
        }
        BooleanQuery allWords = all.build();
        if (allWords.clauses().isEmpty()) {
            return null;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(allWords, Occur.SHOULD);
        List<String> whole = ChineseAnalysis.grams(compact);
        if (whole.size() > 1 && words.size() > 1) {
            either.add(new BoostQuery(phrase(Fields.TITLE_GRAMS, whole), PHRASE_BOOST * TITLE_BOOST), Occur.SHOULD);
            either.add(new BoostQuery(phrase(Fields.BODY_GRAMS, whole), PHRASE_BOOST), Occur.SHOULD);
        }
        either.add(new BoostQuery(new TermQuery(new Term(Fields.INDEX_NUMBER, part)), 10f), Occur.SHOULD);
        either.setMinimumNumberShouldMatch(1);
        return either.build();
    }

    private static Query phrase(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            p.add(new Term(field, terms.get(i)), i);
        }
        return p.build();
    }

    private static void filter(BooleanQuery.Builder root, String field, String value) {
        if (value != null) {
            root.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
