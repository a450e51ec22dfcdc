package org.gongkai.requests;

import java.time.LocalDate;

/**
 * What a step would do, worked out on a copy of the case and stored nowhere: the state and reply clock it leads to
 * (paused, restarted, extended: what the case page shows once the step is taken), and the letter it would issue
 * (rendered as it will go out, but for its number, taken on sending), or null.
 */
public record StepPreview(
        RequestStep step, Status statusAfter, ReplyClock clockAfter, LetterKind letterKind, String letterXhtml) {

    /** The due date after the step; null while no clock runs (a correction was asked for). */
    public LocalDate dueAfter() {
        return clockAfter == null ? null : clockAfter.dueDate();
    }

    public boolean issuesLetter() {
        return letterXhtml != null;
    }
}
