package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.CaseFixture.*;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.requests.ReplyLetters.ReplyDraft;
import org.gongkai.support.ConsoleSession;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Help for hard cases against the real database: the applicant's similar applications (never another applicant's)
 * and monthly counts, and the reviewer's approval a withheld or partial reply needs before it is sent.
 */
@GongkaiTest
class HardCasesTest {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestWorkflow workflow;

    @Autowired
    ReplyLetters letters;

    @Autowired
    RequestRepository repository;

    @Autowired
    ApplicantHistory history;

    @Autowired
    RequestQueries queries;

    @Autowired
    ReviewPolicies policies;

    @Autowired
    AuditLog audit;

    @Autowired
    java.time.Clock clock;

    private static int people = 0;

    /** A resident ID number no other test uses, with its check digit. */
    private static String newPerson() {
        String first17 = "44030419870301" + String.format("%03d", 500 + (++people) + (int) (System.nanoTime() % 400));
        return first17 + IdNumbers.residentIdCheck(first17);
    }

    private long apply(String idNumber, String description) {
        IntakeForm f = new IntakeForm(
                ZHUJIAN_UNIT,
                "natural_person",
                "钱八",
                "resident_id",
                idNumber,
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

    @Test
    void similarApplicationsOfTheSameApplicantAreFoundUnrelatedOnesAndOtherApplicantsNever() throws Exception {
        String applicant = newPerson();
        String other = newPerson();
        long similar = apply(applicant, "申请公开2024年城关镇老旧小区改造项目的资金使用情况和招标文件");
        long unrelated = apply(applicant, "请提供本县2023年度河道采砂许可的审批名单");
        long othersSame = apply(other, "申请公开2024年城关镇老旧小区改造项目的资金使用情况和招标文件");
        long now = apply(applicant, "申请公开2024年城关镇老旧小区改造项目资金的使用情况及招标文件");

        ApplicantHints hints = history.hints(ZHUJIAN, repository.find(now).orElseThrow());

        assertThat(hints.similar()).extracting(s -> s.other().id()).containsExactly(similar);
        assertThat(hints.similar().getFirst().percent()).isBetween(50, 99);
        assertThat(hints.similar()).extracting(s -> s.other().id()).doesNotContain(unrelated, othersSame, now);
        assertThat(hints.suggestDuplicate()).isTrue();
        assertThat(hints.perMonth()).containsEntry(java.time.YearMonth.now(clock), 3);
        assertThat(hints.suggestMassRepeated()).isFalse();
        // The handler sees them on the case page, as a suggestion
        HttpResponse<String> page = new ConsoleSession(port, "zhujian").get("/console/requests/" + now);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"hints-similar\"")
                .contains("/console/requests/" + similar)
                .doesNotContain("/console/requests/" + othersSame + "\"")
                .contains("重复申请")
                .contains(java.time.YearMonth.now(clock).getMonthValue() + "月 3件");
        // The other applicant's identical text finds nothing of the first applicant's
        ApplicantHints theirs =
                history.hints(ZHUJIAN, repository.find(othersSame).orElseThrow());
        assertThat(theirs.similar()).isEmpty();
        assertThat(theirs.suggestDuplicate()).isFalse();
    }

    @Test
    void manyApplicationsInAMonthSuggestMassRepeatedApplications() {
        String applicant = newPerson();
        long last = 0;
        for (int i = 0; i < ApplicantHints.MANY_PER_MONTH; i++) {
            last = apply(applicant, "申请公开第" + i + "号文件及其附件目录" + "甲乙丙丁戊己庚辛壬癸".charAt(i));
        }
        assertThat(history.hints(ZHUJIAN, repository.find(last).orElseThrow()).suggestMassRepeated())
                .isTrue();
    }

    private static final String TEXT = "经审查，您申请获取的信息涉及第三方商业秘密，第三方不同意公开，本机关决定不予公开。";
    private static final String REASON = "该信息属于企业的商业秘密，公开会对第三方合法权益造成损害";

    @Test
    void aWithheldReplyGoesOutOnlyOnceAnotherReviewerApprovedExactlyIt() {
        long id = apply(newPerson(), "申请公开某企业的环评报告全文");
        ReplyDraft draft = new ReplyDraft(Outcome.WITHHELD_THIRD_PARTY, Article.A15, TEXT, REASON, List.of());

        // Sending before approval is refused, naming why
        assertThatThrownBy(() -> letters.reply(ZHUJIAN, id, draft))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("reply-needs-approval");
        letters.submitForReview(ZHUJIAN, id, draft);
        assertThatThrownBy(() -> letters.reply(ZHUJIAN, id, draft))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("review-pending");
        // The handler cannot approve; a reviewer returns it with a reason, which is required
        assertThatThrownBy(() -> workflow.approveReply(ZHUJIAN, id, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> workflow.returnReply(REVIEWER, id, " "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields())
                        .extracting(FieldProblem::field)
                        .containsExactly("reason"));
        workflow.returnReply(REVIEWER, id, "请写明第三方答复的日期");
        assertThatThrownBy(() -> letters.reply(ZHUJIAN, id, draft)).isInstanceOf(ConflictException.class);
        // Submitted again and approved, a changed text needs another approval; the approved one goes out
        letters.submitForReview(ZHUJIAN, id, draft);
        workflow.approveReply(REVIEWER, id, "同意");
        ReplyDraft changed =
                new ReplyDraft(Outcome.WITHHELD_THIRD_PARTY, Article.A15, TEXT + "特此告知。", REASON, List.of());
        assertThatThrownBy(() -> letters.reply(ZHUJIAN, id, changed))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("review-text-changed");
        ReplyDraft otherOutcome = new ReplyDraft(Outcome.PARTIALLY_GRANTED, Article.A37, TEXT, REASON, List.of());
        assertThatThrownBy(() -> letters.reply(ZHUJIAN, id, otherOutcome)).isInstanceOf(RuntimeException.class);
        Letter letter = letters.reply(ZHUJIAN, id, draft);
        assertThat(letter.xhtml()).contains("商业秘密");

        List<RequestEvent> events = repository.history(id);
        assertThat(events)
                .extracting(RequestEvent::action)
                .containsSubsequence("submit-review", "return-reply", "submit-review", "approve-reply", "reply");
        assertThat(events)
                .filteredOn(e -> e.action().equals("return-reply"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("reviewer");
                    assertThat(e.reason()).isEqualTo("请写明第三方答复的日期");
                    assertThat(e.at()).isNotNull();
                });
        assertThat(audit.forEntity("disclosure_request", String.valueOf(id)))
                .extracting(e -> e.action())
                .contains("request.submit-review", "request.return-reply", "request.approve-reply", "request.reply");
        // the applicant is told of the reply, not of the unit's internal review
        assertThat(queries.tracked(id).orElseThrow().history())
                .extracting(RequestEvent::action)
                .contains("reply")
                .doesNotContain("submit-review", "return-reply", "approve-reply");
    }

    @Test
    void aReviewerCannotApproveTheirOwnSubmission() {
        long id = apply(newPerson(), "申请公开某项目的招标文件");
        var admin = new org.gongkai.org.StaffMember("admin", "管理员", org.gongkai.org.Role.ADMIN, ZHUJIAN_UNIT);
        letters.submitForReview(
                admin,
                id,
                new ReplyDraft(Outcome.REJECTED_DUPLICATE, Article.A36_6, "经审查，您的申请属于重复申请。", null, List.of()));
        assertThatThrownBy(() -> workflow.approveReply(admin, id, null))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("review-own");
        workflow.approveReply(REVIEWER, id, null);
    }

    @Test
    void aGovernmentMayChangeWhichRepliesNeedApprovalOnlyThroughItsOffice() {
        ReviewPolicy before = policies.forUnit(ZHUJIAN_UNIT);
        assertThat(before).isEqualTo(ReviewPolicy.DEFAULT);
        assertThatThrownBy(() -> policies.change(ZHUJIAN, Set.of())).isInstanceOf(ForbiddenException.class);
        try {
            policies.change(REVIEWER, Set.of(ReviewGroup.GRANTED));
            assertThat(policies.forUnit(ZHUJIAN_UNIT).requires(Outcome.GRANTED)).isTrue();
            assertThat(policies.forUnit(ZHUJIAN_UNIT).requires(Outcome.WITHHELD_THIRD_PARTY))
                    .isFalse();
            long id = apply(newPerson(), "申请公开某企业的排污许可材料");
            letters.reply(
                    ZHUJIAN, id, new ReplyDraft(Outcome.WITHHELD_THIRD_PARTY, Article.A15, TEXT, REASON, List.of()));
            assertThat(repository.find(id).orElseThrow().status()).isEqualTo(Status.REPLIED);
            assertThat(audit.forEntity("government", "001008099"))
                    .extracting(e -> e.action())
                    .contains("request.review-policy");
        } finally {
            policies.change(REVIEWER, ReviewPolicy.DEFAULT.groups());
        }
    }
}
