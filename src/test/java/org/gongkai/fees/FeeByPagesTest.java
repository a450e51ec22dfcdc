package org.gongkai.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** By pages, per application: up to 30 free, 31–100 ×10, 101–200 ×20, from 201 ×40, progressive. */
class FeeByPagesTest {

    private final FeePolicy policy = new FeePolicy();

    @ParameterizedTest(name = "{0} pages cost {1}")
    @CsvSource({
        "0, 0",
        "1, 0",
        "30, 0",
        "31, 10",
        "100, 700",
        "101, 720",
        "200, 2700",
        "201, 2740",
        "250, 4700",
        "1000, 34700"
    })
    void givenAnApplicationOfNPages_thenTheFeeIsProgressive(int pages, long yuan) {
        assertThat(policy.byPages(pages)).isEqualTo(yuan);
    }

    @Test
    void givenEachExtraPage_thenItCostsItsBandsRate() {
        for (int p = 1; p <= 400; p++) {
            long rate = p <= 30 ? 0 : p <= 100 ? 10 : p <= 200 ? 20 : 40;
            assertThat(policy.byPages(p) - policy.byPages(p - 1))
                    .as("page %d", p)
                    .isEqualTo(rate);
        }
    }

    @Test
    void givenNegativePages_thenTheyAreRefused() {
        assertThatThrownBy(() -> policy.byPages(-5)).isInstanceOf(IllegalArgumentException.class);
    }
}
