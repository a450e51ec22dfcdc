package org.gongkai.reviews.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.reviews.ReviewCase;
import org.gongkai.reviews.ReviewCaseForm;
import org.gongkai.reviews.ReviewCases;
import org.gongkai.reviews.ReviewResult;
import org.gongkai.reviews.ReviewStage;
import org.gongkai.reviews.ReviewStatistics;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Console pages: the cases counted in a year with their section-4 table, and forms to enter and update. */
@Controller
class ReviewConsoleController {

    private final ReviewCases cases;
    private final ReviewStatistics statistics;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final ProblemPages problems;
    private final Clock clock;

    ReviewConsoleController(
            ReviewCases cases,
            ReviewStatistics statistics,
            UnitDirectory units,
            MessageSource messages,
            ProblemPages problems,
            Clock clock) {
        this.cases = cases;
        this.statistics = statistics;
        this.units = units;
        this.messages = messages;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/console/reviews")
    String list(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year,
            Model model) {
        StaffMember staff = p.member();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        List<ReviewCase> list = cases.list(staff, unit, y);
        Set<String> scope = unit == null || unit.isBlank() ? units.visibleUnitCodes(staff) : Set.of(unit);
        long[][] table = new long[ReviewStage.values().length][ReviewResult.values().length];
        statistics.yearEndCounts(scope, y).values().forEach(cells -> {
            for (int s = 0; s < cells.length; s++) {
                for (int r = 0; r < cells[s].length; r++) {
                    table[s][r] += cells[s][r];
                }
            }
        });
        model.addAttribute("cases", list);
        model.addAttribute("table", table);
        model.addAttribute("year", y);
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("units", visibleUnits(staff));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("stages", ReviewStage.values());
        model.addAttribute("results", ReviewResult.values());
        model.addAttribute("staff", staff);
        return "console/reviews/list";
    }

    @GetMapping("/console/reviews/new")
    String newForm(@AuthenticationPrincipal StaffPrincipal p, Model model) {
        return form(p.member(), ReviewCaseForm.blank(p.member().unitCode()), null, Map.of(), model);
    }

    @PostMapping("/console/reviews")
    String create(@AuthenticationPrincipal StaffPrincipal p, @ModelAttribute ReviewCaseForm f, Model model) {
        try {
            ReviewCase c = cases.create(p.member(), f);
            return "redirect:/console/reviews/" + c.id() + "?saved";
        } catch (InvalidInputException e) {
            return form(p.member(), f, null, problems.show(e).fieldErrors(), model);
        }
    }

    @GetMapping("/console/reviews/{id}")
    String edit(@AuthenticationPrincipal StaffPrincipal p, @PathVariable long id, Model model) {
        ReviewCase c = cases.get(p.member(), id);
        return form(p.member(), ReviewCaseForm.of(c), c, Map.of(), model);
    }

    @PostMapping("/console/reviews/{id}")
    String update(
            @AuthenticationPrincipal StaffPrincipal p,
            @PathVariable long id,
            @RequestParam int version,
            @ModelAttribute ReviewCaseForm f,
            Model model) {
        try {
            cases.update(p.member(), id, version, f);
            return "redirect:/console/reviews/" + id + "?saved";
        } catch (InvalidInputException e) {
            return form(
                    p.member(), f, cases.get(p.member(), id), problems.show(e).fieldErrors(), model);
        }
    }

    private String form(
            StaffMember staff, ReviewCaseForm f, ReviewCase existing, Map<String, String> errors, Model model) {
        model.addAttribute("form", f);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("units", visibleUnits(staff));
        model.addAttribute("allUnits", units.all());
        model.addAttribute("stages", ReviewStage.values());
        model.addAttribute("decisions", List.of(ReviewResult.UPHELD, ReviewResult.CORRECTED, ReviewResult.OTHER));
        return "console/reviews/form";
    }

    private List<Unit> visibleUnits(StaffMember staff) {
        Set<String> visible = units.visibleUnitCodes(staff);
        return units.all().stream().filter(u -> visible.contains(u.code())).toList();
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }
}
