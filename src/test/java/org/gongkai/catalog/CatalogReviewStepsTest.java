package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.catalog.CatalogFixture.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The catalogue review as guarded transitions on the item: the steps an actor may take are exactly the ones the
 * item lets them take, and each step is recorded with who, when and why.
 */
class CatalogReviewStepsTest {

    private static final LocalDate WRITTEN = LocalDate.parse("2025-03-03");
    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");
    private static final Instant AT = Instant.parse("2025-03-10T02:00:00Z");

    private static CatalogItem draft() {
        return CatalogItem.draft(normative(ZHUJIAN_UNIT, "关于住宅专项维修资金使用的规定", WRITTEN), ZHUJIAN, AT);
    }

    private static CatalogItem pending() {
        CatalogItem item = draft();
        item.submit(ZHUJIAN, AT);
        return item;
    }

    private static CatalogItem published() {
        CatalogItem item = pending();
        item.approve(REVIEWER, AT, TODAY, TODAY, "同意", year -> new IndexNumber(ZHUJIAN_UNIT, year, 7));
        return item;
    }

    @Nested
    class AllowedSteps {

        @Test
        void theAuthorEditsAndSubmitsADraftAndDraftsItsInterpretationWithIt() {
            assertThat(draft().allowedSteps(ZHUJIAN))
                    .containsExactlyInAnyOrder(
                            CatalogStep.REVISE,
                            CatalogStep.SUBMIT,
                            CatalogStep.LINK_INTERPRETATION,
                            CatalogStep.ATTACH);
        }

        @Test
        void aPendingItemIsReviewedBySomeoneOtherThanItsAuthor() {
            CatalogItem item = pending();
            assertThat(item.allowedSteps(ZHUJIAN))
                    .containsExactlyInAnyOrder(CatalogStep.LINK_INTERPRETATION, CatalogStep.ATTACH);
            assertThat(item.allowedSteps(REVIEWER))
                    .containsExactlyInAnyOrder(
                            CatalogStep.APPROVE,
                            CatalogStep.SEND_BACK,
                            CatalogStep.LINK_INTERPRETATION,
                            CatalogStep.ATTACH);
        }

        @Test
        void aPublishedNormativeDocumentCanBeWithdrawnEndedLinkedAndAttachedTo() {
            assertThat(published().allowedSteps(ZHUJIAN))
                    .containsExactlyInAnyOrder(
                            CatalogStep.WITHDRAW,
                            CatalogStep.END_VALIDITY,
                            CatalogStep.LINK_INTERPRETATION,
                            CatalogStep.ATTACH);
        }

        @Test
        void anAuditorTakesNoStep() {
            assertThat(pending().allowedSteps(AUDITOR)).isEmpty();
            assertThat(published().allowedSteps(AUDITOR)).isEmpty();
        }

        @Test
        void everyStepNotAllowedIsRefusedByItsTransition() {
            for (StaffMember actor : new StaffMember[] {ZHUJIAN, REVIEWER, AUDITOR}) {
                CatalogItem item = pending();
                EnumSet<CatalogStep> refused = EnumSet.complementOf(EnumSet.copyOf(item.allowedSteps(actor)));
                for (CatalogStep step : refused) {
                    assertThatThrownBy(() -> take(item, step, actor))
                            .as("%s by %s", step, actor.username())
                            .isInstanceOfAny(ConflictException.class, ForbiddenException.class);
                }
                assertThat(item.status()).isEqualTo(ItemStatus.PENDING_REVIEW);
            }
        }
    }

    @Nested
    class History {

        @Test
        void eachStepIsRecordedWithWhoWhenFromAndToAndWhy() {
            CatalogItem item = pending();
            item.sendBack(REVIEWER, AT, "第三条涉及个人信息，请删除");
            item.submit(ZHUJIAN, AT);
            item.approve(REVIEWER, AT, TODAY, TODAY, "经保密审查，同意公开", year -> new IndexNumber(ZHUJIAN_UNIT, year, 8));
            assertThat(item.pendingEvents())
                    .extracting(CatalogItemEvent::action, CatalogItemEvent::actor, CatalogItemEvent::to)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("create", "zhujian", ItemStatus.DRAFT),
                            org.assertj.core.groups.Tuple.tuple("submit", "zhujian", ItemStatus.PENDING_REVIEW),
                            org.assertj.core.groups.Tuple.tuple("send-back", "reviewer", ItemStatus.DRAFT),
                            org.assertj.core.groups.Tuple.tuple("submit", "zhujian", ItemStatus.PENDING_REVIEW),
                            org.assertj.core.groups.Tuple.tuple("approve", "reviewer", ItemStatus.PUBLISHED));
            CatalogItemEvent sentBack = item.pendingEvents().get(2);
            assertThat(sentBack.from()).isEqualTo(ItemStatus.PENDING_REVIEW);
            assertThat(sentBack.reason()).isEqualTo("第三条涉及个人信息，请删除");
            assertThat(sentBack.at()).isEqualTo(AT);
            assertThat(item.pendingEvents().get(4).detail()).isEqualTo(ZHUJIAN_UNIT + "/2025-000008");
        }

        @Test
        void aRefusedReviewTakesNoNumberAndRecordsNothing() {
            CatalogItem item = pending();
            int[] numbersTaken = {0};
            assertThatThrownBy(() -> item.approve(ZHUJIAN, AT, TODAY, TODAY, null, year -> {
                        numbersTaken[0]++;
                        return new IndexNumber(ZHUJIAN_UNIT, year, 9);
                    }))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessageContaining("catalog.error.own-review");
            assertThat(numbersTaken[0]).isZero();
            assertThat(item.pendingEvents())
                    .extracting(CatalogItemEvent::action)
                    .containsExactly("create", "submit");
        }
    }

    private static void take(CatalogItem item, CatalogStep step, StaffMember actor) {
        switch (step) {
            case REVISE -> item.revise(actor, AT, item.content());
            case SUBMIT -> item.submit(actor, AT);
            case APPROVE -> item.approve(actor, AT, TODAY, TODAY, null, y -> new IndexNumber(ZHUJIAN_UNIT, y, 1));
            case SEND_BACK -> item.sendBack(actor, AT, "退回");
            case PUBLISH_WITH_DOCUMENT ->
                item.publishWithDocument(actor, AT, TODAY, y -> new IndexNumber(ZHUJIAN_UNIT, y, 2));
            case WITHDRAW -> item.withdraw(actor, AT, "撤回");
            case END_VALIDITY -> item.endValidity(actor, AT, Validity.EXPIRED, TODAY, null, TODAY);
            case LINK_INTERPRETATION -> item.linkInterpretation(actor, AT, item);
            case ATTACH -> item.attach(actor, AT, "a.pdf");
        }
    }
}
