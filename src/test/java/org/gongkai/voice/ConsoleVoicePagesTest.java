package org.gongkai.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.PlainChinese;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's voice pages: every section in plain Chinese, forms for the office only, errors beside fields. */
@GongkaiTest
class ConsoleVoicePagesTest {

    static final List<String> SECTIONS =
            List.of("", "/reading-points", "/media-accounts", "/power-lists", "/responses", "/decisions", "/figures");
    static final PlainChinese PLAIN = PlainChinese.refusing(
            ResponseKind.class, DecisionStage.class, AccountStatus.class, org.gongkai.catalog.InterpretationForm.class);

    @LocalServerPort
    int port;

    @Autowired
    Responses responses;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void everyActionAndRecordTheModuleAuditsHasItsWording() {
        List<String> actions = jdbc.sql("select distinct action from audit_log where action like 'voice.%'")
                .query(String.class)
                .list();
        assertThat(actions).contains("voice.reading-point", "voice.figures.import", "voice.decision.stage");
        for (String a : actions) {
            assertThat(messages.getMessage("audit.action." + a, null, null, java.util.Locale.CHINA))
                    .as(a)
                    .isNotBlank();
        }
        for (String e : jdbc.sql("select distinct entity_type from audit_log where action like 'voice.%'")
                .query(String.class)
                .list()) {
            assertThat(messages.getMessage("audit.entity." + e, null, null, java.util.Locale.CHINA))
                    .as(e)
                    .isNotBlank();
        }
    }

    @Test
    void everySectionSpeaksChineseAndOnlyTheOfficeSeesTheForms() throws Exception {
        ConsoleSession office = new ConsoleSession(port, "reviewer");
        ConsoleSession auditor = new ConsoleSession(port, "auditor");
        for (String s : SECTIONS) {
            HttpResponse<String> page = office.get("/console/voice" + s);
            assertThat(page.statusCode()).as(s).isEqualTo(200);
            String text = PlainChinese.textOf(page.body());
            assertThat(PLAIN.rawTokens(text)).as(s).isEmpty();
            assertThat(PlainChinese.PLATFORM.rawTokens(text)).as(s).isEmpty();
            HttpResponse<String> read = auditor.get("/console/voice" + s);
            assertThat(read.statusCode()).isEqualTo(200);
            if (!s.isEmpty()) {
                assertThat(page.body()).as(s).contains("method=\"post\"");
                assertThat(read.body())
                        .as(s)
                        .doesNotContain("method=\"post\" th")
                        .doesNotContain("/console/voice" + s + "\" method");
                assertThat(read.body()).doesNotContain("<button type=\"submit\">保存");
            }
        }
        assertThat(office.get("/console/voice/decisions").body())
                .contains("专家论证")
                .contains("县政府第45次常务会议审议通过");
        assertThat(office.get("/console/voice/figures").body())
                .contains("17869")
                .contains("99.68%");
        assertThat(new ConsoleSession(port, "reviewer")
                        .get("/console/voice/nothing")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aResponseWithoutItsTranscriptIsRefusedBesideTheFieldAndNotStored() throws Exception {
        ConsoleSession office = new ConsoleSession(port, "reviewer");
        int before = responses.responses(null).size();
        HttpResponse<String> r = office.post(
                "/console/voice/responses",
                "/console/voice/responses",
                Map.of(
                        "unitCode", "001008099001",
                        "kind", "INTERVIEW",
                        "title", "测试在线访谈",
                        "channel", "门户网站",
                        "heldOn", "2099-01-01",
                        "transcript", ""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("新闻发布会、在线访谈和领导解读须填写文字实录")
                .contains("日期不能晚于今天")
                .contains("value=\"测试在线访谈\"")
                .contains("aria-invalid=\"true\"");
        assertThat(responses.responses(null)).hasSize(before);

        HttpResponse<String> ok = office.post(
                "/console/voice/responses",
                "/console/voice/responses",
                Map.of(
                        "unitCode", "001008099001",
                        "kind", "INTERVIEW",
                        "title", "测试在线访谈",
                        "channel", "门户网站",
                        "heldOn", "2025-01-01",
                        "transcript", "主持人：欢迎。"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(responses.responses(2025)).anyMatch(x -> x.title().equals("测试在线访谈"));
    }
}
