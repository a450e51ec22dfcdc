package org.gongkai.requests;

import java.time.LocalDate;

/** The parts of a case that exist once a step has been taken; each is null until then. */
public final class CaseParts {

    private CaseParts() {}

    /** Art. 30: asked for on {@code requestedOn}, to be corrected by {@code deadline}; received on {@code receivedOn}. */
    /** Art. 30: what to correct and by when; when received, and the corrected text if the applicant sent it online. */
    public record Correction(
            LocalDate requestedOn, LocalDate deadline, String note, LocalDate receivedOn, String correctedText) {}

    public enum ConsultationKind {
        THIRD_PARTY,
        OTHER_AGENCY
    }

    /** Art. 32 and 34: the latest consultation; the consulted party has 15 working days. */
    public record Consultation(
            ConsultationKind kind, String party, LocalDate startedOn, LocalDate deadline, LocalDate endedOn) {}

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
            LocalDate paidOn) {}

    /** The answer: its date, outcome row and the provision it rests on; closures by expiry have no letter. */
    public record Reply(LocalDate date, Outcome outcome, Article article, String by) {}
}
