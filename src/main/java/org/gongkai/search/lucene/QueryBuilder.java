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
import org.gongkai.search.QueryText;
import org.gongkai.search.SearchQuery;

/**
 * Turns what a visitor typed into a Lucene query, without Lucene's query syntax. Every part must match; a part
 * matches when all its words match (smartcn) or all its bigrams match, with a bonus for the exact phrase and for
 * matches in the title.
 */
final class QueryBuilder {

    private static final float TITLE_BOOST = 3f;
    private static final float PHRASE_BOOST = 2f;

    private final ChineseAnalysis analysis;

    QueryBuilder(ChineseAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The query and the strings to mark in excerpts. */
    record Built(Query query, List<String> needles) {
    }

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
        filter(root, Fields.ITEM, q.article20Item() == null ? null : q.article20Item().toString());
        filter(root, Fields.YEAR, q.year() == null ? null : q.year().toString());
        filter(root, Fields.TYPE, q.docType());
        filter(root, Fields.VALIDITY, q.validity());
        return new Built(root.build(), needles);
    }

    private Query part(String part, List<String> needles) {
        List<String> words = analysis.words(part);
        List<String> bigrams = analysis.bigrams(part);
        if (words.isEmpty() && bigrams.isEmpty()) {
            return null;
        }
        needles.add(part.replace(" ", ""));
        for (String w : words) {
            if (w.length() >= 2) {
                needles.add(w);
            }
        }
        needles.addAll(bigrams);
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (!words.isEmpty()) {
            either.add(allOf(words, "title" + ChineseAnalysis.WORDS, "body" + ChineseAnalysis.WORDS), Occur.SHOULD);
        }
        if (!bigrams.isEmpty()) {
            either.add(allOf(bigrams, "title" + ChineseAnalysis.BIGRAMS, "body" + ChineseAnalysis.BIGRAMS),
                    Occur.SHOULD);
            if (bigrams.size() > 1) {
                either.add(new BoostQuery(phrase("title" + ChineseAnalysis.BIGRAMS, bigrams), PHRASE_BOOST * 2),
                        Occur.SHOULD);
                either.add(new BoostQuery(phrase("body" + ChineseAnalysis.BIGRAMS, bigrams), PHRASE_BOOST),
                        Occur.SHOULD);
            }
        }
        either.add(new BoostQuery(new TermQuery(new Term(Fields.INDEX_NUMBER, part)), 10f), Occur.SHOULD);
        either.setMinimumNumberShouldMatch(1);
        return either.build();
    }

    private static Query allOf(List<String> terms, String titleField, String bodyField) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String t : terms) {
            all.add(new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term(titleField, t)), TITLE_BOOST),
                    new TermQuery(new Term(bodyField, t))), 0.1f), Occur.MUST);
        }
        return all.build();
    }

    private static Query phrase(String field, List<String> terms) {
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
