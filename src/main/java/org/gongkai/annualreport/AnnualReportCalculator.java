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
import org.gongkai.requests.RequestStatistics;
import org.gongkai.reviews.ReviewResult;
import org.gongkai.reviews.ReviewStage;
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

    private final RequestStatistics applications;
    private final ReviewStatistics reviews;
    private final AdminStatisticsRepository statistics;
    private final NormativeRegister register;
    private final UnitDirectory units;
    private final Clock clock;
    private final ComputedFigures computed;

    public AnnualReportCalculator(
            RequestStatistics applications,
            ReviewStatistics reviews,
            AdminStatisticsRepository statistics,
            NormativeRegister register,
            UnitDirectory units,
            Clock clock,
            ComputedFigures computed) {
        this.computed = computed;
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

    /** The unit's report for the year: of a past year as kept since the last change ({@link ComputedFigures}). */
    public Computation compute(String unitCode, int year) {
        Unit unit = units.require(unitCode);
        requireYear(year);
        if (year == LocalDate.now(clock).getYear()) {
            return computeOver(unit, scope(unit), year);
        }
        return computed.get("report " + unitCode + " " + year, () -> computeOver(unit, scope(unit), year));
    }

    /** The report of {@code unit} over the records of the units in {@code scope}. */
    public Computation computeOver(Unit unit, List<String> scope, int year) {
        String unitCode = unit.code();
        requireYear(year);
        Map<String, UnitFigures> perUnit = perUnit(scope, year);
        UnitFigures total = perUnit.values().stream()
                .reduce(UnitFigures.empty(unitCode, year), UnitFigures::plus)
                .withRegister(new Counts(register.rows(scope, year, Template.forYear(year))))
                .withFees(applications.feesPaid(scope, year));
        return new Computation(unit, year, scope, perUnit, total, ReportAssembler.assemble(unit.name(), year, total));
    }

    /** Each unit's application, review and statistics figures (no register, no fees), in three grouped queries. */
    public Map<String, UnitFigures> perUnit(Collection<String> unitCodes, int year) {
        Map<String, UnitFigures> perUnit = new LinkedHashMap<>();
        unitCodes.forEach(code -> perUnit.put(code, UnitFigures.empty(code, year)));
        for (RequestStatistics.Tally t : applications.tally(unitCodes, year)) {
            UnitFigures f = perUnit.get(t.unitCode());
            perUnit.put(
                    t.unitCode(),
                    f.withApplications(f.applications()
                            .plus(Section3Rows.rowKey(t.row()), t.applicant().key(), t.count())));
        }
        reviews.yearEndCounts(unitCodes, year)
                .forEach((code, cells) -> perUnit.put(code, perUnit.get(code).withReviews(reviewCounts(cells))));
        statistics
                .forUnits(unitCodes, year)
                .forEach(s -> perUnit.compute(s.unitCode(), (code, f) -> f.withStatistics(s, f.statisticsLastYear())));
        statistics
                .forUnits(unitCodes, year - 1)
                .forEach(s -> perUnit.compute(s.unitCode(), (code, f) -> f.withStatistics(f.statistics(), s)));
        return perUnit;
    }

    /** The reviews port's counts[stage][result] as counts by stage key and result key. */
    private static Counts reviewCounts(long[][] cells) {
        Counts c = Counts.NONE;
        for (ReviewStage s : ReviewStage.values()) {
            for (ReviewResult r : ReviewResult.values()) {
                if (cells[s.ordinal()][r.ordinal()] != 0) {
                    c = c.plus(s.key(), r.key(), cells[s.ordinal()][r.ordinal()]);
                }
            }
        }
        return c;
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
