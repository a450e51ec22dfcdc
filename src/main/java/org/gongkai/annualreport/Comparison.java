package org.gongkai.annualreport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.reviews.ReviewResult;
import org.springframework.stereotype.Service;

/** Key figures of a unit's years side by side, and of a government's units in one year. */
@Service
public class Comparison {

    private final AnnualReportCalculator calculator;
    private final UnitDirectory units;
    private final Clock clock;

    public Comparison(AnnualReportCalculator calculator, UnitDirectory units, Clock clock) {
        this.calculator = calculator;
        this.units = units;
        this.clock = clock;
    }

    /** One unit-year's key figures: received, carried over, replied, granted, carried forward, reviews, corrected. */
    public record Point(
            String label,
            String unitCode,
            int year,
            long received,
            long carriedOver,
            long replied,
            long granted,
            long carriedForward,
            long reviews,
            long corrected) {}

    public List<Point> years(StaffMember staff, String unitCode, int lastYear) {
        return years(staff, unitCode, lastYear, 7);
    }

    /** The unit's last {@code count} years up to {@code lastYear} (never before the first reporting year). */
    public List<Point> years(StaffMember staff, String unitCode, int lastYear, int count) {
        Unit unit = visible(staff, unitCode);
        List<Point> points = new ArrayList<>();
        int to = Math.min(lastYear, LocalDate.now(clock).getYear());
        for (int y = Math.max(AnnualReportCalculator.FIRST_YEAR, to - count + 1); y <= to; y++) {
            points.add(point(
                    y + "年", unitCode, y, calculator.compute(unit.code(), y).total()));
        }
        return points;
    }

    /** The units of the government the unit belongs to that the staff member sees, largest first. */
    public List<Point> units(StaffMember staff, String unitCode, int year) {
        visible(staff, unitCode);
        calculator.requireYear(year);
        Unit gov = units.governmentOf(unitCode);
        Set<String> visible = units.visibleUnitCodes(staff);
        List<String> scope =
                calculator.scope(gov).stream().filter(visible::contains).toList();
        Map<String, UnitFigures> perUnit = calculator.perUnit(scope, year);
        List<Point> points = new ArrayList<>();
        perUnit.forEach((code, f) -> points.add(point(units.require(code).name(), code, year, f)));
        points.sort(Comparator.comparingLong(Point::received).reversed().thenComparing(Point::unitCode));
        return points;
    }

    private static Point point(String label, String unitCode, int year, UnitFigures f) {
        long received = f.applications().rowTotal("new_received");
        long carriedOver = f.applications().rowTotal("carried_over");
        long granted = f.applications().rowTotal("granted");
        long forward = f.applications().rowTotal("carried_forward");
        long reviews = f.reviews().total();
        long corrected = f.reviews().columnTotal(ReviewResult.CORRECTED.key());
        return new Point(
                label,
                unitCode,
                year,
                received,
                carriedOver,
                received + carriedOver - forward,
                granted,
                forward,
                reviews,
                corrected);
    }

    private Unit visible(StaffMember staff, String unitCode) {
        Unit unit = units.require(unitCode);
        if (!units.maySee(staff, unitCode)) {
            throw new ForbiddenException("error.forbidden");
        }
        return unit;
    }
}
