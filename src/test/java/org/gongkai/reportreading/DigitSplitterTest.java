package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigitSplitterTest {

    @Test
    void givenARowRunTogether_thenTheSplitWhoseSumHolds() {
        List<long[]> s = DigitSplitter.split(List.of("640020470"), new int[] {7});
        assertThat(s).extracting(java.util.Arrays::toString).contains("[64, 0, 0, 2, 0, 4, 70]");
        assertThat(s)
                .allSatisfy(
                        v -> assertThat(v[0] + v[1] + v[2] + v[3] + v[4] + v[5]).isEqualTo(v[6]));
    }

    @Test
    void givenReviewsRunTogether_thenThreeGroupsOfFive() {
        List<long[]> s = DigitSplitter.split(List.of("2112670351500000"), new int[] {5, 5, 5});
        assertThat(s).extracting(java.util.Arrays::toString).contains("[2, 1, 1, 2, 6, 7, 0, 3, 5, 15, 0, 0, 0, 0, 0]");
        assertThat(s).hasSizeLessThanOrEqualTo(DigitSplitter.MAX_RESULTS);
    }

    @Test
    void givenSeparatorsThatArePrinted_thenTheyAreKept() {
        List<long[]> s = DigitSplitter.split(List.of("64", "0020470"), new int[] {7});
        assertThat(s).extracting(java.util.Arrays::toString).containsExactly("[64, 0, 0, 2, 0, 4, 70]");
    }

    @Test
    void givenAHugeRunOfDigits_thenTheSearchStaysBounded() {
        long t0 = System.nanoTime();
        List<long[]> s = DigitSplitter.split(List.of("1".repeat(110)), new int[] {7, 5, 5, 5, 5, 5});
        assertThat(s.size()).isLessThanOrEqualTo(DigitSplitter.MAX_RESULTS);
        assertThat(DigitSplitter.split(List.of("9".repeat(200)), new int[] {7})).isEmpty();
        assertThat(System.nanoTime() - t0).as("bounded search").isLessThan(5_000_000_000L);
    }
}
