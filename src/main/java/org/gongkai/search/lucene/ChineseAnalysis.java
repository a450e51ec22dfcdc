package org.gongkai.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Two views of Chinese text. Words ({@code *_w}): smartcn's segmentation (老旧/小区/综合/改造), precise and
 * tolerant of words inserted between (老旧小区改造 finds 老旧小区综合改造). Bigrams ({@code *_b}): overlapping
 * character pairs, which find a phrase however the segmenter cut it. A query matches when either view has all its
 * parts; see docs/benchmarks.md for the comparison with HanLP.
 */
final class ChineseAnalysis {

    static final String WORDS = "_w";
    static final String BIGRAMS = "_b";

    private final Analyzer words = new SmartChineseAnalyzer();
    private final Analyzer bigrams = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final Analyzer perField;

    ChineseAnalysis() {
        perField = new PerFieldAnalyzerWrapper(words, Map.of(
                "title" + BIGRAMS, bigrams, "body" + BIGRAMS, bigrams));
    }

    Analyzer indexAnalyzer() {
        return perField;
    }

    List<String> words(String text) {
        return terms(words, "body" + WORDS, text);
    }

    List<String> bigrams(String text) {
        return terms(bigrams, "body" + BIGRAMS, text);
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.isBlank() && !out.contains(t)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
