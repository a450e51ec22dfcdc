package org.gongkai.requests.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.requests.CaseLibrary;
import org.gongkai.requests.FollowUps;
import org.gongkai.requests.FrequentTopics;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.ReviewGroup;
import org.gongkai.requests.ReviewPolicies;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Help for hard cases in the console: the library of anonymised past cases, the topics asked for often, the
 * callbacks and ratings after replies, and the government's setting of the replies that need a reviewer's approval.
 */
@Controller
class ConsoleHardCasesController {

    private final CaseLibrary library;
    private final FrequentTopics topics;
    private final FollowUps followUps;
    private final ReviewPolicies policies;
    private final UnitDirectory units;
    private final RequestQueries queries;
    private final ConsoleRequestsController pages;
    private final ProblemPages problems;
    private final Clock clock;

    ConsoleHardCasesController(
            CaseLibrary library,
            FrequentTopics topics,
            FollowUps followUps,
            ReviewPolicies policies,
            UnitDirectory units,
            RequestQueries queries,
            ConsoleRequestsController pages,
            ProblemPages problems,
            Clock clock) {
        this.library = library;
        this.topics = topics;
        this.followUps = followUps;
        this.policies = policies;
        this.units = units;
        this.queries = queries;
        this.pages = pages;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/console/requests/help")
    String hub(@AuthenticationPrincipal StaffPrincipal p, Model m) {
        m.addAttribute("staff", p.member());
        return "requests/console-help";
    }

    @GetMapping("/console/requests/library")
    String library(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String topic,
            @RequestParam(defaultValue = "0") int page,
            Model m) {
        Outcome o = outcome == null ? null : Outcome.fromKey(outcome).orElse(null);
        if (outcome != null && !outcome.isBlank() && o == null) {
            m.addAttribute("outcomeError", true);
        }
        if (topic != null && topic.length() > 50) {
            m.addAttribute("topicError", true);
            topic = topic.substring(0, 50);
        }
        CaseLibrary.Page result = library.search(p.member(), o, topic, page);
        m.addAttribute("result", result);
        m.addAttribute("outcomes", Outcome.values());
        m.addAttribute("outcome", o);
        m.addAttribute("topic", topic);
        m.addAttribute("page", Math.max(0, page));
        m.addAttribute("pages", (result.total() + CaseLibrary.PAGE - 1) / CaseLibrary.PAGE);
        m.addAttribute("unitNames", unitNames());
        return "requests/console-library";
    }

    @GetMapping("/console/requests/topics")
    String topics(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "3") int minimum,
            Model m) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        if (start.isAfter(end)) {
            m.addAttribute("periodError", true);
            start = end.minusYears(1).plusDays(1);
        }
        int min = Math.min(Math.max(minimum, 2), 100);
        m.addAttribute("topics", topics.between(p.member(), start, end, min, 30));
        m.addAttribute("from", start);
        m.addAttribute("to", end);
        m.addAttribute("minimum", min);
        return "requests/console-topics";
    }

    @GetMapping("/console/requests/follow-ups")
    String followUps(@AuthenticationPrincipal StaffPrincipal p, @RequestParam(required = false) Integer year, Model m) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        m.addAttribute("counts", followUps.counts(p.member(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        m.addAttribute("year", y);
        m.addAttribute("unitNames", unitNames());
        return "requests/console-follow-ups";
    }

    @PostMapping("/console/requests/{id:\\d+}/callback")
    String callback(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate callbackOn,
            @RequestParam(required = false) String callbackNote,
            Model m,
            HttpServletResponse res) {
        StaffMember staff = p.member();
        try {
            followUps.recordCallback(staff, id, callbackOn, callbackNote);
            return "redirect:/console/requests/" + id + "?done=callback#follow-ups";
        } catch (ConflictException | InvalidInputException e) {
            ProblemPages.Shown shown = problems.show(e);
            res.setStatus(shown.status().value());
            m.addAttribute("actionError", "callback");
            m.addAttribute("actionMessage", shown.message());
            m.addAttribute("errors", shown.fieldErrors());
            m.addAttribute("callbackNote", callbackNote);
            pages.prepare(m, staff, queries.view(staff, id), null, null);
            return "requests/console-case";
        }
    }

    @GetMapping("/console/requests/review-settings")
    String settings(@AuthenticationPrincipal StaffPrincipal p, Model m) {
        StaffMember staff = p.member();
        m.addAttribute("staff", staff);
        m.addAttribute("groups", ReviewGroup.values());
        m.addAttribute("policy", policies.forUnit(staff.unitCode()));
        m.addAttribute("government", units.governmentOf(staff.unitCode()).name());
        return "requests/console-review-settings";
    }

    @PostMapping("/console/requests/review-settings")
    String saveSettings(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(name = "groups", required = false) List<String> groups,
            Model m,
            HttpServletResponse res) {
        EnumSet<ReviewGroup> chosen = EnumSet.noneOf(ReviewGroup.class);
        for (String g : groups == null ? List.<String>of() : groups) {
            var group = ReviewGroup.fromKey(g);
            if (group.isEmpty()) {
                res.setStatus(400);
                m.addAttribute("errors", Map.of("groups", problems.say("error.review-settings.group")));
                return settings(p, m);
            }
            chosen.add(group.get());
        }
        policies.change(p.member(), chosen);
        return "redirect:/console/requests/review-settings?saved";
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }
}
