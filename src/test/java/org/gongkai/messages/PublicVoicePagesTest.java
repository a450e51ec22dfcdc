package org.gongkai.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.gongkai.annualreport.YearFigures;
import org.gongkai.platform.China;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal's message and comment forms refuse bad input beside each field and store nothing; a comment waits
 * for moderation; a survey counts answers; the console lists messages with the senders' names masked; section 1's
 * figures come from the records.
 */
@GongkaiTest
class PublicVoicePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<YearFigures> figures;

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long openConsultation(String kind) {
        return jdbc.sql("select id from consultation where kind = ? and opens_on <= current_date "
                        + "and closes_on >= current_date and feedback_on is null order by id limit 1")
                .param(kind)
                .query(Long.class)
                .single();
    }

    @Test
    void theMessageFormShowsErrorsBesideTheFieldsAndStoresNothing() throws Exception {
        long before = count("message");
        HttpResponse<String> r = new PortalForms(port)
                .post(
                        "/portal/messages/new",
                        "/portal/messages/new",
                        Map.of("name", "", "phone", "12", "subject", "", "body", "", "unitCode", ""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"err-name\"", "id=\"err-phone\"", "id=\"err-subject\"", "id=\"err-body\"");
        assertThat(r.body()).contains("aria-describedby=\"err-subject\"");
        assertThat(count("message")).isEqualTo(before);

        HttpResponse<String> ok = new PortalForms(port)
                .post(
                        "/portal/messages/new",
                        "/portal/messages/new",
                        Map.of("name", "韩梅", "phone", "", "subject", "页面留言", "body", "内容", "unitCode", ""));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(count("message")).isEqualTo(before + 1);
    }

    @Test
    void aCommentIsRefusedWhenEmptyAndOtherwiseWaitsForModerationDeIdentified() throws Exception {
        long id = openConsultation("PLAN");
        long before = count("consultation_comment");
        PortalForms visitor = new PortalForms(port);
        String page = "/portal/consultations/" + id;
        HttpResponse<String> bad = visitor.post(page, page + "/comments", Map.of("name", "", "text", " "));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"err-text\"");
        assertThat(count("consultation_comment")).isEqualTo(before);

        HttpResponse<String> ok = visitor.post(
                page,
                page + "/comments",
                Map.of("name", "刘洋", "contact", "liuyang@example.com", "text", "我是刘洋，建议多建停车场，电话13800001111。"));
        assertThat(ok.statusCode()).isEqualTo(302);
        var row = jdbc.sql("select public_text, moderation from consultation_comment where consultation_id = ? "
                        + "order by id desc limit 1")
                .param(id)
                .query()
                .singleRow();
        assertThat(row.get("moderation")).isEqualTo("PENDING");
        assertThat((String) row.get("public_text"))
                .doesNotContain("刘洋", "13800001111")
                .contains("建议多建停车场");
        assertThat(visitor.get(page).body()).doesNotContain("建议多建停车场");

        // A moderator lets it through: shown de-identified
        long commentId = jdbc.sql("select max(id) from consultation_comment where consultation_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        ConsoleSession unit = new ConsoleSession(port, "zhujian");
        String consolePage = "/console/consultations/" + id;
        // The moderator reads the comment; the commenter's name is masked and the contact left out
        assertThat(unit.get(consolePage).body())
                .doesNotContain("liuyang@example.com", "刘洋 ")
                .contains("刘*");
        HttpResponse<String> shown = unit.post(
                consolePage, consolePage + "/comments/" + commentId + "/moderate", Map.of("decision", "show"));
        assertThat(shown.statusCode()).isEqualTo(302);
        assertThat(visitor.get(page).body()).contains("建议多建停车场").doesNotContain("刘洋", "13800001111");
        // Another unit's handler may not moderate
        ConsoleSession other = new ConsoleSession(port, "chengguan");
        HttpResponse<String> refused = other.post(
                "/console/consultations",
                consolePage + "/comments/" + commentId + "/moderate",
                Map.of("decision", "reject"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'denied.consultation.moderate'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aSurveyNeedsEveryQuestionAnsweredAndCountsTheAnswers() throws Exception {
        ConsoleSession office = new ConsoleSession(port, "reviewer");
        HttpResponse<String> created = office.post(
                "/console/consultations/new",
                "/console/consultations",
                Map.of(
                        "unitCode", "001008099001",
                        "kind", "survey",
                        "title", "政府网站改版调查",
                        "draftText", "请您评价网站。",
                        "explanation", "2 题单选。",
                        "opensOn",
                                java.time.LocalDate.now(China.ZONE).minusDays(1).toString(),
                        "closesOn",
                                java.time.LocalDate.now(China.ZONE).plusDays(10).toString(),
                        "questions", "好用吗？|好用|一般|不好用\n常来吗？|常来|偶尔"));
        assertThat(created.statusCode()).isEqualTo(302);
        long id = Long.parseLong(
                created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        List<Long> q = jdbc.sql("select id from survey_question where consultation_id = ? order by position")
                .param(id)
                .query(Long.class)
                .list();
        String page = "/portal/consultations/" + id;
        PortalForms visitor = new PortalForms(port);
        HttpResponse<String> half = visitor.post(page, page + "/answers", Map.of("q" + q.get(0), "2"));
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(half.body()).contains("id=\"err-q" + q.get(1) + "\"");
        assertThat(count("survey_answer where question_id = " + q.get(0))).isZero();
        HttpResponse<String> ok =
                visitor.post(page, page + "/answers", Map.of("q" + q.get(0), "2", "q" + q.get(1), "0"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select option_index from survey_answer where question_id = ?")
                        .param(q.get(0))
                        .query(Integer.class)
                        .list())
                .containsExactly(2);
        HttpResponse<String> bad = office.post(
                "/console/consultations/new",
                "/console/consultations",
                Map.of(
                        "kind",
                        "survey",
                        "title",
                        "",
                        "draftText",
                        "x",
                        "explanation",
                        "x",
                        "opensOn",
                        "x",
                        "closesOn",
                        "2026-01-01",
                        "questions",
                        ""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"err-title\"", "id=\"err-opensOn\"", "id=\"err-questions\"");
    }

    @Test
    void theConsoleMasksSendersInTheListAndTheOfficeSetsTheReplyPeriod() throws Exception {
        ConsoleSession office = new ConsoleSession(port, "reviewer");
        String list = office.get("/console/messages?all=1").body();
        assertThat(list).contains("陈**", "老旧小区改造何时开工").doesNotContain("陈立新", "13957701234");
        HttpResponse<String> bad =
                office.post("/console/messages/settings", "/console/messages/settings", Map.of("replyDays", "0"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"err-replyDays\"");
        ConsoleSession handler = new ConsoleSession(port, "zhujian");
        HttpResponse<String> refused =
                handler.post("/console/messages", "/console/messages/settings", Map.of("replyDays", "5"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(office.post("/console/messages/settings", "/console/messages/settings", Map.of("replyDays", "15"))
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void sectionOneFiguresCountTheYearsMessagesAndConsultations() {
        int year = jdbc.sql("select extract(year from max(received_on))::int from message")
                .query(Integer.class)
                .single();
        long received = jdbc.sql("select count(*) from message where extract(year from received_on) = ?")
                .param(year)
                .query(Long.class)
                .single();
        int consultationYear = jdbc.sql("select extract(year from max(opens_on))::int from consultation")
                .query(Integer.class)
                .single();
        long held = jdbc.sql("select count(*) from consultation where extract(year from opens_on) = ?")
                .param(consultationYear)
                .query(Long.class)
                .single();
        assertThat(figure("messages.received", year)).isEqualTo(received).isPositive();
        assertThat(figure("consultations.held", consultationYear))
                .isEqualTo(held)
                .isPositive();
    }

    private long figure(String key, int year) {
        return figures.stream()
                .flatMap(f -> f.figures("001008099", year).stream())
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
