package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The OCR budget counts the reading thread's work, not the time a busy machine keeps it waiting. */
class OcrBudgetTest {

    @Test
    void givenTheReadingThreadWaiting_whenItsTimeIsCounted_thenOnlyItsWorkCounts() throws Exception {
        long before = OcrExtractor.cpuNow();
        Thread.sleep(300);
        long waited = OcrExtractor.cpuNow() - before;

        long start = OcrExtractor.cpuNow();
        long sink = 0;
        while (OcrExtractor.cpuNow() - start < 200_000_000L) {
            sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
        }
        long worked = OcrExtractor.cpuNow() - start;

        assertThat(waited).as("sleeping 300 ms").isLessThan(100_000_000L);
        assertThat(worked).as("working").isGreaterThanOrEqualTo(200_000_000L);
        assertThat(sink).isNotNegative();
    }
}
