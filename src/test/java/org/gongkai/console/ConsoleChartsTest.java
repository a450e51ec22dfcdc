package org.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's charts are drawn on the server as SVG a screen reader can name (title and description) with the
 * same figures in a table: the workload per unit and the due dates per coming week agree with each other and with
 * the overdue list, and a report page shows its figures year on year.
 */
@GongkaiTest
class ConsoleChartsTest {

    private static final Pattern VALUE = Pattern.compile("<td class=\"num\">(\\d+)</td>");
    private static final Pattern REPORT = Pattern.compile("href=\"(/console/annual-reports/\\d+/\\d{4})\"");

    @LocalServerPort
    int port;

    @Test
    void dueDatesPerWeekAndCasesPerUnitCountTheSameRunningCases() throws Exception {
        String page =
                new ConsoleSession(port, "reviewer").get("/console/deadlines").body();
        String perWeek = figure(page, "chart-per-week");
        String perUnit = figure(page, "chart-per-unit");
        assertAccessible(perWeek);
        assertAccessible(perUnit);
        assertThat(perWeek).contains("第 1 周", "已逾期", "8 周以后");
        List<Long> weeks = values(perWeek);
        assertThat(weeks).hasSize(10);
        assertThat(sum(weeks)).isPositive().isEqualTo(sum(values(perUnit)));
        int overdueRows = page.substring(page.indexOf("id=\"overdue\""), page.indexOf("id=\"dueSoon\""))
                        .split("class=\"bad\"", -1)
                        .length
                - 1;
        assertThat(weeks.getFirst()).isEqualTo(overdueRows);
        assertThat(perUnit).contains("href=\"/console/requests?unit=");
    }

    @Test
    void theOfficeSeesEachUnitsWaitingWorkAsAChart() throws Exception {
        String home = new ConsoleSession(port, "reviewer").get("/console").body();
        String chart = figure(home, "waiting-chart");
        assertAccessible(chart);
        assertThat(chart).contains("viewBox=\"0 0 400 ").doesNotContain("width=\"460\"");
    }

    @Test
    void aReportPageComparesItsFiguresYearOnYear() throws Exception {
        ConsoleSession reviewer = new ConsoleSession(port, "reviewer");
        Matcher m =
                REPORT.matcher(reviewer.get("/console/annual-reports?year=2025").body());
        assertThat(m.find()).isTrue();
        String page = reviewer.get(m.group(1)).body();
        assertThat(page).contains("主要数字历年对比");
        for (String figure : new String[] {"received", "replied", "granted", "reviews"}) {
            String chart = figure(page, "year-on-year-" + figure);
            assertAccessible(chart);
            assertThat(values(chart)).hasSize(4);
        }
        assertThat(figure(page, "year-on-year-received")).contains("历年本年新收申请", "2024年", "2025年");
    }

    private static void assertAccessible(String figure) {
        assertThat(figure)
                .containsPattern("<svg[^>]*role=\"img\"[^>]*aria-labelledby=\"[\\w-]+-t [\\w-]+-d\"")
                .containsPattern("<title id=\"[\\w-]+-t\">[^<]+</title>")
                .containsPattern("<desc id=\"[\\w-]+-d\">共 \\d+ 项，最多的是「[^」]+」：\\d+。")
                .contains("<details class=\"chart-table\">", "<th scope=\"col\"");
    }

    private static String figure(String page, String id) {
        int start = page.indexOf("<figure class=\"bar-chart\" id=\"" + id + "\"");
        assertThat(start).as("chart " + id).isNotNegative();
        return page.substring(start, page.indexOf("</figure>", start));
    }

    private static List<Long> values(String figure) {
        List<Long> out = new ArrayList<>();
        Matcher m = VALUE.matcher(figure);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
