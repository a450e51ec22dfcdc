package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.CaseFixture.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.requests.ReplyLetters.ReplyDraft;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The library of past cases (applicant data removed, staff only), the topics asked for often, callbacks and ratings
 * after a reply, and the review setting page, against the real database and through the console.
 */
@GongkaiTest
class HardCasesPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    ReplyLetters letters;

    @Autowired
    CaseLibrary library;

    @Autowired
    FrequentTopics topics;

    @Autowired
    FollowUps followUps;

    @Autowired
    AuditLog audit;

    @Autowired
    java.time.Clock clock;

    private static int people = 0;

    private long apply(String name, String description) {
        String first17 = "32010219900101" + String.format("%03d", 100 + (++people) + (int) (System.nanoTime() % 700));
        IntakeForm f = new IntakeForm(
                ZHUJIAN_UNIT,
                "natural_person",
                name,
                "resident_id",
                first17 + IdNumbers.residentIdCheck(first17),
                null,
                null,
                "13700000000",
                null,
                "示例县城关镇8号",
                description,
                "in_person",
                "post");
        return intake.register(ZHUJIAN, f, LocalDate.now(clock), List.of()).id();
    }

    private long replied(String name, String description, String letter) {
        long id = apply(name, description);
        letters.reply(ZHUJIAN, id, new ReplyDraft(Outcome.GRANTED, Article.A36_2, letter, null, List.of()));
        return id;
    }

    @Test
    void theLibraryFindsAnsweredCasesByTopicAndOutcomeWithoutTheApplicantsData() throws Exception {
        String topic = "鹭洲湾" + System.nanoTime() % 10000;
        long id = replied(
                "欧阳明",
                "本人欧阳明，电话13912345678，申请公开" + topic + "小区的规划许可证",
                "欧阳明先生：经审查，" + topic + "小区的规划许可证属于可以公开的政府信息，现予提供。");
        apply("欧阳明", "申请公开" + topic + "小区的消防验收意见");

        CaseLibrary.Page found = library.search(REVIEWER, null, topic, 0);
        assertThat(found.total()).isEqualTo(1);
        PastCase c = found.cases().getFirst();
        assertThat(c.id()).isEqualTo(id);
        assertThat(c.request()).contains(topic).doesNotContain("欧阳明").doesNotContain("13912345678");
        assertThat(c.reply()).contains("现予提供").doesNotContain("欧阳明").doesNotContain("欧阳先生");
        assertThat(library.search(CHENGGUAN, Outcome.GRANTED, topic, 0).total()).isEqualTo(1);
        assertThat(library.search(REVIEWER, Outcome.WITHHELD_THIRD_PARTY, topic, 0)
                        .total())
                .isZero();

        // Staff see it in the console; nobody else
        ConsoleSession staff = new ConsoleSession(port, "chengguan");
        HttpResponse<String> page = staff.get("/console/requests/library?topic=" + topic);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(topic).contains("案例库").doesNotContain("欧阳明");
        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console/requests/library"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(302, 401, 403);
        assertThat(anonymous.body()).doesNotContain("案例库");
    }

    @Test
    void topicsAskedForOftenAreShownWithTheirApplications() throws Exception {
        String place = "翠屏山" + (char) ('甲' + (int) (System.nanoTime() % 9));
        long a = apply("孔一", place + "生态修复项目征收补偿标准");
        long b = apply("孔二", "请公开" + place + "生态修复项目的征收补偿方案");
        long c = apply("孔三", place + "生态修复项目征收补偿款发放情况");
        LocalDate today = LocalDate.now(clock);
        List<FrequentTopics.Topic> found = topics.between(REVIEWER, today, today, 3, 100);
        assertThat(found)
                .filteredOn(t -> t.keyword().contains("征收") || t.keyword().contains("补偿"))
                .isNotEmpty()
                .allSatisfy(t ->
                        assertThat(t.examples()).extracting(RequestSummary::id).contains(a, b, c));
        assertThat(found).extracting(FrequentTopics.Topic::keyword).doesNotContain("申请", "公开");
        HttpResponse<String> page = new ConsoleSession(port, "reviewer").get("/console/requests/topics");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("高频申请事项").contains("/console/requests/" + a);
    }

    @Test
    void aCallbackAndTheApplicantsRatingAreRecordedOnceTheCaseIsAnswered() throws Exception {
        long open = apply("严五", "申请公开某小区的竣工图纸");
        assertThatThrownBy(() -> followUps.recordCallback(ZHUJIAN, open, LocalDate.now(clock), "已回访"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> followUps.rate(open, 5, null)).isInstanceOf(ConflictException.class);
        long id = replied("严五", "申请公开某小区的规划总平面图", "经审查，现予公开。");
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> followUps.recordCallback(ZHUJIAN, id, today.plusDays(1), " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields())
                                .extracting(InvalidInputException.FieldProblem::field)
                                .containsExactlyInAnyOrder("callbackOn", "callbackNote"));
        assertThatThrownBy(() -> followUps.rate(id, 6, null)).isInstanceOf(InvalidInputException.class);
        followUps.rate(id, 4, "答复清楚");
        assertThatThrownBy(() -> followUps.rate(id, 5, null)).isInstanceOf(ConflictException.class);

        // The handler records the callback in the console; a bad date is an inline error, nothing stored
        ConsoleSession handler = new ConsoleSession(port, "zhujian");
        HttpResponse<String> bad = handler.post(
                "/console/requests/" + id,
                "/console/requests/" + id + "/callback",
                Map.of("callbackOn", today.plusDays(5).toString(), "callbackNote", "电话回访"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("err-callbackOn").contains("aria-invalid=\"true\"");
        assertThat(followUps.forRequest(id)).hasSize(1);
        HttpResponse<String> ok = handler.post(
                "/console/requests/" + id,
                "/console/requests/" + id + "/callback",
                Map.of("callbackOn", today.toString(), "callbackNote", "电话回访，申请人已收到答复"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(followUps.forRequest(id))
                .extracting(FollowUp::kind)
                .containsExactly(FollowUp.Kind.RATING, FollowUp.Kind.CALLBACK);
        assertThat(audit.forEntity("disclosure_request", String.valueOf(id)))
                .extracting(e -> e.action())
                .contains("request.rating", "request.callback");
        // The office sees the counts
        assertThat(followUps.counts(REVIEWER, today.withDayOfYear(1), today))
                .filteredOn(c -> c.unitCode().equals(ZHUJIAN_UNIT))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.calledBack()).isPositive();
                    assertThat(c.rated()).isPositive();
                    assertThat(c.averageRating()).isNotNull();
                });
        HttpResponse<String> page = new ConsoleSession(port, "reviewer").get("/console/requests/follow-ups");
        assertThat(page.body()).contains("回访与评价").contains("县住房和城乡建设局");
    }

    @Test
    void onlyAReviewerChangesTheReviewSettingAndAHandlerSeesItReadOnly() throws Exception {
        HttpResponse<String> handlerPage = new ConsoleSession(port, "zhujian").get("/console/requests/review-settings");
        assertThat(handlerPage.statusCode()).isEqualTo(200);
        assertThat(handlerPage.body()).contains("答复审核设置").doesNotContain("do-save-review-settings");
        ConsoleSession handler = new ConsoleSession(port, "zhujian");
        HttpResponse<String> refused = handler.post(
                "/console/requests/review-settings", "/console/requests/review-settings", Map.of("groups", "granted"));
        assertThat(refused.statusCode()).isEqualTo(403);
        ConsoleSession reviewer = new ConsoleSession(port, "reviewer");
        HttpResponse<String> bad = reviewer.post(
                "/console/requests/review-settings", "/console/requests/review-settings", Map.of("groups", "nonsense"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("err-groups");
        assertThat(new ConsoleSession(port, "reviewer")
                        .get("/console/requests/review-settings")
                        .body())
                .contains("id=\"group-partial\"");
    }
}
