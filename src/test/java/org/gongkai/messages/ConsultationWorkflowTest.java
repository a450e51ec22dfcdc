package org.gongkai.messages;

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

/** A consultation's phases follow its period; feedback comes after it, with every shown comment decided. */
class ConsultationWorkflowTest {

    static final StaffMember UNIT = new StaffMember("zhujian", "经办", Role.HANDLER, "G013");
    static final StaffMember OTHER = new StaffMember("chengguan", "经办", Role.HANDLER, "G101");
    static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
    static final LocalDate CLOSES = LocalDate.of(2026, 3, 31);

    static Consultation consultation() {
        return Consultation.create(new ConsultationForm(
                "G013", "normative-document", "办法（征求意见稿）", "第一条……", "起草说明", "2026-03-01", "2026-03-31", null));
    }

    static Comment shown(Comment.Adoption a) {
        return new Comment(1L, 1L, null, null, "意见", "意见", Instant.EPOCH, Comment.Moderation.SHOWN, a, null);
    }

    @Test
    void thePhaseFollowsThePeriodAndTheFeedback() {
        Consultation c = consultation();
        assertThat(c.phase(OPENS.minusDays(1))).isEqualTo(ConsultationPhase.UPCOMING);
        assertThat(c.phase(OPENS)).isEqualTo(ConsultationPhase.OPEN);
        assertThat(c.phase(CLOSES)).isEqualTo(ConsultationPhase.OPEN);
        assertThat(c.phase(CLOSES.plusDays(1))).isEqualTo(ConsultationPhase.CLOSED);
        assertThat(c.allowedSteps(null, CLOSES)).containsExactly(ConsultationStep.COMMENT);
        assertThat(c.allowedSteps(null, CLOSES.plusDays(1))).isEmpty();
        assertThat(c.allowedSteps(UNIT, CLOSES.plusDays(1)))
                .containsExactlyInAnyOrder(
                        ConsultationStep.MODERATE,
                        ConsultationStep.ADOPT,
                        ConsultationStep.PUBLISH_FEEDBACK,
                        ConsultationStep.LINK_FINAL);
        c.publishFeedback(UNIT, CLOSES.plusDays(5), "采纳情况", List.of(shown(Comment.Adoption.ADOPTED)));
        assertThat(c.phase(CLOSES.plusDays(6))).isEqualTo(ConsultationPhase.CONCLUDED);
        assertThat(c.allowedSteps(UNIT, CLOSES.plusDays(6))).containsExactly(ConsultationStep.LINK_FINAL);
    }

    @Test
    void feedbackIsRefusedDuringThePeriodAndWhileAShownCommentIsUndecided() {
        Consultation c = consultation();
        assertThatThrownBy(() -> c.publishFeedback(UNIT, CLOSES, "采纳情况", List.of()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> c.publishFeedback(UNIT, CLOSES.plusDays(1), "采纳情况", List.of(shown(null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields())
                                .extracting(InvalidInputException.FieldProblem::field)
                                .containsExactly("feedback"));
        assertThatThrownBy(() -> c.publishFeedback(OTHER, CLOSES.plusDays(1), "采纳情况", List.of()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(c.feedbackOn()).isNull();
    }

    @Test
    void aBadFormNamesEveryFieldAndASurveyNeedsItsQuestions() {
        assertThatThrownBy(() -> Consultation.create(
                        new ConsultationForm("G013", "poll", "", "", "", "2026-02-30", "2026-01-01", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields())
                                .extracting(InvalidInputException.FieldProblem::field)
                                .contains("kind", "title", "draftText", "explanation", "opensOn"));
        assertThatThrownBy(() -> Consultation.create(new ConsultationForm(
                        "G013", "survey", "调查", "说明", "说明", "2026-03-01", "2026-02-01", "只有问题没有选项")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields())
                                .extracting(InvalidInputException.FieldProblem::field)
                                .contains("closesOn", "questions"));
        Consultation s = Consultation.create(new ConsultationForm(
                "G013", "survey", "调查", "说明", "说明", "2026-03-01", "2026-03-02", "满意吗？|满意|不满意\n去过吗？|去过|没去过"));
        assertThat(s.questions())
                .extracting(SurveyQuestion::options)
                .containsExactly(List.of("满意", "不满意"), List.of("去过", "没去过"));
    }
}
