package org.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.China;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Section 1 of the demo county's last report states the year's figures from the records of every module that
 * implements {@link YearFigures}: interpretations by form from the catalogue, responses and hotline figures from
 * the voice records, each with its change on the previous year.
 */
@GongkaiTest
class SectionOneFromRecordsTest {

    static final String GOVERNMENT = "001008099";

    /** The demo county's last full year, which its demo records are written for. */
    static final int LAST = LocalDate.now(China.ZONE).getYear() - 1;

    static final StaffMember REVIEWER = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, "001008099001");

    @LocalServerPort
    int port;

    @Autowired
    SectionOneFigures figures;

    @Autowired
    List<YearFigures> sources;

    @Autowired
    AnnualReports reports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyImplementationIsAskedAndItsFiguresGrouped() {
        assertThat(sources).hasSizeGreaterThanOrEqualTo(2);
        List<SectionOneFigures.Group> groups = figures.groups(GOVERNMENT, LAST);
        assertThat(groups)
                .extracting(SectionOneFigures.Group::key)
                .containsSubsequence("proactive", "interpretations", "responses", "hotline");
        long expected = sources.stream()
                .mapToLong(s -> s.figures(GOVERNMENT, LAST).size())
                .sum();
        assertThat(groups.stream().mapToLong(g -> g.figures().size()).sum()).isEqualTo(expected);
    }

    @Test
    void theDraftOfTheLastReportStatesInterpretationsByFormAndHotlineFigures() {
        long callsLast = sum("hotline_calls", LAST);
        long callsBefore = sum("hotline_calls", LAST - 1);
        long videos = jdbc.sql(
                        "select count(*) from catalog_item where doc_type = 'INTERPRETATION' and status = 'PUBLISHED'"
                                + " and interpretation_form = 'VIDEO' and extract(year from published_on) = " + LAST)
                .query(Long.class)
                .single();
        String overview = reports.view(REVIEWER, GOVERNMENT, LAST).overview();
        String change = java.math.BigDecimal.valueOf(Math.abs(callsLast - callsBefore) * 100)
                .divide(java.math.BigDecimal.valueOf(callsBefore), 1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        assertThat(overview)
                .contains("政策解读方面")
                .contains("视频解读" + videos + "篇")
                .contains("音频解读")
                .contains("12345政务服务便民热线受理来电" + callsLast + "件，较上年" + (callsLast > callsBefore ? "增长" : "下降") + change
                        + "%")
                .contains("召开新闻发布会")
                .containsPattern("群众满意率\\d+(\\.\\d+)?%")
                .doesNotContain("??");
        // and the messages and consultations of that year, as the messages module counts them
        long messagesLast = jdbc.sql("select count(*) from message where extract(year from received_on) = " + LAST)
                .query(Long.class)
                .single();
        assertThat(messagesLast).isPositive();
        assertThat(overview).contains("收到网站留言" + messagesLast + "件").contains("网上调查");
    }

    @Test
    void thePublishedDemoReportCarriesThem() throws Exception {
        String html = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/annual-reports/"
                                        + GOVERNMENT + "/" + LAST + "?format=html"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(html).contains("视频解读").contains("12345政务服务便民热线受理来电" + sum("hotline_calls", LAST) + "件");
    }

    private long sum(String column, int year) {
        return jdbc.sql("select coalesce(sum(" + column + "), 0) from voice_service_figures where year = ?")
                .param(year)
                .query(Long.class)
                .single();
    }
}
