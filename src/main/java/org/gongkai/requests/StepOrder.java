package org.gongkai.requests;

import java.time.LocalDate;
import org.gongkai.requests.CaseParts.ConsultationKind;
import org.gongkai.requests.CaseParts.FeeBasis;

/**
 * One step staff ask for on a case, with what they filled in. The same order is first previewed ({@link
 * RequestWorkflow#preview}: the letter it issues and the state it leads to, nothing stored) and then taken once
 * confirmed ({@link RequestWorkflow#take}); the API takes it at once.
 */
public sealed interface StepOrder {

    RequestStep step();

    record Confirm() implements StepOrder {
        public RequestStep step() {
            return RequestStep.CONFIRM;
        }
    }

    record RequestCorrection(int periodDays, String note) implements StepOrder {
        public RequestStep step() {
            return RequestStep.REQUEST_CORRECTION;
        }
    }

    /** {@code receivedOn} null: today. */
    record RecordCorrection(LocalDate receivedOn) implements StepOrder {
        public RequestStep step() {
            return RequestStep.RECORD_CORRECTION;
        }
    }

    record StartConsultation(ConsultationKind kind, String party, String reason) implements StepOrder {
        public RequestStep step() {
            return RequestStep.START_CONSULTATION;
        }
    }

    record EndConsultation(String reason) implements StepOrder {
        public RequestStep step() {
            return RequestStep.END_CONSULTATION;
        }
    }

    record Extend(int days, String reason) implements StepOrder {
        public RequestStep step() {
            return RequestStep.EXTEND;
        }
    }

    /** {@code pages} counts only when charged by pages; {@code receivedOn} null: today. */
    record FeeNotice(FeeBasis basis, int pages, LocalDate receivedOn) implements StepOrder {
        public RequestStep step() {
            return RequestStep.FEE_NOTICE;
        }
    }

    record FeeReceived(LocalDate receivedOn) implements StepOrder {
        public RequestStep step() {
            return RequestStep.FEE_RECEIVED;
        }
    }

    record FeePaid(LocalDate paidOn) implements StepOrder {
        public RequestStep step() {
            return RequestStep.FEE_PAID;
        }
    }

    record ApproveReply(String note) implements StepOrder {
        public RequestStep step() {
            return RequestStep.APPROVE_REPLY;
        }
    }

    record ReturnReply(String reason) implements StepOrder {
        public RequestStep step() {
            return RequestStep.RETURN_REPLY;
        }
    }

    record Archive() implements StepOrder {
        public RequestStep step() {
            return RequestStep.ARCHIVE;
        }
    }
}
