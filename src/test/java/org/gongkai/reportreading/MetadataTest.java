package org.gongkai.reportreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataTest {

    private static MetadataReader.Meta read(String text) {
        return MetadataReader.read(List.of(text.split("\n")));
    }

    @Test
    void givenTheUnitBeforeTheYear_thenUnitYearAndSignedDate() {
        MetadataReader.Meta m = read("# 某某市人民政府 2022 年政府信息公开工作 年度报告\n正文。\n某某市人民政府\n二〇二三年一月十九日");
        assertThat(m.unit()).isEqualTo("某某市人民政府");
        assertThat(m.year()).isEqualTo(2022);
        assertThat(m.published()).isEqualTo(LocalDate.of(2023, 1, 19));
    }

    @Test
    void givenTheUnitAfterTheYear_thenFound() {
        MetadataReader.Meta m = read("2021年度某某县交通运输局政府信息公开工作年度报告\n正文。");
        assertThat(m.unit()).isEqualTo("某某县交通运输局");
        assertThat(m.year()).isEqualTo(2021);
        assertThat(m.published()).isNull();
    }

    @Test
    void givenOnlyAPageStampAndAPeriod_thenThoseAreUsed() {
        MetadataReader.Meta m =
                read("某某镇人民政府\n发布日期：2024-01-22 09:30\n本报告统计期限自 2023 年 1 月 1 日至 2023 年 12 月 31 日。\n正文完。");
        assertThat(m.unit()).isEqualTo("某某镇人民政府");
        assertThat(m.year()).isEqualTo(2023);
        assertThat(m.posted()).isEqualTo(LocalDate.of(2024, 1, 22));
        assertThat(m.published())
                .as("a page's date is not the date the report is signed")
                .isNull();
    }

    @Test
    void givenATitleMisreadAndAPeriodWrappedAcrossLines_thenThePeriodGivesTheYear() {
        // a 96 dpi scan: the title's 信息公开 misread, the period's sentence wrapped after 1月1日
        MetadataReader.Meta m = read(
                "洪泽区人民政府\n2023年政府去百,息己、/人开工作年度报告\n" + "要求编制此报告。报告中所列数据统计期限自2024年1月1日\n起至2024年12月31日止。如对本报告有疑问\n正文。");
        assertThat(m.year()).isEqualTo(2024);
    }

    @Test
    void givenATypoInTheTitle_thenTheSpellingUsedMoreOftenWins() {
        MetadataReader.Meta m = read("秦顺县人民政府2020年政府信息公开工作年度报告\n泰顺县人民政府认真落实。泰顺县人民政府网站。\n泰顺县人民政府\n2021年2月1日");
        assertThat(m.unit()).isEqualTo("泰顺县人民政府");
    }

    @Test
    void givenLongLinesOfDates_thenTheSignedAndPostedDatesAreFound() {
        String filler = "正文，数字2019、19、20和120件，2023年1月1日至2023年12月31日。".repeat(50);
        MetadataReader.Meta m =
                read("2024-02-01 10:00 来源：某某县\n某某县人民政府2023年政府信息公开工作年度报告\n" + filler + "\n某某县人民政府\n二〇二四年一月三十一日");
        assertThat(m.published()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(m.posted()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(MetadataReader.yearAt("共1920件，2023年", 0)).isEqualTo(1);
        assertThat(MetadataReader.yearAt("共1920件，2023年", 2)).isEqualTo(7);
        assertThat(MetadataReader.yearAt("１９２０年 19 2a 20", 0)).isEqualTo(-1);
        assertThat(MetadataReader.chineseYearAt("于二三年和二〇二四年一月", 0)).isEqualTo(5);
        assertThat(MetadataReader.chineseYearAt("二〇二四年", 1)).isEqualTo(-1);
    }

    @Test
    void givenATitleWithItsPlaceMisread_whenTheTextSpellsItOtherwiseMoreOften_thenTheUsualSpellingIsTheUnit() {
        MetadataReader.Meta m =
                read("洪译区人民政府\n2023年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室编制。" + "\n2023年，洪泽区人民政府坚持公开。\n洪泽区人民政府网站。");
        assertThat(m.unit()).isEqualTo("洪泽区人民政府");

        // the unit's level is not a misread character; nor is a name the text uses as often as the other
        assertThat(MetadataReader.usualSpelling("洪泽区人民政府", List.of("洪泽县人民政府", "洪泽县人民政府")))
                .isEqualTo("洪泽区人民政府");
        assertThat(MetadataReader.usualSpelling("甲乙县人民政府", List.of("甲乙县人民政府", "甲丙县人民政府")))
                .isEqualTo("甲乙县人民政府");
        assertThat(MetadataReader.usualSpelling("甲乙县人民政府", List.of("甲乙县人民政府。甲乙县人民政府", "甲丙县人民政府", "甲丙县人民政府")))
                .isEqualTo("甲乙县人民政府");
    }

    @Test
    void givenATitleThatLostTheHeadOfItsPlace_whenTheTextWritesTheWholeName_thenTheWholeNameIsTheUnit() {
        // poppler's 150 and 200 dpi black-and-white copies of the 洪泽区 report: the title's first line read so
        String text = "\n2023年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室编制。\n全年公开信息。";
        assertThat(read("泽区人民政府" + text).unit()).isEqualTo("洪泽区人民政府");
        assertThat(read("区人民政府" + text).unit()).isEqualTo("洪泽区人民政府");
        // a signature that completes the title's unit
        assertThat(read("区人民政府\n2023年政府信息公开工作年度报告\n正文。\n洪泽区人民政府\n2024年1月20日").unit())
                .isEqualTo("洪泽区人民政府");
        // a place of two characters is whole; a text that never completes the name leaves it as read
        assertThat(read("洪泽区人民政府\n2023年政府信息公开工作年度报告\n淮安市洪泽区人民政府办公室。").unit()).isEqualTo("洪泽区人民政府");
        assertThat(MetadataReader.withItsPlace("区人民政府", List.of("区人民政府", "市区人民政府")))
                .isNull();
        assertThat(MetadataReader.placeLength("泽区人民政府")).isEqualTo(1);
        assertThat(MetadataReader.placeLength("苍南县人民政府")).isEqualTo(2);
    }
}
