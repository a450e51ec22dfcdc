package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.RequestFixture.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.requests.CaseParts.ConsultationKind;
import org.gongkai.requests.CaseParts.FeeBasis;
import org.junit.jupiter.api.Test;

/**
 * One policy drives the case page and the guards: the steps {@code allowedSteps(actor)} gives are exactly the ones
 * whose transition the actor gets through, in every state a case can be in.
 */
class AllowedStepsTest {

    private static final StaffMember AUDITOR = new StaffMember("auditor", "赵审阅", Role.AUDITOR, "001008099001");
    private static final List<StaffMember> ACTORS = List.of(HANDLER, OTHER_HANDLER, REVIEWER, AUDITOR);
    private static final String DAY = "2024-09-30";

    private final ExplicitCalendar calendar = ExplicitCalendar.chinese2023to2025();

    /** One case in each state, reached through the transitions. */
    private final List<Function<ExplicitCalendar, DisclosureRequest>> states = List.of(
            c -> DisclosureRequest.submit(
                    intake(Channel.ONLINE),
                    Act.applicant(java.time.Clock.fixed(
                            java.time.Instant.parse("2024-09-27T02:00:00Z"), java.time.ZoneOffset.UTC)),
                    c),
            c -> receivedOn("2024-09-27", c),
            c -> {
                DisclosureRequest r = receivedOn("2024-09-27", c);
                r.requestCorrection(act(HANDLER, DAY, "请写明年份"), 10, c);
                return r;
            },
            c -> {
                DisclosureRequest r = receivedOn("2024-09-27", c);
                r.startConsultation(act(HANDLER, DAY, null), ConsultationKind.THIRD_PARTY, "某公司", c);
                return r;
            },
            c -> {
                DisclosureRequest r = receivedOn("2024-09-27", c);
                r.extend(act(REVIEWER, DAY, "需调取档案"), 10, c);
                return r;
            },
            c -> {
                DisclosureRequest r = receivedOn("2024-09-27", c);
                r.noticeFee(act(HANDLER, DAY, null), FeeBasis.PAGES, 250, 4700, LocalDate.parse(DAY), c);
                return r;
            },
            c -> {
                DisclosureRequest r = receivedOn("2024-09-27", c);
                r.reply(handlerOn(DAY), Outcome.GRANTED, Article.A36_2, ReviewPolicy.DEFAULT);
                return r;
            },
            c -> {
                DisclosureRequest r = receivedOn("2024-09-27", c);
                r.submitReview(handlerOn(DAY), Outcome.WITHHELD_THIRD_PARTY, Article.A15, "答复正文");
                return r;
            });

    @Test
    void theHandlingUnitConfirmsAndRepliesAReviewerExtendsAnAuditorDoesNothing() {
        DisclosureRequest registered = states.get(1).apply(calendar);
        assertThat(registered.allowedSteps(HANDLER))
                .containsExactlyInAnyOrder(
                        RequestStep.REQUEST_CORRECTION,
                        RequestStep.START_CONSULTATION,
                        RequestStep.FEE_NOTICE,
                        RequestStep.SUBMIT_REVIEW,
                        RequestStep.REPLY);
        assertThat(registered.allowedSteps(REVIEWER)).containsExactly(RequestStep.EXTEND);
        DisclosureRequest inReview = states.get(7).apply(calendar);
        assertThat(inReview.allowedSteps(REVIEWER))
                .containsExactlyInAnyOrder(RequestStep.EXTEND, RequestStep.APPROVE_REPLY, RequestStep.RETURN_REPLY);
        assertThat(inReview.allowedSteps(HANDLER))
                .doesNotContain(RequestStep.SUBMIT_REVIEW, RequestStep.APPROVE_REPLY, RequestStep.RETURN_REPLY);
        assertThat(registered.allowedSteps(OTHER_HANDLER)).isEmpty();
        assertThat(registered.allowedSteps(AUDITOR)).isEmpty();
        assertThat(registered.openSteps()).contains(RequestStep.EXTEND, RequestStep.REPLY);
        assertThat(states.get(0).apply(calendar).allowedSteps(HANDLER)).containsExactly(RequestStep.CONFIRM);
        assertThat(states.get(6).apply(calendar).allowedSteps(HANDLER)).containsExactly(RequestStep.ARCHIVE);
    }

    @Test
    void onceOnlyStepsLeaveTheAllowedSetOnceTaken() {
        DisclosureRequest extended = states.get(4).apply(calendar);
        assertThat(extended.allowedSteps(REVIEWER)).doesNotContain(RequestStep.EXTEND);
        assertThat(extended.openSteps()).doesNotContain(RequestStep.EXTEND);
        assertThat(extended.allowedSteps(HANDLER)).contains(RequestStep.FEE_NOTICE, RequestStep.REPLY);
    }

    @Test
    void everyStepOutsideTheAllowedSetIsRefusedByItsTransitionAndChangesNothing() {
        for (var build : states) {
            for (StaffMember actor : ACTORS) {
                DisclosureRequest r = build.apply(calendar);
                Status before = r.status();
                int events = r.pendingEvents().size();
                for (RequestStep step : EnumSet.complementOf(EnumSet.copyOf(r.allowedSteps(actor)))) {
                    assertThatThrownBy(() -> take(r, step, actor))
                            .as("%s by %s in %s", step, actor.username(), before)
                            .isInstanceOfAny(ConflictException.class, ForbiddenException.class);
                }
                assertThat(r.status()).isEqualTo(before);
                assertThat(r.pendingEvents()).hasSize(events);
            }
        }
    }

    @Test
    void everyAllowedStepGetsThroughItsGuard() {
        for (var build : states) {
            for (StaffMember actor : ACTORS) {
                for (RequestStep step : build.apply(calendar).allowedSteps(actor)) {
                    DisclosureRequest r = build.apply(calendar);
                    take(r, step, actor);
                    assertThat(r.pendingEvents().getLast().action())
                            .as("%s by %s", step, actor.username())
                            .isEqualTo(step.action());
                }
            }
        }
    }

    private void take(DisclosureRequest r, RequestStep step, StaffMember actor) {
        Act act = act(actor, "2024-10-08", "理由");
        switch (step) {
            case CONFIRM -> r.confirm(act, calendar);
            case REQUEST_CORRECTION -> r.requestCorrection(act, 10, calendar);
            case RECORD_CORRECTION -> r.recordCorrection(act, calendar);
            case START_CONSULTATION -> r.startConsultation(act, ConsultationKind.OTHER_AGENCY, "某局", calendar);
            case END_CONSULTATION -> r.endConsultation(act, calendar);
            case EXTEND -> r.extend(act, 5, calendar);
            case FEE_NOTICE -> r.noticeFee(act, FeeBasis.PAGES, 250, 4700, LocalDate.parse("2024-10-08"), calendar);
            case FEE_RECEIVED -> r.recordFeeReceipt(act, act.on(), calendar);
            case FEE_PAID -> r.recordFeePaid(act, calendar);
            case SUBMIT_REVIEW -> r.submitReview(act, Outcome.PARTIALLY_GRANTED, Article.A37, "答复正文");
            case APPROVE_REPLY -> r.approveReply(act);
            case RETURN_REPLY -> r.returnReply(act);
            case REPLY -> r.reply(act, Outcome.GRANTED, Article.A36_2, ReviewPolicy.DEFAULT);
            case ARCHIVE -> r.archive(act);
        }
    }
}
