package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The notices the 条例 requires at a step, written from the facts the step recorded: the acknowledgement with the
 * due date (登记回执), the correction notice with what to correct and by when (art. 30), the extension notice with
 * the reason and the new date (art. 33), the consultation letter to the party with its 15 working days (art. 32,
 * 34) and the fee notice with basis, amount, how to pay and the 20-day limit. The reply letter is {@link
 * ReplyLetters}'. A letter is a legal act: a date reckoned provisionally (its year's holiday notice not loaded) is
 * never stated; the period is worded in working days instead.
 */
@Component
class Notices {

    private final CaseLetters letters;
    private final MessageSource messages;

    Notices(CaseLetters letters, MessageSource messages) {
        this.letters = letters;
        this.messages = messages;
    }

    /**
     * Issues the notice the step calls for, if any (the applicant gets it by email or SMS); a step that changes the
     * applicant's case without a letter to them is told to them in a message of its own.
     */
    Optional<Letter> after(RequestStep step, DisclosureRequest r, LocalDate on, String by) {
        Optional<Letter> letter =
                content(step, r).map(c -> letters.issue(r, c, String.join("\n\n", c.paragraphs()), on, by));
        letters.stepTaken(r, step, on);
        return letter;
    }

    /** A notice rendered as it will go out, but for its number (taken on sending); stored nowhere. */
    record Drafted(LetterKind kind, String xhtml) {}

    /** The notice the step would issue for the case as the step left it (a copy, not stored), if any. */
    Optional<Drafted> preview(RequestStep step, DisclosureRequest r, LocalDate on) {
        return content(step, r).map(c -> new Drafted(c.kind(), letters.preview(r, c, on)));
    }

    /** The acknowledgement of a case registered or confirmed. */
    Letter acknowledge(DisclosureRequest r, LocalDate on, String by) {
        CaseLetters.Content c = acknowledgement(r);
        return letters.issue(r, c, String.join("\n\n", c.paragraphs()), on, by);
    }

    private Optional<CaseLetters.Content> content(RequestStep step, DisclosureRequest r) {
        return switch (step) {
            case CONFIRM, RECORD_CORRECTION -> Optional.of(acknowledgement(r));
            case REQUEST_CORRECTION -> Optional.of(correction(r));
            case EXTEND -> Optional.of(extension(r));
            case START_CONSULTATION -> Optional.of(consultation(r));
            case FEE_NOTICE -> Optional.of(fee(r));
            default -> Optional.empty();
        };
    }

    private CaseLetters.Content acknowledgement(DisclosureRequest r) {
        List<String> p = new ArrayList<>();
        LocalDate received =
                r.state().correction() != null && r.state().correction().receivedOn() != null
                        ? r.state().correction().receivedOn()
                        : r.state().receiptDate();
        p.add(text(
                "letter.notice.acknowledgement.received",
                date(received),
                r.intake().description()));
        p.add(
                r.certainDueDate() == null
                        ? text("letter.notice.acknowledgement.due-unknown")
                        : text("letter.notice.acknowledgement.due", date(r.certainDueDate())));
        p.add(text("letter.notice.acknowledgement.track", r.intake().trackingCode()));
        return toApplicant(r, LetterKind.ACKNOWLEDGEMENT, p);
    }

    private CaseLetters.Content correction(DisclosureRequest r) {
        CaseParts.Correction c = r.state().correction();
        return toApplicant(
                r,
                LetterKind.CORRECTION,
                List.of(
                        text("letter.notice.correction.received", date(r.state().receiptDate()), description(r)),
                        text("letter.notice.correction.what", c.note().strip()),
                        c.provisional()
                                ? text("letter.notice.correction.period-days", c.periodDays())
                                : text("letter.notice.correction.period", date(c.deadline()))));
    }

    private CaseLetters.Content extension(DisclosureRequest r) {
        CaseParts.Extension e = r.state().extension();
        String reason = e.reason().strip().replaceAll("[。．.]+$", "");
        String p = r.certainDueDate() == null
                ? text(
                        "letter.notice.extension.body-unknown",
                        date(r.state().receiptDate()),
                        description(r),
                        reason,
                        e.days())
                : text(
                        "letter.notice.extension.body",
                        date(r.state().receiptDate()),
                        description(r),
                        reason,
                        e.days(),
                        date(r.certainDueDate()));
        return toApplicant(r, LetterKind.EXTENSION, List.of(p));
    }

    private CaseLetters.Content consultation(DisclosureRequest r) {
        CaseParts.Consultation c = r.state().consultation();
        return new CaseLetters.Content(
                LetterKind.CONSULTATION,
                c.party(),
                List.of(
                        text(
                                "letter.notice.consultation." + c.kind().name(),
                                date(r.state().receiptDate()),
                                description(r)),
                        c.provisional()
                                ? text("letter.notice.consultation.period-days")
                                : text("letter.notice.consultation.period", date(c.deadline()))),
                null,
                null,
                List.of(),
                false);
    }

    private CaseLetters.Content fee(DisclosureRequest r) {
        CaseParts.FeeNotice f = r.state().fee();
        LetterSettings s = letters.settingsFor(r.intake().unitCode());
        return toApplicant(
                r,
                LetterKind.FEE,
                List.of(
                        text("letter.notice.fee.received", date(r.state().receiptDate()), description(r)),
                        text("letter.notice.fee." + f.basis().name(), f.quantity(), f.amount()),
                        text("letter.notice.fee.how", s.feePayment()),
                        f.provisional()
                                ? text("letter.notice.fee.period-days")
                                : text("letter.notice.fee.period", date(f.deadline()))));
    }

    private static CaseLetters.Content toApplicant(DisclosureRequest r, LetterKind kind, List<String> paragraphs) {
        return new CaseLetters.Content(
                kind, r.intake().applicant().addressee(), paragraphs, null, null, List.of(), false);
    }

    private static String description(DisclosureRequest r) {
        return r.intake().description();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : ReplyLetters.CHINESE_DATE.format(d);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, ReplyLetters.ZH);
    }
}
