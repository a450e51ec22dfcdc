package org.gongkai.messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.messages.MessageRepository.MessageLine;
import org.gongkai.messages.MessageRepository.UnitYear;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.requests.TrackingCodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What staff, the sender and the public may read of the messages. */
@Service
@Transactional(readOnly = true)
public class MessageQueries {

    private final MessageRepository messages;
    private final UnitDirectory units;

    MessageQueries(MessageRepository messages, UnitDirectory units) {
        this.messages = messages;
        this.units = units;
    }

    /** A message as staff see it: with its history and the steps the viewer may take now. */
    public record MessageCase(Message message, List<MessageEvent> history, Set<MessageStep> allowed) {}

    /** A published answer with the name of the unit that answered. */
    public record PublicAnswer(String subject, String body, String reply, LocalDate repliedOn, String unit) {}

    /** A unit's counts of a year, with its name. */
    public record UnitCounts(String unitCode, String unitName, UnitYear counts) {}

    /**
     * The messages the viewer works on, the sender's name masked: the office sees every unit's and those not yet
     * routed; a handler its units'.
     */
    public List<MessageLine> list(StaffMember staff, boolean openOnly) {
        boolean office = staff.role().seesWholeGovernment();
        return messages.list(units.visibleUnitCodes(staff), office, openOnly, 500).stream()
                .map(l -> new MessageLine(
                        l.id(),
                        l.trackingCode(),
                        l.receivedOn(),
                        l.subject(),
                        maskName(l.senderName()),
                        l.unitCode(),
                        l.status(),
                        l.dueDate()))
                .toList();
    }

    public MessageCase get(StaffMember staff, long id) {
        Message m = messages.find(id)
                .filter(x -> staff.role().seesWholeGovernment()
                        || (x.unitCode() != null && units.maySee(staff, x.unitCode())))
                .orElseThrow(() -> new NotFoundException("message.error.not-found"));
        return new MessageCase(m, messages.history(id), m.allowedSteps(staff));
    }

    /** The sender's view, given the tracking code and the secret; empty for a wrong pair. */
    public Optional<MessageCase> track(String trackingCode, String secret) {
        return messages.findByTrackingCode(TrackingCodes.normaliseCode(trackingCode))
                .filter(m -> TrackingCodes.matches(secret, m.intake().secretHash()))
                .map(m -> new MessageCase(m, messages.history(m.intake().id()), Set.of()));
    }

    /** Answers published with the senders' consent, personal data removed, the latest first. */
    public List<PublicAnswer> published(int limit) {
        return messages.published(limit).stream()
                .map(a -> new PublicAnswer(a.subject(), a.body(), a.reply(), a.repliedOn(), unitName(a.unitCode())))
                .toList();
    }

    /** The year's counts per unit the viewer sees (and the messages not yet routed, for the office). */
    public List<UnitCounts> counts(StaffMember staff, int year) {
        Set<String> visible = units.visibleUnitCodes(staff);
        List<UnitCounts> out = new ArrayList<>();
        for (UnitYear y : messages.counts(year)) {
            if (y.unitCode() == null ? staff.role().seesWholeGovernment() : visible.contains(y.unitCode())) {
                out.add(new UnitCounts(y.unitCode(), y.unitCode() == null ? null : unitName(y.unitCode()), y));
            }
        }
        return out;
    }

    public String unitName(String code) {
        return code == null ? "" : units.find(code).map(Unit::name).orElse(code);
    }

    /** 王小明 → 王**: enough to tell messages apart in a list, no more. */
    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
