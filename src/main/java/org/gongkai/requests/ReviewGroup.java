package org.gongkai.requests;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of outcome a government may put under a reviewer's approval before the reply is sent. */
public enum ReviewGroup {
    GRANTED("granted"),
    PARTIAL("partial"),
    WITHHELD("withheld"),
    UNABLE("unable"),
    NOT_PROCESSED("not_processed"),
    OTHER("other");

    private final String key;

    ReviewGroup(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The group of an outcome: 予以公开, 部分公开, 不予公开, 无法提供, 不予处理 or 其他处理. */
    public static ReviewGroup of(Outcome o) {
        if (o == Outcome.GRANTED) {
            return GRANTED;
        }
        if (o == Outcome.PARTIALLY_GRANTED) {
            return PARTIAL;
        }
        String k = o.key();
        if (k.startsWith("withheld_")) {
            return WITHHELD;
        }
        if (k.startsWith("unable_")) {
            return UNABLE;
        }
        return k.startsWith("rejected_") ? NOT_PROCESSED : OTHER;
    }

    public static Optional<ReviewGroup> fromKey(String key) {
        return Arrays.stream(values()).filter(g -> g.key.equals(key)).findFirst();
    }
}
