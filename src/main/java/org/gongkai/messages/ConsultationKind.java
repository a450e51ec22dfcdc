package org.gongkai.messages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What is put out for comment: a normative document, a major decision, a plan, or a survey with questions. */
public enum ConsultationKind {
    NORMATIVE_DOCUMENT,
    MAJOR_DECISION,
    PLAN,
    SURVEY;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isSurvey() {
        return this == SURVEY;
    }

    public static Optional<ConsultationKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }
}
