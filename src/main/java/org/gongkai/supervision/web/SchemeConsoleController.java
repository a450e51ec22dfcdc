package org.gongkai.supervision.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.security.StaffPrincipal;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.web.ProblemPages;
import org.gongkai.supervision.Assessments;
import org.gongkai.supervision.IndicatorKind;
import org.gongkai.supervision.IndicatorSource;
import org.gongkai.supervision.Scheme;
import org.gongkai.supervision.SchemeForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Console: the office's form for a year's assessment scheme: the base score and the indicators (deductions and
 * bonuses from the platform's records, manual items), each with points and an optional cap. Rows left blank are
 * ignored; a bad value is named beside its field; a published assessment is shown read-only (reopen first).
 */
@Controller
class SchemeConsoleController {

    static final int BLANK_ROWS = 3;
    private final Assessments assessments;
    private final UnitDirectory units;
    private final ProblemPages problems;
    private final Clock clock;

    SchemeConsoleController(Assessments assessments, UnitDirectory units, ProblemPages problems, Clock clock) {
        this.assessments = assessments;
        this.units = units;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/console/supervision/assessment/scheme")
    String form(@AuthenticationPrincipal StaffPrincipal p, @RequestParam(required = false) Integer year, Model model) {
        StaffMember staff = p.member();
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        Optional<Scheme> scheme = assessments.findScheme(staff, government(staff), y);
        SchemeForm form = scheme.map(SchemeConsoleController::of).orElse(new SchemeForm("100", List.of()));
        return page(staff, y, form, scheme.map(Scheme::published).orElse(false), Map.of(), model);
    }

    @PostMapping("/console/supervision/assessment/scheme")
    String save(
            @AuthenticationPrincipal StaffPrincipal p,
            @RequestParam int year,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        StaffMember staff = p.member();
        SchemeForm form = read(params);
        try {
            assessments.configure(staff, government(staff), year, form);
            return "redirect:/console/supervision/assessment?year=" + year + "&configured";
        } catch (InvalidInputException e) {
            return page(staff, year, form, false, problems.show(e).fieldErrors(), model);
        }
    }

    private String page(
            StaffMember staff, int year, SchemeForm form, boolean published, Map<String, String> errors, Model model) {
        List<SchemeForm.IndicatorForm> rows = new ArrayList<>(form.indicators());
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new SchemeForm.IndicatorForm("", "", IndicatorKind.DEDUCTION.name(), "", "", ""));
        }
        model.addAttribute("year", year);
        model.addAttribute("baseScore", form.baseScore());
        model.addAttribute("rows", rows);
        model.addAttribute("published", published);
        model.addAttribute("office", staff.isReviewer());
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("sources", IndicatorSource.values());
        model.addAttribute("errors", errors);
        return "supervision/scheme";
    }

    private String government(StaffMember staff) {
        return units.governmentOf(staff.unitCode()).code();
    }

    /** The form's rows {@code indicators[i].field}, in order; a row whose fields are all blank is left out. */
    static SchemeForm read(MultiValueMap<String, String> params) {
        List<SchemeForm.IndicatorForm> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String p = "indicators[" + i + "].";
            if (!params.containsKey(p + "code")) {
                break;
            }
            SchemeForm.IndicatorForm row = new SchemeForm.IndicatorForm(
                    params.getFirst(p + "code"),
                    params.getFirst(p + "label"),
                    params.getFirst(p + "kind"),
                    params.getFirst(p + "source"),
                    params.getFirst(p + "points"),
                    params.getFirst(p + "cap"));
            if (!blank(row.code()) || !blank(row.label()) || !blank(row.points()) || !blank(row.cap())) {
                rows.add(row);
            }
        }
        return new SchemeForm(params.getFirst("baseScore"), rows);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static SchemeForm of(Scheme s) {
        return new SchemeForm(
                plain(s.baseScore()),
                s.indicators().stream()
                        .map(i -> new SchemeForm.IndicatorForm(
                                i.code(),
                                i.label(),
                                i.kind().name(),
                                i.source().name(),
                                plain(i.points()),
                                i.cap() == null ? "" : plain(i.cap())))
                        .toList());
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
