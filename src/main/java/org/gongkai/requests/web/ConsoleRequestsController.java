package org.gongkai.requests.web;

import java.util.Arrays;
import java.util.List;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.China;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.requests.ApplicantHistory;
import org.gongkai.requests.Article;
import org.gongkai.requests.CaseView;
import org.gongkai.requests.FollowUps;
import org.gongkai.requests.Letter;
import org.gongkai.requests.LetterDelivery;
import org.gongkai.requests.LetterMailing;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.ReplyLetters;
import org.gongkai.requests.ReplyReview;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.RequestStep;
import org.gongkai.requests.ReviewGroup;
import org.gongkai.requests.ReviewPolicy;
import org.gongkai.requests.Status;
import org.gongkai.requests.StoredAttachment;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's list of applications and the case page with every step allowed now. */
@Controller
class ConsoleRequestsController {

    static final int PAGE_SIZE = 50;
    private final RequestQueries queries;
    private final ReplyLetters letters;
    private final UnitDirectory units;
    private final LetterFiles files;

    private final LetterDelivery delivery;
    private final LetterMailing mailing;
    private final ApplicantHistory history;
    private final FollowUps followUps;
    private final MessageSource messages;

    ConsoleRequestsController(
            RequestQueries queries,
            ReplyLetters letters,
            UnitDirectory units,
            LetterFiles files,
            LetterDelivery delivery,
            LetterMailing mailing,
            ApplicantHistory history,
            FollowUps followUps,
            MessageSource messages) {
        this.followUps = followUps;
        this.history = history;
        this.messages = messages;
        this.delivery = delivery;
        this.mailing = mailing;
        this.queries = queries;
        this.letters = letters;
        this.units = units;
        this.files = files;
    }

    @GetMapping("/console/requests")
    String list(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        StaffMember staff = p.member();
        Status s = status == null || status.isBlank()
                ? null
                : Arrays.stream(Status.values())
                        .filter(v -> v.name().equals(status))
                        .findFirst()
                        .orElse(null);
        RequestQueries.Page result = queries.list(staff, unit, s, year, page, PAGE_SIZE);
        model.addAttribute("rows", result.rows());
        model.addAttribute("total", result.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("units", visibleUnits(staff));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("statuses", Status.values());
        model.addAttribute("unit", unit);
        model.addAttribute("status", s);
        model.addAttribute("year", year);
        model.addAttribute("staff", staff);
        return "requests/console-list";
    }

    @GetMapping("/console/requests/{id:\\d+}")
    String view(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String article,
            Model model) {
        CaseView view = queries.view(p.member(), id);
        prepare(model, p.member(), view, outcome, article);
        return "requests/console-case";
    }

    /** Fills the case page's model; the action controller uses it to re-render with an error. */
    void prepare(Model model, StaffMember staff, CaseView view, String outcomeKey, String articleName) {
        model.addAttribute("staff", staff);
        model.addAttribute("c", view);
        model.addAttribute("r", view.request());
        model.addAttribute("s", view.request().state());
        model.addAttribute("allowed", view.request().allowedSteps(staff));
        model.addAttribute("open", view.request().openSteps());
        model.addAttribute(
                "unitName", units.require(view.request().intake().unitCode()).name());
        model.addAttribute("outcomes", Outcome.replyOutcomes());
        model.addAttribute(
                "notifications", delivery.sent(view.request().intake().id()));
        model.addAttribute("mailConfigured", delivery.canEmail());
        model.addAttribute("postings", mailing.postings(view.request().intake().id()));
        model.addAttribute(
                "pendingFiles",
                view.attachments().stream()
                        .filter(f -> ReplyLetters.RELEASE.equals(f.source()) && !f.released())
                        .toList());
        ReplyReview review = view.request().state().review();
        if (outcomeKey == null
                && review != null
                && !review.pending()
                && view.request().state().reply() == null) {
            // The reply as the reviewer approved or returned it, to send or to change
            outcomeKey = review.outcome().key();
            articleName = review.article().name();
            if (!model.containsAttribute("draftBody") && review.body() != null) {
                model.addAttribute("draftBody", review.body());
                model.addAttribute("draftReason", review.reason());
            }
        }
        model.addAttribute("review", review);
        model.addAttribute(
                "followUps", followUps.forRequest(view.request().intake().id()));
        model.addAttribute("mayCallBack", followUps.mayCallBack(staff, view.request()));
        if (view.request().allowedSteps(staff).contains(RequestStep.REPLY)) {
            model.addAttribute("hints", history.hints(staff, view.request()));
            ReviewPolicy policy = letters.policy(view.request());
            model.addAttribute(
                    "policyText",
                    policy.groups().isEmpty()
                            ? messages.getMessage("review.group.none", null, China.LOCALE)
                            : Arrays.stream(ReviewGroup.values())
                                    .filter(policy.groups()::contains)
                                    .map(g -> messages.getMessage("review.group." + g.key(), null, China.LOCALE))
                                    .collect(java.util.stream.Collectors.joining("、")));
        }
        Outcome outcome =
                outcomeKey == null ? null : Outcome.fromKey(outcomeKey).orElse(null);
        if (outcome != null) {
            String chosenArticle = articleName;
            Article a = Arrays.stream(Article.values())
                    .filter(x -> x.name().equals(chosenArticle))
                    .findFirst()
                    .filter(outcome::allows)
                    .orElse(outcome.defaultArticle());
            model.addAttribute("draftOutcome", outcome);
            model.addAttribute("draftArticle", a);
            if (!model.containsAttribute("draftBody")) {
                model.addAttribute("draftBody", letters.draft(view.request(), outcome, a));
            }
        }
    }

    @GetMapping("/console/requests/letters/{id:\\d+}.{format}")
    ResponseEntity<byte[]> letter(
            @AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, @PathVariable String format) {
        Letter letter = queries.letter(id).orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        queries.view(p.member(), letter.requestId());
        return files.letter(letter, format);
    }

    @GetMapping("/console/requests/files/{id:\\d+}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id) {
        StoredAttachment a =
                queries.attachment(id).orElseThrow(() -> new NotFoundException("error.request.not-found", id));
        queries.view(p.member(), a.requestId());
        return files.attachment(a);
    }

    private List<Unit> visibleUnits(StaffMember staff) {
        var codes = units.visibleUnitCodes(staff);
        return units.all().stream().filter(u -> codes.contains(u.code())).toList();
    }

    private java.util.Map<String, String> unitNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }
}
