package org.gongkai.requests.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.Submitted;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public application form: no JavaScript, errors next to each field, the tracking code and secret at the end. */
@Controller
class PortalApplyController {

    private final RequestIntake intake;
    private final UnitDirectory units;
    private final ProblemPages problems;
    private final IntakeLimit limit;

    PortalApplyController(RequestIntake intake, UnitDirectory units, ProblemPages problems, IntakeLimit limit) {
        this.intake = intake;
        this.units = units;
        this.problems = problems;
        this.limit = limit;
    }

    @GetMapping("/portal/apply")
    String form(@RequestParam(required = false) String unit, Model model) {
        ApplyForm form = new ApplyForm();
        form.setUnitCode(unit);
        model.addAttribute("form", form);
        return page(model);
    }

    @PostMapping("/portal/apply")
    String submit(
            @ModelAttribute("form") ApplyForm form,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        limit.count(request);
        try {
            Submitted s = intake.submit(form.toIntake("online"), ConsoleRequestActionsController.uploads(attachments));
            redirect.addFlashAttribute("submitted", s);
            return "redirect:/portal/apply/done";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", problems.fieldErrors(e));
            return page(model);
        }
    }

    @GetMapping("/portal/apply/done")
    String done(Model model) {
        if (!model.containsAttribute("submitted")) {
            return "redirect:/portal/track";
        }
        return "requests/portal-applied";
    }

    private String page(Model model) {
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> !u.isRoot() && u.active()).toList());
        model.addAttribute("anchors", ApplyForm.ANCHORS);
        return "requests/portal-apply";
    }
}
