package org.gongkai.reportmodel;

import java.util.Objects;

/**
 * One failed check of an annual report. {@code code} is stable (see the contract), {@code where} is a dotted
 * path such as {@code requests.*.natural_person}, {@code message} is human-readable Chinese.
 */
public record Finding(String code, String where, String message) {

    public static final String ROW_SUM = "row_sum";
    public static final String COLUMN_SUM = "column_sum";
    public static final String BALANCE = "balance";
    public static final String REVIEW_SUM = "review_sum";
    public static final String MISSING_TABLE = "missing_table";
    public static final String TEMPLATE_MISMATCH = "template_mismatch";
    public static final String CARRY_OVER_MISMATCH = "carry_over_mismatch";
    public static final String TEXT_TABLE_MISMATCH = "text_table_mismatch";
    public static final String AMBIGUOUS_CELLS = "ambiguous_cells";
    public static final String LATE_PUBLICATION = "late_publication";
    public static final String FEE_STATEMENT_MISSING = "fee_statement_missing";
    public static final String EMPTY_SECTION = "empty_section";
    public static final String COPIED_TEXT = "copied_text";
    public static final String YEAR_ON_YEAR_JUMP = "year_on_year_jump";

    private static final java.util.Set<String> TABLE_CODES = java.util.Set.of(
            ROW_SUM, COLUMN_SUM, BALANCE, REVIEW_SUM, MISSING_TABLE, TEMPLATE_MISMATCH, CARRY_OVER_MISMATCH);

    /** Whether this is a check of the tables' arithmetic and structure (not of the text or the dates). */
    public boolean tables() {
        return TABLE_CODES.contains(code);
    }

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }
}
