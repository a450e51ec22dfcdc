package org.gongkai.annualreport;

import org.gongkai.requests.RequestStatistics.FeesPaid;

/**
 * The raw figures of one unit (or a sum of units) for one year, before they are laid out in a format:
 * application counts (section-3 row key × applicant column key), review counts (stage key × result key on
 * 31 December), the administrative statistics of the year and the year before, the normative-document register
 * (row × column of the proactive table) and the fees paid.
 */
public record UnitFigures(
        Counts applications,
        Counts reviews,
        AdminStatistics statistics,
        AdminStatistics statisticsLastYear,
        Counts register,
        FeesPaid fees) {

    public static UnitFigures empty(String unitCode, int year) {
        return new UnitFigures(
                Counts.NONE,
                Counts.NONE,
                AdminStatistics.empty(unitCode, year),
                AdminStatistics.empty(unitCode, year - 1),
                Counts.NONE,
                FeesPaid.NONE);
    }

    /** The sum with another unit's figures (a government's roll-up). */
    public UnitFigures plus(UnitFigures o) {
        return new UnitFigures(
                applications.plus(o.applications),
                reviews.plus(o.reviews),
                statistics.plus(o.statistics),
                statisticsLastYear.plus(o.statisticsLastYear),
                register.plus(o.register),
                fees.plus(o.fees));
    }

    public UnitFigures withApplications(Counts c) {
        return new UnitFigures(c, reviews, statistics, statisticsLastYear, register, fees);
    }

    public UnitFigures withReviews(Counts c) {
        return new UnitFigures(applications, c, statistics, statisticsLastYear, register, fees);
    }

    public UnitFigures withStatistics(AdminStatistics now, AdminStatistics lastYear) {
        return new UnitFigures(applications, reviews, now, lastYear, register, fees);
    }

    public UnitFigures withRegister(Counts c) {
        return new UnitFigures(applications, reviews, statistics, statisticsLastYear, c, fees);
    }

    public UnitFigures withFees(FeesPaid f) {
        return new UnitFigures(applications, reviews, statistics, statisticsLastYear, register, f);
    }

    /** Applications in a section-3 row and applicant column. */
    public long application(String row, String column) {
        return applications.get(row, column);
    }

    public long unclassifiedReplies() {
        return applications.rowTotal(Section3Rows.UNCLASSIFIED);
    }
}
