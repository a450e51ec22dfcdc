package org.gongkai.requests.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.requests.FollowUp;
import org.gongkai.requests.FollowUps;
import org.gongkai.requests.Letter;
import org.gongkai.requests.LetterMailing;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.StoredAttachment;
import org.gongkai.requests.TrackView;
import org.gongkai.requests.TrackingCodes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicant's view: tracking code and secret give status, due date, and the letters and documents released
 * to them. A wrong pair gets one generic message, and repeated failures are throttled. Downloads work only in the
 * session that gave the right secret.
 */
@Controller
class PortalTrackController {

    private static final String SESSION_KEY = "gongkai.tracked";
    private final RequestQueries queries;
    private final TrackThrottle throttle;
    private final UnitDirectory units;
    private final LetterFiles files;
    private final LetterMailing mailing;
    private final FollowUps followUps;
    private final ProblemPages problems;

    PortalTrackController(
            RequestQueries queries,
            TrackThrottle throttle,
            UnitDirectory units,
            LetterFiles files,
            LetterMailing mailing,
            FollowUps followUps,
            ProblemPages problems) {
        this.followUps = followUps;
        this.problems = problems;
        this.mailing = mailing;
        this.queries = queries;
        this.throttle = throttle;
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
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(address, normal);
        if (wait.isPresent()) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds()));
            model.addAttribute("trackError", "track.throttled");
            model.addAttribute("trackWait", wait.get().toSeconds());
            return "requests/portal-track";
        }
        Optional<TrackView> view = queries.track(normal, secret == null ? "" : secret);
        if (view.isEmpty()) {
            throttle.failed(address, normal);
            model.addAttribute("trackError", "track.not-found");
            return "requests/portal-track";
        }
        throttle.succeeded(address, normal);
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        Set<Long> tracked = tracked(session);
        tracked.add(view.get().requestId());
        session.setAttribute(SESSION_KEY, tracked); // set again: the session store saves what is set, not what changes
        model.addAttribute("view", view.get());
        model.addAttribute("unitName", units.require(view.get().unitCode()).name());
        model.addAttribute("postings", mailing.postings(view.get().requestId()));
        model.addAttribute("rating", rating(view.get().requestId()));
        model.addAttribute("mayRate", followUps.mayRate(view.get().requestId()));
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
            model.addAttribute("fieldErrors", shown.fieldErrors());
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
