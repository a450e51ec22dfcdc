package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.reportmodel.Layouts;
import org.gongkai.reportmodel.Template;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestStatistics.Kind;
import org.gongkai.requests.RequestStatistics.Row;

/**
 * The report's section-3 row and column keys as the conditions of the requests module's statistics port: both
 * the computation and the drill-down ask the port with these, so each row means one thing.
 */
final class Section3Rows {

    /** Replies in the year whose outcome is none of the 2021 keys (a data error the checks point at). */
    static final String UNCLASSIFIED = "unclassified";

    /** Rows the figures keep: received, carried over, the 2021 outcome rows, unclassified, carried forward. */
    static final List<String> ROWS = rows();

    private Section3Rows() {}

    /**
     * The condition of a row key: one of {@link #ROWS}, {@code total} (every reply in the year) or {@code other}
     * (the 2019 format's merged 其他处理 row).
     */
    static Row condition(String row) {
        return switch (row) {
            case "new_received" -> Row.of(Kind.RECEIVED);
            case "carried_over" -> Row.of(Kind.CARRIED_OVER);
            case "carried_forward" -> Row.of(Kind.CARRIED_FORWARD);
            case UNCLASSIFIED -> Row.of(Kind.UNCLASSIFIED);
            case "total" -> Row.of(Kind.REPLIED);
            case "other" ->
                Row.repliedWith(
                        Layouts.OTHER_2021.stream().map(Section3Rows::outcome).toList());
            default -> Row.repliedWith(List.of(outcome(row)));
        };
    }

    /** The row key a tallied condition counts in (an outcome row for a reply with one outcome). */
    static String rowKey(Row row) {
        return switch (row.kind()) {
            case RECEIVED -> "new_received";
            case CARRIED_OVER -> "carried_over";
            case CARRIED_FORWARD -> "carried_forward";
            case UNCLASSIFIED -> UNCLASSIFIED;
            case REPLIED ->
                row.outcomes().size() == 1 ? row.outcomes().iterator().next().key() : "total";
        };
    }

    /** The applicant type of a column key; empty for {@code total}. */
    static Optional<ApplicantType> applicant(String column) {
        if (column.equals("total")) {
            return Optional.empty();
        }
        return Optional.of(
                ApplicantType.fromKey(column).orElseThrow(() -> new IllegalArgumentException("no column " + column)));
    }

    private static Outcome outcome(String row) {
        if (!Layouts.outcomeRows(Template.T2021).contains(row)) {
            throw new IllegalArgumentException("no row " + row);
        }
        return Outcome.fromKey(row).orElseThrow(() -> new IllegalArgumentException("no row " + row));
    }

    private static List<String> rows() {
        List<String> rows = new ArrayList<>(List.of("new_received", "carried_over"));
        rows.addAll(Layouts.outcomeRows(Template.T2021));
        rows.add(UNCLASSIFIED);
        rows.add("carried_forward");
        return List.copyOf(rows);
    }
}
