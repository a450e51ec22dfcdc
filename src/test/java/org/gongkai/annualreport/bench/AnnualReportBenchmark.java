package org.gongkai.annualreport.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gongkai.annualreport.AnnualReportCalculator;
import org.gongkai.annualreport.ReportFindings;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitKind;
import org.gongkai.org.UnitRepository;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reviews.ReviewStatistics;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (not a test; skipped unless {@code -Dgongkai.bench=true}): a government of 75 units with 100,000
 * applications received in 2024 (plus 8,000 carried over from 2023) and 5,000 review cases, generated with
 * generate_series into the scratch database of the test JVM (wiped at its start); then the whole rolled-up
 * report of the government (every table, every check including the carry-over lookup) is computed repeatedly
 * and timed. Run:
 * <pre>./mvnw -o -q test -Dtest=AnnualReportBenchmark -Dgongkai.bench=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Results are printed; see docs/benchmarks.md.
 */
@GongkaiTest
@EnabledIfSystemProperty(named = "gongkai.bench", matches = "true")
class AnnualReportBenchmark {

    static final String GOVERNMENT = "977000";
    static final int UNITS = 75;
    static final int YEAR = 2024;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitRepository units;

    @Autowired
    AnnualReportCalculator calculator;

    @Autowired
    ReportFindings checks;

    @Autowired
    org.gongkai.requests.RequestStatistics applications;

    @Autowired
    ReviewStatistics reviews;

    @Test
    void wholeRolledUpReport() {
        long t0 = System.nanoTime();
        generate();
        System.out.printf(
                "BENCH generated %d applications, %d review cases in %.1f s%n",
                jdbc.sql("select count(*) from disclosure_request where unit_code like '977000%'")
                        .query(Long.class)
                        .single(),
                jdbc.sql("select count(*) from review_case where unit_code like '977000%'")
                        .query(Long.class)
                        .single(),
                (System.nanoTime() - t0) / 1e9);
        for (int i = 0; i < 3; i++) {
            run();
        }
        List<Double> ms = new ArrayList<>();
        AnnualReport last = null;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            last = run();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        List<String> scope = jdbc.sql("select code from unit where code like '977000%'")
                .query(String.class)
                .list();
        long a = System.nanoTime();
        applications.tally(scope, YEAR);
        long b = System.nanoTime();
        reviews.yearEndCounts(scope, YEAR);
        long c = System.nanoTime();
        System.out.printf(
                "BENCH parts: applications GROUP BY %.0f ms, reviews GROUP BY %.0f ms%n", (b - a) / 1e6, (c - b) / 1e6);
        // the plan of the section-3 aggregate (the statement of JdbcRequestStatistics, less its unclassified filter,
        // for the record)
        jdbc.sql("explain (analyze, costs off, timing off) select unit_code, applicant_type, outcome, "
                        + "count(*) filter (where receipt_date >= :start), count(*) filter (where receipt_date < :start), "
                        + "count(*) filter (where reply_date <= :end), "
                        + "count(*) filter (where reply_date is null or reply_date > :end) from disclosure_request "
                        + "where unit_code in (:units) and receipt_date <= :end "
                        + "and coalesce(reply_date, 'infinity'::date) >= :start group by 1, 2, 3")
                .param("units", scope)
                .param("start", java.sql.Date.valueOf(YEAR + "-01-01"))
                .param("end", java.sql.Date.valueOf(YEAR + "-12-31"))
                .query(String.class)
                .list()
                .forEach(line -> System.out.println("BENCH plan " + line));
        System.out.printf(
                "BENCH whole rolled-up report of %d units, %d: median %.0f ms, p90 %.0f ms, max %.0f ms "
                        + "(new_received %d, carried_over %d, carried_forward %d, reviews %d, findings %d)%n",
                UNITS,
                YEAR,
                ms.get(ms.size() / 2),
                ms.get(ms.size() * 9 / 10),
                ms.get(ms.size() - 1),
                last.requests().count("new_received", "total"),
                last.requests().count("carried_over", "total"),
                last.requests().count("carried_forward", "total"),
                last.reviews().count("reconsideration", "total")
                        + last.reviews().count("litigation_direct", "total")
                        + last.reviews().count("litigation_after_reconsideration", "total"),
                last.findings().size());
    }

    private AnnualReport run() {
        AnnualReportCalculator.Computation c = calculator.compute(GOVERNMENT, YEAR);
        List<Finding> findings = checks.check(GOVERNMENT, c.report(), c.total());
        c.report().findings().addAll(findings);
        return c.report();
    }

    private void generate() {
        units.save(new Unit(GOVERNMENT, "基准测试市人民政府", UnitKind.GOVERNMENT, null, 0));
        for (int i = 1; i <= UNITS; i++) {
            units.save(new Unit(GOVERNMENT + String.format("%03d", i), "基准单位" + i, UnitKind.DEPARTMENT, GOVERNMENT, i));
        }
        String outcomes = "array['granted','granted','granted','partially_granted','partially_granted',"
                + "'withheld_state_secret','withheld_prohibited_by_law','withheld_security_stability',"
                + "'withheld_third_party','withheld_internal_affairs','withheld_process_info',"
                + "'withheld_enforcement_file','withheld_administrative_query','unable_not_held','unable_not_held',"
                + "'unable_needs_creation','unable_unclear','rejected_complaint','rejected_duplicate',"
                + "'rejected_publication','rejected_mass_repeated','rejected_confirmation','other_no_correction',"
                + "'other_unpaid_fee','other_other']";
        String types = "array['natural_person','natural_person','natural_person','natural_person','commercial',"
                + "'research','public_interest','legal_service','other_org']";
        // 8,000 received late in 2023 (carried over), 100,000 received in 2024; ~4% still open on 31 December
        jdbc.sql("""
                insert into disclosure_request (tracking_code, secret_hash, unit_code, channel, applicant_type,
                    applicant_name, applicant_key, description, delivery, submitted_at, status, receipt_date,
                    reply_date, outcome)
                select 'B' || lpad(g::text, 9, '0'), 'x', '977000' || lpad((1 + g %% 75)::text, 3, '0'), 'online',
                    (%s)[1 + (g * 7) %% 9], '申请人', 'k' || (g %% 20000), '基准申请', 'email', now(),
                    case when open then 'REGISTERED' else 'REPLIED' end, receipt,
                    case when open then null else receipt + (1 + g %% 40) end,
                    case when open then null else (%s)[1 + (g * 13) %% 25] end
                from (select g, case when g <= 8000 then date '2023-11-01' + (g %% 60)
                                     else date '2024-01-01' + (g %% 366) end as receipt,
                             (g %% 25 = 0) as open
                      from generate_series(1, 108000) g) s""".formatted(types, outcomes)).update();
        jdbc.sql("""
                insert into review_case (unit_code, stage, case_number, body, filed_on, decided_on, result, created_by)
                select '977000' || lpad((1 + g % 75)::text, 3, '0'),
                    (array['RECONSIDERATION','RECONSIDERATION','LITIGATION_DIRECT','LITIGATION_AFTER_RECONSIDERATION'])[1 + g % 4],
                    '基准案' || g, '基准法院', date '2024-01-01' + (g % 366),
                    case when g % 5 = 0 then null else date '2024-01-01' + (g % 366) + 30 end,
                    case when g % 5 = 0 then null else (array['UPHELD','CORRECTED','OTHER'])[1 + g % 3] end, 'bench'
                from generate_series(1, 5000) g""").update();
        jdbc.sql("analyze disclosure_request").update();
        jdbc.sql("analyze review_case").update();
    }
}
