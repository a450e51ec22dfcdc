package org.gongkai.messages;

import static org.gongkai.messages.ConsultationPhase.*;

import java.util.Set;

/** The steps on a consultation, with the phases each is taken in; the pages ask {@link Consultation#allowedSteps}. */
public enum ConsultationStep {
    /** The public comments (or answers the survey). */
    COMMENT(Set.of(OPEN), false),
    /** Staff show a comment (de-identified) or reject it. */
    MODERATE(Set.of(OPEN, CLOSED), true),
    /** Staff record whether a shown comment was adopted, and why. */
    ADOPT(Set.of(CLOSED), true),
    /** Staff publish the adoption feedback (采纳情况) once the period has ended. */
    PUBLISH_FEEDBACK(Set.of(CLOSED), true),
    /** Staff link the final document in the catalogue. */
    LINK_FINAL(Set.of(CLOSED, CONCLUDED), true);

    private final Set<ConsultationPhase> in;
    private final boolean staff;

    ConsultationStep(Set<ConsultationPhase> in, boolean staff) {
        this.in = in;
        this.staff = staff;
    }

    public Set<ConsultationPhase> in() {
        return in;
    }

    public boolean staff() {
        return staff;
    }
}
