package org.gongkai.search.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese text indexed as characters and overlapping character pairs (see {@link org.gongkai.search.ChineseWords}):
 * standard tokenizer, width folding, lower case, CJK bigrams with the single characters kept. The OpenSearch
 * mapping declares the same chain with its built-in filters.
 */
final class ChineseAnalysis {

    private final Analyzer grams = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new CJKWidthFilter(source);
            s = new LowerCaseFilter(s);
            s = new CJKBigramFilter(
                    s,
                    CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
                    true);
            return new TokenStreamComponents(source, s);
        }
    };

    Analyzer indexAnalyzer() {
        return grams;
    }
}
