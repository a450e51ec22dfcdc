package org.gongkai.messages.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.gongkai.messages.MessageForm;
import org.gongkai.messages.MessageIntake;
import org.gongkai.messages.MessageQueries;
import org.gongkai.messages.MessageQueries.MessageCase;
import org.gongkai.messages.MessageWorkflow;
import org.gongkai.messages.Rating;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.platform.web.SecretChecks;
import org.gongkai.requests.TrackingCodes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public's pages: the published answers, the message form (no JavaScript, errors beside each field), and the
 * sender's tracking page (code and secret; wrong secrets throttled) with the satisfaction rating.
 */
@Controller
class PortalMessagesController {

    private final MessageIntake intake;
    private final MessageQueries queries;
    private final MessageWorkflow workflow;
    private final UnitDirectory units;
    private final ProblemPages problems;
    private final MessageLimit limit;
    private final SecretChecks.Scope secrets;

    PortalMessagesController(
            MessageIntake intake,
            MessageQueries queries,
            MessageWorkflow workflow,
            UnitDirectory units,
            ProblemPages problems,
            MessageLimit limit,
            SecretChecks secretChecks) {
        this.intake = intake;
        this.queries = queries;
        this.workflow = workflow;
        this.units = units;
        this.problems = problems;
        this.limit = limit;
        this.secrets = secretChecks.scope("message-track");
    }

    @GetMapping("/portal/messages")
    String answered(Model model) {
        model.addAttribute("answers", queries.published(200));
        return "messages/portal-list";
    }

    @GetMapping("/portal/messages/new")
    String form(Model model) {
        model.addAttribute("form", new MessageForm(null, null, null, null, null, null, false));
        return formPage(model);
    }

    @PostMapping("/portal/messages/new")
    String send(
            @ModelAttribute("form") MessageForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        limit.count(request, "message");
        try {
            MessageIntake.Received r = intake.submit(form, List.of());
            redirect.addFlashAttribute("received", r);
            return "redirect:/portal/messages/sent";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", problems.fieldErrors(e));
            return formPage(model);
        }
    }

    @GetMapping("/portal/messages/sent")
    String sent(Model model) {
        if (!model.containsAttribute("received")) {
            return "redirect:/portal/messages/track";
        }
        return "messages/portal-sent";
    }

    @GetMapping("/portal/messages/track")
    String trackForm(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        return "messages/portal-track";
    }

    @PostMapping("/portal/messages/track")
    String track(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String secret,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return show(code, secret, request, response, model);
    }

    @PostMapping("/portal/messages/rate")
    String rate(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String secret,
            @RequestParam(required = false) String rating,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String normal = TrackingCodes.normaliseCode(code);
        boolean proven = secrets.holds(
                normal,
                request,
                () -> queries.track(normal, secret == null ? "" : secret).isPresent());
        if (proven) {
            try {
                workflow.rate(normal, secret, Rating.fromKey(rating).orElse(null));
                model.addAttribute("rated", true);
            } catch (InvalidInputException | ConflictException e) {
                response.setStatus(ProblemPages.statusOf(e).value());
                model.addAttribute("rateError", problems.message(e));
            }
        }
        return show(code, secret, request, response, model);
    }

    private String show(
            String code, String secret, HttpServletRequest request, HttpServletResponse response, Model model) {
        String normal = TrackingCodes.normaliseCode(code);
        model.addAttribute("code", normal);
        Optional<MessageCase> view = secrets.prove(
                normal, request, response, model, () -> queries.track(normal, secret == null ? "" : secret));
        if (view.isEmpty()) {
            return "messages/portal-track";
        }
        model.addAttribute("view", view.get());
        model.addAttribute("secret", secret);
        model.addAttribute("unitName", queries.unitName(view.get().message().unitCode()));
        model.addAttribute("ratings", Rating.values());
        return "messages/portal-track";
    }

    private String formPage(Model model) {
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> !u.isRoot() && u.active()).toList());
        return "messages/portal-form";
    }
}
