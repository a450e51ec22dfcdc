package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.CaseFixture.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.calendar.CalendarService;
import org.gongkai.fees.FeePolicy;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.rendering.DocumentRenderer;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.gongkai.support.PortalVisitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every December, before the next year's holiday notice is out: a correction notice, a consultation letter, a fee
 * notice and a pause ending in that year are not refused. Their deadlines are reckoned on the statutory holidays,
 * stored as provisional, marked （暂定） on the case page, the tracking page and in the API; the letters word the
 * period in working days without the date; loading the year's notice computes them again and clears the flag.
 */
@GongkaiTest
class ProvisionalStepDeadlinesTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestRepository repository;

    @Autowired
    RequestAccess access;

    @Autowired
    Attachments attachments;

    @Autowired
    UnitDirectory units;

    @Autowired
    CalendarService calendar;

    @Autowired
    FeePolicy fees;

    @Autowired
    AuditLog audit;

    @Autowired
    ReportedYears reportedYears;

    @Autowired
    Notices notices;

    @Autowired
    RequestQueries queries;

    @Autowired
    DocumentRenderer renderer;

    @Autowired
    JdbcClient jdbc;

    /** The first year, from this one on, whose holiday notice is not loaded. */
    int missing;

    /** 21 December of the year before it: every period of 15 or 20 working days reaches into it. */
    LocalDate lateDecember;

    @BeforeEach
    void yearWithoutNotice() {
        missing = LocalDate.now(China.ZONE).getYear();
        while (calendar.calendar().isLoaded(missing)) {
            missing++;
        }
        lateDecember = LocalDate.of(missing - 1, 12, 21);
    }

    private RequestWorkflow workflowOn(LocalDate day) {
        return new RequestWorkflow(repository, access, calendar, fees, audit, reportedYears, notices, fixed(day));
    }

    private Submitted receivedOn(LocalDate day) {
        return handedIn(
                new RequestIntake(repository, attachments, units, calendar, audit, reportedYears, notices, fixed(day)),
                day);
    }

    private static Clock fixed(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(China.ZONE).toInstant(), China.ZONE);
    }

    private DisclosureRequest request(long id) {
        return queries.view(ZHUJIAN, id).request();
    }

    private String letterText(long id, LetterKind kind) throws Exception {
        Letter letter = queries.view(ZHUJIAN, id).letters().stream()
                .filter(l -> l.kind().equals(kind.key()))
                .findFirst()
                .orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(letter.xhtml()))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
        }
    }

    private static String chinese(LocalDate d) {
        return ReplyLetters.CHINESE_DATE.format(d);
    }

    @Test
    void aCorrectionNoticeIsSentWithAProvisionalPeriodShownEverywhereButNotDatedInTheLetter() throws Exception {
        // Given a case received on 21 December
        Submitted s = receivedOn(lateDecember);
        // When the handler asks for a correction within 20 working days (refused with 409 before)
        workflowOn(lateDecember).requestCorrection(ZHUJIAN, s.id(), 20, "请写明小区名称");
        // Then the deadline is reckoned on the statutory holidays and stored as provisional
        CaseParts.Correction c = request(s.id()).state().correction();
        LocalDate expected = calendar.reckonWorkingDays(lateDecember, 20).date();
        assertThat(c.deadline()).isEqualTo(expected).isAfter(LocalDate.of(missing, 1, 1));
        assertThat(c.missingYear()).isEqualTo(missing);
        // And the case page marks it and says why
        String page =
                new Http(port).getAs("zhujian", "/console/requests/" + s.id()).body();
        assertThat(page)
                .contains("期限至 " + expected + "（暂定）")
                .contains("id=\"provisional-deadlines\"")
                .contains(missing + " 年的节假日安排尚未导入");
        // And the applicant's tracking page marks it too
        String track =
                new PortalVisitor(port).track(s.trackingCode(), s.secret()).body();
        assertThat(track).contains("请于 " + expected + "（暂定） 前补正").contains("id=\"track-deadlines-provisional\"");
        // And the API says so next to the date
        String json = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/v1/requests/" + s.trackingCode()))
                                .header("Authorization", Http.bearer(port, "zhujian"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(json)
                .contains("\"stepDeadlines\":[{\"kind\":\"correction\",\"deadline\":\"" + expected
                        + "\",\"provisional\":true}]")
                .contains("\"dueDateProvisional\":false");
        // And the letter words the period in working days and states no date it cannot be sure of
        String letter = letterText(s.id(), LetterKind.CORRECTION);
        assertThat(letter).contains("请您自本告知书作出之日起20个工作日内补正").doesNotContain(chinese(expected));
    }

    @Test
    void aConsultationLetterAndAFeeNoticeAreSentWithProvisionalPeriods() throws Exception {
        Submitted consulted = receivedOn(lateDecember);
        workflowOn(lateDecember)
                .startConsultation(ZHUJIAN, consulted.id(), CaseParts.ConsultationKind.THIRD_PARTY, "某物业公司", null);
        CaseParts.Consultation q = request(consulted.id()).state().consultation();
        assertThat(q.deadline())
                .isEqualTo(calendar.reckonWorkingDays(lateDecember, 15).date());
        assertThat(q.missingYear()).isEqualTo(missing);
        assertThat(new Http(port)
                        .getAs("zhujian", "/console/requests/" + consulted.id())
                        .body())
                .contains("答复期限 " + q.deadline() + "（暂定）");
        assertThat(letterText(consulted.id(), LetterKind.CONSULTATION))
                .contains("请自收到本函之日起15个工作日内提出书面意见")
                .doesNotContain(chinese(q.deadline()));

        Submitted charged = receivedOn(lateDecember);
        workflowOn(lateDecember).noticeFee(ZHUJIAN, charged.id(), CaseParts.FeeBasis.PAGES, 300, lateDecember);
        CaseParts.FeeNotice f = request(charged.id()).state().fee();
        assertThat(f.deadline())
                .isEqualTo(calendar.reckonWorkingDays(lateDecember, 20).date());
        assertThat(f.missingYear()).isEqualTo(missing);
        assertThat(new Http(port)
                        .getAs("zhujian", "/console/requests/" + charged.id())
                        .body())
                .contains("缴费期限 " + f.deadline() + "（暂定）");
        assertThat(new PortalVisitor(port)
                        .track(charged.trackingCode(), charged.secret())
                        .body())
                .contains("请于 " + f.deadline() + "（暂定） 前缴纳");
        assertThat(letterText(charged.id(), LetterKind.FEE))
                .contains("请自收到本通知之日起20个工作日内缴纳")
                .doesNotContain(chinese(f.deadline()));
    }

    @Test
    void aPauseEndingInAYearWithoutNoticeIsCountedProvisionallyAndLoadingTheNoticeClearsEveryFlag() {
        // Given a consultation started on 21 December and ended on 8 January, and a correction and a fee notice
        Submitted paused = receivedOn(lateDecember);
        workflowOn(lateDecember)
                .startConsultation(ZHUJIAN, paused.id(), CaseParts.ConsultationKind.THIRD_PARTY, "某物业公司", null);
        LocalDate january8 = LocalDate.of(missing, 1, 8);
        workflowOn(january8).endConsultation(ZHUJIAN, paused.id(), "第三方已答复");
        ReplyClock clock = request(paused.id()).state().clock();
        int pausedDays =
                calendar.reckonWorkingDaysBetween(lateDecember, january8).days();
        assertThat(clock.pausedDays()).isEqualTo(pausedDays);
        assertThat(clock.provisionalPauses()).hasSize(1);
        assertThat(clock.missingYear()).isEqualTo(missing);
        Submitted corrected = receivedOn(lateDecember);
        workflowOn(lateDecember).requestCorrection(ZHUJIAN, corrected.id(), 20, "请写明小区名称");
        Submitted charged = receivedOn(lateDecember);
        workflowOn(lateDecember).noticeFee(ZHUJIAN, charged.id(), CaseParts.FeeBasis.PAGES, 300, lateDecember);
        try {
            // When the administrator loads that year's notice: the first eight days of January off
            String days = IntStream.rangeClosed(1, 8)
                    .mapToObj(d -> LocalDate.of(missing, 1, d))
                    .map(d -> "{\"name\":\"元旦\",\"date\":\"" + d + "\",\"isOffDay\":true}")
                    .collect(Collectors.joining(","));
            String json = "{\"year\":" + missing + ",\"papers\":[],\"days\":[" + days + "]}";
            calendar.importNotice(
                    json.getBytes(StandardCharsets.UTF_8),
                    "notice.json",
                    new StaffMember("admin", "系统管理员", Role.ADMIN, "001008099001"));
            // Then every deadline is computed again at once, on the notice, and is certain
            ReplyClock again = request(paused.id()).state().clock();
            assertThat(again.provisionalPauses()).isEmpty();
            assertThat(again.pausedDays()).isEqualTo(calendar.workingDaysBetween(lateDecember, january8));
            assertThat(again.pausedDays()).isLessThan(pausedDays);
            assertThat(request(paused.id()).certainDueDate())
                    .isEqualTo(calendar.plusWorkingDays(lateDecember, 20 + again.pausedDays()));
            assertThat(request(paused.id()).state().consultation().provisional())
                    .isFalse();
            CaseParts.Correction c = request(corrected.id()).state().correction();
            assertThat(c.provisional()).isFalse();
            assertThat(c.deadline()).isEqualTo(calendar.plusWorkingDays(lateDecember, 20));
            CaseParts.FeeNotice f = request(charged.id()).state().fee();
            assertThat(f.provisional()).isFalse();
            assertThat(f.deadline()).isEqualTo(calendar.plusWorkingDays(lateDecember, 20));
            // And each recomputed case is in the audit log with its new dates
            for (long id : List.of(paused.id(), corrected.id(), charged.id())) {
                assertThat(jdbc.sql("select detail from audit_log where action = 'requests.deadlines.recompute' "
                                        + "and entity_id = :id")
                                .param("id", String.valueOf(id))
                                .query(String.class)
                                .list())
                        .singleElement()
                        .asString()
                        .doesNotContain("provisional");
            }
            assertThat(new Http(port)
                            .getAs("zhujian", "/console/requests/" + corrected.id())
                            .body())
                    .doesNotContain("（暂定）")
                    .doesNotContain("provisional-deadlines");
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            jdbc.sql("delete from calendar_year where year = :y")
                    .param("y", missing)
                    .update();
            calendar.reload();
        }
    }
}
