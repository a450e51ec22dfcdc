package org.gongkai.voice;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.text.TextRules;

/**
 * Reads a form's fields, collecting every problem with its field named, so that one refusal names them all and
 * nothing is stored. Texts are cleaned by the platform's {@link TextRules} (invisible characters removed, control
 * characters refused).
 */
public final class Fields {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A required text of at most {@code max} characters; null when it is missing or bad (the problem noted). */
    public String text(String field, String value, int max) {
        String v = optional(field, value, max);
        if (v == null && problemFor(field) == null) {
            problems.add(new FieldProblem(field, "voice.error.required"));
        }
        return v;
    }

    /** An optional text: null when blank. */
    public String optional(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String v = TextRules.clean(value);
        if (TextRules.hasForbidden(v, true)) {
            problems.add(new FieldProblem(field, "voice.error.bad-characters"));
            return null;
        }
        if (v.isEmpty()) {
            return null;
        }
        if (TextRules.length(v) > max) {
            problems.add(new FieldProblem(field, "voice.error.too-long", max));
            return null;
        }
        return v;
    }

    /** An optional web address: http or https only. */
    public String link(String field, String value) {
        String v = optional(field, value, 500);
        if (v != null && !(v.startsWith("https://") || v.startsWith("http://") || v.startsWith("/"))) {
            problems.add(new FieldProblem(field, "voice.error.link"));
            return null;
        }
        return v;
    }

    /** A required date not after {@code latest}. */
    public LocalDate date(String field, String value, LocalDate latest) {
        LocalDate d = optionalDate(field, value, latest);
        if (d == null && problemFor(field) == null) {
            problems.add(new FieldProblem(field, "voice.error.required"));
        }
        return d;
    }

    public LocalDate optionalDate(String field, String value, LocalDate latest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (latest != null && d.isAfter(latest)) {
                problems.add(new FieldProblem(field, "voice.error.future"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "voice.error.date"));
            return null;
        }
    }

    /** A required enum constant by name. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "voice.error.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "voice.error.choice"));
            return null;
        }
    }

    /** A whole number within bounds. */
    public Long number(String field, String value, long min, long max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "voice.error.required"));
            return null;
        }
        try {
            long n = Long.parseLong(value.strip().replace(",", ""));
            if (n < min || n > max) {
                problems.add(new FieldProblem(field, "voice.error.range", min, max));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "voice.error.number"));
            return null;
        }
    }

    public void problem(String field, String code, Object... args) {
        problems.add(new FieldProblem(field, code, args));
    }

    /** Throws naming every problem found, if any. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private FieldProblem problemFor(String field) {
        return problems.stream()
                .filter(p -> p.field().equals(field))
                .findFirst()
                .orElse(null);
    }
}
