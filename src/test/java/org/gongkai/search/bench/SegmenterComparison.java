package org.gongkai.search.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Measures how smartcn and HanLP (portable 1.8.6, standard segmenter) cut Chinese government phrases, and how
 * often a query phrase's words are all found in the text it should find. Run:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.gongkai.search.bench.SegmenterComparison}
 */
public final class SegmenterComparison {

    /** A visitor's phrase and a title it should find (the title says it differently). */
    private static final String[][] CASES = {
        {"老旧小区改造", "示例县老旧小区综合改造实施办法"},
        {"危房改造补助", "农村危房改造资金补助标准"},
        {"低保标准", "城乡居民最低生活保障标准调整的通知"},
        {"义务教育招生", "义务教育阶段学校招生入学工作方案"},
        {"技能提升补贴", "企业职工技能提升补贴申领办法"},
        {"防汛防台预案", "防汛防台风应急预案"},
        {"食品抽检", "食品安全监督抽检结果公告"},
        {"公租房分配", "公共租赁住房分配结果公示"},
        {"医保缴费", "城乡居民基本医疗保险参保缴费的通知"},
        {"土地征收补偿", "农村集体土地征收补偿安置方案"},
        {"垃圾分类", "生活垃圾分类管理办法"},
        {"行政处罚决定", "行政处罚决定书"},
        {"政府信息公开年报", "政府信息公开工作年度报告"},
        {"规范性文件清理", "关于公布规范性文件清理结果的通知"},
        {"惠企政策", "关于进一步落实惠企政策的若干意见"},
        {"营商环境", "优化营商环境实施方案"}
    };

    private SegmenterComparison() {}

    public static void main(String[] args) throws IOException {
        Analyzer smartcn = new SmartChineseAnalyzer();
        int smartFound = 0;
        int hanFound = 0;
        System.out.println("| query | smartcn | HanLP | title | smartcn finds | HanLP finds |");
        System.out.println("|---|---|---|---|---|---|");
        for (String[] c : CASES) {
            List<String> s = joinSingles(smartcn(smartcn, c[0]));
            List<String> h = joinSingles(hanlp(c[0]));
            boolean sf = s.stream().allMatch(w -> found(w, c[1]));
            boolean hf = h.stream().allMatch(w -> found(w, c[1]));
            smartFound += sf ? 1 : 0;
            hanFound += hf ? 1 : 0;
            System.out.printf(
                    "| %s | %s | %s | %s | %s | %s |%n",
                    c[0], String.join("/", s), String.join("/", h), c[1], sf ? "yes" : "no", hf ? "yes" : "no");
        }
        System.out.printf("found: smartcn %d/%d, HanLP %d/%d%n", smartFound, CASES.length, hanFound, CASES.length);
        String text = "为加快推进老旧小区综合改造工作，提升群众获得感和满意度，根据有关法律法规和上级文件精神，结合本县实际制定本办法。".repeat(2000);
        for (int round = 0; round < 2; round++) {
            long t = System.nanoTime();
            int n = smartcn(smartcn, text).size();
            double smartMs = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            int m = HanLP.segment(text).size();
            double hanMs = (System.nanoTime() - t) / 1e6;
            System.out.printf(
                    "speed on %d chars: smartcn %.0f ms (%d distinct terms), HanLP %.0f ms (%d terms)%n",
                    text.length(), smartMs, n, hanMs, m);
        }
    }

    /** As the search uses them: runs of single characters joined, each word or one of its full forms present. */
    private static boolean found(String word, String title) {
        return title.contains(word)
                || org.gongkai.search.Abbreviations.fullForms(word).stream().anyMatch(title::contains);
    }

    private static List<String> joinSingles(List<String> words) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String w : words) {
            if (w.codePointCount(0, w.length()) == 1) {
                run.append(w);
                continue;
            }
            if (!run.isEmpty()) {
                out.add(run.toString());
                run.setLength(0);
            }
            out.add(w);
        }
        if (!run.isEmpty()) {
            out.add(run.toString());
        }
        return out;
    }

    private static List<String> smartcn(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!out.contains(t.toString())) {
                    out.add(t.toString());
                }
            }
            ts.end();
        }
        return out;
    }

    private static List<String> hanlp(String text) {
        List<String> out = new ArrayList<>();
        for (Term t : HanLP.segment(text)) {
            if (!t.word.isBlank() && !out.contains(t.word)) {
                out.add(t.word);
            }
        }
        return out;
    }
}
