package org.gongkai.messages;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.requests.TrackingCodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff's steps on a message and the sender's rating, each stored with its history and audited. */
@Service
public class MessageWorkflow {

    private final MessageRepository messages;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;

    MessageWorkflow(MessageRepository messages, UnitDirectory units, AuditLog audit, Clock clock) {
        this.messages = messages;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void route(StaffMember staff, long id, String unitCode) {
        step(staff, id, m -> {
            m.requireAllowed(MessageStep.ROUTE, staff);
            String code = unitCode == null ? null : unitCode.strip();
            boolean ok = code != null
                    && !code.isEmpty()
                    && units.find(code).filter(Unit::active).isPresent()
                    && units.maySee(staff, code);
            if (!ok) {
                throw InvalidInputException.of("unitCode", "error.unit-not-found", code == null ? "" : code);
            }
            m.route(Act.by(staff, clock), code);
        });
    }

    @Transactional
    public void draft(StaffMember staff, long id, String text, boolean publish) {
        step(staff, id, m -> m.draft(Act.by(staff, clock), text, publish));
    }

    @Transactional
    public void approve(StaffMember staff, long id) {
        step(staff, id, m -> m.approve(Act.by(staff, clock)));
    }

    @Transactional
    public void returnDraft(StaffMember staff, long id, String note) {
        step(staff, id, m -> m.returnDraft(Act.by(staff, clock), note));
    }

    @Transactional
    public void reply(StaffMember staff, long id, String text, boolean publish) {
        step(staff, id, m -> m.reply(Act.by(staff, clock), text, publish));
    }

    /** The office's reply by tracking code (the API); returns the message as answered. */
    @Transactional
    public Message replyTo(StaffMember staff, String trackingCode, String text, boolean publish) {
        Message m = messages.findByTrackingCode(TrackingCodes.normaliseCode(trackingCode))
                .orElseThrow(() -> new NotFoundException("message.error.not-found"));
        reply(staff, m.intake().id(), text, publish);
        return messages.find(m.intake().id()).orElseThrow();
    }

    /** The sender rates the reply, proving it with the secret. */
    @Transactional
    public void rate(String trackingCode, String secret, Rating rating) {
        Message m = messages.findByTrackingCode(TrackingCodes.normaliseCode(trackingCode))
                .filter(x -> TrackingCodes.matches(secret, x.intake().secretHash()))
                .orElseThrow(() -> new NotFoundException("message.error.not-found"));
        if (rating == null) {
            throw InvalidInputException.of("rating", "message.error.rating");
        }
        m.rate(Act.sender(clock), rating);
        store(m);
    }

    /** Loads the message (a handler sees only the messages of its units: 404 otherwise), applies, stores. */
    private void step(StaffMember staff, long id, Consumer<Message> change) {
        Message m = messages.find(id)
                .filter(x -> staff.isReviewer()
                        || staff.role().seesWholeGovernment()
                        || (x.unitCode() != null && units.maySee(staff, x.unitCode())))
                .orElseThrow(() -> new NotFoundException("message.error.not-found"));
        change.accept(m);
        store(m);
    }

    private void store(Message m) {
        List<MessageEvent> events = m.pendingEvents();
        messages.update(m);
        for (MessageEvent e : events) {
            audit.record(AuditEvent.by(e.actor(), "message." + e.action())
                    .on("message", m.intake().id())
                    .inUnit(m.unitCode())
                    .detail(e.detail()));
        }
    }
}
