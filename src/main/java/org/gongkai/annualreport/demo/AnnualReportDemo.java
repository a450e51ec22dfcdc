package org.gongkai.annualreport.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.gongkai.annualreport.AdminStatistics;
import org.gongkai.annualreport.AdminStatisticsRepository;
import org.gongkai.annualreport.AnnualReportCalculator;
import org.gongkai.annualreport.AnnualReports;
import org.gongkai.annualreport.ReportView;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.demo.DemoContributor;
import org.gongkai.platform.errors.ProblemException;
import org.springframework.stereotype.Component;

/**
 * The demo county's administrative statistics from 2019, and its annual reports for the last three full years
 * computed, checked, approved and published through the sign-off workflow (units first, then the government):
 * written and submitted by the disclosure office's drafter, approved and published by its reviewer.
 */
@Component
class AnnualReportDemo implements DemoContributor {

    static final String GOVERNMENT = "001008099";
    static final int PUBLISHED_YEARS = 3;
    private final AdminStatisticsRepository statistics;
    private final AnnualReports reports;
    private final UnitDirectory units;
    private final Clock clock;

    AnnualReportDemo(AdminStatisticsRepository statistics, AnnualReports reports, UnitDirectory units, Clock clock) {
        this.statistics = statistics;
        this.reports = reports;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void seed(DemoLog log) {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        List<Unit> members = units.subtree(GOVERNMENT).stream()
                .filter(u -> !u.code().equals(GOVERNMENT))
                .toList();
        seedStatistics(members, lastYear + 1);
        StaffMember drafter = new StaffMember("drafter", "县政务公开科 周起草", Role.REVIEWER, GOVERNMENT + "001");
        StaffMember reviewer = new StaffMember("reviewer", "县政务公开科 王审核", Role.REVIEWER, GOVERNMENT + "001");
        int published = 0;
        for (int year = lastYear - PUBLISHED_YEARS + 1; year <= lastYear; year++) {
            for (Unit u : members) {
                // departments by 31 January (条例 art. 49)
                published += publish(drafter, reviewer, u.code(), year, publishedOn(u, year, lastYear), log) ? 1 : 0;
            }
            // governments by 31 March
            published += publish(drafter, reviewer, GOVERNMENT, year, LocalDate.of(year + 1, 3, 20), log) ? 1 : 0;
        }
        log.say("年度报告：已计算、审核并公布 " + published + " 份（" + (lastYear - PUBLISHED_YEARS + 1) + "–" + lastYear
                + " 年，各单位及示例县人民政府），见 /portal/annual-reports");
    }

    /**
     * Departments publish in the second half of January; in the last year one street office was late (published in
     * February), as the supervision's self-inspection reports.
     */
    private static LocalDate publishedOn(Unit u, int year, int lastYear) {
        if (year == lastYear && u.code().equals(GOVERNMENT + "203")) {
            return LocalDate.of(year + 1, 2, 10);
        }
        return LocalDate.of(year + 1, 1, 15 + (u.sortOrder() % 15));
    }

    /** The drafter writes and submits, the reviewer (another person) approves and publishes. */
    private boolean publish(
            StaffMember drafter, StaffMember reviewer, String unit, int year, LocalDate statutory, DemoLog log) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = statutory.isAfter(today) ? today : statutory;
        try {
            ReportView v = reports.view(drafter, unit, year);
            reports.saveTexts(drafter, unit, year, v.record().version(), v.overview(), v.problems(), v.otherMatters());
            reports.submit(drafter, unit, year, v.record().version() + 1);
            reports.approve(reviewer, unit, year, v.record().version() + 2);
            reports.publish(reviewer, unit, year, v.record().version() + 3, on);
            return true;
        } catch (ProblemException e) {
            log.say("  未能公布 " + unit + " " + year + "：" + e.getMessage());
            return false;
        }
    }

    /** Plausible county-department figures, growing a little each year; seeded, so every demo is the same. */
    private void seedStatistics(List<Unit> members, int toYear) {
        Random random = new Random(600);
        for (Unit u : members) {
            boolean enforcing = random.nextInt(3) == 0;
            long licensing = 5 + random.nextInt(60);
            long services = 3 + random.nextInt(30);
            long penalty = enforcing ? 80 + random.nextInt(400) : random.nextInt(20);
            long coercion = enforcing ? 5 + random.nextInt(30) : random.nextInt(3);
            long fees = random.nextInt(8);
            for (int year = AnnualReportCalculator.FIRST_YEAR - 1; year <= toYear; year++) {
                licensing = Math.max(0, licensing + random.nextInt(7) - 2);
                services = Math.max(0, services + random.nextInt(5) - 2);
                penalty = Math.max(0, penalty + random.nextInt(11) - 5);
                coercion = Math.max(0, coercion + random.nextInt(3) - 1);
                fees = Math.max(0, fees + random.nextInt(3) - 1);
                statistics.save(
                        new AdminStatistics(
                                u.code(),
                                year,
                                licensing,
                                licensing * (20 + random.nextInt(200)),
                                services,
                                services * (10 + random.nextInt(100)),
                                penalty,
                                enforcing ? penalty * (1 + random.nextInt(6)) : random.nextInt(10),
                                coercion,
                                coercion * random.nextInt(4),
                                fees,
                                amount(fees * random.nextInt(40), random),
                                3 + random.nextInt(40),
                                amount(50 + random.nextInt(2000), random)),
                        "demo");
            }
        }
    }

    private static BigDecimal amount(long base, Random random) {
        return BigDecimal.valueOf(base * 100L + random.nextInt(100))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.UNNECESSARY);
    }
}
