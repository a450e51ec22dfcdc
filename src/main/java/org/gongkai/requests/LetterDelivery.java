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
 * read it; a step without a letter to the applicant is told in a message of its own ({@link #stepTaken}). Each is
 * sent once ({@code letter-<id>-email}); the case page lists what was sent and what failed.
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

    /**
     * The steps that change what the applicant's case is waiting for without a letter to them: the consultation
     * (its letter goes to the third party) and its end, the fee notice signed for and the fee paid, the archive.
     */
    static final java.util.Set<RequestStep> STEPS_WITHOUT_LETTER = java.util.EnumSet.of(
            RequestStep.START_CONSULTATION,
            RequestStep.END_CONSULTATION,
            RequestStep.FEE_RECEIVED,
            RequestStep.FEE_PAID,
            RequestStep.ARCHIVE);

    /**
     * Tells the applicant, in the words of the tracking page, of a step without a letter to them: by email when they
     * gave an address, else by SMS. Once per step taken ({@code step-<case>-<step>-<instant>}).
     */
    void stepTaken(DisclosureRequest r, RequestStep step, String issuer) {
        Applicant a = r.intake().applicant();
        String code = r.intake().trackingCode();
        String what = text("track.step." + step.action());
        String base = settings.publicUrl().replaceAll("/+$", "");
        String track = base.isEmpty() ? text("notify.letter.track-page") : base + "/portal/track";
        String reference = String.valueOf(r.intake().id());
        long at = r.pendingEvents().stream()
                .reduce((x, y) -> y)
                .map(e -> e.at().toEpochMilli())
                .orElse(0L);
        String key = "step-" + reference + "-" + step.action() + "-" + at;
        if (present(a.email())) {
            notifications.enqueue(Notification.email(
                            key + "-email",
                            a.email().strip(),
                            text("notify.step.subject", issuer, code),
                            text("notify.step.body", a.addressee(), code, what, track, issuer),
                            null,
                            null)
                    .about(REFERENCE, reference));
        } else if (present(a.phone())) {
            notifications.enqueue(Notification.sms(
                            key + "-sms", a.phone().strip(), text("notify.step.sms", issuer, code, what, track))
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
