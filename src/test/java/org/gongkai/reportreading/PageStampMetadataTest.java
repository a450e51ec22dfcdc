package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Web pages state the posting date and the publishing body in the lines under the title, in many styles. */
class PageStampMetadataTest {

    private static MetadataReader.Meta read(String text) {
        return MetadataReader.read(List.of(text.split("\n")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "日期：2024/01/25|2024-01-25",
                "发布时间：2024-01-25 09:30|2024-01-25",
                "2024年1月25日 来源：某某市某某局 浏览次数：213|2024-01-25",
                "2024-01-25 09:30:00|2024-01-25",
                "时间：2024-01-25 10:12:33  来源：区府办|2024-01-25"
            })
    void givenADateUnderTheTitle_whenNoSignedDate_thenItIsThePostingDate(String stamp, LocalDate date) {
        MetadataReader.Meta m = read("某某市某某局2023年政府信息公开工作年度报告\n" + stamp + "\n本报告统计期限自2023年1月1日起至2023年12月31日止。\n正文完。");

        assertThat(m.posted()).isEqualTo(date);
        assertThat(m.year()).isEqualTo(2023);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"发布机构：某某市某某区人民政府  发布日期：2024-01-20", "信息来源：某某市某某区人民政府"})
    void givenATitleWithoutUnit_whenThePageNamesItsPublisher_thenThatIsTheUnit(String stamp) {
        MetadataReader.Meta m = read("2023年政府信息公开工作年度报告\n" + stamp + "\n正文。");

        assertThat(m.unit()).isEqualTo("某某市某某区人民政府");
        assertThat(m.year()).isEqualTo(2023);
    }
}
