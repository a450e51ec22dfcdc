package org.gongkai.reportreading.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How `report bench` writes a rate: a scanned report's fraction of a report a second is not written as 0. */
class BenchRateTest {

    @Test
    void wholeReportsFromTenASecondAndTwoDecimalsBelow() {
        assertThat(BenchCommand.rate(1205.4)).isEqualTo("1205");
        assertThat(BenchCommand.rate(10.0)).isEqualTo("10");
        assertThat(BenchCommand.rate(9.996)).isEqualTo("10.00");
        assertThat(BenchCommand.rate(0.212)).isEqualTo("0.21");
    }

    @Test
    void pagesASecondOnlyForPagedReports() {
        assertThat(BenchCommand.pagesRate(0, 2.0)).isEmpty();
        assertThat(BenchCommand.pagesRate(5, 4.75)).isEqualTo(", 1.05 pages per CPU-second");
        assertThat(BenchCommand.pagesRate(3000, 5.0)).isEqualTo(", 600 pages per CPU-second");
    }
}
