package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.reportmodel.AnnualReport;
import org.junit.jupiter.api.Test;

class TextNormalizationTest {

    @Test
    void givenTraditionalCharactersWithPinyinGlosses_thenSimplifiedWithoutGlosses() {
        assertThat(TextNormalizer.normalize("收到和處理政府信息公開(kāi)申請情況")).isEqualTo("收到和处理政府信息公开申请情况");
        assertThat(TextNormalizer.normalize("本年報根據(jù)《條例》")).isEqualTo("本年报根据《条例》");
    }

    @Test
    void givenDebris_thenRemovedAndFullWidthFormsNormalised() {
        assertThat(TextNormalizer.normalize("<b>处</b> 理는")).isEqualTo("处 理");
        assertThat(TextNormalizer.normalize("（一）予以公开　１２")).isEqualTo("(一)予以公开 12");
        assertThat(TextNormalizer.normalize("显著 (http) 公开(区分处理的)")).isEqualTo("显著 (http) 公开(区分处理的)");
    }

    @Test
    void givenAReportConvertedToTraditionalWithGlosses_whenRead_thenTheSameTables() {
        AnnualReport r = SyntheticReport.consistent(2021, 8);
        String text = SyntheticReport.document(
                r,
                SyntheticReport.join(SyntheticReport.proactiveRows(r), "\t"),
                SyntheticReport.join(SyntheticReport.requestRows(r), "\t"),
                SyntheticReport.join(SyntheticReport.reviewRows(r), "\t"));
        AnnualReport a = new AnnualReportReader().readText(traditional(text), "t.txt");
        assertThat(r.requests().differences(a.requests())).isEmpty();
        assertThat(r.reviews().differences(a.reviews())).isEmpty();
        assertThat(r.proactive().differences(a.proactive())).isEmpty();
        assertThat(a.unit()).isEqualTo(SyntheticReport.UNIT);
    }

    /** Converts with the characters these reports use, glossing a few with pinyin as a converter site does. */
    static String traditional(String s) {
        String simp = "处开请况报条门规划资务执审诉议结计总发现这国确认书费收类权务过会县关单实业经";
        String trad = "處開請況報條門規劃資務執審訴議結計總發現這國確認書費收類權務過會縣關單實業經";
        List<String> glossed = new ArrayList<>(List.of("开", "(kāi)", "关", "(guān)", "务", "(wù)"));
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            int i = simp.indexOf(c);
            sb.append(i >= 0 ? trad.charAt(i) : c);
            for (int g = 0; g < glossed.size(); g += 2) {
                if (glossed.get(g).charAt(0) == c) {
                    sb.append(glossed.get(g + 1));
                }
            }
        }
        return sb.toString();
    }
}
