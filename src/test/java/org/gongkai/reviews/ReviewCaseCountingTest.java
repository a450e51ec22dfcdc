package org.gongkai.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which years a case counts in, and its status on 31 December (plain domain rule, no database). */
class ReviewCaseCountingTest {

    private static ReviewCase filedDecided(String filed, String decided, ReviewResult r) {
        return new ReviewCase(
                1,
                "u",
                ReviewStage.RECONSIDERATION,
                null,
                "n",
                "b",
                LocalDate.parse(filed),
                decided == null ? null : LocalDate.parse(decided),
                r,
                null,
                null,
                0);
    }

    @Test
    void aCaseDecidedAfterYearEndIsPendingThatYearAndDecidedTheNext() {
        // Given a case filed in November 2023 and upheld in February 2024
        ReviewCase c = filedDecided("2023-11-01", "2024-02-01", ReviewResult.UPHELD);
        // Then it counts in both years: pending at the end of 2023, upheld at the end of 2024
        assertThat(c.countsIn(2023)).isTrue();
        assertThat(c.statusAtEndOf(2023)).isEqualTo(ReviewResult.PENDING);
        assertThat(c.countsIn(2024)).isTrue();
        assertThat(c.statusAtEndOf(2024)).isEqualTo(ReviewResult.UPHELD);
        assertThat(c.countsIn(2025)).isFalse();
        assertThat(c.yearsCounted(2026).boxed().toList()).containsExactly(2023, 2024);
    }

    @Test
    void aCaseDecidedInItsYearCountsOnlyThere() {
        ReviewCase c = filedDecided("2022-03-01", "2022-06-30", ReviewResult.CORRECTED);
        assertThat(c.countsIn(2021)).isFalse();
        assertThat(c.countsIn(2022)).isTrue();
        assertThat(c.countsIn(2023)).isFalse();
        assertThat(c.statusAtEndOf(2022)).isEqualTo(ReviewResult.CORRECTED);
    }

    @Test
    void anOpenCaseCountsEveryYearUntilDecided() {
        ReviewCase c = filedDecided("2022-12-31", null, null);
        assertThat(c.yearsCounted(2025).boxed().toList()).containsExactly(2022, 2023, 2024, 2025);
        assertThat(c.statusAtEndOf(2025)).isEqualTo(ReviewResult.PENDING);
    }

    @Test
    void aCaseDecidedOnTheFirstOfJanuaryStillCountsThatYear() {
        ReviewCase c = filedDecided("2023-12-20", "2024-01-01", ReviewResult.OTHER);
        assertThat(c.countsIn(2024)).isTrue();
        assertThat(c.statusAtEndOf(2023)).isEqualTo(ReviewResult.PENDING);
        assertThat(c.statusAtEndOf(2024)).isEqualTo(ReviewResult.OTHER);
    }
}
