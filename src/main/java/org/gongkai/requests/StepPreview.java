package org.gongkai.requests;

import java.time.LocalDate;

/**
 * What a step would do, worked out on a copy of the case and stored nowhere: the state and due date it leads to,
 * and the letter it would issue (rendered as it will go out, but for its number, taken on sending), or null.
 */
public record StepPreview(
        RequestStep step, Status statusAfter, LocalDate dueAfter, LetterKind letterKind, String letterXhtml) {

    public boolean issuesLetter() {
        return letterXhtml != null;
    }
}
