package org.gongkai.messages.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.messages.MessageQueries;
import org.gongkai.messages.MessageSettings;
import org.gongkai.messages.MessageStep;
import org.gongkai.messages.MessageWorkflow;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.FormFields;
import org.gongkai.platform.web.ProblemPages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Console pages for messages: the list (senders' names masked) with the year's counts per unit, one message with
 * the steps the viewer may take now, and the government's reply period.
 */
@Controller
class ConsoleMessagesController {

    private final MessageQueries queries;
    private final MessageWorkflow workflow;
    private final MessageSettings settings;
    private final UnitDirectory units;
    private final ProblemPages problems;
    private final Clock clock;

    ConsoleMessagesController(
            MessageQueries queries,
            MessageWorkflow workflow,
            MessageSettings settings,
            UnitDirectory units,
            ProblemPages problems,
            Clock clock) {
        this.queries = queries;
        this.workflow = workflow;
        this.settings = settings;
        this.units = units;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/console/messages")
    String list(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(required = false) String all,
            @RequestParam(required = false) Integer year,
            Model model) {
        StaffMember staff = p.member();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("lines", queries.list(staff, all == null));
        model.addAttribute("all", all != null);
        model.addAttribute("year", y);
        model.addAttribute("counts", queries.counts(staff, y));
        model.addAttribute("queries", queries);
        model.addAttribute(
                "replyDays",
                settings.replyDays(units.governmentOf(staff.unitCode()).code()));
        model.addAttribute("staff", staff);
        return "messages/console-list";
    }

    @GetMapping("/console/messages/{id:\\d+}")
    String show(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, Model model) {
        return page(p.member(), id, Map.of(), model);
    }

    @PostMapping("/console/messages/{id:\\d+}/route")
    String route(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String unitCode,
            Model model,
            HttpServletResponse response) {
        return act(p, id, model, response, "route", () -> workflow.route(p.member(), id, unitCode));
    }

    @PostMapping("/console/messages/{id:\\d+}/draft")
    String draft(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) boolean publish,
            Model model,
            HttpServletResponse response) {
        return act(p, id, model, response, "draft", () -> workflow.draft(p.member(), id, text, publish));
    }

    @PostMapping("/console/messages/{id:\\d+}/approve")
    String approve(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            Model model,
            HttpServletResponse response) {
        return act(p, id, model, response, "approve", () -> workflow.approve(p.member(), id));
    }

    @PostMapping("/console/messages/{id:\\d+}/return")
    String returnDraft(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response) {
        return act(p, id, model, response, "return", () -> workflow.returnDraft(p.member(), id, note));
    }

    @PostMapping("/console/messages/{id:\\d+}/reply")
    String reply(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) boolean publish,
            Model model,
            HttpServletResponse response) {
        return act(p, id, model, response, "reply", () -> workflow.reply(p.member(), id, text, publish));
    }

    @GetMapping("/console/messages/settings")
    String settingsPage(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        model.addAttribute(
                "replyDays",
                settings.replyDays(units.governmentOf(p.member().unitCode()).code()));
        model.addAttribute("staff", p.member());
        return "messages/console-settings";
    }

    @PostMapping("/console/messages/settings")
    String saveSettings(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(required = false) String replyDays,
            Model model,
            HttpServletResponse response) {
        try {
            settings.setReplyDays(p.member(), parse(replyDays));
            return "redirect:/console/messages/settings?saved";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", problems.fieldErrors(e));
            model.addAttribute("replyDays", replyDays);
            model.addAttribute("staff", p.member());
            return "messages/console-settings";
        }
    }

    private static Integer parse(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A step's errors land on its own form's fields ({@code draft.text}, {@code reply.text}). */
    private String act(
            StaffPrincipal p, long id, Model model, HttpServletResponse response, String form, Runnable step) {
        try {
            step.run();
            return "redirect:/console/messages/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(p.member(), id, FormFields.ofRow(form, problems.fieldErrors(e)), model);
        }
    }

    private String page(StaffMember staff, long id, Map<String, String> errors, Model model) {
        MessageQueries.MessageCase c = queries.get(staff, id);
        model.addAttribute("c", c);
        model.addAttribute("m", c.message());
        model.addAttribute("s", c.message().state());
        model.addAttribute("allowed", c.allowed());
        model.addAttribute("steps", MessageStep.class);
        model.addAttribute("errors", errors);
        model.addAttribute("queries", queries);
        model.addAttribute(
                "units",
                units.all().stream()
                        .filter(u -> u.active() && units.maySee(staff, u.code()))
                        .toList());
        return "messages/console-case";
    }
}
