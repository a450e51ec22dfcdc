package org.gongkai.messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.catalog.ItemTitles;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.text.PersonalData;
import org.gongkai.platform.text.TextRules;
import org.gongkai.platform.text.TextRules.Field;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations and surveys: staff put a draft out for comment, the public comments (or answers the survey),
 * staff moderate, record adoption and publish the feedback after the period, and link the final document. Every
 * change audited; bad input names its fields and changes nothing.
 */
@Service
public class Consultations {

    static final Field COMMENT_NAME = Field.line("name", 50);
    static final Field COMMENT_CONTACT = Field.line("contact", 200);
    static final Field COMMENT_TEXT = Field.text("text", 2000).required();
    static final Field ADOPTION_REASON = Field.text("reason", 2000);

    private final ConsultationRepository repo;
    private final UnitDirectory units;
    private final ItemTitles items;
    private final AuditLog audit;
    private final Clock clock;

    Consultations(ConsultationRepository repo, UnitDirectory units, ItemTitles items, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.units = units;
        this.items = items;
        this.audit = audit;
        this.clock = clock;
    }

    /** Staff put a draft (or a survey) out for comment, for their unit or (the office) any unit they see. */
    @Transactional
    public long create(StaffMember staff, ConsultationForm form) {
        String unit = form.unitCode() == null || form.unitCode().isBlank()
                ? staff.unitCode()
                : form.unitCode().strip();
        if (!staff.mayChange()) {
            throw new ConflictException("message.error.read-only");
        }
        if (units.find(unit).isEmpty() || !units.maySee(staff, unit)) {
            throw new ForbiddenException(
                    Refusal.of("consultation.create", "consultation", null, unit), "consultation.error.unit-only");
        }
        Consultation c = Consultation.create(new ConsultationForm(
                unit,
                form.kind(),
                form.title(),
                form.draftText(),
                form.explanation(),
                form.opensOn(),
                form.closesOn(),
                form.questions()));
        long id = repo.insert(c, staff.username(), clock.instant());
        audit.record(AuditEvent.by(staff.username(), "consultation.create")
                .on("consultation", id)
                .inUnit(unit)
                .detail(c.kind().key() + " " + c.opensOn() + ".." + c.closesOn()));
        return id;
    }

    /** A comment from the public while the consultation is open; shown only after moderation, de-identified. */
    @Transactional
    public long comment(long id, String name, String contact, String text) {
        Consultation c = get(id);
        if (c.kind().isSurvey()) {
            throw new ConflictException("consultation.error.survey-no-comments");
        }
        c.require(ConsultationStep.COMMENT, null, today());
        List<FieldProblem> p = new ArrayList<>();
        p.addAll(COMMENT_NAME.check(name));
        p.addAll(COMMENT_CONTACT.check(contact));
        p.addAll(COMMENT_TEXT.check(text));
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        String author = blankToNull(name);
        String clean = TextRules.clean(text);
        long commentId = repo.insertComment(new Comment(
                null,
                id,
                author,
                blankToNull(contact),
                clean,
                PersonalData.redact(clean, author == null ? List.of() : List.of(author)),
                clock.instant(),
                Comment.Moderation.PENDING,
                null,
                null));
        audit.record(AuditEvent.by("public", "consultation.comment")
                .on("consultation_comment", commentId)
                .inUnit(c.unitCode())
                .detail(String.valueOf(id)));
        return commentId;
    }

    /** Staff show a comment (its de-identified text, which they may correct) or reject it. */
    @Transactional
    public void moderate(StaffMember staff, long commentId, boolean show, String publicText) {
        Comment k = repo.comment(commentId).orElseThrow(() -> new NotFoundException("consultation.error.not-found"));
        Consultation c = get(k.consultationId());
        c.require(ConsultationStep.MODERATE, staff, today());
        String shownText = k.publicText();
        if (show && publicText != null && !publicText.isBlank()) {
            List<FieldProblem> p = Field.text("publicText", 2000).required().check(publicText);
            if (!p.isEmpty()) {
                throw new InvalidInputException(p);
            }
            shownText = PersonalData.redact(
                    TextRules.clean(publicText), k.authorName() == null ? List.of() : List.of(k.authorName()));
        }
        Comment.Moderation m = show ? Comment.Moderation.SHOWN : Comment.Moderation.REJECTED;
        repo.updateComment(new Comment(
                k.id(),
                k.consultationId(),
                k.authorName(),
                k.authorContact(),
                k.text(),
                shownText,
                k.submittedAt(),
                m,
                k.adoption(),
                k.adoptionReason()));
        audit.record(AuditEvent.by(staff.username(), "consultation.moderate")
                .on("consultation_comment", commentId)
                .inUnit(c.unitCode())
                .detail(m.name()));
    }

    /** Whether a shown comment was adopted; a reason is needed unless it was adopted in full. */
    @Transactional
    public void adopt(StaffMember staff, long commentId, String adoption, String reason) {
        Comment k = repo.comment(commentId).orElseThrow(() -> new NotFoundException("consultation.error.not-found"));
        Consultation c = get(k.consultationId());
        c.require(ConsultationStep.ADOPT, staff, today());
        List<FieldProblem> p = new ArrayList<>();
        Comment.Adoption a = Comment.Adoption.fromKey(adoption).orElse(null);
        if (a == null) {
            p.add(new FieldProblem("adoption", "consultation.error.adoption"));
        }
        p.addAll(ADOPTION_REASON.check(reason));
        String why = blankToNull(reason);
        if (a != null && a != Comment.Adoption.ADOPTED && why == null && p.isEmpty()) {
            p.add(new FieldProblem("reason", "consultation.error.reason"));
        }
        if (!k.shown()) {
            throw new ConflictException("consultation.error.not-shown");
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        repo.updateComment(new Comment(
                k.id(),
                k.consultationId(),
                k.authorName(),
                k.authorContact(),
                k.text(),
                k.publicText(),
                k.submittedAt(),
                k.moderation(),
                a,
                why));
        audit.record(AuditEvent.by(staff.username(), "consultation.adopt")
                .on("consultation_comment", commentId)
                .inUnit(c.unitCode())
                .detail(a.name()));
    }

    /** Publishes the adoption feedback (for a survey: its results with a summary) after the period. */
    @Transactional
    public void publishFeedback(StaffMember staff, long id, String text) {
        Consultation c = get(id);
        c.publishFeedback(staff, today(), text, repo.comments(id));
        repo.update(c);
        audit.record(AuditEvent.by(staff.username(), "consultation.feedback")
                .on("consultation", id)
                .inUnit(c.unitCode()));
    }

    /** Links the final document: a published catalogue item, named by its index number. */
    @Transactional
    public void linkFinal(StaffMember staff, long id, String indexNumber) {
        Consultation c = get(id);
        c.require(ConsultationStep.LINK_FINAL, staff, today());
        ItemTitles.ItemTitle item = items.publishedByIndexNumber(indexNumber)
                .orElseThrow(() -> InvalidInputException.of(
                        "indexNumber", "consultation.error.no-such-item", indexNumber == null ? "" : indexNumber));
        c.linkFinal(staff, today(), item.id());
        repo.update(c);
        audit.record(AuditEvent.by(staff.username(), "consultation.link-final")
                .on("consultation", id)
                .inUnit(c.unitCode())
                .detail(item.indexNumber()));
    }

    /** One answer to every question of an open survey: question id → option index. */
    @Transactional
    public void answer(long id, Map<Long, Integer> choices) {
        Consultation c = get(id);
        if (!c.kind().isSurvey()) {
            throw new ConflictException("consultation.error.not-survey");
        }
        c.require(ConsultationStep.COMMENT, null, today());
        List<FieldProblem> p = new ArrayList<>();
        for (SurveyQuestion q : c.questions()) {
            Integer choice = choices.get(q.id());
            if (choice == null || choice < 0 || choice >= q.options().size()) {
                p.add(new FieldProblem("q" + q.id(), "consultation.error.choose"));
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        for (SurveyQuestion q : c.questions()) {
            repo.answer(q.id(), choices.get(q.id()), clock.instant());
        }
        audit.record(AuditEvent.by("public", "consultation.answer")
                .on("consultation", id)
                .inUnit(c.unitCode()));
    }

    private Consultation get(long id) {
        return repo.find(id).orElseThrow(() -> new NotFoundException("consultation.error.not-found"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String s) {
        String c = TextRules.clean(s);
        return c == null || c.isEmpty() ? null : c;
    }
}
