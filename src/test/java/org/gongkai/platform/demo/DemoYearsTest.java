package org.gongkai.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DemoYearsTest {

    @Test
    void theShiftIsTheDistanceToTheRealLastFullYear() {
        Clock in2028 = Clock.fixed(Instant.parse("2028-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        assertThat(DemoYears.relativeTo(in2028, 2025).shift()).isEqualTo(2);
        Clock in2026 = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        assertThat(DemoYears.relativeTo(in2026, 2025).shift()).isZero();
    }

    @Test
    void yearsMoveInDatesTitlesNumbersAndCsvRowsButNotInOtherDigits() {
        DemoYears years = new DemoYears(2);
        assertThat(years.of("2025-06-30")).isEqualTo("2027-06-30");
        assertThat(years.of("示例县2024年城市更新工作新闻发布会")).isEqualTo("示例县2026年城市更新工作新闻发布会");
        assertThat(years.of("示住建规〔2025〕3号")).isEqualTo("示住建规〔2027〕3号");
        assertThat(years.of("2025—2027年完成")).isEqualTo("2027—2029年完成");
        assertThat(years.of("001008099001,2024,15230,99.12,1286,201345"))
                .isEqualTo("001008099001,2026,15230,99.12,1286,201345");
        assertThat(years.of("0577-65550001")).isEqualTo("0577-65550001");
        assertThat(years.date(2024, 2, 29)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(new DemoYears(0).of("2025")).isEqualTo("2025");
    }
}
