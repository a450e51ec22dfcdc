package org.gongkai.messages.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.gongkai.messages.ConsultationForm;
import org.gongkai.messages.ConsultationKind;
import org.gongkai.messages.ConsultationQueries;
import org.gongkai.messages.Consultations;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Console pages: consultations of the viewer's units, a new one, and one with moderation, adoption and feedback. */
@Controller
class ConsoleConsultationsController {

    private final ConsultationQueries queries;
    private final Consultations consultations;
    private final UnitDirectory units;
    private final ProblemPages problems;

    ConsoleConsultationsController(
            ConsultationQueries queries, Consultations consultations, UnitDirectory units, ProblemPages problems) {
        this.queries = queries;
        this.consultations = consultations;
        this.units = units;
        this.problems = problems;
    }

    @GetMapping("/console/consultations")
    String list(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        model.addAttribute("list", queries.staffList(p.member()));
        model.addAttribute("staff", p.member());
        return "messages/console-consultations";
    }

    @GetMapping("/console/consultations/new")
    String newForm(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        return form(
                p.member(),
                new ConsultationForm(p.member().unitCode(), null, null, null, null, null, null, null),
                Map.of(),
                model);
    }

    @PostMapping("/console/consultations")
    String create(
            @AuthenticationPrincipal StaffPrincipal p,
            @ModelAttribute("form") ConsultationForm form,
            HttpServletResponse response,
            Model model) {
        try {
            long id = consultations.create(p.member(), form);
            return "redirect:/console/consultations/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(p.member(), form, problems.fieldErrors(e), model);
        }
    }

    @GetMapping("/console/consultations/{id:\\d+}")
    String show(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, Model model) {
        return page(p.member(), id, Map.of(), model);
    }

    @PostMapping("/console/consultations/{id:\\d+}/comments/{commentId:\\d+}/moderate")
    String moderate(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String publicText,
            HttpServletResponse response,
            Model model) {
        return act(
                p.member(),
                id,
                response,
                model,
                "c" + commentId,
                () -> consultations.moderate(p.member(), commentId, "show".equals(decision), publicText));
    }

    @PostMapping("/console/consultations/{id:\\d+}/comments/{commentId:\\d+}/adopt")
    String adopt(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) String adoption,
            @RequestParam(required = false) String reason,
            HttpServletResponse response,
            Model model) {
        return act(
                p.member(),
                id,
                response,
                model,
                "c" + commentId,
                () -> consultations.adopt(p.member(), commentId, adoption, reason));
    }

    @PostMapping("/console/consultations/{id:\\d+}/feedback")
    String feedback(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String feedback,
            HttpServletResponse response,
            Model model) {
        return act(p.member(), id, response, model, () -> consultations.publishFeedback(p.member(), id, feedback));
    }

    @PostMapping("/console/consultations/{id:\\d+}/final")
    String linkFinal(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam(required = false) String indexNumber,
            HttpServletResponse response,
            Model model) {
        return act(p.member(), id, response, model, () -> consultations.linkFinal(p.member(), id, indexNumber));
    }

    private String act(StaffMember staff, long id, HttpServletResponse response, Model model, Runnable step) {
        return act(staff, id, response, model, null, step);
    }

    /** A step of one comment's form ({@code row}) shows its errors on that comment's fields. */
    private String act(
            StaffMember staff, long id, HttpServletResponse response, Model model, String row, Runnable step) {
        try {
            step.run();
            return "redirect:/console/consultations/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            Map<String, String> errors = problems.fieldErrors(e);
            return page(staff, id, row == null ? errors : FormFields.ofRow(row, errors), model);
        }
    }

    private String page(StaffMember staff, long id, Map<String, String> errors, Model model) {
        ConsultationQueries.View v = queries.staffView(staff, id);
        model.addAttribute("v", v);
        model.addAttribute("c", v.consultation());
        model.addAttribute("errors", errors);
        model.addAttribute("percent", new PortalConsultationsController.Percent());
        return "messages/console-consultation";
    }

    private String form(StaffMember staff, ConsultationForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ConsultationKind.values());
        model.addAttribute(
                "units",
                units.all().stream()
                        .filter(u -> u.active() && units.maySee(staff, u.code()))
                        .toList());
        return "messages/console-consultation-new";
    }
}
