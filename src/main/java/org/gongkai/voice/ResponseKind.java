package org.gongkai.voice;

/**
 * How the government answered the public (回应关切): a response to a public concern (舆情回应), a press conference
 * (新闻发布会), an online interview (在线访谈) or a leader explaining a policy (领导干部解读政策). The last three
 * carry a transcript shown on the portal.
 */
public enum ResponseKind {
    CONCERN,
    PRESS_CONFERENCE,
    INTERVIEW,
    EXPLANATION;

    public boolean hasTranscript() {
        return this != CONCERN;
    }

    /** The key of its figure in section 1 of the annual report. */
    String figureKey() {
        return "responses-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
