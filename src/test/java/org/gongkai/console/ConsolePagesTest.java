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
}
