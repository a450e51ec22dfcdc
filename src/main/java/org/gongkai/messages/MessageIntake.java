package org.gongkai.messages;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.MissingCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.requests.TrackingCodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in messages from the public (portal form and API). Bad input stores nothing and names every field; the
 * reply is due the government's reply period in working days after receipt.
 */
@Service
public class MessageIntake {

    private final MessageRepository messages;
    private final UnitDirectory units;
    private final MessageSettings settings;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MessageIntake(
            MessageRepository messages,
            UnitDirectory units,
            MessageSettings settings,
            WorkingCalendar calendar,
            AuditLog audit,
            Clock clock) {
        this.messages = messages;
        this.units = units;
        this.settings = settings;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** The tracking code and the secret the sender follows the message with (the secret is stored hashed). */
    /** Serializable: the portal carries it to the confirmation page as a flash attribute in the shared session store. */
    public record Received(long id, String trackingCode, String secret) implements java.io.Serializable {}

    @Transactional
    public Received submit(MessageForm raw, List<FieldProblem> bodyProblems) {
        return submit(raw, bodyProblems, Act.sender(clock));
    }

    /** As {@link #submit(MessageForm, List)} on a given date (the demo's history). */
    @Transactional
    public Received submit(MessageForm raw, List<FieldProblem> bodyProblems, Act act) {
        List<FieldProblem> problems = new ArrayList<>(MessageRules.check(raw));
        problems.addAll(bodyProblems);
        MessageForm form = MessageRules.clean(raw);
        if (problems.stream().noneMatch(p -> p.field().equals("unitCode")) && form.unitCode() != null) {
            units.find(form.unitCode())
                    .filter(Unit::active)
                    .ifPresentOrElse(
                            u -> {},
                            () -> problems.add(
                                    0, new FieldProblem("unitCode", "error.unit-not-found", form.unitCode())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String trackingCode = "M" + TrackingCodes.newTrackingCode(act.on().getYear(), random);
        String secret = TrackingCodes.newSecret(random);
        Message.Intake intake = new Message.Intake(
                null,
                trackingCode,
                TrackingCodes.hash(secret),
                form.name(),
                form.phone(),
                form.email(),
                form.subject(),
                form.body(),
                form.publicReplyWanted(),
                act.at(),
                act.on());
        Message m = Message.receive(intake, form.unitCode(), dueDate(form.unitCode(), act.on()), act);
        long id = messages.insert(m);
        audit.record(AuditEvent.by(act.actor(), "message.receive")
                .on("message", id)
                .inUnit(form.unitCode())
                .detail(trackingCode));
        return new Received(id, trackingCode, secret);
    }

    private LocalDate dueDate(String unitCode, LocalDate receivedOn) {
        String government = unitCode != null
                ? units.governmentOf(unitCode).code()
                : units.all().stream()
                        .filter(Unit::isRoot)
                        .findFirst()
                        .map(Unit::code)
                        .orElse("");
        try {
            return calendar.plusWorkingDays(receivedOn, settings.replyDays(government));
        } catch (MissingCalendarYearException e) {
            return null;
        }
    }
}
