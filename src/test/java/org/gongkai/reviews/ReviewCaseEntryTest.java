package org.gongkai.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitKind;
import org.gongkai.org.UnitRepository;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff entering and updating review cases: scope, validation, audit, year-end counts and locked years. */
@GongkaiTest
class ReviewCaseEntryTest {

    static final String GOVERNMENT = "930003";
    static final String HEALTH = GOVERNMENT + "019";
    static final String VETERANS = GOVERNMENT + "020";
    static final StaffMember HEALTH_HANDLER = new StaffMember("h19", "卫健 经办", Role.HANDLER, HEALTH);
    static final StaffMember REVIEWER = new StaffMember("reviewer", "审核", Role.REVIEWER, GOVERNMENT);

    @Autowired
    ReviewCases cases;

    @Autowired
    ReviewStatistics statistics;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitRepository unitRepository;

    /** A government of its own, so that no demo report locks the years these cases count in. */
    @BeforeEach
    void givenATestGovernment() {
        unitRepository.save(new Unit(GOVERNMENT, "测试县人民政府", UnitKind.GOVERNMENT, null, 0));
        unitRepository.save(new Unit(HEALTH, "测试卫健局", UnitKind.DEPARTMENT, GOVERNMENT, 1));
        unitRepository.save(new Unit(VETERANS, "测试退役军人事务局", UnitKind.DEPARTMENT, GOVERNMENT, 2));
    }

    private static ReviewCaseForm form(
            String unit,
            String stage,
            String number,
            String filed,
            String decided,
            String decision,
            String coDefendant) {
        return new ReviewCaseForm(unit, stage, "", number, "示例县人民法院", filed, decided, decision, coDefendant, "", "测试");
    }

    @Test
    void aHandlerEntersACaseOfItsOwnUnitAndTheChangeIsAudited() {
        ReviewCase c =
                cases.create(HEALTH_HANDLER, form(HEALTH, "reconsideration", "卫复〔2022〕1号", "2022-03-01", "", "", ""));
        assertThat(c.decision()).isNull();
        assertThat(audit.forEntity("review_case", String.valueOf(c.id())))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("review.create"));
        ReviewCase decided = cases.update(
                HEALTH_HANDLER,
                c.id(),
                c.version(),
                form(HEALTH, "reconsideration", "卫复〔2022〕1号", "2022-03-01", "2022-05-01", "corrected", ""));
        assertThat(decided.decision()).isEqualTo(ReviewResult.CORRECTED);
        assertThat(audit.forEntity("review_case", String.valueOf(c.id())))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("review.update"));
    }

    @Test
    void aHandlerMayNotEnterOrSeeAnotherUnitsCase() {
        assertThatThrownBy(() ->
                        cases.create(HEALTH_HANDLER, form(VETERANS, "reconsideration", "x", "2022-03-01", "", "", "")))
                .isInstanceOf(ForbiddenException.class);
        ReviewCase other = cases.create(
                REVIEWER, form(VETERANS, "litigation_direct", "（2022）浙0399行初9号", "2022-04-01", "", "", ""));
        assertThatThrownBy(() -> cases.get(HEALTH_HANDLER, other.id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void badInputNamesEachFieldAndStoresNothing() {
        long before =
                jdbc.sql("select count(*) from review_case").query(Long.class).single();
        assertThatThrownBy(() -> cases.create(
                        HEALTH_HANDLER,
                        new ReviewCaseForm(
                                HEALTH, "appeal", "", "", "", "2022-13-01", "2021-01-01", "won", GOVERNMENT, "", "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields())
                                .extracting(InvalidInputException.FieldProblem::field)
                                .contains("stage", "caseNumber", "body", "filedOn", "decision"));
        assertThat(jdbc.sql("select count(*) from review_case")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aSuitWithTheReconsiderationBodyAsCoDefendantCountsOnlyForTheOriginalUnit() {
        cases.create(
                REVIEWER,
                form(
                        VETERANS,
                        "litigation_after_reconsideration",
                        "（2019）浙0399行初1号",
                        "2019-05-01",
                        "2019-09-01",
                        "upheld",
                        GOVERNMENT));
        assertThat(statistics.yearEndCounts(java.util.List.of(GOVERNMENT), 2019))
                .isEmpty();
        long[][] veterans =
                statistics.yearEndCounts(java.util.List.of(VETERANS), 2019).get(VETERANS);
        assertThat(veterans[ReviewStage.LITIGATION_AFTER_RECONSIDERATION.ordinal()][ReviewResult.UPHELD.ordinal()])
                .isEqualTo(1);
        assertThatThrownBy(() -> cases.create(
                        REVIEWER, form(VETERANS, "litigation_direct", "x", "2019-05-01", "", "", GOVERNMENT)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void yearEndCountsFollowTheStatusOnTheThirtyFirstOfDecember() {
        cases.create(
                REVIEWER,
                form(HEALTH, "litigation_direct", "（2018）浙0399行初7号", "2018-11-01", "2019-02-01", "upheld", ""));
        long[][] y2018 =
                statistics.yearEndCounts(java.util.List.of(HEALTH), 2018).get(HEALTH);
        assertThat(y2018[ReviewStage.LITIGATION_DIRECT.ordinal()][ReviewResult.PENDING.ordinal()])
                .isEqualTo(1);
        assertThat(statistics.casesIn(
                        java.util.List.of(HEALTH), 2018, ReviewStage.LITIGATION_DIRECT, ReviewResult.PENDING))
                .extracting(ReviewCase::caseNumber)
                .contains("（2018）浙0399行初7号");
    }

    @Test
    void aCaseCountedInALockedYearCannotChange() {
        ReviewCase c =
                cases.create(REVIEWER, form(VETERANS, "reconsideration", "退复〔2017〕3号", "2017-06-01", "", "", ""));
        jdbc.sql("insert into annual_report (unit_code, year, status) values (?, 2017, 'PUBLISHED')")
                .param(VETERANS)
                .update();
        assertThatThrownBy(() -> cases.update(
                        REVIEWER,
                        c.id(),
                        c.version(),
                        form(VETERANS, "reconsideration", "退复〔2017〕3号", "2017-06-01", "2017-08-01", "upheld", "")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cases.create(
                        REVIEWER,
                        form(VETERANS, "reconsideration", "退复〔2017〕4号", "2017-07-01", "2017-08-01", "upheld", "")))
                .isInstanceOf(ConflictException.class);
    }
}
