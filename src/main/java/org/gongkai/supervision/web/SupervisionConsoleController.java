package org.gongkai.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.supervision.Finding;
import org.gongkai.supervision.Findings;
import org.gongkai.supervision.Inspections;
import org.gongkai.supervision.Round;
import org.gongkai.supervision.RoundKind;
import org.gongkai.supervision.SelfInspection;
import org.gongkai.supervision.Severity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Console: the open findings with their rules and bases, the self-inspection on demand, inspection rounds. */
@Controller
class SupervisionConsoleController {

    private final Findings findings;
    private final SelfInspection inspection;
    private final Inspections inspections;
    private final UnitDirectory units;
    private final ProblemPages problems;
    private final Clock clock;

    SupervisionConsoleController(
            Findings findings,
            SelfInspection inspection,
            Inspections inspections,
            UnitDirectory units,
            ProblemPages problems,
            Clock clock) {
        this.findings = findings;
        this.inspection = inspection;
        this.inspections = inspections;
        this.units = units;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/console/supervision")
    String findings(
            @AuthenticationPrincipal StaffPrincipal p, @RequestParam(required = false) String unit, Model model) {
        StaffMember staff = p.member();
        List<Finding> open = findings.open(staff, unit);
        Map<String, Long> byCode = new LinkedHashMap<>();
        open.forEach(f -> byCode.merge(f.code(), 1L, Long::sum));
        model.addAttribute("findings", open);
        model.addAttribute("byCode", byCode);
        model.addAttribute("rules", inspection.rules());
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("units", SupervisionPages.visibleUnits(units, staff));
        model.addAttribute("unitNames", SupervisionPages.unitNames(units));
        model.addAttribute("office", staff.isReviewer());
        return "supervision/findings";
    }

    @PostMapping("/console/supervision/self-inspection")
    String run(@AuthenticationPrincipal StaffPrincipal p) {
        SelfInspection.Outcome o = inspection.runFor(p.member());
        return "redirect:/console/supervision?ran=" + o.detected();
    }

    @GetMapping("/console/supervision/rounds")
    String rounds(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        LocalDate today = LocalDate.now(clock);
        return roundsPage(
                p.member(),
                new Inspections.RoundForm(
                        RoundKind.MONTHLY_THEME.name(),
                        "",
                        today.toString(),
                        today.plusDays(10).toString(),
                        ""),
                Map.of(),
                model);
    }

    @PostMapping("/console/supervision/rounds")
    String plan(@AuthenticationPrincipal StaffPrincipal p, @ModelAttribute Inspections.RoundForm f, Model model) {
        try {
            Round r = inspections.plan(p.member(), f);
            return "redirect:/console/supervision/rounds/" + r.id();
        } catch (InvalidInputException e) {
            return roundsPage(p.member(), f, problems.show(e).fieldErrors(), model);
        }
    }

    private String roundsPage(StaffMember staff, Inspections.RoundForm f, Map<String, String> errors, Model model) {
        model.addAttribute("rounds", inspections.list(staff));
        model.addAttribute("form", f);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", RoundKind.values());
        model.addAttribute("office", staff.isReviewer());
        return "supervision/rounds";
    }

    @GetMapping("/console/supervision/rounds/{id}")
    String round(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, Model model) {
        return roundPage(p.member(), id, Map.of(), model);
    }

    @PostMapping("/console/supervision/rounds/{id}/findings")
    String record(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam String unitCode,
            @RequestParam(defaultValue = "0") int item,
            @RequestParam String severity,
            @RequestParam String note,
            Model model) {
        try {
            inspections.record(p.member(), id, unitCode, item, severity, note, LocalDate.now(clock));
            return "redirect:/console/supervision/rounds/" + id + "?recorded";
        } catch (InvalidInputException e) {
            return roundPage(p.member(), id, problems.show(e).fieldErrors(), model);
        }
    }

    String roundPage(StaffMember staff, long id, Map<String, String> errors, Model model) {
        model.addAttribute("round", inspections.get(staff, id));
        model.addAttribute("findings", inspections.findings(staff, id));
        model.addAttribute("errors", errors);
        model.addAttribute("units", SupervisionPages.visibleUnits(units, staff));
        model.addAttribute("unitNames", SupervisionPages.unitNames(units));
        model.addAttribute("severities", Severity.values());
        model.addAttribute("office", staff.isReviewer());
        return "supervision/round";
    }
}
