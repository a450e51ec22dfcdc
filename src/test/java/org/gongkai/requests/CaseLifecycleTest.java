package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.CaseFixture.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.IntConsumer;
import org.gongkai.calendar.CalendarService;
import org.gongkai.fees.FeePolicy;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case against the real calendar and database: history and audit for every step, the numbered letter, the
 * 409 guards, expiry driven by a fixed clock, and the missing-year flag on the case page.
 */
@GongkaiTest
class CaseLifecycleTest {

    /** 县水利局: a unit of the county with no demo applications, where this test's cases are alone. */
    static final String WATER = "001008099015";

    static final StaffMember WATER_HANDLER = new StaffMember("shuili", "县水利局 经办", Role.HANDLER, WATER);

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
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    ReportedYears reportedYears;

    @Autowired
    LetterStore letterStore;

    @Autowired
    Notices notices;

    @Autowired
    CaseLetters caseLetters;

    @Autowired
    AttachmentStore attachmentStore;

    @Autowired
    ReviewPolicies reviewPolicies;

    /** A Monday in a year whose calendar is loaded and whose annual reports are not yet submitted. */
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    /**
     * Runs the nightly job on {@code day} over the whole database, as in production, and hands how many cases it
     * closed to {@code then}; everything is rolled back afterwards, so cases of other tests (and the demo's) stay as
     * they were.
     */
    private void expiryJobOn(LocalDate day, IntConsumer then) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            RequestWorkflow workflow = workflowAt(fixed(day));
            ProvisionalDueDates provisional = new ProvisionalDueDates(repository, workflow, calendar, audit);
            then.accept(new ExpiryJob(repository, workflow, provisional, reportedYears, fixed(day)).closeExpired());
        });
    }

    private RequestWorkflow workflowAt(Clock at) {
        return new RequestWorkflow(repository, access, calendar, fees, audit, reportedYears, notices, at);
    }

    private RequestIntake intakeAt(Clock at) {
        return new RequestIntake(repository, attachments, units, calendar, audit, reportedYears, notices, at);
    }

    private ReplyLetters lettersAt(Clock at) {
        return new ReplyLetters(
                workflowAt(at),
                repository,
                caseLetters,
                attachments,
                attachmentStore,
                access,
                units,
                messages,
                audit,
                reviewPolicies,
                at);
    }

    private static Clock fixed(LocalDate day) {
        return Clock.fixed(
                day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void everyStepIsInTheHistoryAndTheAuditLogAndTheReplyLetterIsNumbered() {
        LocalDate today = MONDAY;
        RequestWorkflow workflow = workflowAt(fixed(today));
        ReplyLetters letters = lettersAt(fixed(today));
        long id = handedIn(intakeAt(fixed(today)), today).id();
        assertThat(queries.view(ZHUJIAN, id).request().dueDate()).isEqualTo(calendar.plusWorkingDays(today, 20));
        // When the handler consults a third party and the reviewer extends
        workflow.startConsultation(ZHUJIAN, id, CaseParts.ConsultationKind.THIRD_PARTY, "某置业公司", "涉及商业秘密");
        workflow.endConsultation(ZHUJIAN, id, "第三方同意公开");
        workflow.extend(REVIEWER, id, 20, "需调取多年档案");
        Letter letter = letters.reply(ZHUJIAN, id, Outcome.GRANTED, Article.A36_2, "经审查，现予公开。", List.of());
        // Then the reply letter carries the unit's number for the year
        assertThat(letter.letterNo()).matches("〔" + today.getYear() + "〕示住建依申复第\\d+号");
        assertThat(letter.xhtml()).contains("经审查，现予公开。").contains("县住房和城乡建设局");
        // And every step is in the history and the audit log, with who
        CaseView view = queries.view(ZHUJIAN, id);
        assertThat(view.history())
                .extracting(RequestEvent::action)
                .containsExactly("register", "start-consultation", "end-consultation", "extend", "reply");
        assertThat(view.history())
                .filteredOn(e -> e.action().equals("extend"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("reviewer");
                    assertThat(e.reason()).isEqualTo("需调取多年档案");
                });
        assertThat(audit.forEntity("disclosure_request", String.valueOf(id)))
                .extracting(e -> e.action())
                .contains("request.register", "request.extend", "request.reply");
        // And the columns the annual report counts by are set
        var row = jdbc.sql("select receipt_date, reply_date, outcome, applicant_type, status from disclosure_request "
                        + "where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row.get("outcome")).isEqualTo("granted");
        assertThat(row.get("status")).isEqualTo("REPLIED");
        assertThat(row.get("reply_date")).isNotNull();
    }

    @Test
    void aSecondReplyOrExtensionIsRefusedWithTheReason() {
        RequestWorkflow workflow = workflowAt(fixed(MONDAY));
        ReplyLetters letters = lettersAt(fixed(MONDAY));
        long id = handedIn(intakeAt(fixed(MONDAY)), MONDAY).id();
        workflow.extend(REVIEWER, id, 5, "需协调");
        assertThatThrownBy(() -> workflow.extend(REVIEWER, id, 5, "再延"))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(messages.getMessage(
                                        e.messageCode(), e.args(), java.util.Locale.SIMPLIFIED_CHINESE))
                                .contains("只能延长一次"));
        letters.reply(ZHUJIAN, id, Outcome.UNABLE_NOT_HELD, Article.A36_4, "经检索，该信息不存在。", List.of());
        assertThatThrownBy(() -> letters.reply(ZHUJIAN, id, Outcome.GRANTED, Article.A36_2, "再次答复", List.of()))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("error.request.already-replied"));
        // One reply letter, after the acknowledgement and the extension notice
        assertThat(queries.view(ZHUJIAN, id).letters())
                .extracting(Letter::kind)
                .containsExactly("acknowledgement", "extension", "reply");
    }

    @Test
    void theExpiryJobClosesAnUncorrectedApplicationWhenTheClockPassesTheDeadline() {
        LocalDate today = MONDAY;
        long id = intakeAt(fixed(today))
                .register(WATER_HANDLER, form(WATER, "in_person"), today, List.of())
                .id();
        workflowAt(fixed(today)).requestCorrection(WATER_HANDLER, id, 3, "请写明所需信息的年份");
        LocalDate deadline =
                queries.view(WATER_HANDLER, id).request().state().correction().deadline();
        // When the job runs on the deadline, the case stays open
        expiryJobOn(
                deadline,
                closed -> assertThat(queries.view(WATER_HANDLER, id).request().status())
                        .isEqualTo(Status.CORRECTION_REQUESTED));
        // When it runs the day after, it closes the case as 其他处理 1 on that day
        LocalDate after = deadline.plusDays(1);
        expiryJobOn(after, closed -> {
            assertThat(closed).isPositive();
            DisclosureRequest r = queries.view(WATER_HANDLER, id).request();
            assertThat(r.status()).isEqualTo(Status.CLOSED);
            assertThat(r.state().reply().outcome()).isEqualTo(Outcome.OTHER_NO_CORRECTION);
            assertThat(r.state().reply().date()).isEqualTo(after);
        });
    }

    @Test
    void anUnpaidFeeClosesTheCaseAsOtherProcessingTwo() {
        LocalDate today = MONDAY;
        long id = intakeAt(fixed(today))
                .register(WATER_HANDLER, form(WATER, "registered_mail"), today, List.of())
                .id();
        workflowAt(fixed(today)).noticeFee(WATER_HANDLER, id, CaseParts.FeeBasis.PAGES, 250, today);
        DisclosureRequest noticed = queries.view(WATER_HANDLER, id).request();
        assertThat(noticed.state().fee().amount()).isEqualTo(4700);
        assertThat(noticed.state().fee().deadline()).isEqualTo(calendar.plusWorkingDays(today, 20));
        LocalDate after = noticed.state().fee().deadline().plusDays(1);
        expiryJobOn(
                after,
                closed -> assertThat(queries.view(WATER_HANDLER, id)
                                .request()
                                .state()
                                .reply()
                                .outcome())
                        .isEqualTo(Outcome.OTHER_UNPAID_FEE));
    }

    @Test
    void aDueDateInAYearWithoutCalendarIsFlaggedOnTheCasePage() throws Exception {
        // Given the first year after this one with no calendar loaded
        int missing = LocalDate.now(clock).getYear();
        while (calendar.calendar().isLoaded(missing)) {
            missing++;
        }
        LocalDate lateDecember = LocalDate.of(missing - 1, 12, 21);
        RequestIntake atYearEnd = intakeAt(fixed(lateDecember));
        // When an application is received in late December of the year before
        long id = atYearEnd
                .register(ZHUJIAN, form(ZHUJIAN_UNIT, "in_person"), lateDecember, List.of())
                .id();
        // Then its due date is provisional, reckoned on the statutory holidays, and never blank
        DisclosureRequest r = queries.view(ZHUJIAN, id).request();
        assertThat(r.state().clock().missingYear()).isEqualTo(missing);
        assertThat(r.dueDate())
                .isEqualTo(calendar.reckonWorkingDays(lateDecember, 20).date())
                .isAfter(LocalDate.of(missing, 1, 1));
        // And the case page marks it provisional, says which year is missing and how the date was counted
        String page = new Http(port).getAs("zhujian", "/console/requests/" + id).body();
        assertThat(page)
                .contains(r.dueDate() + "</span><span>（暂定）")
                .contains(missing + " 年的节假日安排尚未导入")
                .contains("答复期限自 " + lateDecember + " 的次日起算，共 20 个工作日");
        // And the acknowledgement letter states no provisional date as if it were certain
        assertThat(r.certainDueDate()).isNull();
    }

    @Test
    void loadingTheMissingYearsNoticeRecomputesProvisionalDueDatesAtOnce() {
        // Given a case received on 21 December whose due date runs into a year with no notice loaded
        int missing = LocalDate.now(clock).getYear();
        while (calendar.calendar().isLoaded(missing)) {
            missing++;
        }
        LocalDate lateDecember = LocalDate.of(missing - 1, 12, 21);
        long id = intakeAt(fixed(lateDecember))
                .register(ZHUJIAN, form(ZHUJIAN_UNIT, "in_person"), lateDecember, List.of())
                .id();
        LocalDate provisional = queries.view(ZHUJIAN, id).request().dueDate();
        try {
            // When the administrator loads that year's notice, with a holiday on the first week's every weekday
            String days = java.util.stream.IntStream.rangeClosed(1, 8)
                    .mapToObj(d -> LocalDate.of(lateDecember.getYear() + 1, 1, d))
                    .map(d -> "{\"name\":\"元旦\",\"date\":\"" + d + "\",\"isOffDay\":true}")
                    .collect(java.util.stream.Collectors.joining(","));
            String json = "{\"year\":" + (lateDecember.getYear() + 1) + ",\"papers\":[],\"days\":[" + days + "]}";
            calendar.importNotice(
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "notice.json",
                    new StaffMember("admin", "系统管理员", Role.ADMIN, "001008099001"));
            // Then the case's due date is computed again at once: certain, and later by the notice's holidays
            DisclosureRequest r = queries.view(ZHUJIAN, id).request();
            assertThat(r.state().clock().provisional()).isFalse();
            assertThat(r.certainDueDate())
                    .isEqualTo(calendar.plusWorkingDays(lateDecember, 20))
                    .isAfter(provisional);
        } finally {
            jdbc.sql("delete from calendar_year where year = :y")
                    .param("y", lateDecember.getYear() + 1)
                    .update();
            calendar.reload();
        }
    }
}
