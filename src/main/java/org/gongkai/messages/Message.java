package org.gongkai.messages;

import static org.gongkai.messages.MessageStatus.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.text.PersonalData;
import org.gongkai.platform.text.TextRules;

/**
 * A message to the government (留言) and its path: the disclosure office sends it to a unit, the unit drafts a
 * reply, the office approves it (or answers itself) and the reply goes out. With the sender's consent and the
 * office's decision the message and its reply are published with personal data removed. Every change is a guarded
 * transition recorded with who and when; a step not allowed now is refused (409), a step by someone without the
 * authority for it is forbidden (403).
 */
public final class Message {

    static final TextRules.Field REPLY_TEXT = TextRules.Field.text("text", 5000).required();
    static final TextRules.Field NOTE = TextRules.Field.text("note", 1000).required();

    private final Intake intake;
    private MessageStatus status;
    private String unitCode;
    private LocalDate dueDate;
    private Draft draft;
    private String returnNote;
    private Reply reply;
    private Publication publication;
    private Rating rating;
    private final List<MessageEvent> newEvents = new ArrayList<>();

    /** What the sender wrote, fixed at receipt. */
    public record Intake(
            Long id,
            String trackingCode,
            String secretHash,
            String name,
            String phone,
            String email,
            String subject,
            String body,
            boolean publicReplyWanted,
            Instant receivedAt,
            LocalDate receivedOn) {}

    /** A unit's reply waiting for the office, and whether it asks to publish it. */
    public record Draft(String text, boolean publish, String by) {}

    /** The reply that went out: by whom it was written and who approved it. */
    public record Reply(String text, LocalDate on, String by, String approvedBy) {}

    /** What the public sees: the subject, the message and the reply with personal data removed. */
    public record Publication(String subject, String body, String reply) {}

    /** The recorded state, as stored. */
    public record State(
            MessageStatus status,
            String unitCode,
            LocalDate dueDate,
            Draft draft,
            String returnNote,
            Reply reply,
            Publication publication,
            Rating rating) {}

    private Message(Intake intake, State s) {
        this.intake = intake;
        this.status = s.status();
        this.unitCode = s.unitCode();
        this.dueDate = s.dueDate();
        this.draft = s.draft();
        this.returnNote = s.returnNote();
        this.reply = s.reply();
        this.publication = s.publication();
        this.rating = s.rating();
    }

    public static Message restore(Intake intake, State state) {
        return new Message(intake, state);
    }

    /**
     * A new message; {@code unitCode} is the unit the sender chose (the office still routes it), {@code dueDate} the
     * last day of the government's reply period (null when the calendar of that year is not loaded).
     */
    public static Message receive(Intake intake, String unitCode, LocalDate dueDate, Act act) {
        Message m = new Message(intake, new State(RECEIVED, unitCode, dueDate, null, null, null, null, null));
        m.newEvents.add(new MessageEvent("receive", act.actor(), act.at(), null, RECEIVED, unitCode));
        return m;
    }

    /** The office sends the message to the unit that answers it. */
    public void route(Act act, String unit) {
        require(MessageStep.ROUTE, act.staff());
        if (unit == null || unit.isBlank()) {
            throw InvalidInputException.of("unitCode", "error.text.required");
        }
        unitCode = unit;
        draft = null;
        transition(MessageStep.ROUTE, act, ROUTED, unit);
    }

    /** The answering unit drafts its reply; {@code publish} asks the office to publish it (with the consent). */
    public void draft(Act act, String text, boolean publish) {
        require(MessageStep.DRAFT, act.staff());
        String clean = checked(REPLY_TEXT, text);
        draft = new Draft(clean, publish, act.actor());
        returnNote = null;
        transition(MessageStep.DRAFT, act, DRAFTED, null);
    }

    /** The office approves the unit's draft: it goes out as written. */
    public void approve(Act act) {
        require(MessageStep.APPROVE, act.staff());
        answer(MessageStep.APPROVE, act, draft.text(), draft.by(), draft.publish());
    }

    /** The office sends the draft back to the unit, saying what to change. */
    public void returnDraft(Act act, String note) {
        require(MessageStep.RETURN, act.staff());
        returnNote = checked(NOTE, note);
        transition(MessageStep.RETURN, act, ROUTED, returnNote);
    }

    /** The office answers itself; its reply needs no further approval. */
    public void reply(Act act, String text, boolean publish) {
        require(MessageStep.REPLY, act.staff());
        String clean = checked(REPLY_TEXT, text);
        answer(MessageStep.REPLY, act, clean, act.actor(), publish);
    }

    /** The sender's satisfaction with the reply, once, after it went out. */
    public void rate(Act act, Rating given) {
        if (status != ANSWERED) {
            throw new ConflictException("message.error.rate-before-reply");
        }
        if (rating != null) {
            throw new ConflictException("message.error.rated-once");
        }
        rating = given;
        newEvents.add(new MessageEvent("rate", act.actor(), act.at(), status, status, given.key()));
    }

    private void answer(MessageStep step, Act act, String text, String writer, boolean publish) {
        reply = new Reply(text, act.on(), writer, act.actor());
        boolean published = publish && intake.publicReplyWanted();
        List<String> names = List.of(intake.name());
        publication = published
                ? new Publication(
                        PersonalData.redact(intake.subject(), names),
                        PersonalData.redact(intake.body(), names),
                        PersonalData.redact(text, names))
                : null;
        draft = null;
        transition(step, act, ANSWERED, published ? "published" : null);
    }

    private static String checked(TextRules.Field field, String raw) {
        List<InvalidInputException.FieldProblem> problems = field.check(raw);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return TextRules.clean(raw);
    }

    /** The steps {@code actor} may take now; the console shows exactly these and each step checks the same. */
    public Set<MessageStep> allowedSteps(StaffMember actor) {
        EnumSet<MessageStep> allowed = EnumSet.noneOf(MessageStep.class);
        for (MessageStep step : MessageStep.values()) {
            if (refusal(step, actor) == null) {
                allowed.add(step);
            }
        }
        return allowed;
    }

    /** Throws why {@code actor} may not take the step now (403 or 409). */
    public void requireAllowed(MessageStep step, StaffMember actor) {
        require(step, actor);
    }

    private void require(MessageStep step, StaffMember actor) {
        RuntimeException refused = refusal(step, actor);
        if (refused != null) {
            throw refused;
        }
    }

    private RuntimeException refusal(MessageStep step, StaffMember actor) {
        if (actor != null && !actor.mayChange()) {
            return new ConflictException("message.error.read-only");
        }
        Refusal refusal = Refusal.of("message." + step.action(), "message", intake.id(), unitCode);
        if (step.office() && (actor == null || !actor.isReviewer())) {
            return new ForbiddenException(refusal, "message.error.office-only");
        }
        if (!step.office() && (actor == null || unitCode == null || !unitCode.equals(actor.unitCode()))) {
            return new ForbiddenException(refusal, "message.error.unit-only");
        }
        if (!step.from().contains(status)) {
            return new ConflictException("message.error.not-now");
        }
        return null;
    }

    private void transition(MessageStep step, Act act, MessageStatus to, String detail) {
        MessageStatus from = status;
        status = to;
        newEvents.add(new MessageEvent(step.action(), act.actor(), act.at(), from, to, detail));
    }

    /** Answered within the government's reply period. */
    public boolean answeredOnTime() {
        return reply != null && dueDate != null && !reply.on().isAfter(dueDate);
    }

    /** Events since the message was loaded, not yet stored. */
    public List<MessageEvent> pendingEvents() {
        return List.copyOf(newEvents);
    }

    /** Events since the message was loaded, to be stored with it; clears them. */
    public List<MessageEvent> drainEvents() {
        List<MessageEvent> out = List.copyOf(newEvents);
        newEvents.clear();
        return out;
    }

    public Intake intake() {
        return intake;
    }

    public State state() {
        return new State(status, unitCode, dueDate, draft, returnNote, reply, publication, rating);
    }

    public MessageStatus status() {
        return status;
    }

    public String unitCode() {
        return unitCode;
    }
}
