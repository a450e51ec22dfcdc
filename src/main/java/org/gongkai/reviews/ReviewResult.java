package org.gongkai.reviews;

/** The column of section 4 a case counts in: the decision, or pending (尚未审结) while undecided. */
public enum ReviewResult {
    /** 结果维持. */
    UPHELD("upheld"),
    /** 结果纠正. */
    CORRECTED("corrected"),
    /** 其他结果. */
    OTHER("other"),
    /** 尚未审结. */
    PENDING("pending");

    private final String key;

    ReviewResult(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ReviewResult ofKey(String key) {
        for (ReviewResult r : values()) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown review result " + key);
    }
}
