package org.gongkai.reviews;

/**
 * What staff enter for a case, as typed (strings, so a bad date can be named next to its field). Validated by
 * {@link ReviewCases}; {@code decision} is empty or one of upheld / corrected / other.
 */
public record ReviewCaseForm(
        String unitCode,
        String stage,
        String requestRef,
        String caseNumber,
        String body,
        String filedOn,
        String decidedOn,
        String decision,
        String coDefendantUnitCode,
        String summary,
        String reason) {

    public static ReviewCaseForm blank(String unitCode) {
        return new ReviewCaseForm(unitCode, ReviewStage.RECONSIDERATION.key(), "", "", "", "", "", "", "", "", "");
    }

    public static ReviewCaseForm of(ReviewCase c) {
        return new ReviewCaseForm(
                c.unitCode(),
                c.stage().key(),
                nz(c.requestRef()),
                c.caseNumber(),
                c.body(),
                c.filedOn().toString(),
                c.decidedOn() == null ? "" : c.decidedOn().toString(),
                c.decision() == null ? "" : c.decision().key(),
                nz(c.coDefendantUnitCode()),
                nz(c.summary()),
                "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
