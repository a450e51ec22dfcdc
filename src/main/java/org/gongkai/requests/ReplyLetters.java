package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reply letters (政府信息公开申请答复告知书): drafted from the facts recorded on the case (a consultation only if one
 * happened, with its dates and answer), edited by the handler, checked ({@link LetterTruth}: no placeholder, no
 * promised attachment missing, the reasons for withholding as the handler wrote them), previewed, then numbered in
 * the unit's sequence and released to the applicant together with the files provided.
 */
@Service
public class ReplyLetters {

    static final Locale ZH = China.LOCALE;
    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    public static final String REPLY = LetterKind.REPLY.key();
    /** Files uploaded to be provided with the reply; released with it. */
    public static final String RELEASE = "release";

    private final RequestWorkflow workflow;
    private final RequestRepository requests;
    private final CaseLetters letters;
    private final Attachments attachments;
    private final AttachmentStore files;
    private final RequestAccess access;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final AuditLog audit;
    private final ReviewPolicies policies;
    private final Clock clock;

    ReplyLetters(
            RequestWorkflow workflow,
            RequestRepository requests,
            CaseLetters letters,
            Attachments attachments,
            AttachmentStore files,
            RequestAccess access,
            UnitDirectory units,
            MessageSource messages,
            AuditLog audit,
            ReviewPolicies policies,
            Clock clock) {
        this.policies = policies;
        this.workflow = workflow;
        this.requests = requests;
        this.letters = letters;
        this.attachments = attachments;
        this.files = files;
        this.access = access;
        this.units = units;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the handler sends: the outcome, the provision, the letter text, the reasons and the files provided. */
    public record ReplyDraft(Outcome outcome, Article article, String body, String reason, List<Long> fileIds) {}

    /** The proposed text for this outcome and provision, from the facts on the case; the handler edits it. */
    public String draft(DisclosureRequest r, Outcome outcome, Article article) {
        LocalDate receipt = r.state().receiptDate();
        Object[] args = {
            r.intake().applicant().addressee(),
            receipt == null ? "" : CHINESE_DATE.format(receipt),
            r.intake().description(),
            messages.getMessage("article." + article.name(), null, ZH),
            units.governmentOf(r.intake().unitCode()).name(),
            consultationFacts(r)
        };
        return messages.getMessage("letter.draft." + outcome.key(), args, ZH);
    }

    /** The consultation as it happened, or nothing when no one was consulted or it has not ended. */
    private String consultationFacts(DisclosureRequest r) {
        CaseParts.Consultation c = r.state().consultation();
        if (c == null || c.endedOn() == null || r.intake().id() == null) {
            return "";
        }
        String answer = requests.history(r.intake().id()).stream()
                .filter(e -> RequestStep.END_CONSULTATION.action().equals(e.action()))
                .map(RequestEvent::reason)
                .filter(a -> a != null && !a.isBlank())
                .reduce((a, b) -> b)
                .orElse(null);
        return answer == null
                ? messages.getMessage(
                        "letter.draft.consulted-silent",
                        new Object[] {CHINESE_DATE.format(c.startedOn()), c.party()},
                        ZH)
                : messages.getMessage(
                        "letter.draft.consulted",
                        new Object[] {
                            CHINESE_DATE.format(c.startedOn()),
                            c.party(),
                            CHINESE_DATE.format(c.endedOn()),
                            answer.strip()
                        },
                        ZH);
    }

    /** Stores a file to be provided with the reply (not yet released); returns its id. */
    @Transactional
    public long upload(StaffMember staff, long id, NewAttachment file) {
        DisclosureRequest r = requests.find(id).orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        access.requireChange(staff, r, "upload");
        List<FieldProblem> problems = attachments.check(List.of(file));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> new FieldProblem("file", p.messageCode(), p.args()))
                    .toList());
        }
        long fileId = attachments
                .store(id, RELEASE, List.of(file), staff.username(), false)
                .getFirst();
        audit.record(AuditEvent.by(staff.username(), "request.upload")
                .on("disclosure_request", String.valueOf(id))
                .inUnit(r.intake().unitCode())
                .detail("file=" + fileId));
        return fileId;
    }

    /** The exact letter the reply would send, after the same checks as sending; nothing is stored. */
    @Transactional(readOnly = true)
    public String preview(StaffMember staff, long id, ReplyDraft d) {
        DisclosureRequest r = requests.find(id).orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        access.requireVisible(staff, r, "reply");
        List<StoredAttachment> provided = check(r, d);
        return letters.preview(r, content(r, d, provided), LocalDate.now(clock));
    }

    /** Replies with one outcome, issues the numbered letter and releases it and the files provided. */
    @Transactional
    public Letter reply(StaffMember staff, long id, ReplyDraft d) {
        DisclosureRequest current =
                requests.find(id).orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        access.requireChange(staff, current, "reply");
        try {
            current.requireAllowed(RequestStep.REPLY, staff);
        } catch (ForbiddenException e) {
            throw access.deny(staff, current, RequestStep.REPLY.action(), e.messageCode());
        }
        List<StoredAttachment> provided = check(current, d);
        ReviewPolicy policy = policies.forUnit(current.intake().unitCode());
        DisclosureRequest r = workflow.change(staff, id, RequestStep.REPLY, x -> {
            requireApprovedText(x, policy, d);
            x.reply(Act.by(staff, clock, d.reason()), d.outcome(), d.article(), policy);
        });
        files.release(id, provided.stream().map(StoredAttachment::id).toList());
        return letters.issue(
                r, content(r, d, provided), d.body().strip(), r.state().reply().date(), staff.username());
    }

    /**
     * Submits the reply for a reviewer's approval after the same checks as sending (a letter with a placeholder is
     * not worth a reviewer's time); the files stay on the case, to be released when it is sent.
     */
    @Transactional
    public void submitForReview(StaffMember staff, long id, ReplyDraft d) {
        DisclosureRequest current =
                requests.find(id).orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        access.requireChange(staff, current, RequestStep.SUBMIT_REVIEW.action());
        try {
            current.requireAllowed(RequestStep.SUBMIT_REVIEW, staff);
        } catch (ForbiddenException e) {
            throw access.deny(staff, current, RequestStep.SUBMIT_REVIEW.action(), e.messageCode());
        }
        check(current, d);
        workflow.change(
                staff,
                id,
                RequestStep.SUBMIT_REVIEW,
                x -> x.submitReview(Act.by(staff, clock, d.reason()), d.outcome(), d.article(), d.body()));
    }

    /** The policy the reply of this case falls under. */
    public ReviewPolicy policy(DisclosureRequest r) {
        return policies.forUnit(r.intake().unitCode());
    }

    /** An approved reply goes out as the reviewer read it: another text needs another approval. */
    private static void requireApprovedText(DisclosureRequest r, ReviewPolicy policy, ReplyDraft d) {
        ReplyReview review = r.state().review();
        if (policy.requires(d.outcome())
                && review != null
                && review.approves(d.outcome(), d.article())
                && !review.sameText(d.body(), d.reason())) {
            throw new ConflictException("error.request.review-text-changed");
        }
    }

    /** The console's form: the files come with the reply. */
    @Transactional
    public Letter reply(
            StaffMember staff, long id, Outcome outcome, Article article, String body, List<NewAttachment> documents) {
        return reply(staff, id, outcome, article, body, null, documents);
    }

    @Transactional
    public Letter reply(
            StaffMember staff,
            long id,
            Outcome outcome,
            Article article,
            String body,
            String reason,
            List<NewAttachment> documents) {
        List<Long> ids = new ArrayList<>();
        for (NewAttachment f : documents) {
            ids.add(upload(staff, id, f));
        }
        return reply(staff, id, new ReplyDraft(outcome, article, body, reason, ids));
    }

    /** Numbers and renders the reply letter of a replied case (the demo's replies, whose text it wrote). */
    public Letter issue(DisclosureRequest r, String body, String by) {
        ReplyDraft d =
                new ReplyDraft(r.state().reply().outcome(), r.state().reply().article(), body, null, List.of());
        return letters.issue(
                r, content(r, d, List.of()), body, r.state().reply().date(), by);
    }

    /** Every field problem at once: outcome, provision, text, reasons and files; the files the reply provides. */
    private List<StoredAttachment> check(DisclosureRequest r, ReplyDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.outcome() == null || d.outcome().isClosureByExpiry()) {
            problems.add(new FieldProblem("outcome", "error.reply.outcome"));
        }
        if (d.article() == null) {
            problems.add(new FieldProblem("article", "error.reply.article"));
        }
        if (d.body() == null || d.body().isBlank() || d.body().length() > 20000) {
            problems.add(new FieldProblem("letterText", "error.reply.body"));
        }
        List<StoredAttachment> provided = new ArrayList<>();
        List<StoredAttachment> onCase = files.forRequest(r.intake().id());
        for (Long fid : d.fileIds() == null ? List.<Long>of() : d.fileIds()) {
            onCase.stream()
                    .filter(a -> a.id() == fid && RELEASE.equals(a.source()) && !a.released())
                    .findFirst()
                    .ifPresentOrElse(
                            provided::add,
                            () -> problems.add(new FieldProblem("fileIds", "error.letter.file-unknown", fid)));
        }
        problems.addAll(LetterTruth.problems("letterText", d.body(), d.outcome(), d.reason(), provided.size()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return provided;
    }

    private CaseLetters.Content content(DisclosureRequest r, ReplyDraft d, List<StoredAttachment> provided) {
        return new CaseLetters.Content(
                LetterKind.REPLY,
                r.intake().applicant().addressee(),
                CaseLetters.Content.paragraphsOf(d.body().strip()),
                d.reason(),
                d.outcome(),
                provided.stream().map(StoredAttachment::filename).toList(),
                true);
    }
}
