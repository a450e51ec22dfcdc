package org.gongkai.requests;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.text.TextRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's corrected application (条例 30), handed in on the portal by whoever proved the tracking code and
 * secret: the corrected text, files (the same limits as an application's attachments) or both. The case leaves
 * 待补正 that day and its 20 working days start again; the files stay on the case (source {@code correction}) for
 * the handler, never released back. Checked before anything is stored; every submission is audited.
 */
@Service
public class CorrectionSubmissions {

    /** The source of files the applicant sent with a corrected application. */
    public static final String SOURCE = "correction";

    private static final TextRules.Field TEXT = TextRules.Field.text("correctedText", 4000);

    private final RequestRepository requests;
    private final RequestWorkflow workflow;
    private final Attachments attachments;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    CorrectionSubmissions(
            RequestRepository requests,
            RequestWorkflow workflow,
            Attachments attachments,
            WorkingCalendar calendar,
            AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.workflow = workflow;
        this.attachments = attachments;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** 400 naming the field for bad input; 409 when the case does not wait for a correction (or its period ran out). */
    @Transactional
    public void submit(long requestId, String text, List<NewAttachment> files) {
        List<FieldProblem> problems = new ArrayList<>(TEXT.check(text));
        String corrected = TextRules.clean(text);
        if (problems.isEmpty() && (corrected == null || corrected.isEmpty()) && files.isEmpty()) {
            problems.add(new FieldProblem("correctedText", "error.correction.empty"));
        }
        problems.addAll(attachments.check(files));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DisclosureRequest r = requests.findForUpdate(requestId)
                .orElseThrow(() -> new NotFoundException("error.request.not-found", requestId));
        try {
            r.submitCorrection(
                    Act.applicant(clock), corrected == null || corrected.isEmpty() ? null : corrected, calendar);
        } catch (ConflictException e) { // recorded in the audit log by the web edge, as a refused attempt
            throw new ConflictException(
                    Refusal.of(DisclosureRequest.CORRECTION_SUBMITTED, "disclosure_request", requestId, unit(r)),
                    e.messageCode(),
                    e.args());
        }
        workflow.store(r);
        List<Long> ids = attachments.store(requestId, SOURCE, files, Act.APPLICANT, false);
        if (!ids.isEmpty()) {
            audit.record(AuditEvent.by(Act.APPLICANT, "request.correction-files")
                    .on("disclosure_request", String.valueOf(requestId))
                    .inUnit(unit(r))
                    .detail("files=" + ids));
        }
    }

    private static String unit(DisclosureRequest r) {
        return r.intake().unitCode();
    }
}
