package org.gongkai.catalog;

/** What kind of information an item is; labels are in the catalog bundle ({@code catalog.type.*}). */
public enum DocumentType {
    REGULATION,
    NORMATIVE,
    POLICY,
    PLAN,
    STATISTICS,
    BUDGET,
    LICENSING,
    PENALTY,
    FEES,
    PROCUREMENT,
    PROJECT,
    NOTICE,
    PERSONNEL,
    ORGANISATION,
    GUIDE,
    RULE,
    ANNUAL_REPORT,
    INTERPRETATION;

    /** Regulations and normative documents carry a validity (有效/失效/废止) and are counted in the register. */
    public boolean hasValidity() {
        return this == REGULATION || this == NORMATIVE;
    }

    /** Documents that people need explained: a policy interpretation should accompany them. */
    public boolean needsInterpretation() {
        return this == REGULATION || this == NORMATIVE || this == POLICY;
    }

    /** The Article 20 item this kind of information falls under by default. */
    public int defaultArticle20Item() {
        return switch (this) {
            case REGULATION, NORMATIVE, POLICY, INTERPRETATION -> 1;
            case ORGANISATION, GUIDE, RULE -> 2;
            case PLAN -> 3;
            case STATISTICS -> 4;
            case LICENSING -> 5;
            case PENALTY -> 6;
            case BUDGET -> 7;
            case FEES -> 8;
            case PROCUREMENT -> 9;
            case PROJECT -> 10;
            case PERSONNEL -> 14;
            case NOTICE, ANNUAL_REPORT -> 15;
        };
    }
}
