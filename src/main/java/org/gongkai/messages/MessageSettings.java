package org.gongkai.messages;

import java.time.Clock;
import java.util.OptionalInt;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The government's reply period for messages, in working days, set by its disclosure office; until set, {@link
 * #DEFAULT_REPLY_DAYS}.
 */
@Service
public class MessageSettings {

    /** The reply period a government has before it sets its own. */
    public static final int DEFAULT_REPLY_DAYS = 15;

    private final Store store;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;

    /** Where the setting is kept. */
    public interface Store {
        OptionalInt replyDays(String governmentCode);

        void setReplyDays(String governmentCode, int days, String actor, java.time.Instant at);
    }

    MessageSettings(Store store, UnitDirectory units, AuditLog audit, Clock clock) {
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int replyDays(String governmentCode) {
        return store.replyDays(governmentCode).orElse(DEFAULT_REPLY_DAYS);
    }

    /** The office (reviewers, administrators) sets the period of its government: 1 to 60 working days. */
    @Transactional
    public void setReplyDays(StaffMember staff, Integer days) {
        String government = units.governmentOf(staff.unitCode()).code();
        if (!staff.mayChange()) {
            throw new ConflictException("message.error.read-only");
        }
        if (!staff.isReviewer()) {
            throw new ForbiddenException(
                    Refusal.of("message.settings", "message_setting", government, government),
                    "message.error.office-only");
        }
        if (days == null || days < 1 || days > 60) {
            throw InvalidInputException.of("replyDays", "message.error.reply-days");
        }
        int before = replyDays(government);
        store.setReplyDays(government, days, staff.username(), clock.instant());
        audit.record(AuditEvent.by(staff.username(), "message.settings")
                .on("message_setting", government)
                .inUnit(government)
                .detail(before + " -> " + days));
    }
}
