package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.CaseFixture.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.PortalVisitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The applicant's tracking page (issue 11 item 5): the history in plain language, the due date and why it moved
 * (the pause of a consultation, an extension with its reason), the fee with how much and by when, then every letter
 * and every released file; no key or enum name shows.
 */
@GongkaiTest
class TrackingPageTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestWorkflow workflow;

    @Autowired
    ReplyLetters letters;

    @Autowired
    RequestQueries queries;

    @Autowired
    java.time.Clock clock;

    @Test
    void theApplicantSeesTheHistoryTheDueDateAndWhyItMovedEveryLetterAndEveryReleasedFile() throws Exception {
        Submitted s = handedIn(intake, LocalDate.now(clock));
        long id = s.id();
        workflow.startConsultation(ZHUJIAN, id, CaseParts.ConsultationKind.THIRD_PARTY, "某置业公司", null);
        workflow.endConsultation(ZHUJIAN, id, "第三方同意公开");
        workflow.extend(REVIEWER, id, 10, "需调取多年度档案");
        workflow.noticeFee(ZHUJIAN, id, CaseParts.FeeBasis.PAGES, 300, null);
        LocalDate due = queries.view(ZHUJIAN, id).request().dueDate();

        PortalVisitor applicant = new PortalVisitor(port);
        Document page =
                Jsoup.parse(applicant.track(s.trackingCode(), s.secret()).body());
        // The due date, and why it is that date: counted from the receipt, the extension with its reason
        assertThat(page.select("#track-due").text()).contains(due.toString());
        String why = page.select("#track-due-why").text();
        assertThat(why).contains("10 个工作日", "需调取多年度档案");
        // The history in plain language, each step as a sentence
        String history = page.select("#track-history").text();
        assertThat(history)
                .contains("受理单位登记收到了您的申请", "征求第三方或其他机关的意见", "征求意见结束，答复期限继续计算", "经批准，答复期限延长", "通知您缴纳信息处理费")
                .doesNotContain("start-consultation", "EXTEND", "track.step");
        // The fee: how much and by when
        assertThat(page.select("#track-fee").text()).contains("应缴", "元", "前缴纳");

        // When the fee is paid and the reply goes out with a released file
        workflow.recordFeePaid(ZHUJIAN, id, null);
        Letter reply = letters.reply(
                ZHUJIAN,
                id,
                Outcome.GRANTED,
                Article.A36_2,
                "经审查，您申请获取的政府信息予以公开，详见附件。",
                List.of(new NewAttachment("竣工验收备案表.txt", "备案表".getBytes(StandardCharsets.UTF_8))));
        Document after = Jsoup.parse(
                new PortalVisitor(port).track(s.trackingCode(), s.secret()).body());
        // Then every letter to the applicant is listed, with its number, and the released file
        String main = after.select("main").text();
        for (Letter l :
                queries.track(s.trackingCode(), s.secret()).orElseThrow().letters()) {
            assertThat(main).contains(l.letterNo());
        }
        assertThat(main)
                .contains(reply.letterNo())
                .contains("政府信息公开申请登记回执", "延期答复告知书", "缴费通知书", "答复告知书")
                .contains("竣工验收备案表.txt")
                .doesNotContain("征求意见函");
        assertThat(after.select("#track-history").text()).contains("收到了您缴纳的信息处理费", "作出了答复");
        assertThat(after.select("a[href*=/portal/track/files/]")).isNotEmpty();
    }

    @Autowired
    org.gongkai.platform.notify.Notifications notifications;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anApplicantWithoutEmailIsToldOfEachLetterAndStepBySms() {
        // Given an applicant who gave a phone but no email address
        Submitted s = intake.register(
                ZHUJIAN,
                new IntakeForm(
                        ZHUJIAN_UNIT,
                        "natural_person",
                        "赵六",
                        "resident_id",
                        "11010519491231002X",
                        null,
                        null,
                        "13900001111",
                        null,
                        "示例县城关镇3号",
                        "申请公开某小区规划许可材料",
                        "in_person",
                        "post"),
                LocalDate.now(clock),
                List.of());
        workflow.startConsultation(ZHUJIAN, s.id(), CaseParts.ConsultationKind.THIRD_PARTY, "某置业公司", null);
        // When delivery runs (the SMS port's logging adapter: no provider is configured here)
        notifications.deliverDue();
        // Then each message went by SMS, one for the acknowledgement and one for the consultation, in words
        List<String> texts = jdbc.sql("select body from notification where reference_type = 'disclosure_request'"
                        + " and reference_id = ? and channel = 'SMS' and status = 'SENT' order by id")
                .param(String.valueOf(s.id()))
                .query(String.class)
                .list();
        assertThat(texts).hasSize(2);
        assertThat(texts.get(0)).contains("登记回执", s.trackingCode());
        assertThat(texts.get(1)).contains("征求第三方或其他机关的意见", s.trackingCode());
        assertThat(notifications.about("disclosure_request", String.valueOf(s.id())))
                .allSatisfy(r -> assertThat(r.recipient()).doesNotContain("13900001111"));
    }
}
