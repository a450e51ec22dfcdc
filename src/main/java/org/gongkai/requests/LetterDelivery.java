package org.gongkai.requests;

import java.util.List;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.notify.DeliveryRecord;
import org.gongkai.platform.notify.Notification;
import org.gongkai.platform.notify.Notifications;
import org.gongkai.rendering.DocumentRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant of every letter released to them, in the transaction that issues it: by email with the
 * letter as PDF when they gave an address, else by SMS to the phone they gave, naming the letter and where to
 * read it. Each letter is sent once ({@code letter-<id>-email}); the case page lists what was sent and what failed.
 */
@Component
public class LetterDelivery {

    static final String REFERENCE = "disclosure_request";

    private final Notifications notifications;
    private final DocumentRenderer renderer;
    private final MessageSource messages;
    private final GongkaiProperties settings;

    LetterDelivery(
            Notifications notifications,
            DocumentRenderer renderer,
            MessageSource messages,
            GongkaiProperties settings) {
        this.notifications = notifications;
        this.renderer = renderer;
        this.messages = messages;
        this.settings = settings;
    }

    /** Queues the notice of a letter just issued on {@code r}; letters not released to the applicant are not sent. */
    void issued(DisclosureRequest r, Letter letter, String issuer) {
        LetterKind kind = LetterKind.fromKey(letter.kind()).orElseThrow();
        if (!kind.toApplicant()) {
            return;
        }
        Applicant a = r.intake().applicant();
        String code = r.intake().trackingCode();
        String title = text("letter.kind." + kind.key());
        String base = settings.publicUrl().replaceAll("/+$", "");
        String track = base.isEmpty() ? text("notify.letter.track-page") : base + "/portal/track";
        String reference = String.valueOf(r.intake().id());
        if (present(a.email())) {
            notifications.enqueue(Notification.email(
                            "letter-" + letter.id() + "-email",
                            a.email().strip(),
                            text("notify.letter.subject", issuer, title, letter.letterNo()),
                            text("notify.letter.body", a.addressee(), code, title, letter.letterNo(), track, issuer),
                            letter.letterNo() + ".pdf",
                            renderer.pdf(letter.xhtml()))
                    .about(REFERENCE, reference));
        } else if (present(a.phone())) {
            notifications.enqueue(Notification.sms(
                            "letter-" + letter.id() + "-sms",
                            a.phone().strip(),
                            text("notify.letter.sms", issuer, code, title, track))
                    .about(REFERENCE, reference));
        }
    }

    /** Whether email can go out now (a mail server is configured); else email waits, as the case page says. */
    public boolean canEmail() {
        return notifications.canSend(org.gongkai.platform.notify.NotificationChannel.EMAIL);
    }

    /** What was sent to the applicant of case {@code requestId}. */
    public List<DeliveryRecord> sent(long requestId) {
        return notifications.about(REFERENCE, String.valueOf(requestId));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, ReplyLetters.ZH);
    }
}
