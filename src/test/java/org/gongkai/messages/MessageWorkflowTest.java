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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A message's path as guarded transitions: route, draft, approve or return, the office's own reply, rating. */
class MessageWorkflowTest {

    static final StaffMember OFFICE = new StaffMember("reviewer", "审核", Role.REVIEWER, "G001");
    static final StaffMember HANDLER = new StaffMember("zhujian", "经办", Role.HANDLER, "G013");
    static final StaffMember OTHER_HANDLER = new StaffMember("chengguan", "经办", Role.HANDLER, "G101");
    static final StaffMember AUDITOR = new StaffMember("auditor", "审阅", Role.AUDITOR, "G001");
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    static Message message(boolean publicWanted) {
        Message.Intake intake = new Message.Intake(
                7L,
                "M2026-AAAA-BBBB",
                "hash",
                "王小明",
                "13912345678",
                "wxm@example.com",
                "加装电梯补助",
                "我叫王小明，电话13912345678，住幸福路8号，请问补助标准？",
                publicWanted,
                Instant.parse("2026-03-02T01:00:00Z"),
                RECEIVED);
        return Message.receive(intake, null, RECEIVED.plusDays(20), act("sender", null, RECEIVED));
    }

    static Act act(String actor, StaffMember staff, LocalDate on) {
        return new Act(actor, staff, Instant.parse("2026-03-02T01:00:00Z"), on);
    }

    static Act by(StaffMember s, LocalDate on) {
        return act(s.username(), s, on);
    }

    @Nested
    class TheUnitDraftsAndTheOfficeApproves {

        @Test
        void theReplyGoesOutOnlyAfterTheOfficeApprovesAndIsPublishedWithoutPersonalData() {
            // Given a message the office routed to the unit
            Message m = message(true);
            assertThat(m.allowedSteps(HANDLER)).isEmpty();
            m.route(by(OFFICE, RECEIVED.plusDays(1)), "G013");
            assertThat(m.allowedSteps(HANDLER)).containsExactly(MessageStep.DRAFT);

            // When the unit drafts a reply asking to publish it
            m.draft(by(HANDLER, RECEIVED.plusDays(3)), "您好，王小明：补助标准见住建局通知。", true);

            // Then nothing has gone out until the office approves
            assertThat(m.status()).isEqualTo(MessageStatus.DRAFTED);
            assertThat(m.state().reply()).isNull();
            assertThat(m.allowedSteps(HANDLER)).isEmpty();
            assertThat(m.allowedSteps(OFFICE))
                    .contains(MessageStep.APPROVE, MessageStep.RETURN)
                    .doesNotContain(MessageStep.DRAFT);
            m.approve(by(OFFICE, RECEIVED.plusDays(4)));

            assertThat(m.status()).isEqualTo(MessageStatus.ANSWERED);
            assertThat(m.state().reply().by()).isEqualTo("zhujian");
            assertThat(m.state().reply().approvedBy()).isEqualTo("reviewer");
            Message.Publication p = m.state().publication();
            assertThat(p).isNotNull();
            assertThat(p.body() + p.reply() + p.subject()).doesNotContain("王小明", "13912345678", "8号");
            assertThat(p.reply()).contains("补助标准见住建局通知");
            assertThat(m.answeredOnTime()).isTrue();
            assertThat(m.drainEvents())
                    .extracting(MessageEvent::action)
                    .containsExactly("receive", "route", "draft", "approve");
        }

        @Test
        void aReturnedDraftGoesBackToTheUnitWithTheNote() {
            Message m = message(true);
            m.route(by(OFFICE, RECEIVED), "G013");
            m.draft(by(HANDLER, RECEIVED), "答复", false);
            assertThatThrownBy(() -> m.returnDraft(by(OFFICE, RECEIVED), " "))
                    .isInstanceOf(InvalidInputException.class);
            m.returnDraft(by(OFFICE, RECEIVED), "请写明补助金额");
            assertThat(m.status()).isEqualTo(MessageStatus.ROUTED);
            assertThat(m.state().returnNote()).isEqualTo("请写明补助金额");
            assertThat(m.allowedSteps(HANDLER)).containsExactly(MessageStep.DRAFT);
        }
    }

    @Nested
    class Refusals {

        @Test
        void aHandlerMayNotApproveNorAnswerForAnotherUnit() {
            Message m = message(true);
            m.route(by(OFFICE, RECEIVED), "G013");
            assertThatThrownBy(() -> m.draft(by(OTHER_HANDLER, RECEIVED), "答复", true))
                    .isInstanceOf(ForbiddenException.class);
            m.draft(by(HANDLER, RECEIVED), "答复", true);
            assertThatThrownBy(() -> m.approve(by(HANDLER, RECEIVED))).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> m.reply(by(HANDLER, RECEIVED), "答复", true)).isInstanceOf(ForbiddenException.class);
        }

        @Test
        void anAuditorOnlyReadsAndAnAnsweredMessageTakesNoMoreSteps() {
            Message m = message(false);
            assertThat(m.allowedSteps(AUDITOR)).isEmpty();
            assertThatThrownBy(() -> m.route(by(AUDITOR, RECEIVED), "G013")).isInstanceOf(ConflictException.class);
            m.reply(by(OFFICE, RECEIVED), "已答复", true);
            assertThat(m.allowedSteps(OFFICE)).isEmpty();
            assertThatThrownBy(() -> m.route(by(OFFICE, RECEIVED), "G013")).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> m.approve(by(OFFICE, RECEIVED))).isInstanceOf(ConflictException.class);
        }

        @Test
        void anEmptyReplyIsRefusedNamingTheFieldAndChangesNothing() {
            Message m = message(true);
            assertThatThrownBy(() -> m.reply(by(OFFICE, RECEIVED), "  ", true))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fields())
                                    .extracting(InvalidInputException.FieldProblem::field)
                                    .containsExactly("text"));
            assertThat(m.status()).isEqualTo(MessageStatus.RECEIVED);
        }
    }

    @Nested
    class PublicationAndRating {

        @Test
        void withoutTheSendersConsentNothingIsPublishedEvenWhenTheOfficeWouldPublish() {
            Message m = message(false);
            m.reply(by(OFFICE, RECEIVED.plusDays(30)), "答复", true);
            assertThat(m.state().publication()).isNull();
            assertThat(m.answeredOnTime()).isFalse();
        }

        @Test
        void theOfficeMayDecideNotToPublish() {
            Message m = message(true);
            m.reply(by(OFFICE, RECEIVED), "答复", false);
            assertThat(m.state().publication()).isNull();
        }

        @Test
        void theSenderRatesOnceAndOnlyAfterTheReply() {
            Message m = message(true);
            assertThatThrownBy(() -> m.rate(act("sender", null, RECEIVED), Rating.SATISFIED))
                    .isInstanceOf(ConflictException.class);
            m.reply(by(OFFICE, RECEIVED), "答复", true);
            m.rate(act("sender", null, RECEIVED), Rating.BASICALLY_SATISFIED);
            assertThat(m.state().rating()).isEqualTo(Rating.BASICALLY_SATISFIED);
            assertThatThrownBy(() -> m.rate(act("sender", null, RECEIVED), Rating.DISSATISFIED))
                    .isInstanceOf(ConflictException.class);
            assertThat(List.of(Rating.values())).extracting(Rating::key).contains("basically-satisfied");
        }
    }
}
