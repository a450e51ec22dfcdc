package org.gongkai.reportmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellWordsTest {

    @Test
    void aCellPathReadsAsTheReportsOwnLabels() {
        assertThat(CellWords.of("requests.granted.natural_person")).isEqualTo("收到和处理政府信息公开申请情况 · 予以公开 · 自然人");
    }

    @Test
    void aWildcardIsLeftOut() {
        assertThat(CellWords.of("requests.*.natural_person")).isEqualTo("收到和处理政府信息公开申请情况 · 自然人");
    }

    @Test
    void aPathThatNamesNoTableSaysNothingRatherThanItsKey() {
        assertThat(CellWords.of("units")).isEmpty();
        assertThat(CellWords.of(null)).isEmpty();
    }
}
