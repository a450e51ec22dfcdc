package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.catalog.CatalogFixture.CHENGGUAN;
import static org.gongkai.catalog.CatalogFixture.REVIEWER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.catalog.CatalogStatistics.RegisterCounts;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.UnitKind;
import org.gongkai.org.UnitRepository;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The register of normative documents, computed on PostgreSQL, for a unit only this test uses. */
@GongkaiTest
class CatalogStatisticsTest {

    private static final String UNIT = "001008099301";
    private static final StaffMember AUTHOR = new StaffMember("stat-author", "统计测试", Role.REVIEWER, UNIT);

    @Autowired
    CatalogWorkflow workflow;

    @Autowired
    CatalogStatistics statistics;

    @Autowired
    UnitRepository unitRepository;

    @Autowired
    UnitDirectory units;

    @BeforeEach
    void aUnitOfItsOwn() {
        if (units.find(UNIT).isEmpty()) {
            unitRepository.save(new Unit(UNIT, "统计测试单位", UnitKind.DEPARTMENT, "001008099", 301));
            seed();
        }
    }

    /** 2020: two made and published; 2021: one made in 2021, published 2022; one repealed, one expired. */
    private void seed() {
        CatalogItem a = publish(DocumentType.NORMATIVE, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 5));
        CatalogItem b = publish(DocumentType.NORMATIVE, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 3));
        publish(DocumentType.NORMATIVE, LocalDate.of(2021, 12, 20), LocalDate.of(2022, 1, 4));
        publish(DocumentType.REGULATION, LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 2));
        publish(DocumentType.NOTICE, LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 2));
        workflow.endValidity(REVIEWER, a.id(), Validity.REPEALED, LocalDate.of(2021, 6, 30), "示测〔2021〕1号");
        workflow.endValidity(REVIEWER, b.id(), Validity.EXPIRED, LocalDate.of(2022, 12, 31), null);
    }

    private CatalogItem publish(DocumentType type, LocalDate written, LocalDate published) {
        ItemContent c = new ItemContent(
                UNIT,
                "统计测试文件" + type + written,
                "示测〔" + written.getYear() + "〕" + written.getDayOfYear() + "号",
                type,
                written,
                type.defaultArticle20Item(),
                type == DocumentType.NOTICE ? "通知公告" : "规范性文件",
                DisclosureMode.PROACTIVE,
                null,
                "正文",
                "",
                null,
                null);
        CatalogItem item = workflow.create(AUTHOR, c);
        workflow.submit(AUTHOR, item.id());
        return workflow.approve(REVIEWER, item.id(), null, published);
    }

    @Test
    void theYearOfMakingCountsTwoDocumentsAndNoneInForceIsLost() {
        RegisterCounts y2020 =
                statistics.normativeDocuments(List.of(UNIT), 2020).normativeDocuments();
        assertThat(y2020).isEqualTo(new RegisterCounts(2, 2, 2, 0, 0, 2));
        assertThat(y2020.format2019()).isEqualTo(Map.of("new_made", 2L, "new_published", 2L, "total_published", 2L));
    }

    @Test
    void aRepealInTheYearLowersInForceAndADocumentMadeInDecemberIsPublishedNextYear() {
        RegisterCounts y2021 =
                statistics.normativeDocuments(List.of(UNIT), 2021).normativeDocuments();
        assertThat(y2021).isEqualTo(new RegisterCounts(1, 0, 2, 1, 0, 1));
        assertThat(y2021.format2021()).isEqualTo(Map.of("made", 1L, "repealed", 1L, "in_force", 1L));
        RegisterCounts y2022 =
                statistics.normativeDocuments(List.of(UNIT), 2022).normativeDocuments();
        assertThat(y2022).isEqualTo(new RegisterCounts(0, 1, 3, 0, 1, 1));
    }

    @Test
    void regulationsAreCountedApart() {
        assertThat(statistics.normativeDocuments(List.of(UNIT), 2021).regulations())
                .isEqualTo(new RegisterCounts(1, 1, 1, 0, 0, 1));
    }

    @Test
    void publishedItemsAreCountedPerArticle20ItemAndColumn() {
        assertThat(statistics.published(List.of(UNIT), 2021))
                .containsExactlyInAnyOrder(
                        new CatalogStatistics.PublishedCount(UNIT, 1, "规范性文件", DocumentType.REGULATION, 1),
                        new CatalogStatistics.PublishedCount(UNIT, 15, "通知公告", DocumentType.NOTICE, 1));
    }

    @Test
    void otherUnitsAreNotCounted() {
        assertThat(statistics
                        .normativeDocuments(List.of(CHENGGUAN.unitCode(), "999"), 1990)
                        .normativeDocuments())
                .isEqualTo(new RegisterCounts(0, 0, 0, 0, 0, 0));
    }
}
