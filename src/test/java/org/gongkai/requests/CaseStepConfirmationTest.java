package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.CaseFixture.*;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.PlainChinese;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Every irreversible step on the case page is two posts: the first changes nothing (no letter, no history, no audit
 * entry, the same status) and shows the exact letter with what will happen; the second, carrying the same values,
 * takes the step; going back keeps what was typed. The result is said in words.
 */
@GongkaiTest
class CaseStepConfirmationTest {

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final String REASON = "涉及多个年度的资金档案，需要逐卷调阅核对";

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    private long audited(long id, String action) {
        return jdbc.sql("select count(*) from audit_log where action = ? and entity_id = ?")
                .param("request." + action)
                .param(String.valueOf(id))
                .query(Long.class)
                .single();
    }

    /** The values the preview's confirming form carries, as hidden fields. */
    private static Map<String, String> carried(String page) {
        String form = page.substring(page.indexOf("class=\"confirm-ways\""));
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(form.substring(0, form.indexOf("</form>")));
        while (m.find()) {
            values.put(m.group(1), HtmlUtils.htmlUnescape(m.group(2)));
        }
        return values;
    }

    @Test
    void anExtensionSubmittedWithoutConfirmationChangesNothingAndShowsTheLetter() throws Exception {
        // Given a registered case the reviewer may extend
        Submitted s = handedIn(intake, LocalDate.now(clock));
        String casePath = "/console/requests/" + s.id();
        ConsoleSession reviewer = new ConsoleSession(port, "reviewer");
        int lettersBefore = queries.view(REVIEWER, s.id()).letters().size();
        int historyBefore = queries.view(REVIEWER, s.id()).history().size();

        // When the reviewer submits the extension form
        HttpResponse<String> preview =
                reviewer.post(casePath, casePath + "/extend", Map.of("days", "15", "reason", REASON));

        // Then the page shows the extension notice with the reason and the new due date, and what will happen
        assertThat(preview.statusCode()).isEqualTo(200);
        String page = preview.body();
        assertThat(page)
                .contains("id=\"letter-preview\"", "政府信息公开申请延期答复告知书", REASON, "文号在发出时编定")
                .contains("批准延长答复期限，并向申请人发出延期答复告知书")
                .contains("id=\"step-status-after\">已延期<");
        assertThat(PlainChinese.PLATFORM.rawTokens(PlainChinese.textOf(page))).isEmpty();
        // And nothing has changed: no letter, no history, no audit entry, the same status
        CaseView after = queries.view(REVIEWER, s.id());
        assertThat(after.request().status()).isEqualTo(Status.REGISTERED);
        assertThat(after.letters()).hasSize(lettersBefore);
        assertThat(after.history()).hasSize(historyBefore);
        assertThat(audited(s.id(), "extend")).isZero();

        // When the reviewer confirms with the values the preview carries
        Map<String, String> values = carried(page);
        assertThat(values)
                .containsEntry("confirmed", "true")
                .containsEntry("reason", REASON)
                .containsEntry("days", "15");
        HttpResponse<String> done = reviewer.post(casePath, casePath + "/extend", values);

        // Then the step is taken once, with its letter, and the case page says what was done
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith(casePath + "?done=extend");
        CaseView extended = queries.view(REVIEWER, s.id());
        assertThat(extended.request().status()).isEqualTo(Status.EXTENDED);
        assertThat(extended.letters()).hasSize(lettersBefore + 1);
        assertThat(extended.letters().getLast().body()).contains(REASON);
        assertThat(audited(s.id(), "extend")).isEqualTo(1);
        assertThat(reviewer.get(casePath + "?done=extend").body())
                .contains("id=\"step-done\"", "向申请人发出延期答复告知书")
                .doesNotContain("操作已完成");
    }

    @Test
    void goingBackFromThePreviewReturnsToTheOpenFormWithTheValuesKept() throws Exception {
        Submitted s = handedIn(intake, LocalDate.now(clock));
        String casePath = "/console/requests/" + s.id();
        ConsoleSession reviewer = new ConsoleSession(port, "reviewer");
        String page = reviewer.post(casePath, casePath + "/extend", Map.of("days", "12", "reason", REASON))
                .body();
        Matcher back = Pattern.compile("id=\"do-back\" href=\"([^\"]+)\"").matcher(page);
        assertThat(back.find()).isTrue();
        String href = HtmlUtils.htmlUnescape(back.group(1));
        assertThat(URLDecoder.decode(href, StandardCharsets.UTF_8)).startsWith(casePath + "?step=extend");

        String form = reviewer.get(href).body();
        assertThat(form).containsPattern("<details name=\"case-step\" class=\"step\" id=\"step-extend\" open");
        assertThat(form).contains("name=\"days\" type=\"number\" min=\"1\" max=\"20\" value=\"12\"");
        assertThat(form).containsPattern("id=\"extend-reason\"[^>]*>" + Pattern.quote(REASON) + "</textarea>");
        assertThat(queries.view(REVIEWER, s.id()).request().status()).isEqualTo(Status.REGISTERED);
    }

    @Test
    void theCasePageOpensNoStepUntilOneFailsAndThenOnlyThatOne() throws Exception {
        Submitted s = handedIn(intake, LocalDate.now(clock));
        String casePath = "/console/requests/" + s.id();
        ConsoleSession handler = new ConsoleSession(port, "zhujian");
        String page = handler.get(casePath).body();
        assertThat(count(page, "<details name=\"case-step\"")).isGreaterThan(2);
        assertThat(count(page, "<details name=\"case-step\"[^>]*\\sopen")).isZero();

        // A consultation without a party is refused as bad input; the page comes back with that form, and only it,
        // open, the party asked for by name on its field and in the summary
        HttpResponse<String> refused = handler.post(
                casePath,
                casePath + "/start-consultation",
                Map.of("kind", "THIRD_PARTY", "party", " ", "reason", "涉及第三方商业秘密"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(count(refused.body(), "<details name=\"case-step\"[^>]*\\sopen"))
                .isEqualTo(1);
        assertThat(refused.body())
                .containsPattern("id=\"step-start-consultation\" open")
                .containsPattern("id=\"start-consultation-party\"[^>]*aria-invalid=\"true\"[^>]*"
                        + "aria-describedby=\"err-start-consultation-party\"")
                .contains("<span class=\"field-error\" id=\"err-start-consultation-party\">请填写征求意见的对象名称")
                .contains("<a href=\"#start-consultation-party\">请填写征求意见的对象名称")
                .containsPattern("id=\"start-consultation-reason\"[^>]*value=\"涉及第三方商业秘密\"");
        assertThat(queries.view(ZHUJIAN, s.id()).request().status()).isEqualTo(Status.REGISTERED);
        assertThat(audited(s.id(), "start-consultation")).isZero();
    }

    /**
     * A step that stops the clock (a consultation, a fee notice, a correction asked for) must not be previewed with
     * the due date as it stands: the preview says what the case page will say once the step is taken.
     */
    @Test
    void thePreviewOfAStepThatStopsTheClockShowsTheDueDateAsTheCaseWillShowIt() throws Exception {
        Map<String, Map<String, String>> steps = new LinkedHashMap<>();
        steps.put("start-consultation", Map.of("kind", "THIRD_PARTY", "party", "示例县某建筑公司", "reason", "涉及商业秘密"));
        steps.put("fee-notice", Map.of("basis", "PAGES", "pages", "300"));
        steps.put("request-correction", Map.of("note", "请写明所需信息的文号", "periodDays", "15"));
        for (var step : steps.entrySet()) {
            Submitted s = handedIn(intake, LocalDate.now(clock));
            String casePath = "/console/requests/" + s.id();
            ConsoleSession handler = new ConsoleSession(port, "zhujian");
            String before = dueShown(handler.get(casePath).body(), "due-date");
            assertThat(before).as(step.getKey()).doesNotContain("暂停");

            String preview = dueShown(
                    handler.post(casePath, casePath + "/" + step.getKey(), step.getValue())
                            .body(),
                    "step-due-after");
            assertThat(preview).as(step.getKey()).isNotEqualTo(before).contains("暂停");

            Map<String, String> confirmed = new LinkedHashMap<>(step.getValue());
            confirmed.put("confirmed", "true");
            assertThat(handler.post(casePath, casePath + "/" + step.getKey(), confirmed)
                            .statusCode())
                    .isEqualTo(302);
            assertThat(dueShown(handler.get(casePath).body(), "due-date"))
                    .as(step.getKey())
                    .isEqualTo(preview);
        }
    }

    /** The words of the due date as a page shows them. */
    private static String dueShown(String page, String id) {
        return org.jsoup.Jsoup.parse(page).getElementById(id).text();
    }

    @Test
    void aPreviewIsRefusedAsTheStepWouldBeAndChangesNothing() throws Exception {
        // A handler may not extend (a reviewer approves extensions): the preview is refused inside the console, with
        // a way back
        Submitted s = handedIn(intake, LocalDate.now(clock));
        String casePath = "/console/requests/" + s.id();
        HttpResponse<String> r = new ConsoleSession(port, "zhujian")
                .post(casePath, casePath + "/extend", Map.of("days", "15", "reason", REASON));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body())
                .doesNotContain("id=\"letter-preview\"")
                .contains("site-header console", "id=\"error-back\" href=\"/console/requests\"");
        assertThat(audited(s.id(), "extend")).isZero();
        assertThat(queries.view(ZHUJIAN, s.id()).request().status()).isEqualTo(Status.REGISTERED);
    }

    @Test
    void everyStepSaysInWordsWhatWasDone() {
        for (RequestStep step : RequestStep.values()) {
            String done = messages.getMessage("console.case.done." + step.action(), null, null, Locale.CHINA);
            assertThat(done).as(step.action()).isNotBlank().doesNotContain("操作已完成");
            if (step != RequestStep.REPLY && step != RequestStep.SUBMIT_REVIEW) {
                assertThat(messages.getMessage("step.preview.will." + step.action(), null, null, Locale.CHINA))
                        .as(step.action())
                        .isNotBlank();
            }
        }
    }

    private static long count(String page, String regex) {
        return Pattern.compile(regex).matcher(page).results().count();
    }
}
