package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.catalog.CatalogFixture.AUDITOR;
import static org.gongkai.catalog.CatalogFixture.CHENGGUAN;
import static org.gongkai.catalog.CatalogFixture.REVIEWER;
import static org.gongkai.catalog.CatalogFixture.ZHUJIAN;
import static org.gongkai.catalog.CatalogFixture.ZHUJIAN_UNIT;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.platform.audit.AuditEntry;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GongkaiTest
class CatalogPublicationTest {

    @Autowired
    CatalogWorkflow workflow;

    @Autowired
    CatalogSearch search;

    @Autowired
    AuditLog audit;

    @Autowired
    CatalogRepository items;

    /** Today's year: earlier years may be locked by the demo's published annual reports. */
    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    private final LocalDate written = today;

    private CatalogItem pending(String title) {
        CatalogItem item = workflow.create(ZHUJIAN, CatalogFixture.normative(ZHUJIAN_UNIT, title, written));
        return workflow.submit(ZHUJIAN, item.id());
    }

    @Nested
    class TheSecrecyReview {

        @Test
        void aSecondPersonApprovesAndTheItemGetsTheNextIndexNumberOfItsUnitAndYear() {
            // Given two items waiting for review
            CatalogItem a = pending("测试甲关于住宅专项维修资金使用的规定");
            CatalogItem b = pending("测试乙关于住宅专项维修资金使用的规定");
            // When the reviewer approves both
            CatalogItem pa = workflow.approve(REVIEWER, a.id(), "同意", null);
            CatalogItem pb = workflow.approve(REVIEWER, b.id(), null, null);
            // Then each has an index number <unit>/<year>-<serial>, serials consecutive, and the item is public
            assertThat(pa.indexNumber().toString()).matches(ZHUJIAN_UNIT + "/" + today.getYear() + "-\\d{6}");
            assertThat(pb.indexNumber().serial()).isEqualTo(pa.indexNumber().serial() + 1);
            assertThat(pa.isPublic()).isTrue();
            assertThat(pa.validity()).isEqualTo(Validity.VALID);
            assertThat(pa.reviewer()).isEqualTo("reviewer");
        }

        @Test
        void theAuthorCannotApproveTheirOwnItem() {
            CatalogItem item = pending("测试关于物业服务收费的规定");
            assertThatThrownBy(() -> workflow.approve(ZHUJIAN, item.id(), null, null))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessageContaining("catalog.error.own-review");
            assertThat(items.find(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.PENDING_REVIEW);
        }

        @Test
        void sendingBackNeedsANoteAndReturnsTheDraft() {
            CatalogItem item = pending("测试关于建筑垃圾处置的规定");
            assertThatThrownBy(() -> workflow.sendBack(REVIEWER, item.id(), " "))
                    .isInstanceOf(InvalidInputException.class);
            CatalogItem back = workflow.sendBack(REVIEWER, item.id(), "第三条涉及个人信息，请删除");
            assertThat(back.status()).isEqualTo(ItemStatus.DRAFT);
            assertThat(back.indexNumber()).isNull();
        }

        @Test
        void aPublicationDateInTheFutureOrBeforeWritingIsRefused() {
            CatalogItem item = pending("测试关于燃气安全的规定");
            assertThatThrownBy(() -> workflow.approve(REVIEWER, item.id(), null, LocalDate.of(2099, 1, 1)))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> workflow.approve(REVIEWER, item.id(), null, written.minusDays(1)))
                    .isInstanceOf(InvalidInputException.class);
        }

        @Test
        void aYearWhoseAnnualReportIsPublishedIsLocked() {
            // the demo publishes the last full years' annual reports of every unit
            CatalogItem item = pending("测试关于补登以往年度规定");
            LocalDate lastYear = today.minusYears(1).withMonth(6).withDayOfMonth(1);
            CatalogItem old = workflow.create(ZHUJIAN, CatalogFixture.normative(ZHUJIAN_UNIT, "测试以往年度文件", lastYear));
            workflow.submit(ZHUJIAN, old.id());
            assertThatThrownBy(() -> workflow.approve(REVIEWER, old.id(), null, lastYear.plusDays(3)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("period.locked");
            assertThat(workflow.approve(REVIEWER, item.id(), null, null).status())
                    .isEqualTo(ItemStatus.PUBLISHED);
        }

        @Test
        void everyStepIsAudited() {
            CatalogItem item = pending("测试关于装配式建筑的规定");
            workflow.approve(REVIEWER, item.id(), "同意", null);
            List<String> actions = audit.forEntity("catalog_item", item.id().toString()).stream()
                    .map(AuditEntry::action)
                    .toList();
            assertThat(actions).containsExactly("catalog.create", "catalog.submit", "catalog.approve");
        }
    }

    @Nested
    class WhoMayAct {

        @Test
        void aHandlerSeesOnlyTheirOwnUnit() {
            CatalogItem item = pending("测试关于施工许可的规定");
            assertThatThrownBy(() -> workflow.load(CHENGGUAN, item.id())).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(
                            () -> workflow.create(CHENGGUAN, CatalogFixture.normative(ZHUJIAN_UNIT, "越权起草", written)))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void anAuditorReadsButCannotChange() {
            CatalogItem item = pending("测试关于工程质量的规定");
            assertThat(workflow.load(AUDITOR, item.id()).id()).isEqualTo(item.id());
            assertThatThrownBy(() -> workflow.approve(AUDITOR, item.id(), null, null))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(items.find(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.PENDING_REVIEW);
        }

        @Test
        void badInputNamesEachFieldAndStoresNothing() {
            ItemContent bad = new ItemContent(
                    ZHUJIAN_UNIT,
                    " ",
                    null,
                    DocumentType.INTERPRETATION,
                    null,
                    16,
                    "",
                    DisclosureMode.WITHHELD,
                    null,
                    "",
                    "",
                    null,
                    null);
            assertThatThrownBy(() -> workflow.create(ZHUJIAN, bad))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fields())
                                    .extracting(InvalidInputException.FieldProblem::field)
                                    .contains(
                                            "title",
                                            "writtenOn",
                                            "article20Item",
                                            "column",
                                            "withheldReason",
                                            "interpretationForm"));
        }
    }

    @Nested
    class SearchFollowsTheCatalogue {

        @Test
        void aPublishedItemIsFoundAndAWithdrawnOneDisappearsAtOnce() {
            CatalogItem item = pending("测试关于既有住宅加装电梯补助的规定");
            workflow.approve(REVIEWER, item.id(), null, null);
            assertThat(search.search(SearchQuery.of("加装电梯补助")).hits())
                    .anySatisfy(h -> assertThat(h.id()).isEqualTo(item.id()));
            workflow.withdraw(REVIEWER, item.id(), "内容有误");
            assertThat(search.search(SearchQuery.of("加装电梯补助")).hits())
                    .noneSatisfy(h -> assertThat(h.id()).isEqualTo(item.id()));
        }

        @Test
        void aRepealedDocumentShowsItsValidityInSearch() {
            CatalogItem item = pending("测试关于城镇燃气管道改造的规定");
            workflow.approve(REVIEWER, item.id(), null, null);
            assertThatThrownBy(() -> workflow.endValidity(REVIEWER, item.id(), Validity.REPEALED, today, null))
                    .isInstanceOf(InvalidInputException.class);
            workflow.endValidity(REVIEWER, item.id(), Validity.REPEALED, today, "示建〔2026〕30号");
            SearchQuery repealed = new SearchQuery("燃气管道改造", null, null, null, null, "REPEALED", null, 0, 10);
            assertThat(search.search(repealed).hits())
                    .anySatisfy(h -> assertThat(h.id()).isEqualTo(item.id()));
            assertThatThrownBy(() -> workflow.endValidity(REVIEWER, item.id(), Validity.EXPIRED, today, null))
                    .isInstanceOf(ConflictException.class);
        }

        @Test
        void anInterpretationIsLinkedBothWays() {
            CatalogItem doc = pending("测试关于城市更新的规定");
            workflow.approve(REVIEWER, doc.id(), null, null);
            CatalogItem interp =
                    workflow.create(ZHUJIAN, CatalogFixture.interpretation(ZHUJIAN_UNIT, "《测试关于城市更新的规定》图解", written));
            workflow.submit(ZHUJIAN, interp.id());
            workflow.approve(REVIEWER, interp.id(), null, null);
            assertThat(items.lackingInterpretation(List.of(ZHUJIAN_UNIT), 1000))
                    .anySatisfy(i -> assertThat(i.id()).isEqualTo(doc.id()));
            workflow.linkInterpretation(ZHUJIAN, doc.id(), interp.id());
            assertThat(items.interpretationsOf(doc.id()))
                    .extracting(CatalogItem::id)
                    .containsExactly(interp.id());
            assertThat(items.documentsExplainedBy(interp.id()))
                    .extracting(CatalogItem::id)
                    .containsExactly(doc.id());
            assertThat(items.lackingInterpretation(List.of(ZHUJIAN_UNIT), 1000))
                    .noneSatisfy(i -> assertThat(i.id()).isEqualTo(doc.id()));
            assertThatThrownBy(() -> workflow.linkInterpretation(ZHUJIAN, interp.id(), doc.id()))
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
