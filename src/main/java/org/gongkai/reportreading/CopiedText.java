package org.gongkai.reportreading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;

/**
 * copied_text: a report whose running text repeats, sentence for sentence, long passages of another unit's
 * report or of another year's report. Sentences are compared with their digits masked (a copied report often
 * changes only the year and the counts); the national template's standard sentences, and any sentence that many
 * reports share, are common phrasing and do not count. Linear in the total text: one hash per sentence.
 */
public final class CopiedText {

    /** Shared passages of at least this many characters make a finding. */
    static final int MIN_SHARED_CHARS = 120;

    static final int MIN_SENTENCE = 20;

    private static final Pattern SPLIT = Pattern.compile("[。；;!！?？\\n]");
    private static final Pattern STANDARD =
            Pattern.compile("条例|本报告|统计期限|年度报告格式|网址|网站|电话|邮编|邮箱|地址|联系|查阅|如对|下载|附件|格式的通知|国办公开办函");

    private CopiedText() {}

    /** Adds copied_text findings to the reports (same order as {@code texts}); returns how many were added. */
    public static int check(List<AnnualReport> reports, List<String> texts) {
        int n = reports.size();
        Map<String, List<Integer>> where = new HashMap<>();
        List<Map<String, Integer>> sentences = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Integer> mine = new LinkedHashMap<>();
            String text = texts.get(i) == null ? "" : texts.get(i);
            for (String s : SPLIT.split(text)) {
                String key = key(s);
                if (key.length() >= MIN_SENTENCE
                        && !STANDARD.matcher(key).find()
                        && mine.putIfAbsent(key, s.length()) == null) {
                    where.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
                }
            }
            sentences.add(mine);
        }
        int common = Math.max(3, n / 20);
        int added = 0;
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> sharedChars = new LinkedHashMap<>();
            Map<Integer, String> firstQuote = new HashMap<>();
            for (Map.Entry<String, Integer> e : sentences.get(i).entrySet()) {
                List<Integer> others = where.get(e.getKey());
                if (others.size() < 2 || others.size() > common) {
                    continue;
                }
                for (int o : others) {
                    if (o != i && differentReport(reports.get(i), reports.get(o))) {
                        sharedChars.merge(o, e.getValue(), Integer::sum);
                        firstQuote.putIfAbsent(o, e.getKey());
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : sharedChars.entrySet()) {
                if (e.getValue() < MIN_SHARED_CHARS) {
                    continue;
                }
                AnnualReport me = reports.get(i);
                AnnualReport other = reports.get(e.getKey());
                String quote = firstQuote.get(e.getKey());
                me.findings()
                        .add(new Finding(
                                Finding.COPIED_TEXT,
                                "text",
                                "正文有" + e.getValue() + "字与" + describe(other) + "逐句相同，如「"
                                        + (quote.length() > 40 ? quote.substring(0, 40) + "…" : quote) + "」"));
                added++;
            }
        }
        return added;
    }

    /** Another unit, or the same unit's report of another year (not the same report read twice). */
    private static boolean differentReport(AnnualReport a, AnnualReport b) {
        boolean sameUnit = a.unit() != null && a.unit().equals(b.unit());
        boolean sameYear = a.year() != null && a.year().equals(b.year());
        return !(sameUnit && sameYear);
    }

    static String describe(AnnualReport r) {
        return (r.unit() == null ? "" : r.unit()) + (r.year() == null ? "" : r.year() + "年") + "报告（" + r.source() + "）";
    }

    /** The sentence without spaces, digits masked. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            sb.append(c >= '0' && c <= '9' ? '#' : c);
        }
        return sb.toString();
    }
}
