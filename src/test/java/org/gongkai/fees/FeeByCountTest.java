package org.gongkai.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** By count, per applicant per natural month: 1–10 free, 11–30 100 each, then +100 per band of ten. */
class FeeByCountTest {

    private final FeePolicy policy = new FeePolicy();

    @ParameterizedTest(name = "the {0}th application costs {1}")
    @CsvSource({
        "1, 0", "10, 0", "11, 100", "30, 100", "31, 200", "40, 200", "41, 300", "50, 300", "51, 400", "60, 400",
        "61, 500"
    })
    void givenTheNthApplicationInAMonth_thenItsRateFollowsItsBand(int n, long yuan) {
        assertThat(policy.countRate(n)).isEqualTo(yuan);
    }

    @ParameterizedTest(name = "{0} applications cost {1}")
    @CsvSource({
        "0, 0",
        "1, 0",
        "10, 0",
        "11, 100",
        "30, 2000",
        "31, 2200",
        "35, 3000",
        "40, 4000",
        "41, 4300",
        "50, 7000",
        "51, 7400"
    })
    void givenNApplicationsInAMonth_thenTheTotalIsProgressive(int count, long yuan) {
        assertThat(policy.byCount(count)).isEqualTo(yuan);
    }

    @Test
    void givenTheTotals_thenEachStepAddsExactlyTheRateOfTheNextApplication() {
        for (int n = 1; n <= 200; n++) {
            assertThat(policy.byCount(n) - policy.byCount(n - 1))
                    .as("application %d", n)
                    .isEqualTo(policy.countRate(n));
        }
    }

    @Test
    void givenANegativeCountOrAZerothApplication_thenItIsRefused() {
        assertThatThrownBy(() -> policy.byCount(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.countRate(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
