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
import org.gongkai.search.QueryPlan;
import org.gongkai.search.SearchQuery;

/**
 * Renders a {@link QueryPlan} as a Lucene query, without Lucene's query syntax: every part must match; a word
 * matches as a phrase of character pairs in the title (boosted) or the text, in any of its forms.
 */
final class QueryBuilder {

    Query build(SearchQuery q, QueryPlan plan) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        for (QueryPlan.Part part : plan.parts()) {
            root.add(part(part), Occur.MUST);
        }
        if (plan.matchesAll()) {
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
        return root.build();
    }

    private static Query part(QueryPlan.Part part) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<List<String>> word : part.words()) {
            List<Query> forms = new ArrayList<>();
            for (List<String> grams : word) {
                forms.add(new BoostQuery(phrase(Fields.TITLE_GRAMS, grams), QueryPlan.TITLE_BOOST));
                forms.add(phrase(Fields.BODY_GRAMS, grams));
            }
            all.add(new DisjunctionMaxQuery(forms, QueryPlan.TIE_BREAKER), Occur.MUST);
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(all.build(), Occur.SHOULD);
        if (!part.wholeGrams().isEmpty()) {
            either.add(
                    new BoostQuery(
                            phrase(Fields.TITLE_GRAMS, part.wholeGrams()),
                            QueryPlan.PHRASE_BOOST * QueryPlan.TITLE_BOOST),
                    Occur.SHOULD);
            either.add(
                    new BoostQuery(phrase(Fields.BODY_GRAMS, part.wholeGrams()), QueryPlan.PHRASE_BOOST), Occur.SHOULD);
        }
        either.add(
                new BoostQuery(new TermQuery(new Term(Fields.INDEX_NUMBER, part.text())), QueryPlan.INDEX_NUMBER_BOOST),
                Occur.SHOULD);
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
