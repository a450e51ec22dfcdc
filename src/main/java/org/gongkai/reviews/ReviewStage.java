package org.gongkai.reviews;

/** Where a challenge of a disclosure decision stands in the annual report's section 4 (ogi-rules §5). */
public enum ReviewStage {
    /** 行政复议. */
    RECONSIDERATION("reconsideration"),
    /** 未经复议直接起诉. */
    LITIGATION_DIRECT("litigation_direct"),
    /** 复议后起诉. */
    LITIGATION_AFTER_RECONSIDERATION("litigation_after_reconsideration");

    private final String key;

    ReviewStage(String key) {
        this.key = key;
    }

    /** The row key of the annual-report JSON ({@code reviews.<key>}). */
    public String key() {
        return key;
    }

    public boolean isLitigation() {
        return this != RECONSIDERATION;
    }

    public static ReviewStage ofKey(String key) {
        for (ReviewStage s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown review stage " + key);
    }
}
