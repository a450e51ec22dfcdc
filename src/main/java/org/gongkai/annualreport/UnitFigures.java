package org.gongkai.annualreport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reviews.ReviewResult;
import org.gongkai.reviews.ReviewStage;

/**
 * The raw figures of one unit (or a sum of units) for one year, before they are laid out in a format:
 * application counts ({@link ApplicationCounts#ROWS} × applicant columns), review counts (stage × status on
 * 31 December), the administrative statistics of the year and the year before, the normative-document register
 * and the fees paid (applications, yuan).
 */
public final class UnitFigures {

    final long[][] applications = new long[ApplicationCounts.ROWS.size()][Layouts.APPLICANT_PARTS.size()];
    final long[][] reviews = new long[ReviewStage.values().length][ReviewResult.values().length];
    AdminStatistics statistics;
    AdminStatistics statisticsLastYear;
    final Map<String, Map<String, Long>> register = new LinkedHashMap<>();
    final long[] fees = new long[2];

    UnitFigures(String unitCode, int year) {
        statistics = AdminStatistics.empty(unitCode, year);
        statisticsLastYear = AdminStatistics.empty(unitCode, year - 1);
    }

    void addApplications(long[][] cells) {
        add(applications, cells);
    }

    void addReviews(long[][] cells) {
        add(reviews, cells);
    }

    /** Adds another unit's figures (a government's roll-up). */
    void add(UnitFigures o) {
        add(applications, o.applications);
        add(reviews, o.reviews);
        statistics = statistics.plus(o.statistics);
        statisticsLastYear = statisticsLastYear.plus(o.statisticsLastYear);
        o.register.forEach((row, cells) -> cells.forEach((col, v) ->
                register.computeIfAbsent(row, r -> new LinkedHashMap<>()).merge(col, v, Long::sum)));
        fees[0] += o.fees[0];
        fees[1] += o.fees[1];
    }

    public long application(String row, int column) {
        return applications[ApplicationCounts.ROWS.indexOf(row)][column];
    }

    public long unclassifiedReplies() {
        long n = 0;
        for (long v : applications[ApplicationCounts.ROWS.indexOf(ApplicationCounts.UNCLASSIFIED)]) {
            n += v;
        }
        return n;
    }

    public long[] fees() {
        return fees.clone();
    }

    private static void add(long[][] into, long[][] from) {
        for (int r = 0; r < into.length; r++) {
            for (int c = 0; c < into[r].length; c++) {
                into[r][c] += from[r][c];
            }
        }
    }
}
