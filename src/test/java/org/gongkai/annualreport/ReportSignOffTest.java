package org.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The sign-off's guarded transitions and the steps each person may take (no database). */
class ReportSignOffTest {

    private static final StaffMember HANDLER = new StaffMember("li", "经办", Role.HANDLER, "U1");
    private static final StaffMember REVIEWER = new StaffMember("wang", "审核", Role.REVIEWER, "G");
    private static final StaffMember OTHER_REVIEWER = new StaffMember("zhou", "审核", Role.REVIEWER, "G");
    private static final StaffMember AUDITOR = new StaffMember("zhao", "审阅", Role.AUDITOR, "G");

    private static SignOffAct act(StaffMember who) {
        return new SignOffAct(who, Instant.parse("2025-01-10T02:00:00Z"), LocalDate.of(2025, 1, 10), null);
    }

    private static ReportSignOff draft(boolean government) {
        return ReportSignOff.restore(ReportRecord.fresh(government ? "G" : "U1", 2024), government, List.of());
    }

    private static ReportSignOff submitted(StaffMember by) {
        ReportSignOff s = draft(false);
        s.saveTexts(act(by), "总体", "问题", "无。");
        s.submit(act(by), "{}");
        return s;
    }

    @Test
    void aDraftOffersItsEditorsTheTextsAndSubmissionAndNobodyADecision() {
        assertThat(draft(false).allowedSteps(HANDLER)).containsExactly(SignOffStep.SAVE_TEXTS, SignOffStep.SUBMIT);
        assertThat(draft(false).allowedSteps(AUDITOR)).isEmpty();
        assertThat(draft(true).allowedSteps(HANDLER)).isEmpty();
        assertThat(draft(true).allowedSteps(REVIEWER)).containsExactly(SignOffStep.SAVE_TEXTS, SignOffStep.SUBMIT);
    }

    @Test
    void submissionNeedsEveryTextAndIsRecorded() {
        ReportSignOff s = draft(false);
        assertThatThrownBy(() -> s.submit(act(HANDLER), "{}")).isInstanceOf(InvalidInputException.class);
        s.saveTexts(act(HANDLER), "总体", "问题", " ");
        assertThatThrownBy(() -> s.submit(act(HANDLER), "{}")).isInstanceOf(InvalidInputException.class);
        s.saveTexts(act(HANDLER), "总体", "问题", "无。");
        s.submit(act(HANDLER), "{}");
        assertThat(s.record().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(s.drainEvents())
                .singleElement()
                .satisfies(e -> assertThat(List.of(e.step(), e.from(), e.to()))
                        .containsExactly(SignOffStep.SUBMIT, ReportStatus.DRAFT, ReportStatus.SUBMITTED));
    }

    @Test
    void aSubmittedReportIsDecidedByAReviewerOtherThanItsSubmitter() {
        ReportSignOff s = submitted(REVIEWER);
        assertThat(s.allowedSteps(REVIEWER)).containsExactly(SignOffStep.RETURN);
        assertThat(s.allowedSteps(OTHER_REVIEWER)).containsExactly(SignOffStep.APPROVE, SignOffStep.RETURN);
        assertThatThrownBy(() -> s.approve(act(REVIEWER))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> submitted(HANDLER).approve(act(HANDLER))).isInstanceOf(ForbiddenException.class);
        s.approve(act(OTHER_REVIEWER));
        assertThat(s.record().approvedBy()).isEqualTo("zhou");
    }

    @Test
    void stepsOutOfOrderAreRefusedNamingTheState() {
        ReportSignOff s = submitted(HANDLER);
        assertThatThrownBy(() -> s.publish(act(REVIEWER)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("annualreport.error.not-allowed-in-state");
        assertThatThrownBy(() -> s.reopen(act(REVIEWER).because("x"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> s.returnWithComments(act(REVIEWER))).isInstanceOf(InvalidInputException.class);
        s.returnWithComments(act(REVIEWER).because("请补充"));
        assertThat(s.record().comment()).isEqualTo("请补充");
        assertThat(s.allowedSteps(HANDLER)).containsExactly(SignOffStep.SAVE_TEXTS, SignOffStep.SUBMIT);
    }

    @Test
    void aSecondPublicationIsACorrectionThatKeepsTheFirstDate() {
        ReportSignOff s = submitted(HANDLER);
        s.approve(act(REVIEWER));
        LocalDate first = s.publish(act(REVIEWER).on(LocalDate.of(2025, 1, 20)));
        assertThat(first).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThatThrownBy(() -> s.reopen(act(REVIEWER))).isInstanceOf(InvalidInputException.class);
        s.reopen(act(REVIEWER).because("数字有误"));
        s.saveTexts(act(HANDLER), "总体", "问题", "无。");
        s.submit(act(HANDLER), "{}");
        s.approve(act(REVIEWER));
        assertThat(s.publish(act(REVIEWER).on(LocalDate.of(2025, 3, 2)))).isEqualTo(first);
        SignOffEvent last = s.history().getLast();
        assertThat(last.correction()).isTrue();
        assertThat(last.onDate()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(last.reason()).isEqualTo("数字有误");
    }
}
