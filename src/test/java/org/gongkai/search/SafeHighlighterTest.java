package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeHighlighterTest {

    @Test
    void marksEveryMatchAfterEscapingTheText() {
        String out = SafeHighlighter.excerpt("推进老旧小区综合改造，<b>改造</b>范围", List.of("老旧小区", "改造"), 0);
        assertThat(out).isEqualTo("推进<mark>老旧小区</mark>综合<mark>改造</mark>，&lt;b&gt;<mark>改造</mark>&lt;/b&gt;范围");
    }

    @Test
    void aNeedleThatLooksLikeMarkupCannotInjectIt() {
        String out = SafeHighlighter.excerpt("标题 <script>alert(1)</script>", List.of("<script>", "alert"), 0);
        assertThat(out).doesNotContain("<script>").contains("<mark>&lt;script&gt;alert</mark>");
    }

    @Test
    void overlappingMatchesBecomeOneMark() {
        assertThat(SafeHighlighter.excerpt("老旧小区", List.of("老旧小", "旧小区"), 0)).isEqualTo("<mark>老旧小区</mark>");
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatch() {
        String text = "甲".repeat(500) + "老旧小区" + "乙".repeat(500);
        String out = SafeHighlighter.excerpt(text, List.of("老旧小区"), 100);
        assertThat(out).startsWith("…").endsWith("…").contains("<mark>老旧小区</mark>");
        assertThat(out.replace("<mark>", "").replace("</mark>", "")).hasSize(102);
    }

    @Test
    void withoutMatchesTheStartIsShown() {
        assertThat(SafeHighlighter.excerpt("一二三四五六", List.of("七"), 3)).isEqualTo("一二三…");
    }
}
