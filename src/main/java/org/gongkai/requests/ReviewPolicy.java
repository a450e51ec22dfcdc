package org.gongkai.requests;

import java.util.EnumSet;
import java.util.Set;

/** Which outcomes a government's replies need a reviewer's approval for before they are sent. */
public record ReviewPolicy(Set<ReviewGroup> groups) {

    /** Withheld (不予公开), partial (部分公开) and not processed (不予处理), unless a government sets otherwise. */
    public static final ReviewPolicy DEFAULT =
            new ReviewPolicy(EnumSet.of(ReviewGroup.PARTIAL, ReviewGroup.WITHHELD, ReviewGroup.NOT_PROCESSED));

    public ReviewPolicy {
        groups = groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
    }

    public boolean requires(Outcome outcome) {
        return groups.contains(ReviewGroup.of(outcome));
    }
}
