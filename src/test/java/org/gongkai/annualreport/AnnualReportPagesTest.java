package org.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The demo county's published reports on the portal and the API, and the console's report pages. */
@GongkaiTest
class AnnualReportPagesTest {

    static final String GOVERNMENT = "001008099";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    private int lastYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            b.header("Authorization", Http.bearer(port, user));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiGivesThePublishedGovernmentReportAsContractJson() throws Exception {
        HttpResponse<String> r = get("/api/v1/annual-reports/" + GOVERNMENT + "/" + lastYear(), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(r.body())
                .contains("示例县人民政府")
                .contains("\"template\"")
                .contains("\"new_received\"")
                .contains("\"litigation_direct\"")
                .contains("\"published\": \"" + (lastYear() + 1) + "-03-20\"");
        assertThat(get("/api/v1/annual-reports/" + GOVERNMENT + "/" + lastYear() + "?format=html", null)
                        .body())
                .contains("收到和处理政府信息公开申请情况")
                .contains("结转下年度继续办理");
    }

    @Test
    void badUnitsYearsAndFormatsAreProblems() throws Exception {
        assertThat(get("/api/v1/annual-reports/999/2024", null).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/annual-reports/" + GOVERNMENT + "/2010", null).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/annual-reports/" + GOVERNMENT + "/2024?format=xls", null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void thePortalListsThePublishedReports() throws Exception {
        HttpResponse<String> list = get("/portal/annual-reports", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("示例县人民政府" + lastYear() + "年政府信息公开工作年度报告")
                .contains("示例县人民政府" + (lastYear() - 2) + "年政府信息公开工作年度报告");
        HttpResponse<String> page = get("/portal/annual-reports/" + GOVERNMENT + "/" + lastYear(), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("一、总体情况").contains("六、其他需要报告的事项").contains("申请人情况");
    }

    @Test
    void theConsoleShowsReportsChecksChartsAndDrillDown() throws Exception {
        String base = "/console/annual-reports/" + GOVERNMENT + "/" + lastYear();
        HttpResponse<String> view = get(base, "reviewer");
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body())
                .contains("公布前检查")
                .contains("已公布")
                .contains("/cases?path=requests.granted.natural_person");
        HttpResponse<String> cases = get(base + "/cases?path=requests.granted.total", "reviewer");
        assertThat(cases.statusCode()).isEqualTo(200);
        assertThat(cases.body()).contains("予以公开").contains("/console/requests/");
        HttpResponse<String> compare = get("/console/annual-reports/compare?year=" + lastYear(), "reviewer");
        assertThat(compare.statusCode()).isEqualTo(200);
        assertThat(compare.body()).contains("<svg").contains("城关镇");
        assertThat(get("/console/annual-reports/statistics?year=" + lastYear(), "reviewer")
                        .body())
                .contains("行政许可处理决定数");
        assertThat(get("/console/annual-reports?year=" + lastYear(), "reviewer").body())
                .contains("已公布");
    }

    @Test
    void aHandlerSeesOnlyItsOwnUnitsReport() throws Exception {
        assertThat(get("/console/annual-reports/" + GOVERNMENT + "013/" + lastYear(), "zhujian")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/console/annual-reports/" + GOVERNMENT + "011/" + lastYear(), "zhujian")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/console/annual-reports/" + GOVERNMENT + "/" + lastYear(), "zhujian")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aBadStatisticsFormIsShownAgainWithTheErrorNextToTheField() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        String body = mvc.perform(post("/console/annual-reports/statistics/" + GOVERNMENT + "013/2026")
                        .with(user(userDetails.loadUserByUsername("zhujian")))
                        .with(csrf())
                        .param("licensing_items", "-4")
                        .param("penalty_decisions", "很多"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("不能为负数").contains("不是数字").contains("field-error");
    }
}
