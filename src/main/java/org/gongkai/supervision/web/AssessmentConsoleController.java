package org.gongkai.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.web.FormFields;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.supervision.Assessment;
import org.gongkai.supervision.Assessments;
import org.gongkai.supervision.IndicatorSource;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Console: the year's assessment, ranked, with every unit's points per indicator and the lines behind them; the
 * workbook; for the office, manual items, publication and reopening.
 */
@Controller
class AssessmentConsoleController {

    private final Assessments assessments;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final ProblemPages problems;
    private final Clock clock;

    AssessmentConsoleController(
            Assessments assessments, UnitDirectory units, MessageSource messages, ProblemPages problems, Clock clock) {
        this.assessments = assessments;
        this.units = units;
        this.messages = messages;
        this.problems = problems;
        this.clock = clock;
    }

    private String government(StaffMember staff) {
        return units.governmentOf(staff.unitCode()).code();
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() - 1 : year;
    }

    @GetMapping("/console/supervision/assessment")
    String page(@AuthenticationPrincipal StaffPrincipal p, @RequestParam(required = false) Integer year, Model model) {
        return page(p.member(), year(year), Map.of(), model);
    }

    private String page(StaffMember staff, int year, Map<String, String> errors, Model model) {
        String gov = government(staff);
        model.addAttribute("year", year);
        model.addAttribute("errors", errors);
        model.addAttribute("office", staff.isReviewer());
        model.addAttribute("units", SupervisionPages.visibleUnits(units, staff));
        try {
            Assessment a = assessments.get(staff, gov, year);
            model.addAttribute("assessment", a);
            model.addAttribute(
                    "manualIndicators",
                    a.indicators().stream()
                            .filter(i -> i.source() == IndicatorSource.MANUAL)
                            .toList());
        } catch (NotFoundException e) {
            model.addAttribute("assessment", null);
        }
        return "supervision/assessment";
    }

    @GetMapping("/console/supervision/assessment.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal StaffPrincipal p, @RequestParam int year) {
        return AssessmentApiController.workbook(assessments.get(p.member(), government(p.member()), year), messages);
    }

    @PostMapping("/console/supervision/assessment/manual-items")
    String manual(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam int year,
            @RequestParam String unitCode,
            @RequestParam String indicator,
            @RequestParam String points,
            @RequestParam String reason,
            Model model) {
        try {
            assessments.addManualItem(p.member(), government(p.member()), year, unitCode, indicator, points, reason);
            return "redirect:/console/supervision/assessment?year=" + year;
        } catch (InvalidInputException e) {
            return page(p.member(), year, problems.show(e).fieldErrors(), model);
        }
    }

    @PostMapping("/console/supervision/assessment/publish")
    String publish(@AuthenticationPrincipal StaffPrincipal p, @RequestParam int year) {
        assessments.publish(p.member(), government(p.member()), year);
        return "redirect:/console/supervision/assessment?year=" + year;
    }

    @PostMapping("/console/supervision/assessment/reopen")
    String reopen(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam int year,
            @RequestParam String reason,
            Model model) {
        try {
            assessments.reopen(p.member(), government(p.member()), year, reason);
            return "redirect:/console/supervision/assessment?year=" + year;
        } catch (InvalidInputException e) {
            return page(
                    p.member(),
                    year,
                    FormFields.ofRow("reopen", problems.show(e).fieldErrors()),
                    model);
        }
    }
}
