package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Nested
    class ReadingWhatAVisitorTyped {

        @Test
        void wordsSeparatedBySpacesArePartsThatMustAllMatch() {
            assertThat(QueryText.read("老旧小区改造  补助").parts()).containsExactly("老旧小区改造", "补助");
        }

        @Test
        void quotesGroupWordsAndAnUnbalancedQuoteIsNotAnError() {
            assertThat(QueryText.read("\"老旧 小区\" 改造").parts()).containsExactly("老旧 小区", "改造");
            assertThat(QueryText.read("\"老旧小区").parts()).containsExactly("老旧小区");
        }

        @Test
        void operatorsAndMarkupAreSpaces() {
            QueryText q = QueryText.read("<script>alert(1)</script> AND (老旧* OR ~改造^2) -:\\");
            assertThat(q.parts()).containsExactly("script", "alert", "1", "and", "老旧", "or", "改造", "2");
            assertThat(q.notice()).isNull();
        }

        @Test
        void nothingButPunctuationLeavesNoParts() {
            assertThat(QueryText.read("\"\"\" ((( ]]] !!!").isEmpty()).isTrue();
            assertThat(QueryText.read(null).isEmpty()).isTrue();
        }

        @Test
        void veryLongInputIsCutAndTheVisitorIsTold() {
            QueryText q = QueryText.read("改".repeat(2000));
            assertThat(q.notice()).isEqualTo(QueryText.NOTICE_TRUNCATED);
            assertThat(q.parts()).hasSize(1);
            assertThat(q.parts().get(0)).hasSize(QueryText.MAX_CHARS);
        }

        @Test
        void tooManyWordsAreCappedWithANotice() {
            QueryText q = QueryText.read("一 二 三 四 五 六 七 八 九 十 甲 乙 丙 丁");
            assertThat(q.parts()).hasSize(QueryText.MAX_PARTS);
            assertThat(q.notice()).isEqualTo(QueryText.NOTICE_TOO_MANY);
        }
    }
}
