package org.gongkai.requests.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.requests.IntakeForm;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.Submitted;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Staff registration of applications received in person, by registered or ordinary letter, fax or email. */
@Controller
class ConsoleIntakeController {

    private final RequestIntake intake;
    private final UnitDirectory units;
    private final ProblemPages problems;
    private final Clock clock;

    ConsoleIntakeController(RequestIntake intake, UnitDirectory units, ProblemPages problems, Clock clock) {
        this.intake = intake;
        this.units = units;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/console/requests/new")
    String form(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        StaffMember staff = p.member();
        ApplyForm form = new ApplyForm();
        form.setUnitCode(staff.unitCode());
        form.setChannel("in_person");
        model.addAttribute("form", form);
        model.addAttribute("receiptDate", LocalDate.now(clock));
        return page(staff, model);
    }

    @PostMapping("/console/requests/new")
    String register(
            @AuthenticationPrincipal StaffPrincipal p,
            @ModelAttribute("form") ApplyForm form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receiptDate,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
            Model model,
            HttpServletResponse response)
            throws IOException {
        StaffMember staff = p.member();
        try {
            IntakeForm f = form.toIntake(form.getChannel());
            Submitted s = intake.register(staff, f, receiptDate, ConsoleRequestActionsController.uploads(attachments));
            return "redirect:/console/requests/" + s.id() + "?registered=" + s.trackingCode();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", problems.fieldErrors(e));
            model.addAttribute("receiptDate", receiptDate);
            return page(staff, model);
        }
    }

    private String page(StaffMember staff, Model model) {
        var codes = units.visibleUnitCodes(staff);
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> codes.contains(u.code())).toList());
        model.addAttribute("staffChannels", List.of("in_person", "registered_mail", "ordinary_letter", "fax", "email"));
        model.addAttribute("anchors", ApplyForm.ANCHORS);
        return "requests/console-register";
    }
}
