package org.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Grid;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.Template;
import org.gongkai.requests.RequestStatistics.FeesPaid;
import org.junit.jupiter.api.Test;

/** The platform's first draft of sections 1, 5 and 6, written from the numbers (no database). */
class DraftTextTest {

    private static AnnualReport report(int year, long received, long corrected) {
        Template t = Template.forYear(year);
        AnnualReport r = AnnualReport.blank(t).unit("测试局").year(year);
        Grid q = new Grid(Layouts.requests(t))
                .set("new_received", "total", received)
                .set("granted", "total", 7)
                .set("total", "total", received)
                .set("carried_forward", "total", 0);
        r.requests(q);
        r.reviews(new Grid(Layouts.reviews())
                .set("reconsideration", "corrected", corrected)
                .set("reconsideration", "total", corrected));
        r.proactive(new Grid(Layouts.proactive(t)));
        return r;
    }

    @Test
    void theOverviewGivesTotalsAndTheChangeOnLastYear() {
        String text = DraftWriter.overview(report(2024, 120, 0), report(2023, 100, 0));
        assertThat(text).contains("收到政府信息公开申请120件").contains("较上年增加20件（20.0%）").contains("予以公开7件");
        assertThat(DraftWriter.overview(report(2024, 90, 0), report(2023, 100, 0)))
                .contains("较上年减少10件（10.0%）");
    }

    @Test
    void theOverviewStatesEachFigureOfOtherModulesInItsParagraphWithItsChange() {
        List<SectionOneFigures.Group> groups = List.of(
                new SectionOneFigures.Group(
                        "interpretations",
                        List.of(
                                new SectionOneFigures.Stated(
                                        "interpretation-video", 23, SectionOneFigures.Change.of(23, 20L)),
                                new SectionOneFigures.Stated(
                                        "interpretation-text", 27, SectionOneFigures.Change.of(27, null)))),
                new SectionOneFigures.Group(
                        "hotline",
                        List.of(
                                new SectionOneFigures.Stated(
                                        "hotline-calls", 17869, SectionOneFigures.Change.of(17869, 18000L)),
                                new SectionOneFigures.Stated("hotline-satisfaction", 9968, null))));
        org.springframework.context.support.ResourceBundleMessageSource messages =
                new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasename("i18n/annualreport");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        String text = DraftWriter.overview(
                report(2024, 120, 0), report(2023, 100, 0), SectionOneFigures.render(groups, messages));
        String[] paragraphs = text.split("\n");
        assertThat(paragraphs).hasSize(3);
        assertThat(paragraphs[1]).isEqualTo("政策解读方面，视频解读23篇，较上年增长15.0%；其中文字解读27篇。");
        assertThat(paragraphs[2]).isEqualTo("政务服务方面，12345政务服务便民热线受理来电17869件，较上年下降0.7%；群众满意率99.68%。");
    }

    @Test
    void sectionSixOfThe2021FormatStatesTheFeesCharged() {
        assertThat(DraftWriter.otherMatters(report(2024, 1, 0), new FeesPaid(3, 1200)))
                .isEqualTo("本年度依据《政府信息公开信息处理费管理办法》收取信息处理费3件，共计1200元。");
        assertThat(DraftWriter.otherMatters(report(2024, 1, 0), FeesPaid.NONE)).contains("未收取");
        assertThat(DraftWriter.otherMatters(report(2020, 1, 0), new FeesPaid(3, 1200)))
                .isEqualTo("无。");
    }

    @Test
    void sectionFiveNamesCorrectedCases() {
        assertThat(DraftWriter.problems(report(2024, 1, 2))).contains("2件政府信息公开答复在复议或诉讼中被纠正");
    }
}
