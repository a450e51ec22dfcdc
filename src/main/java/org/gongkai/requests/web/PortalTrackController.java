package org.gongkai.requests.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.ProblemException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.platform.web.SecretChecks;
import org.gongkai.requests.CorrectionSubmissions;
import org.gongkai.requests.FollowUp;
import org.gongkai.requests.FollowUps;
import org.gongkai.requests.Letter;
import org.gongkai.requests.LetterMailing;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.StoredAttachment;
import org.gongkai.requests.TrackView;
import org.gongkai.requests.TrackingCodes;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's view: tracking code and secret give status, due date, and the letters and documents released
 * to them. A wrong pair gets one generic message, and repeated failures are throttled (the platform's
 * {@link SecretChecks}, scope {@code track}). Downloads work only in the
 * session that gave the right secret.
 */
@Controller
class PortalTrackController {

    private static final String SESSION_KEY = "gongkai.tracked";
    private final RequestQueries queries;
    private final SecretChecks.Scope secrets;
    private final UnitDirectory units;
    private final LetterFiles files;
    private final LetterMailing mailing;
    private final CorrectionSubmissions corrections;
    private final FollowUps followUps;
    private final ProblemPages problems;

    PortalTrackController(
            RequestQueries queries,
            SecretChecks secretChecks,
            UnitDirectory units,
            LetterFiles files,
            LetterMailing mailing,
            CorrectionSubmissions corrections,
            FollowUps followUps,
            ProblemPages problems) {
        this.corrections = corrections;
        this.followUps = followUps;
        this.problems = problems;
        this.mailing = mailing;
        this.queries = queries;
        this.secrets = secretChecks.scope("track");
        this.units = units;
        this.files = files;
    }

    @GetMapping("/portal/track")
    String form(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        return "requests/portal-track";
    }

    @PostMapping("/portal/track")
    String track(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String secret,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String normal = TrackingCodes.normaliseCode(code);
        model.addAttribute("code", normal);
        Optional<TrackView> view = secrets.prove(
                normal, request, response, model, () -> queries.track(normal, secret == null ? "" : secret));
        if (view.isEmpty()) {
            return "requests/portal-track";
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        Set<Long> tracked = tracked(session);
        tracked.add(view.get().requestId());
        session.setAttribute(SESSION_KEY, tracked); // set again: the session store saves what is set, not what changes
        return show(view.get(), model);
    }

    /**
     * The corrected application (条例 30), from the session that proved the case's code and secret: text, files or
     * both. Bad input re-renders the page with the errors by the fields (400); a case that no longer waits for a
     * correction gets the reason (409); nothing is stored then.
     */
    @PostMapping("/portal/track/correction")
    String correction(
            @RequestParam long id,
            @RequestParam(required = false) String correctedText,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
            HttpSession session,
            HttpServletResponse response,
            Model model)
            throws IOException {
        if (!tracked(session).contains(id)) {
            response.setStatus(403);
            model.addAttribute("trackError", "track.correction.expired");
            return "requests/portal-track";
        }
        try {
            corrections.submit(id, correctedText, ConsoleRequestActionsController.uploads(attachments));
            model.addAttribute("correctionDone", true);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", problems.fieldErrors(e));
            model.addAttribute("correctedText", correctedText);
        } catch (ProblemException e) {
            ProblemPages.Shown shown = problems.show(e);
            model.addAttribute("correctionError", shown.message());
        }
        return show(queries.tracked(id).orElseThrow(), model);
    }

    private String show(TrackView view, Model model) {
        model.addAttribute("code", view.trackingCode());
        model.addAttribute("view", view);
        model.addAttribute("unitName", units.require(view.unitCode()).name());
        model.addAttribute("postings", mailing.postings(view.requestId()));
        model.addAttribute("rating", rating(view.requestId()));
        model.addAttribute("mayRate", followUps.mayRate(view.requestId()));
        return "requests/portal-track";
    }

    private FollowUp rating(long requestId) {
        return followUps.forRequest(requestId).stream()
                .filter(f -> f.kind() == FollowUp.Kind.RATING)
                .findFirst()
                .orElse(null);
    }

    /** The applicant rates the handling of a case this session tracked with its code and secret; once. */
    @PostMapping("/portal/track/rating")
    String rate(
            @RequestParam long requestId,
            @RequestParam(required = false) String rating,
            @RequestParam(required = false) String comment,
            HttpSession session,
            HttpServletResponse response,
            Model model) {
        if (!tracked(session).contains(requestId)) {
            throw new NotFoundException("error.request.document-not-found");
        }
        model.addAttribute("requestId", requestId);
        model.addAttribute("comment", comment);
        try {
            followUps.rate(
                    requestId, rating != null && rating.matches("[1-5]") ? Integer.valueOf(rating) : null, comment);
            model.addAttribute("rated", true);
        } catch (ConflictException | InvalidInputException e) {
            ProblemPages.Shown shown = problems.show(e);
            response.setStatus(shown.status().value());
            model.addAttribute("rateMessage", shown.message());
            model.addAttribute("errors", shown.fieldErrors());
        }
        return "requests/portal-rate";
    }

    @GetMapping("/portal/track/letters/{id:\\d+}.{format}")
    ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable String format, HttpSession session) {
        Letter letter = queries.letter(id)
                .filter(Letter::released)
                .filter(l -> tracked(session).contains(l.requestId()))
                .orElseThrow(() -> new NotFoundException("error.request.document-not-found"));
        return files.letter(letter, format);
    }

    @GetMapping("/portal/track/files/{id:\\d+}")
    ResponseEntity<byte[]> file(@PathVariable long id, HttpSession session) {
        StoredAttachment a = queries.attachment(id)
                .filter(StoredAttachment::released)
                .filter(x -> tracked(session).contains(x.requestId()))
                .orElseThrow(() -> new NotFoundException("error.request.document-not-found"));
        return files.attachment(a);
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> tracked(HttpSession session) {
        Object set = session.getAttribute(SESSION_KEY);
        if (set instanceof Set<?> s) {
            return (Set<Long>) s;
        }
        Set<Long> fresh = new HashSet<>();
        session.setAttribute(SESSION_KEY, fresh);
        return fresh;
    }
}
