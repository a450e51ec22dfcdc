package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The console form of a year's assessment scheme: bad values named beside their fields with nothing saved, a good
 * scheme saved and audited, only the office may save, and a published assessment refuses changes until reopened.
 */
@GongkaiTest
class SchemeConsoleTest {

    static final String GOVERNMENT = "001008099";
    static final int YEAR = 2021;
    static final String PAGE = "/console/supervision/assessment/scheme?year=" + YEAR;
    static final String POST = "/console/supervision/assessment/scheme";
    static final String API = "/api/v1/assessments/" + GOVERNMENT + "/" + YEAR;

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Test
    void theOfficeConfiguresTheSchemeWithInlineErrorsAndCannotChangeItOncePublished() throws Exception {
        ConsoleSession reviewer = new ConsoleSession(port, "reviewer");
        HttpResponse<String> empty = reviewer.get(PAGE);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"baseScore\"").contains("name=\"indicators[2].points\"");

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("year", String.valueOf(YEAR));
        bad.put("baseScore", "一百");
        row(bad, 0, "Bad Code", "", "DEDUCTION", "", "x", "");
        row(bad, 1, "", "", "DEDUCTION", "", "", "");
        HttpResponse<String> refused = reviewer.post(PAGE, POST, bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"err-baseScore\"")
                .contains("请填写 0 至 1000 之间、最多两位小数的数值")
                .contains("指标代码应为 1 至 40 位小写字母")
                .contains("请从列表中选择")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"Bad Code\"");
        assertThat(new Api(port).get("reviewer", API).statusCode()).isEqualTo(404);

        Map<String, String> good = new LinkedHashMap<>();
        good.put("year", String.valueOf(YEAR));
        good.put("baseScore", "100");
        row(good, 0, "late-replies", "超期答复", "DEDUCTION", "LATE_REPLIES", "2", "10");
        row(good, 1, "innovation", "创新做法", "BONUS", "MANUAL", "3", "");
        row(good, 2, "", "", "DEDUCTION", "", "", "");
        HttpResponse<String> saved = reviewer.post(PAGE, POST, good);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse(""))
                .contains("/console/supervision/assessment?year=" + YEAR);
        JsonNode a = Api.json(new Api(port).get("reviewer", API));
        assertThat(a.get("indicators").valueStream().map(i -> i.get("code").asString()))
                .containsExactly("late-replies", "innovation");
        assertThat(audit.recent(20))
                .anyMatch(e -> e.action().equals("supervision.assessment.configure")
                        && e.actor().equals("reviewer"));
        assertThat(reviewer.get(PAGE).body()).contains("value=\"late-replies\"").contains("value=\"10\"");

        assertThat(new Api(port).send("reviewer", "POST", API + "/publish", "").statusCode())
                .isEqualTo(200);
        HttpResponse<String> frozen = reviewer.get(PAGE);
        assertThat(frozen.body()).contains("id=\"scheme-published\"").contains("<fieldset disabled");
        HttpResponse<String> change = reviewer.post(PAGE, POST, good);
        assertThat(change.statusCode()).isEqualTo(409);
        assertThat(audit.recent(20))
                .anyMatch(e -> e.action().equals("denied.supervision.assessment.configure")
                        && e.actor().equals("reviewer"));
        assertThat(new Api(port)
                        .send("reviewer", "POST", API + "/reopen", "{\"reason\":\"补录人工加分\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(reviewer.post(PAGE, POST, good).statusCode()).isEqualTo(302);
    }

    @Test
    void aUnitHandlerSeesTheFormReadOnlyAndIsRefused() throws Exception {
        ConsoleSession handler = new ConsoleSession(port, "zhujian");
        HttpResponse<String> page = handler.get("/console/supervision/assessment/scheme?year=2020");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<fieldset disabled");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", "2020");
        form.put("baseScore", "100");
        row(form, 0, "x", "某项", "DEDUCTION", "LATE_REPLIES", "1", "");
        assertThat(handler.post("/console/supervision/assessment/scheme?year=2020", POST, form)
                        .statusCode())
                .isEqualTo(403);
        assertThat(audit.recent(20))
                .anyMatch(e -> e.action().equals("denied.supervision.assessment.configure")
                        && e.actor().equals("zhujian"));
    }

    private static void row(
            Map<String, String> form,
            int i,
            String code,
            String label,
            String kind,
            String source,
            String points,
            String cap) {
        String p = "indicators[" + i + "].";
        form.put(p + "code", code);
        form.put(p + "label", label);
        form.put(p + "kind", kind);
        form.put(p + "source", source);
        form.put(p + "points", points);
        form.put(p + "cap", cap);
    }
}
