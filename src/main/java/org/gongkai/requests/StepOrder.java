package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.requests.CaseParts.ConsultationKind;
import org.gongkai.requests.CaseParts.FeeBasis;

/**
 * One step staff ask for on a case, with what they filled in. The same order is first previewed ({@link
 * RequestWorkflow#preview}: the letter it issues and the state it leads to, nothing stored) and then taken once
 * confirmed ({@link RequestWorkflow#take}); the API takes it at once.
 */
public sealed interface StepOrder {

    RequestStep step();

    /**
     * What is missing or out of range in what staff filled in, by field (bad input, 400, before any rule of the case
     * is asked): the same checks the case's transitions make, said about the field the person typed in.
     */
    default List<FieldProblem> problems() {
        return List.of();
    }

    private static List<FieldProblem> required(String field, String value) {
        return value == null || value.isBlank() ? List.of(new FieldProblem(field, "error.required")) : List.of();
    }

    record Confirm() implements StepOrder {
        public RequestStep step() {
            return RequestStep.CONFIRM;
        }
    }

    record RequestCorrection(int periodDays, String note) implements StepOrder {
        public RequestStep step() {
            return RequestStep.REQUEST_CORRECTION;
        }

        @Override
        public List<FieldProblem> problems() {
            List<FieldProblem> out = new ArrayList<>(required("note", note));
            if (periodDays < 1 || periodDays > 60) {
                out.add(new FieldProblem("periodDays", "error.request.correction-period"));
            }
            return out;
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

        @Override
        public List<FieldProblem> problems() {
            List<FieldProblem> out = new ArrayList<>();
            if (kind == null) {
                out.add(new FieldProblem("kind", "error.required"));
            }
            out.addAll(required("party", party));
            return out;
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

        @Override
        public List<FieldProblem> problems() {
            List<FieldProblem> out = new ArrayList<>(required("reason", reason));
            if (days < 1 || days > StatutoryPeriods.MAX_EXTENSION) {
                out.add(new FieldProblem("days", "error.request.extension-days", StatutoryPeriods.MAX_EXTENSION));
            }
            return out;
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

        @Override
        public List<FieldProblem> problems() {
            return required("reason", reason);
        }
    }

    record Archive() implements StepOrder {
        public RequestStep step() {
            return RequestStep.ARCHIVE;
        }
    }
}
