package org.gongkai.requests;

import java.time.LocalDate;
import org.gongkai.calendar.WorkingCalendar;

/**
 * The parts of a case that exist once a step has been taken; each is null until then. A step deadline reckoned
 * into a year whose holiday notice is not loaded is provisional: {@code missingYear} names that year, the date is
 * reckoned on the statutory holidays and weekends, and it is computed again when the notice is loaded.
 */
public final class CaseParts {

    private CaseParts() {}

    /**
     * Art. 30: what to correct and by when ({@code periodDays} working days after {@code requestedOn}); when
     * received, and the corrected text if the applicant sent it online.
     */
    public record Correction(
            LocalDate requestedOn,
            LocalDate deadline,
            String note,
            LocalDate receivedOn,
            String correctedText,
            int periodDays,
            Integer missingYear) {

        public boolean provisional() {
            return missingYear != null;
        }

        Correction recomputed(WorkingCalendar calendar) {
            WorkingCalendar.Reckoning r = calendar.reckonWorkingDays(requestedOn, periodDays);
            return new Correction(requestedOn, r.date(), note, receivedOn, correctedText, periodDays, r.missingYear());
        }

        Correction receivedOn(LocalDate day, String text) {
            return new Correction(requestedOn, deadline, note, day, text, periodDays, missingYear);
        }
    }

    public enum ConsultationKind {
        THIRD_PARTY,
        OTHER_AGENCY
    }

    /** Art. 32 and 34: the latest consultation; the consulted party has 15 working days. */
    public record Consultation(
            ConsultationKind kind,
            String party,
            LocalDate startedOn,
            LocalDate deadline,
            LocalDate endedOn,
            Integer missingYear) {

        public boolean provisional() {
            return missingYear != null;
        }

        Consultation recomputed(WorkingCalendar calendar) {
            WorkingCalendar.Reckoning r = calendar.reckonWorkingDays(startedOn, StatutoryPeriods.CONSULTATION);
            return new Consultation(kind, party, startedOn, r.date(), endedOn, r.missingYear());
        }
    }

    /** Art. 33: the one extension, with its approver and reason. */
    public record Extension(int days, String approvedBy, String reason, LocalDate on) {}

    public enum FeeBasis {
        COUNT,
        PAGES
    }

    /** Fee measures: amount in yuan; payable within 20 working days after the notice was received. */
    public record FeeNotice(
            FeeBasis basis,
            int quantity,
            int amount,
            LocalDate noticeOn,
            LocalDate receivedOn,
            LocalDate deadline,
            LocalDate paidOn,
            Integer missingYear) {

        public boolean provisional() {
            return missingYear != null;
        }

        FeeNotice recomputed(WorkingCalendar calendar) {
            WorkingCalendar.Reckoning r = calendar.reckonWorkingDays(receivedOn, StatutoryPeriods.FEE_PAYMENT);
            return new FeeNotice(basis, quantity, amount, noticeOn, receivedOn, r.date(), paidOn, r.missingYear());
        }
    }

    /** The answer: its date, outcome row and the provision it rests on; closures by expiry have no letter. */
    public record Reply(LocalDate date, Outcome outcome, Article article, String by) {}
}
