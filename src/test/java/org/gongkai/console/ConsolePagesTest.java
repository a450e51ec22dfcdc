package org.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@GongkaiTest
class ConsolePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    private HttpResponse<String> get(String path, String user) throws Exception {
        return new Http(port).getAs(user, path);
    }

    @Test
    void aHandlerSeesOnlyTheirUnitInTheUnitsPage() throws Exception {
        HttpResponse<String> r = get("/console/units", "chengguan");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("城关镇").doesNotContain("县住房和城乡建设局");
    }

    @Test
    void aReviewerSeesTheWholeTree() throws Exception {
        HttpResponse<String> r = get("/console/units", "reviewer");

        assertThat(r.body()).contains("城关镇").contains("县住房和城乡建设局").contains("政务公开科审核人员");
    }

    @Test
    void theAuditPageShowsOnlyEntriesOfVisibleUnits() throws Exception {
        audit.record(AuditEvent.by("someone", "test.visible")
                .on("thing", "1")
                .inUnit("001008099101")
                .because("看得见的理由"));
        audit.record(AuditEvent.by("someone", "test.hidden")
                .on("thing", "2")
                .inUnit("001008099013")
                .because("看不见的理由"));

        HttpResponse<String> r = get("/console/audit", "chengguan");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("看得见的理由").doesNotContain("看不见的理由");
    }

    @Test
    void theAuditPageNarrowsByPersonKindAndDayAndPagesBackFiftyAtATime() throws Exception {
        for (int i = 0; i < 60; i++) {
            audit.record(AuditEvent.by("zhujian", "test.paged")
                    .on("thing", "p" + i)
                    .inUnit("001008099013")
                    .because("分页理由" + i));
        }
        audit.record(AuditEvent.by("zhujian", "denied.test.refused")
                .on("thing", "r")
                .inUnit("001008099013")
                .because("越权理由"));

        String first =
                get("/console/audit?actor=zhujian&kind=changes", "reviewer").body();
        assertThat(first).contains("分页理由59").contains("分页理由10").doesNotContain("分页理由9<");
        assertThat(first).doesNotContain("越权理由");
        java.util.regex.Matcher older = java.util.regex.Pattern.compile("href=\"(/console/audit[^\"]*before=\\d+)\"")
                .matcher(first);
        assertThat(older.find()).isTrue();
        String second = get(older.group(1).replace("&amp;", "&"), "reviewer").body();
        assertThat(second).contains("分页理由9<").contains("分页理由0<").doesNotContain("分页理由10<");
        assertThat(second).contains("最新记录");

        String refused = get("/console/audit?kind=refusals", "reviewer").body();
        assertThat(refused).contains("越权理由").doesNotContain("分页理由");

        String today = java.time.LocalDate.now(org.gongkai.platform.China.ZONE).toString();
        assertThat(get("/console/audit?actor=zhujian&to=2000-01-01", "reviewer").body())
                .doesNotContain("分页理由")
                .contains("没有符合条件的记录");
        assertThat(get("/console/audit?actor=zhujian&from=" + today, "reviewer").body())
                .contains("分页理由59");

        HttpResponse<String> bad = get("/console/audit?from=2026-13-01", "reviewer");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("请按“年-月-日”填写起始日期")
                .contains("aria-invalid=\"true\"")
                .doesNotContain("分页理由");
        HttpResponse<String> backwards = get("/console/audit?from=2026-02-01&to=2026-01-01", "reviewer");
        assertThat(backwards.body()).contains("截止日期不能早于起始日期");

        // a handler of another unit sees none of it
        assertThat(get("/console/audit?actor=zhujian", "chengguan").body()).doesNotContain("分页理由");
    }
}
