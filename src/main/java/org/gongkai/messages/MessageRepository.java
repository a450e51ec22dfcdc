package org.gongkai.messages;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored messages and their history. */
public interface MessageRepository {

    /** Stores a new message with its pending events; returns its id. */
    long insert(Message message);

    Optional<Message> find(long id);

    Optional<Message> findByTrackingCode(String trackingCode);

    /** Stores the message's state and its pending events. */
    void update(Message message);

    List<MessageEvent> history(long id);

    /** Console lines: messages of the units, and (when {@code unrouted}) those not yet with any unit. */
    List<MessageLine> list(Collection<String> unitCodes, boolean unrouted, boolean openOnly, int limit);

    /** Published answers, the latest reply first. */
    List<PublishedAnswer> published(int limit);

    /** Per unit (null: not yet routed) the year's counts; a message counts in the year it was received. */
    List<UnitYear> counts(int year);

    /** A console line: what staff need to pick a message, the sender's name masked. */
    record MessageLine(
            long id,
            String trackingCode,
            LocalDate receivedOn,
            String subject,
            String senderName,
            String unitCode,
            MessageStatus status,
            LocalDate dueDate) {}

    /** One published answer as the public sees it. */
    record PublishedAnswer(String subject, String body, String reply, LocalDate repliedOn, String unitCode) {}

    /** A unit's messages of a year: received, answered, answered publicly, answered on time. */
    record UnitYear(String unitCode, long received, long answered, long answeredPublicly, long onTime) {}
}
