package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.requests.RequestStatistics.CaseRef;
import org.gongkai.reviews.ReviewCase;
import org.gongkai.reviews.ReviewResult;
import org.gongkai.reviews.ReviewStage;
import org.gongkai.reviews.ReviewStatistics;
import org.springframework.stereotype.Service;

/**
 * Drill-down: the cases counted in a report cell, asked of the modules that own them with the same conditions
 * the computation counted them by (section 3 through {@link RequestStatistics}, section 4 through the reviews'
 * port) ({@code requests.<row>.<column>} or
 * {@code reviews.<row>.<column>}); a {@code *} row of the requests table (a column's balance) gives the four
 * rows of the identity 一 + 二 = 三（七） + 四, and a {@code *} column (a row's sum) gives the row's total.
 */
@Service
public class CellCases {

    public static final int LIMIT = 500;
    private final RequestStatistics applications;
    private final ReviewStatistics reviews;
    private final AnnualReportCalculator calculator;
    private final UnitDirectory units;

    public CellCases(
            RequestStatistics applications,
            ReviewStatistics reviews,
            AnnualReportCalculator calculator,
            UnitDirectory units) {
        this.applications = applications;
        this.reviews = reviews;
        this.calculator = calculator;
        this.units = units;
    }

    /** One group of cases: the cell path it stands for and the cases. */
    public record Group(String path, List<CaseRef> applications, List<ReviewCase> reviews) {}

    public List<Group> casesIn(StaffMember staff, String unitCode, int year, String path) {
        Unit unit = units.require(unitCode);
        if (!units.maySee(staff, unitCode)) {
            throw new ForbiddenException("error.forbidden");
        }
        calculator.requireYear(year);
        List<String> scope = calculator.scope(unit);
        String[] p = path == null ? new String[0] : path.split("\\.");
        if (p.length != 3) {
            throw InvalidInputException.of("path", "annualreport.error.path", path);
        }
        if (p[2].equals("*")) {
            p[2] = "total";
        }
        List<Group> groups = new ArrayList<>();
        try {
            if (p[0].equals("requests")) {
                List<String> rows = p[1].equals("*")
                        ? List.of("new_received", "carried_over", "total", "carried_forward")
                        : List.of(p[1]);
                for (String row : rows) {
                    groups.add(new Group(
                            "requests." + row + "." + p[2],
                            applications.casesIn(
                                    scope, year, Section3Rows.condition(row), Section3Rows.applicant(p[2]), LIMIT),
                            List.of()));
                }
            } else if (p[0].equals("reviews") && Layouts.REVIEW_ROWS.contains(p[1])) {
                ReviewResult result = p[2].equals("total") ? null : ReviewResult.ofKey(p[2]);
                groups.add(new Group(path, List.of(), reviews.casesIn(scope, year, ReviewStage.ofKey(p[1]), result)));
            } else {
                throw InvalidInputException.of("path", "annualreport.error.path", path);
            }
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("path", "annualreport.error.path", path);
        }
        return groups;
    }
}
