package org.gongkai.requests.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gongkai.org.StaffMember;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.Confirmation;
import org.gongkai.platform.web.FormFields;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.requests.Article;
import org.gongkai.requests.CaseParts.ConsultationKind;
import org.gongkai.requests.CaseParts.FeeBasis;
import org.gongkai.requests.LetterMailing;
import org.gongkai.requests.NewAttachment;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.ReplyLetters;
import org.gongkai.requests.ReplyLetters.ReplyDraft;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.RequestStep;
import org.gongkai.requests.RequestWorkflow;
import org.gongkai.requests.StepOrder;
import org.gongkai.requests.StepPreview;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every step on the case page is a form posting here. A step refused for the state (409) or bad input (400)
 * re-renders the case page with the reason next to that form; a refusal for lack of authority is a 403 page.
 */
@Controller
class ConsoleRequestActionsController {

    private final RequestWorkflow workflow;
    private final ReplyLetters letters;
    private final RequestQueries queries;
    private final ConsoleRequestsController pages;
    private final ProblemPages problems;
    private final LetterMailing mailing;

    ConsoleRequestActionsController(
            RequestWorkflow workflow,
            ReplyLetters letters,
            RequestQueries queries,
            ConsoleRequestsController pages,
            ProblemPages problems,
            LetterMailing mailing) {
        this.mailing = mailing;
        this.workflow = workflow;
        this.letters = letters;
        this.queries = queries;
        this.pages = pages;
        this.problems = problems;
    }

    @PostMapping("/console/requests/{id:\\d+}/confirm")
    String confirm(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        return step(p, id, new StepOrder.Confirm(), confirmed, req, m);
    }

    @PostMapping("/console/requests/{id:\\d+}/request-correction")
    String requestCorrection(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(defaultValue = "15") int periodDays,
            @RequestParam String note,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        return step(p, id, new StepOrder.RequestCorrection(periodDays, note), confirmed, req, m);
    }

    @PostMapping("/console/requests/{id:\\d+}/record-correction")
    String recordCorrection(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        return step(p, id, new StepOrder.RecordCorrection(receivedOn), confirmed, req, m);
    }

    @PostMapping("/console/requests/{id:\\d+}/start-consultation")
    String startConsultation(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam String kind,
            @RequestParam String party,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        ConsultationKind k = "OTHER_AGENCY".equals(kind) ? ConsultationKind.OTHER_AGENCY : ConsultationKind.THIRD_PARTY;
        return step(p, id, new StepOrder.StartConsultation(k, party, reason), confirmed, req, m);
    }

    @PostMapping("/console/requests/{id:\\d+}/end-consultation")
    String endConsultation(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        return step(p, id, new StepOrder.EndConsultation(reason), confirmed, req, m);
    }

    @PostMapping("/console/requests/{id:\\d+}/extend")
    String extend(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(defaultValue = "20") int days,
            @RequestParam String reason,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        return step(p, id, new StepOrder.Extend(days, reason), confirmed, req, m);
    }

    @PostMapping("/console/requests/{id:\\d+}/fee-notice")
    String feeNotice(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam String basis,
            @RequestParam(defaultValue = "0") int pages,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        FeeBasis b = "PAGES".equals(basis) ? FeeBasis.PAGES : FeeBasis.COUNT;
        return step(p, id, new StepOrder.FeeNotice(b, pages, receivedOn), confirmed, req, m);
    }

    /**
     * Recording a letter posted by registered mail is a legal act (its delivery runs from the posting): like the
     * steps, the first post shows what will be recorded and the confirmed post records it.
     */
    @PostMapping("/console/requests/{id:\\d+}/letters/{letterId:\\d+}/mail")
    String mail(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @PathVariable long letterId,
            @RequestParam(required = false) String mailNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate postedOn,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        String form = "mail-" + letterId;
        if (confirmed) {
            return run(
                    p,
                    id,
                    form,
                    m,
                    () -> mailing.recordPosting(p.member(), id, letterId, mailNumber, postedOn),
                    () -> done(id, "mail"));
        }
        return run(p, id, form, m, () -> {}, () -> {
            m.addAttribute("posting", mailing.previewPosting(p.member(), id, letterId, mailNumber, postedOn));
            m.addAttribute("c", queries.view(p.member(), id));
            m.addAttribute("confirmation", Confirmation.of(req, "/console/requests/" + id, form));
            return "requests/console-mail-preview";
        });
    }

    @PostMapping("/console/requests/{id:\\d+}/fee-received")
    String feeReceived(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        return step(p, id, new StepOrder.FeeReceived(receivedOn), confirmed, req, m);
    }

    @PostMapping("/console/requests/{id:\\d+}/fee-paid")
    String feePaid(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        return step(p, id, new StepOrder.FeePaid(paidOn), confirmed, req, m);
    }

    /**
     * The reply: without {@code confirmed} the files are kept on the case and the exact letter is shown for a
     * last look (nothing is sent); with it the letter goes out. Either way the same checks run first.
     */
    @PostMapping("/console/requests/{id:\\d+}/reply")
    String reply(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam String outcome,
            @RequestParam String article,
            @RequestParam String body,
            @RequestParam(required = false) String reason,
            @RequestParam(name = "fileIds", required = false) List<Long> fileIds,
            @RequestParam(name = "documents", required = false) List<MultipartFile> documents,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Model m,
            HttpServletResponse res)
            throws IOException {
        Outcome o = Outcome.fromKey(outcome).orElse(null);
        Article a = java.util.Arrays.stream(Article.values())
                .filter(x -> x.name().equals(article))
                .findFirst()
                .orElse(null);
        List<NewAttachment> files = uploads(documents);
        List<Long> ids = new ArrayList<>(fileIds == null ? List.of() : fileIds);
        m.addAttribute("draftBody", body);
        m.addAttribute("draftReason", reason);
        m.addAttribute("chosenFiles", ids);
        StaffMember staff = p.member();
        try {
            for (NewAttachment f : files) {
                ids.add(letters.upload(staff, id, f));
            }
            ReplyDraft draft = new ReplyDraft(o, a, body, reason, ids);
            if (confirmed) {
                letters.reply(staff, id, draft);
                return done(id, RequestStep.REPLY.action());
            }
            String xhtml = letters.preview(staff, id, draft);
            var view = queries.view(staff, id);
            m.addAttribute("c", view);
            m.addAttribute(
                    "needsApproval", view.request().approvalRefusal(o, a, letters.policy(view.request())) != null);
            m.addAttribute("letterHtml", bodyOf(xhtml));
            m.addAttribute("draft", draft);
            m.addAttribute("staff", staff);
            return "requests/console-reply-preview";
        } catch (ConflictException | InvalidInputException e) {
            ProblemPages.Shown shown = problems.show(e);
            m.addAttribute("actionError", "reply");
            m.addAttribute("actionMessage", shown.message());
            m.addAttribute("errors", replyErrors(shown.fieldErrors()));
            pages.prepare(m, staff, queries.view(staff, id), o == null ? null : o.key(), a == null ? null : a.name());
            return "requests/console-case";
        }
    }

    /** The handler submits the reply shown in the preview for a reviewer's approval. */
    @PostMapping("/console/requests/{id:\\d+}/submit-review")
    String submitReview(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam String outcome,
            @RequestParam String article,
            @RequestParam String body,
            @RequestParam(required = false) String reason,
            @RequestParam(name = "fileIds", required = false) List<Long> fileIds,
            Model m,
            HttpServletResponse res) {
        Outcome o = Outcome.fromKey(outcome).orElse(null);
        Article a = java.util.Arrays.stream(Article.values())
                .filter(x -> x.name().equals(article))
                .findFirst()
                .orElse(null);
        ReplyDraft draft = new ReplyDraft(o, a, body, reason, fileIds == null ? List.of() : fileIds);
        m.addAttribute("draftBody", body);
        m.addAttribute("draftReason", reason);
        try {
            letters.submitForReview(p.member(), id, draft);
            return done(id, RequestStep.SUBMIT_REVIEW.action());
        } catch (ConflictException | InvalidInputException e) {
            ProblemPages.Shown shown = problems.show(e);
            m.addAttribute("actionError", "reply");
            m.addAttribute("actionMessage", shown.message());
            m.addAttribute("errors", replyErrors(shown.fieldErrors()));
            pages.prepare(
                    m,
                    p.member(),
                    queries.view(p.member(), id),
                    o == null ? null : o.key(),
                    a == null ? null : a.name());
            return "requests/console-case";
        }
    }

    @PostMapping("/console/requests/{id:\\d+}/approve-reply")
    String approveReply(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        return step(p, id, new StepOrder.ApproveReply(note), confirmed, req, m);
    }

    @PostMapping("/console/requests/{id:\\d+}/return-reply")
    String returnReply(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        return step(p, id, new StepOrder.ReturnReply(reason), confirmed, req, m);
    }

    /**
     * The reply form's errors on its fields: the letter text is the field {@code body}, a refused upload the field
     * {@code documents}.
     */
    private static Map<String, String> replyErrors(Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((k, v) -> out.putIfAbsent(
                switch (k) {
                    case "letterText" -> "body";
                    case "file", "fileIds" -> "documents";
                    default -> k;
                },
                v));
        return FormFields.ofRow(RequestStep.REPLY.action(), out);
    }

    /** The letter's body, to show inside the console page (the XHTML was escaped when it was rendered). */
    static String bodyOf(String xhtml) {
        int start = xhtml.indexOf('>', xhtml.indexOf("<body")) + 1;
        int end = xhtml.lastIndexOf("</body>");
        return start > 0 && end > start ? xhtml.substring(start, end) : xhtml;
    }

    /**
     * Archiving cannot be undone: the first post shows what will be archived (outcome, letters, files) and asks for
     * confirmation, like every other step; the confirmed post archives.
     */
    @PostMapping("/console/requests/{id:\\d+}/archive")
    String archive(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest req,
            Model m) {
        return step(p, id, new StepOrder.Archive(), confirmed, req, m);
    }

    /**
     * Every step but the reply (which has its own preview with files) goes through here. Without {@code confirmed}
     * nothing changes: the page shows what the step will do, the letter it will issue, and a form carrying the same
     * values to confirm it; confirmed, the step is taken and the case page says what was done.
     */
    private String step(
            StaffPrincipal p, long id, StepOrder order, boolean confirmed, HttpServletRequest req, Model m) {
        String action = order.step().action();
        if (confirmed) {
            return run(p, id, action, m, () -> workflow.take(p.member(), id, order), () -> done(id, action));
        }
        return run(p, id, action, m, () -> {}, () -> previewPage(p.member(), id, order, req, m));
    }

    /** What the step will do, with the form that confirms it (its checks and refusals are the step's own). */
    private String previewPage(StaffMember staff, long id, StepOrder order, HttpServletRequest req, Model m) {
        StepPreview preview = workflow.preview(staff, id, order);
        m.addAttribute("c", queries.view(staff, id));
        m.addAttribute("preview", preview);
        m.addAttribute("letterHtml", preview.issuesLetter() ? bodyOf(preview.letterXhtml()) : null);
        m.addAttribute(
                "confirmation",
                Confirmation.of(req, "/console/requests/" + id, order.step().action()));
        return "requests/console-step-preview";
    }

    private static String done(long id, String action) {
        return "redirect:/console/requests/" + id + "?done=" + action;
    }

    static List<NewAttachment> uploads(List<MultipartFile> files) throws IOException {
        List<NewAttachment> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f != null && !f.isEmpty()) {
                    out.add(new NewAttachment(f.getOriginalFilename(), f.getBytes()));
                }
            }
        }
        return out;
    }

    /** Takes the step and shows {@code then}; a refused step re-renders the case with the reason. */
    private String run(StaffPrincipal p, long id, String action, Model m, Runnable step, Supplier<String> then) {
        StaffMember staff = p.member();
        try {
            step.run();
            return then.get();
        } catch (ConflictException | InvalidInputException e) {
            ProblemPages.Shown shown = problems.show(e);
            m.addAttribute("actionError", action);
            m.addAttribute("actionMessage", shown.message());
            m.addAttribute("errors", FormFields.ofRow(action, shown.fieldErrors()));
            pages.prepare(m, staff, queries.view(staff, id), null, null);
            return "requests/console-case";
        }
    }
}
