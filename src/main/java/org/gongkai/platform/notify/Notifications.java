package org.gongkai.platform.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox of notifications. {@link #enqueue} writes in the caller's transaction (a letter and the email that
 * carries it commit together, or neither does); {@link #deliverDue} hands each due notification to its gateway,
 * one at a time, each claimed with {@code for update skip locked} so that several nodes never send one twice, and
 * retries failures with a doubling wait until {@code gongkai.notify.max-attempts}. A message handed over whose answer
 * never came (a timeout after the gateway took it) is not retried: it may have arrived, and nothing is sent twice
 * ({@link NotificationStatus#UNCERTAIN}). Every attempt carries the same Message-ID.
 */
@Service
public class Notifications {

    /** How long a claimed notification is held by the node sending it before another may try. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final int BATCH = 200;
    private final JdbcClient jdbc;
    private final NotifyConfig.Gateways gateways;
    private final NotifyProperties settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    Notifications(
            JdbcClient jdbc,
            NotifyConfig.Gateways gateways,
            NotifyProperties settings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.gateways = gateways;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Queues a notification in the current transaction; a key already queued is left as it is. */
    public void enqueue(Notification n) {
        Instant now = clock.instant();
        jdbc.sql("insert into notification (dedup_key, channel, recipient, subject, body, attachment_name, attachment,"
                        + " reference_type, reference_id, status, created_at, next_attempt_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing")
                .params(
                        n.key(),
                        n.channel().name(),
                        n.recipient(),
                        n.subject(),
                        n.text(),
                        n.attachmentName(),
                        n.attachment(),
                        n.referenceType(),
                        n.referenceId(),
                        NotificationStatus.PENDING.name(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    /** What was sent (or is waiting) about a record, oldest first, recipients masked. */
    public List<DeliveryRecord> about(String referenceType, String referenceId) {
        return jdbc.sql(
                        "select id, channel, recipient, subject, status, attempts, last_error, created_at, sent_at,"
                                + " next_attempt_at from notification where reference_type = ? and reference_id = ? order by id")
                .params(referenceType, referenceId)
                .query((rs, i) -> new DeliveryRecord(
                        rs.getLong("id"),
                        NotificationChannel.valueOf(rs.getString("channel")),
                        Recipients.mask(rs.getString("recipient")),
                        rs.getString("subject"),
                        NotificationStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null
                                ? null
                                : rs.getTimestamp("sent_at").toInstant(),
                        rs.getTimestamp("next_attempt_at").toInstant()))
                .list();
    }

    /**
     * Sends what is due, every 15 seconds and when called; returns how many were handed on. A channel without a
     * gateway (email before a mail server is configured) is left waiting, its attempts not spent.
     */
    @Scheduled(fixedDelayString = "PT15S", initialDelayString = "PT20S")
    public int deliverDue() {
        List<String> channels =
                gateways.all().stream().map(g -> g.channel().name()).distinct().toList();
        int sent = 0;
        for (int i = 0; i < BATCH && !channels.isEmpty(); i++) {
            Optional<Claimed> next = tx.execute(s -> claim(channels));
            if (next == null || next.isEmpty()) {
                break;
            }
            Claimed c = next.get();
            try {
                gateways.find(c.notification().channel()).send(c.notification(), messageId(c));
                tx.executeWithoutResult(s -> sent(c.id()));
                sent++;
            } catch (DeliveryUncertainException e) {
                tx.executeWithoutResult(s -> uncertain(c, e.getMessage()));
            } catch (DeliveryFailedException | RuntimeException e) {
                tx.executeWithoutResult(s -> failed(c, e.getMessage()));
            }
        }
        return sent;
    }

    /** Whether notifications of a channel can go out now (a gateway is configured). */
    public boolean canSend(NotificationChannel channel) {
        return gateways.find(channel) != null;
    }

    private record Claimed(long id, int attempts, Notification notification) {}

    private Optional<Claimed> claim(List<String> channels) {
        Instant now = clock.instant();
        Optional<Claimed> c = jdbc.sql("select id, attempts, dedup_key, channel, recipient, subject, body,"
                        + " attachment_name, attachment, reference_type, reference_id from notification"
                        + " where status = :pending and channel in (:channels) and next_attempt_at <= :now"
                        + " order by next_attempt_at, id limit 1 for update skip locked")
                .param("pending", NotificationStatus.PENDING.name())
                .param("channels", channels)
                .param("now", Timestamp.from(now))
                .query((rs, i) -> new Claimed(
                        rs.getLong("id"),
                        rs.getInt("attempts") + 1,
                        new Notification(
                                rs.getString("dedup_key"),
                                NotificationChannel.valueOf(rs.getString("channel")),
                                rs.getString("recipient"),
                                rs.getString("subject"),
                                rs.getString("body"),
                                rs.getString("attachment_name"),
                                rs.getBytes("attachment"),
                                rs.getString("reference_type"),
                                rs.getString("reference_id"))))
                .optional();
        c.ifPresent(x -> jdbc.sql("update notification set attempts = ?, next_attempt_at = ? where id = ?")
                .params(x.attempts(), Timestamp.from(now.plus(LEASE)), x.id())
                .update());
        return c;
    }

    private void sent(long id) {
        jdbc.sql("update notification set status = ?, sent_at = ?, last_error = null where id = ?")
                .params(NotificationStatus.SENT.name(), Timestamp.from(clock.instant()), id)
                .update();
    }

    /** Handed over without an answer: never retried by itself, so that a retry after a timeout sends nothing twice. */
    private void uncertain(Claimed c, String error) {
        jdbc.sql("update notification set status = ?, last_error = ? where id = ?")
                .params(NotificationStatus.UNCERTAIN.name(), shortened(error), c.id())
                .update();
    }

    private static String shortened(String error) {
        return error == null ? "" : error.length() > 500 ? error.substring(0, 500) : error;
    }

    private void failed(Claimed c, String error) {
        boolean giveUp = c.attempts() >= settings.maxAttempts();
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(c.attempts() - 1, 16));
        String why = error == null ? "" : error.length() > 500 ? error.substring(0, 500) : error;
        jdbc.sql("update notification set status = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(
                        (giveUp ? NotificationStatus.FAILED : NotificationStatus.PENDING).name(),
                        why,
                        Timestamp.from(clock.instant().plus(wait)),
                        c.id())
                .update();
    }

    /** The Message-ID every attempt of one notification carries: derived from its key. */
    static String messageId(Claimed c) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(c.notification().key().getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(h, 0, 12) + "." + c.id() + "@gongkai.notify>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
