package org.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.annualreport.YearFigures;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 督办 items with milestones and progress, their portal page, and the year's figures for section 1. */
@GongkaiTest
class SupervisedItemsTest {

    static final String GOVERNMENT = "001008099";
    static final StaffMember REVIEWER = new StaffMember("reviewer", "审核", Role.REVIEWER, GOVERNMENT + "001");
    static final StaffMember ZHUJIAN = new StaffMember("zhujian", "住建", Role.HANDLER, GOVERNMENT + "013");
    static final StaffMember CHENGGUAN = new StaffMember("chengguan", "城关", Role.HANDLER, GOVERNMENT + "101");

    @LocalServerPort
    int port;

    @Autowired
    SupervisedItems items;

    @Autowired
    List<YearFigures> figures;

    @Test
    void anAssignedUnitReportsProgressAndAMilestoneDoneAndAMissedMilestoneMakesTheItemOverdue() {
        LocalDate today = LocalDate.now(China.ZONE);
        SupervisedItem item = items.open(
                REVIEWER,
                new SupervisedItems.ItemForm(
                        "LIVELIHOOD_PROJECT",
                        "测试民生实事",
                        "测试内容",
                        GOVERNMENT + "013",
                        today.minusDays(3) + " 完成设计\n" + today.plusDays(30) + " 完工",
                        false));
        assertThat(item.overdue(today)).isTrue();
        assertThatThrownBy(() -> items.get(CHENGGUAN, item.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> items.report(ZHUJIAN, item.id(), GOVERNMENT + "101", "不属于本单位", null))
                .isInstanceOf(ForbiddenException.class);
        SupervisedItem after = items.report(
                ZHUJIAN,
                item.id(),
                GOVERNMENT + "013",
                "设计已完成",
                item.milestones().getFirst().id());
        assertThat(after.overdue(today)).isFalse();
        assertThat(after.progress()).extracting(SupervisedItem.Progress::text).containsExactly("设计已完成");
    }

    @Test
    void onlyTheOfficeOpensItemsAndABadMilestoneIsNamed() {
        assertThatThrownBy(() -> items.open(
                        ZHUJIAN,
                        new SupervisedItems.ItemForm(
                                "MAJOR_DECISION", "x", "y", GOVERNMENT + "013", "2026-01-01 a", false)))
                .isInstanceOf(ForbiddenException.class);
        InvalidInputException e = (InvalidInputException) catchThrowable(() -> items.open(
                REVIEWER,
                new SupervisedItems.ItemForm("MAJOR_DECISION", "x", "y", GOVERNMENT + "013", "六月底 完成", false)));
        assertThat(e.fields())
                .extracting(InvalidInputException.FieldProblem::field)
                .containsExactly("milestones");
    }

    @Test
    void thePortalShowsPublicItemsWithTheirProgressOnly() throws Exception {
        String page = new Http(port).getPage("/portal/supervision/items").body();
        assertThat(page).contains("城区老旧小区综合改造").contains("项目已完成公开招标").doesNotContain("国土空间总体规划编制");
        assertThat(new Http(port).getPage("/portal/supervision/notices").body()).contains("政务公开通报");
    }

    @Test
    void theYearsSupervisionFiguresAreThereForSectionOne() {
        int last = LocalDate.now(China.ZONE).getYear() - 1;
        List<YearFigures.Figure> all = figures.stream()
                .flatMap(f -> f.figures(GOVERNMENT, last).stream())
                .filter(f -> f.group().equals("supervision"))
                .toList();
        assertThat(all).extracting(YearFigures.Figure::key).contains("supervision-training", "supervision-rounds");
        assertThat(all.stream()
                        .filter(f -> f.key().equals("supervision-training"))
                        .findFirst()
                        .orElseThrow()
                        .value())
                .isEqualTo(2);
        assertThat(all.stream()
                        .filter(f -> f.key().equals("supervision-rounds"))
                        .findFirst()
                        .orElseThrow()
                        .value())
                .isEqualTo(3);
    }
}
