package org.gongkai.annualreport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.UnitKind;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Template;
import org.gongkai.reviews.ReviewStatistics;
import org.springframework.stereotype.Service;

/**
 * Computes a unit's report for a year from the platform's records, or a government's over all its units: every
 * table aggregated in the database (one grouped query each for applications and reviews), laid out in the
 * year's format.
 */
@Service
public class AnnualReportCalculator {

    /** The first year the national formats cover. */
    public static final int FIRST_YEAR = 2019;

    private final ApplicationCounts applications;
    private final ReviewStatistics reviews;
    private final AdminStatisticsRepository statistics;
    private final NormativeRegister register;
    private final UnitDirectory units;
    private final Clock clock;

    public AnnualReportCalculator(
            ApplicationCounts applications,
            ReviewStatistics reviews,
            AdminStatisticsRepository statistics,
            NormativeRegister register,
            UnitDirectory units,
            Clock clock) {
        this.applications = applications;
        this.reviews = reviews;
        this.statistics = statistics;
        this.register = register;
        this.units = units;
        this.clock = clock;
    }

    /** A computed report: the unit, the units it covers, each one's figures, their sum and the laid-out report. */
    public record Computation(
            Unit unit,
            int year,
            List<String> unitCodes,
            Map<String, UnitFigures> perUnit,
            UnitFigures total,
            AnnualReport report) {}

    public Computation compute(String unitCode, int year) {
        Unit unit = units.require(unitCode);
        return computeOver(unit, scope(unit), year);
    }

    /** The report of {@code unit} over the records of the units in {@code scope}. */
    public Computation computeOver(Unit unit, List<String> scope, int year) {
        String unitCode = unit.code();
        requireYear(year);
        Map<String, UnitFigures> perUnit = perUnit(scope, year);
        UnitFigures total = new UnitFigures(unitCode, year);
        perUnit.values().forEach(total::add);
        total.register.putAll(register.rows(scope, year, Template.forYear(year)));
        long[] fees = applications.feesPaid(scope, year);
        total.fees[0] = fees[0];
        total.fees[1] = fees[1];
        return new Computation(unit, year, scope, perUnit, total, ReportAssembler.assemble(unit.name(), year, total));
    }

    /** Each unit's application, review and statistics figures (no register, no fees), in three grouped queries. */
    public Map<String, UnitFigures> perUnit(Collection<String> unitCodes, int year) {
        Map<String, UnitFigures> perUnit = new LinkedHashMap<>();
        unitCodes.forEach(code -> perUnit.put(code, new UnitFigures(code, year)));
        applications
                .byUnit(unitCodes, year)
                .forEach((code, cells) -> perUnit.get(code).addApplications(cells));
        reviews.yearEndCounts(unitCodes, year)
                .forEach((code, cells) -> perUnit.get(code).addReviews(cells));
        statistics.forUnits(unitCodes, year).forEach(s -> perUnit.get(s.unitCode()).statistics = s);
        statistics.forUnits(unitCodes, year - 1).forEach(s -> perUnit.get(s.unitCode()).statisticsLastYear = s);
        return perUnit;
    }

    /** The units a report covers: a government covers its whole subtree, any other unit itself. */
    public List<String> scope(Unit unit) {
        if (unit.kind() == UnitKind.GOVERNMENT) {
            return units.subtree(unit.code()).stream().map(Unit::code).toList();
        }
        return List.of(unit.code());
    }

    public boolean isGovernment(Unit unit) {
        return unit.kind() == UnitKind.GOVERNMENT;
    }

    public void requireYear(int year) {
        if (year < FIRST_YEAR || year > LocalDate.now(clock).getYear()) {
            throw InvalidInputException.of(
                    "year",
                    "annualreport.error.year",
                    year,
                    FIRST_YEAR,
                    LocalDate.now(clock).getYear());
        }
    }
}
