package org.gongkai.annualreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.gongkai.reportmodel.Layouts;

/**
 * Section 3 counted from the applications, in the database. For year Y: received = receipt date in Y; carried
 * over = received before Y and not replied before 1 January; an outcome row counts the replies dated in Y with
 * that outcome (2021 keys); carried forward = received by 31 December and not replied by then. Applications
 * awaiting confirmation (no receipt date) are not yet received.
 */
public interface ApplicationCounts {

    /** Row order of {@link #byUnit}: received, carried over, the 2021 outcome rows, unclassified, carried forward. */
    List<String> ROWS = rows();
    /** Replies in the year whose outcome is none of the 2021 keys (a data error the checks point at). */
    String UNCLASSIFIED = "unclassified";

    /** Per unit code: counts[row][applicant column] in {@link #ROWS} × {@link Layouts#APPLICANT_PARTS} order. */
    Map<String, long[][]> byUnit(Collection<String> unitCodes, int year);

    /**
     * The applications behind one cell (drill-down). {@code row} is a key of {@link #ROWS} or {@code other} (the
     * 2019 format's merged row) or {@code total}; {@code column} an applicant column or {@code total}.
     */
    List<CaseRef> casesIn(Collection<String> unitCodes, int year, String row, String column, int limit);

    /** Information-processing fees paid in the year: number of applications and yuan, over these units. */
    long[] feesPaid(Collection<String> unitCodes, int year);

    record CaseRef(
            long id,
            String trackingCode,
            String unitCode,
            String applicantType,
            LocalDate receiptDate,
            LocalDate replyDate,
            String outcome,
            String status) {}

    private static List<String> rows() {
        List<String> rows = new ArrayList<>(List.of("new_received", "carried_over"));
        rows.addAll(Layouts.outcomeRows(org.gongkai.reportmodel.Template.T2021));
        rows.add(UNCLASSIFIED);
        rows.add("carried_forward");
        return List.copyOf(rows);
    }
}
