package org.gongkai.messages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.text.TextRules;
import org.gongkai.platform.text.TextRules.Field;

/**
 * A draft put out for comment (意见征集) or a survey (调查) for a period, with its explanation. Its phase follows
 * from the day: comments are taken while it is open; after the period the unit records which comments it adopted
 * and why and publishes that feedback (采纳情况), and links the final document in the catalogue. Steps are guarded
 * by phase and authority (the unit that runs it, or the disclosure office).
 */
public final class Consultation {

    static final Field TITLE = Field.line("title", 200).required();
    static final Field DRAFT = Field.text("draftText", 20000).required();
    static final Field EXPLANATION = Field.text("explanation", 5000).required();
    static final Field FEEDBACK = Field.text("feedback", 10000).required();

    private final Long id;
    private final String unitCode;
    private final ConsultationKind kind;
    private final String title;
    private final String draftText;
    private final String explanation;
    private final LocalDate opensOn;
    private final LocalDate closesOn;
    private final List<SurveyQuestion> questions;
    private String feedback;
    private LocalDate feedbackOn;
    private Long finalItemId;

    public record Stored(
            Long id,
            String unitCode,
            ConsultationKind kind,
            String title,
            String draftText,
            String explanation,
            LocalDate opensOn,
            LocalDate closesOn,
            List<SurveyQuestion> questions,
            String feedback,
            LocalDate feedbackOn,
            Long finalItemId) {}

    private Consultation(Stored s) {
        this.id = s.id();
        this.unitCode = s.unitCode();
        this.kind = s.kind();
        this.title = s.title();
        this.draftText = s.draftText();
        this.explanation = s.explanation();
        this.opensOn = s.opensOn();
        this.closesOn = s.closesOn();
        this.questions = List.copyOf(s.questions());
        this.feedback = s.feedback();
        this.feedbackOn = s.feedbackOn();
        this.finalItemId = s.finalItemId();
    }

    public static Consultation restore(Stored s) {
        return new Consultation(s);
    }

    /** A new consultation from the form; every problem named, nothing made when there is one. */
    public static Consultation create(ConsultationForm f) {
        List<FieldProblem> p = new ArrayList<>();
        ConsultationKind kind = ConsultationKind.fromKey(f.kind()).orElse(null);
        if (kind == null) {
            p.add(new FieldProblem("kind", "consultation.error.kind"));
        }
        p.addAll(TITLE.check(f.title()));
        p.addAll(DRAFT.check(f.draftText()));
        p.addAll(EXPLANATION.check(f.explanation()));
        LocalDate opens = date(f.opensOn(), "opensOn", p);
        LocalDate closes = date(f.closesOn(), "closesOn", p);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            p.add(new FieldProblem("closesOn", "consultation.error.closes-before-opens"));
        }
        List<SurveyQuestion> qs = kind != null && kind.isSurvey() ? questions(f.questions(), p) : List.of();
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        return new Consultation(new Stored(
                null,
                f.unitCode(),
                kind,
                TextRules.clean(f.title()),
                TextRules.clean(f.draftText()),
                TextRules.clean(f.explanation()),
                opens,
                closes,
                qs,
                null,
                null,
                null));
    }

    private static LocalDate date(String text, String field, List<FieldProblem> p) {
        if (text == null || text.isBlank()) {
            p.add(new FieldProblem(field, "error.text.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            p.add(new FieldProblem(field, "consultation.error.date"));
            return null;
        }
    }

    private static List<SurveyQuestion> questions(String text, List<FieldProblem> p) {
        List<SurveyQuestion> out = new ArrayList<>();
        if (text == null || text.isBlank() || TextRules.hasForbidden(text, true)) {
            p.add(new FieldProblem("questions", "consultation.error.questions"));
            return out;
        }
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            List<String> parts = java.util.Arrays.stream(line.split("[|｜]"))
                    .map(TextRules::clean)
                    .filter(s -> !s.isEmpty())
                    .toList();
            boolean tooLong = parts.stream().anyMatch(s -> TextRules.length(s) > 300);
            if (parts.size() < 3 || parts.size() > 11 || tooLong) {
                p.add(new FieldProblem("questions", "consultation.error.questions"));
                return out;
            }
            out.add(new SurveyQuestion(null, out.size() + 1, parts.get(0), parts.subList(1, parts.size())));
        }
        if (out.isEmpty() || out.size() > 30) {
            p.add(new FieldProblem("questions", "consultation.error.questions"));
        }
        return out;
    }

    public ConsultationPhase phase(LocalDate today) {
        if (feedbackOn != null) {
            return ConsultationPhase.CONCLUDED;
        }
        if (today.isBefore(opensOn)) {
            return ConsultationPhase.UPCOMING;
        }
        return today.isAfter(closesOn) ? ConsultationPhase.CLOSED : ConsultationPhase.OPEN;
    }

    /** The steps the actor (null: the public) may take on the day. */
    public Set<ConsultationStep> allowedSteps(StaffMember actor, LocalDate today) {
        EnumSet<ConsultationStep> out = EnumSet.noneOf(ConsultationStep.class);
        for (ConsultationStep s : ConsultationStep.values()) {
            if (refusal(s, actor, today) == null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Throws why the step may not be taken now (403 for authority, 409 for the phase). */
    public void require(ConsultationStep step, StaffMember actor, LocalDate today) {
        RuntimeException r = refusal(step, actor, today);
        if (r != null) {
            throw r;
        }
    }

    private RuntimeException refusal(ConsultationStep step, StaffMember actor, LocalDate today) {
        if (step.staff()) {
            if (actor == null) {
                return new ForbiddenException("consultation.error.staff-only");
            }
            if (!actor.mayChange()) {
                return new ConflictException("message.error.read-only");
            }
            if (!actor.isReviewer() && !unitCode.equals(actor.unitCode())) {
                return new ForbiddenException(
                        Refusal.of(
                                "consultation." + step.name().toLowerCase(java.util.Locale.ROOT),
                                "consultation",
                                id,
                                unitCode),
                        "consultation.error.unit-only");
            }
        } else if (actor != null) {
            return new ConflictException("consultation.error.public-only");
        }
        if (!step.in().contains(phase(today))) {
            return new ConflictException(
                    "consultation.error.phase." + phase(today).name().toLowerCase(java.util.Locale.ROOT));
        }
        return null;
    }

    /**
     * Publishes the adoption feedback after the period: every comment shown to the public needs its adoption
     * decision, and a reason when it was not (fully) adopted.
     */
    public void publishFeedback(StaffMember actor, LocalDate today, String text, List<Comment> comments) {
        require(ConsultationStep.PUBLISH_FEEDBACK, actor, today);
        List<FieldProblem> p = new ArrayList<>(FEEDBACK.check(text));
        boolean undecided = comments.stream().filter(Comment::shown).anyMatch(c -> c.adoption() == null);
        if (undecided) {
            p.add(new FieldProblem("feedback", "consultation.error.undecided"));
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        feedback = TextRules.clean(text);
        feedbackOn = today;
    }

    public void linkFinal(StaffMember actor, LocalDate today, long itemId) {
        require(ConsultationStep.LINK_FINAL, actor, today);
        finalItemId = itemId;
    }

    public Stored stored() {
        return new Stored(
                id,
                unitCode,
                kind,
                title,
                draftText,
                explanation,
                opensOn,
                closesOn,
                questions,
                feedback,
                feedbackOn,
                finalItemId);
    }

    public Long id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public ConsultationKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String draftText() {
        return draftText;
    }

    public String explanation() {
        return explanation;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public List<SurveyQuestion> questions() {
        return questions;
    }

    public String feedback() {
        return feedback;
    }

    public LocalDate feedbackOn() {
        return feedbackOn;
    }

    public Long finalItemId() {
        return finalItemId;
    }
}
